import type { KnowledgeBase } from "../knowledge/base.ts";
import { evidence } from "./evidence.ts";
import { isOutlet } from "../knowledge/outlet.ts";
import type { Question } from "./question.ts";
import { escapeRegExp, words } from "./text.ts";
import { mentionsIn } from "../knowledge/mentionsBySentence.ts";
import type { Answer } from "./types.ts";

/** The organization a named person's role names ("chief economist at Fjordkyst Bank"), of the asked kind when the question says one. */
export function employerOf(kb: KnowledgeBase, q: Question): Answer | undefined {
  // "Which party does Baillie belong to?", "which party is she a member of?": the party in their description.
  const party = q.head === "party" && /\b(belong|belongs|belonged|member|in|represent|represents|represented)\b/.test(q.words.join(" "));
  const led = ledBody(kb, q);
  if (led) return led;
  if (q.people.length !== 1 || (!party && !/\b(work|works|worked|working|employed|employs|with|from|for|at)\b/.test(q.words.join(" ")))) return undefined;
  const ref = q.people[0];
  const facts = kb.articles[ref.article];
  const person = facts.people.find((p) => p.id === ref.id);
  if (!person) return undefined;
  const head = q.head && !/^(organization|organisation|company|group|body)$/.test(q.head) ? q.head : undefined;
  for (const role of person.roles) {
    // Not one the question names: "Where did X work before Quillfield Research?".
    const asked = [...q.things, ...q.orgWords];
    const orgs = facts.things.filter((t) => t.kind === "organization" && !isOutlet(facts, t.name) && role.includes(t.name) && !asked.some((a) => t.name.toLowerCase().includes(a)));
    // "a Plaid Cymru member": a party by its name alone, when the role says they belong to it.
    const member = (t: { name: string }) => party && new RegExp(`${escapeRegExp(t.name)}\\s+(?:member|lawmaker|legislator|politician|candidate|MP|MEP|senator|deputy)\\b|\\bmember of (?:the )?${escapeRegExp(t.name)}`).test(role);
    const found = orgs.find((t) => !head || words(t.name).includes(head) || role.toLowerCase().includes(`${head} ${t.name.toLowerCase()}`) || member(t))?.name ?? (head ? undefined : orgs[0]?.name);
    // "heads the transportation program at Environmental Defence": a name after "at" is the employer, known or not.
    // "a resident at Santa Maria hospital in Lisbon": a name and the kind asked after "at", for "which hospital".
    const atKind = head ? new RegExp(`\\bat (?:the )?((?:[A-Z][\\w’'.-]*\\s+){1,4}${escapeRegExp(head)})\\b`, "i").exec(role)?.[1] : undefined;
    const named = found ?? (atKind && /^[A-Z]/.test(atKind) ? atKind : undefined) ?? (head ? undefined : /\bat (?:the )?([A-Z][\w’'&.-]*(?:\s+(?:of|for|and|on|[A-Z][\w’'&.-]*))*)$/.exec(role)?.[1]?.replace(/\s+(?:of|for|and|on)$/, ""));
    if (!named || asked.some((a) => named.toLowerCase().includes(a))) continue;
    const sentence = person.sentences.find((i) => facts.sentences[i].text.includes(named)) ?? person.sentences[0];
    return { answered: true, answer: named, evidence: [evidence(kb, ref.article, sentence)], confidence: 0.8, kind: "what", people: [person.id] };
  }
  // "Carmen Chen of the Citizens Front won ...": the organization written right after their name.
  for (const i of person.sentences) {
    const text = facts.sentences[i].text;
    for (const name of [person.name, ...person.aliases]) {
      const at = text.indexOf(name);
      if (at < 0) continue;
      const after = new RegExp(`^${escapeRegExp(name)},?\\s+(?:of|from)\\s+(?:the\\s+)?`).exec(text.slice(at))?.[0].length;
      const org = after === undefined ? undefined : mentionsIn(facts, i).find((m) => m.kind === "organization" && m.start === at + after);
      if (org && !isOutlet(facts, org.text) && (!head || words(org.text).includes(head) || head === "party")) return { answered: true, answer: org.text, evidence: [evidence(kb, ref.article, i)], confidence: 0.75, kind: "what", people: [person.id] };
    }
  }
  return undefined;
}

/**
 * "Which party group does Peter Lindqvist lead?": the body their role says they lead ("leader of
 * the Liberal Democrat group"), when it ends on the noun asked.
 */
function ledBody(kb: KnowledgeBase, q: Question): Answer | undefined {
  if (q.people.length !== 1 || !q.head || !/\b(?:lead|leads|led|head|heads|headed|chair|chairs|chaired|run|runs|ran)$/.test(q.words.join(" "))) return undefined;
  const ref = q.people[0];
  const facts = kb.articles[ref.article];
  const person = facts.people.find((p) => p.id === ref.id);
  for (const role of person?.roles ?? []) {
    const body = /\b(?:leader|head|chair|chairman|chairwoman|chairperson|president)\s+of\s+(?:the\s+)?((?:[\w’'-]+\s+){0,5}?([a-z]+))$/.exec(role);
    if (!person || !body || body[2] !== q.head) continue;
    const sentence = person.sentences.find((i) => facts.sentences[i].text.includes(body[1])) ?? person.sentences[0];
    return { answered: true, answer: `the ${body[1]}`, evidence: [evidence(kb, ref.article, sentence)], confidence: 0.8, kind: "what", people: [person.id] };
  }
  return undefined;
}
