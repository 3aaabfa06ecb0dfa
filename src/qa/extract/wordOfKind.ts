import { irregularSingular } from "../../lexicon/irregular.ts";
import { kindSense } from "../../lexicon/wordnet.ts";
import { GENERIC_HEADS, type Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { isStopWord, stemOf } from "../text.ts";
import type { Extracted } from "./shared.ts";

/**
 * "The study claimed to regenerate which organ?" where the sentence says "damaged heart tissue": a
 * word of the sentence that WordNet files under the kind asked, in one of its two commonest senses
 * ("heart" is an organ in its second). Only for a kind the articles never name themselves.
 */
export function wordOfKind(c: Candidate, q: Question): Extracted | undefined {
  const kind = kindAsked(q);
  if (!kind) return undefined;
  const asked = new Set(q.words.map(stemOf));
  for (const m of c.sentence.text.matchAll(/\b[a-z][a-z-]{2,}\b/g)) {
    const w = m[0];
    if (isStopWord(w) || asked.has(stemOf(w))) continue;
    const lemma = irregularSingular(w) ?? w.replace(/(?<=[^s])s$/, "");
    const sense = kindSense(lemma, kind);
    if (sense >= 0 && sense <= 1) return { answer: w, fits: true };
  }
  return undefined;
}

/** The kind of thing a "what/which X" question asks for, when the articles never use the word X. */
function kindAsked(q: Question): string | undefined {
  if (q.kind !== "what" || !q.head || q.wants || GENERIC_HEADS.test(q.head) || !q.unknownWords.includes(q.head) || q.pos.get(q.head) !== "NOUN") return undefined;
  return irregularSingular(q.head) ?? q.head.replace(/(?<=[^s])s$/, "");
}
