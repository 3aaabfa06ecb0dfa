import type { NamedSentence } from "./people.ts";
import type { Person } from "./types.ts";
import { ROLE_WORDS } from "../lexicon/words.ts";

/**
 * A lede that gives a role before the name: "Senators pressed the chief executive of voice-cloning
 * company Lumora Labs on Wednesday ..." followed by "Elliot Varga, 38, who co-founded the company,
 * ...". The person who opens the next sentence without a title of their own holds that role.
 */

const ROLE_PHRASE = /\b(?:the|its) ((?:(?!of\b)[a-z-]+ ){0,3}(?!of\b)[a-z]+(?: of (?:[a-z-]+ ){0,3}[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*)*)?)(?=[\s,.;])/g;

/** The role phrase of a sentence that names no one: "chief executive of voice-cloning company Lumora Labs". */
function unnamedRole(s: NamedSentence): string | undefined {
  if (s.names.some((n) => n.kind === "person")) return undefined;
  for (const m of s.text.matchAll(ROLE_PHRASE)) {
    const phrase = m[1];
    const words = phrase.split(" ");
    const roleAt = words.findIndex((w) => ROLE_WORDS.has(w));
    if (roleAt < 0 || /^(officials?|members?|people|leaders?)$/.test(words[roleAt])) continue;
    // "the chief executive Elliot Varga": a name right after it is named there.
    const after = s.text.slice((m.index ?? 0) + m[0].length);
    if (/^\s+[A-Z][a-z]/.test(after)) continue;
    return phrase;
  }
  return undefined;
}

/** Gives the lede's unnamed role to the person who opens the sentence after it, when they have no title of their own. */
export function ledeRoles(sentences: NamedSentence[], people: Person[]): void {
  for (let k = 1; k < Math.min(sentences.length, 4); k++) {
    const s = sentences[k];
    const opener = s.names[0];
    if (!opener || opener.kind !== "person" || opener.first !== 0) continue;
    const person = people.find((p) => p.sentences[0] === s.index && (p.name === opener.text || p.aliases.includes(opener.text)));
    // A role that is only what they did ("co-founded the company in 2019") leaves room for the title.
    if (!person || person.roles.some((r) => r.toLowerCase().split(/\s+/).some((w) => ROLE_WORDS.has(w)))) continue;
    const role = unnamedRole(sentences[k - 1]);
    if (role) person.roles.push(role);
    return;
  }
}
