import type { KnowledgeBase } from "../knowledge/base.ts";
import { evidence, roleSentence } from "./evidence.ts";
import type { Question } from "./question.ts";
import type { Answer } from "./types.ts";

/**
 * "What did Halvorsen do before politics?", "what was her job before she became minister?": the
 * role the person's description says they held before ("a former paediatric nurse from Dunedin").
 */

const ASKS_BEFORE = /^what (?:did|had) (.+?) do\b.*\b(?:before|previously|earlier)\b|^what (?:is|was|were) (.+?) (?:job|jobs|profession|occupation|career|work|line of work) (?:before|previously)\b|^what did (.+?) (?:use to do|do for a living before)\b/;
const FORMER = /^(?:an? |the )?(?:former|ex-|one-time|onetime|erstwhile|retired)\s*/i;

export function formerRoleOf(kb: KnowledgeBase, q: Question): Answer | undefined {
  if (q.people.length !== 1 || !ASKS_BEFORE.test(q.words.join(" "))) return undefined;
  const ref = q.people[0];
  const facts = kb.articles[ref.article];
  const person = facts.people.find((p) => p.id === ref.id);
  const role = person?.roles.find((r) => FORMER.test(r));
  if (!person || !role) return undefined;
  const sentence = roleSentence(facts, person, role);
  return { answered: true, answer: role, evidence: [evidence(kb, ref.article, sentence)], confidence: 0.75, kind: "what", people: [person.id] };
}
