import type { NamedSentence } from "./people.ts";
import type { Person } from "./types.ts";
import { ROLE_WORDS } from "../lexicon/words.ts";
import { isPersonNoun } from "../lexicon/wordnet.ts";

/**
 * A lede that gives a role before the name: "Senators pressed the chief executive of voice-cloning
 * company Lumora Labs on Wednesday ..." followed by "Elliot Varga, 38, who co-founded the company,
 * ...". The person who opens the next sentence without a title of their own holds that role.
 */

const ROLE_PHRASE = /\b(?:[Tt]he|[Ii]ts|[Aa]n?) ((?:(?!of\b)[A-Za-z-]+ ){0,3}(?!of\b)[a-z]+(?: of (?:[a-z-]+ ){0,3}[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*)*)?)(?=[\s,.;])/g;
/** Words for anyone, which say no role: "a man", "a 34-year-old woman". */
const ANYONE = /^(?:man|men|woman|women|person|people|boy|girl|child|children|resident|residents|someone|anyone|individual)$/;

/** The role phrase of a sentence that names no one: "chief executive of voice-cloning company Lumora Labs". */
function unnamedRole(s: NamedSentence): string | undefined {
  if (s.names.some((n) => n.kind === "person")) return undefined;
  for (const m of s.text.matchAll(ROLE_PHRASE)) {
    const phrase = m[1];
    const words = phrase.split(" ");
    // A listed role, or the word for a person that heads the phrase ("a Burgundy wine merchant").
    const head = words.indexOf("of") < 0 ? words.length - 1 : words.indexOf("of") - 1;
    const roleAt = words.findIndex((w, i) => ROLE_WORDS.has(w) || (i === head && isPersonNoun(w) && !ANYONE.test(w)));
    if (roleAt < 0 || /^(officials?|members?|people|leaders?)$/.test(words[roleAt])) continue;
    // ("A Burgundy wine merchant went on trial": the role ends with its word.)
    const role = words.includes("of") ? phrase : words.slice(0, roleAt + 1).join(" ");
    // "the chief executive Elliot Varga": a name right after it is named there.
    const after = s.text.slice((m.index ?? 0) + m[0].length);
    if (/^\s+[A-Z][a-z]/.test(after)) continue;
    return role;
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
