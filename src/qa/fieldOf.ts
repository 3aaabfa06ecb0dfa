import type { KnowledgeBase } from "../knowledge/base.ts";
import { evidence, roleSentence } from "./evidence.ts";
import type { Question } from "./question.ts";
import type { Answer } from "./types.ts";

/**
 * "What field does Eric Sayers specialize in?": the subject of a named person's expertise, as their
 * description gives it ("Asia-Pacific defense policy expert at AEI", "a professor of economics").
 */

const ASKS = /\b(field|fields|area|areas|specialty|speciality|expertise|speciali[sz]es?|specialised|specialized|specializing|specialising|discipline)\b/;
const EXPERT = /^(?:an? |the )?(.+?)\s+(?:expert|specialist|analyst|scholar|researcher)\b|\b(?:professor|lecturer|researcher|expert|specialist) (?:of|in|on) ([^,;]+)/i;

export function fieldOf(kb: KnowledgeBase, q: Question): Answer | undefined {
  if (q.people.length !== 1 || !ASKS.test(q.words.join(" "))) return undefined;
  const ref = q.people[0];
  const facts = kb.articles[ref.article];
  const person = facts.people.find((p) => p.id === ref.id);
  for (const role of person?.roles ?? []) {
    const m = EXPERT.exec(role);
    const field = m?.[1] ?? m?.[2];
    if (!person || !field) continue;
    const sentence = roleSentence(facts, person, role);
    return { answered: true, answer: field.trim(), evidence: [evidence(kb, ref.article, sentence)], confidence: 0.8, kind: "what", people: [person.id] };
  }
  return undefined;
}
