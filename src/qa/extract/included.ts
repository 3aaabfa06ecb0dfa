import { anchorTerms } from "../clauses.ts";
import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { stemSet } from "../text.ts";
import type { Extracted } from "./shared.ts";

/**
 * "What did the administration do to strengthen its position?" with "... waited a few weeks to first
 * take steps to 'strengthen' its position, ..., including through the COVID-19 stimulus package's
 * passage and 'substantial' engagement with U.S. allies": what was done is what the sentence lists
 * after "including", when the question's words come before it.
 */

/** Questions that ask what was done, or for the steps, measures or laws: not for a clause's verb. */
const ASKS_DEEDS = /^what (?:did|does|do|has|have|had|will|would|is|are|was|were) .+ (?:do|doing|done)\b|^what (?:steps|measures|actions|legislation|laws?|bills?|moves|policies)\b/;

export function includedItems(c: Candidate, q: Question): Extracted | undefined {
  if (!ASKS_DEEDS.test(q.words.join(" ")) || q.words.includes("including")) return undefined;
  const m = /,\s+including\s+(?:through\s+|by\s+|with\s+|via\s+)?([^;]+?)[.”"’]*$/i.exec(c.sentence.text);
  if (!m) return undefined;
  const before = stemSet(c.sentence.text.slice(0, m.index));
  const held = anchorTerms(q).filter((t) => before.has(t)).length;
  return held >= 2 ? { answer: m[1].trim() } : undefined;
}
