import type { Question } from "./question.ts";
import { isVerb } from "../lexicon/wordnet.ts";
import { irregularBase } from "../lexicon/irregular.ts";

/**
 * What "how many" counts: the last noun before the verb ("how many Senate seats does ..." ->
 * "seats"), or after "are" in "how many of the strikers are mechanics"; with the words before it.
 */
export function countedNoun(q: Question): { counted?: string; run: string[] } {
  let found = cache.get(q);
  if (!found) cache.set(q, (found = findCounted(q)));
  return found;
}

/** Asked once per question, though ranking and each candidate sentence ask it. */
const cache = new WeakMap<Question, { counted?: string; run: string[] }>();

function findCounted(q: Question): { counted?: string; run: string[] } {
  const at = q.words.indexOf("many");
  const run: string[] = [];
  for (let i = at + 1; at >= 0 && i < q.words.length && run.length < 4; i++) {
    const p = q.pos.get(q.words[i]);
    // "how many suspected cases", "how many displaced people", "how many written submissions": a participle before the noun describes it.
    const participle = p === "VERB" && (/(ed|ing)$/.test(q.words[i]) || irregularBase(q.words[i]) !== undefined) && q.pos.get(q.words[i + 1] ?? "") === "NOUN";
    // "how many upstream tailings dams": a word the tagger calls an adverb, before a noun, describes it.
    const modifier = p === "ADV" && q.pos.get(q.words[i + 1] ?? "") === "NOUN" && !/ly$/.test(q.words[i]);
    if (p !== "NOUN" && p !== "PROPN" && p !== "ADJ" && p !== "NUM" && !participle && !modifier) break;
    run.push(q.words[i]);
  }
  // "how many Americans call China ...": a plural noun, then a word that can be a verb, ends the phrase.
  const cut = run.findIndex((w, i) => i < run.length - 1 && /s$/.test(w) && !/s$/.test(run[i + 1]) && isVerb(run[i + 1]));
  if (cut >= 0) run.splice(cut + 1);
  const ofThe = at >= 0 && q.words[at + 1] === "of" ? countedOf(q, at) : undefined;
  const counted = ofThe ?? (run.length ? run[run.length - 1] : at >= 0 ? q.words[at + 1] : undefined);
  return { ...(counted ? { counted } : {}), run };
}

/**
 * "How many of the strikers are mechanics?": the part named after the verb. "How many of Biden's
 * advisers are going?": no part (a verb follows), so the noun after "of".
 */
function countedOf(q: Question, at: number): string | undefined {
  const part = /\b(?:are|were|is|was)\s+(?:the\s+)?([a-z-]+)/.exec(q.words.slice(at).join(" "))?.[1];
  if (part && q.pos.get(part) !== "VERB" && !/ing$/.test(part)) return part;
  // ("how many of the detained tribesmen": a participle before the noun describes it.)
  const describing = (w: string, i: number) => /(ed|ing)$/.test(w) && q.pos.get(q.words[i + 1] ?? "") === "NOUN";
  const verb = q.words.findIndex((w, i) => i > at + 1 && (/^(are|were|is|was|will|would|did|do|does|have|has|had)$/.test(w) || (q.pos.get(w) === "VERB" && !describing(w, i))));
  const phrase = q.words.slice(at + 2, verb < 0 ? undefined : verb);
  // "of the athletes the AIU has punished": a relative clause (its own determiner or pronoun) ends the phrase.
  const clause = phrase.findIndex((w, i) => i > 1 && /^(the|a|an|its|their|his|her|who|that|which|whom)$/.test(w));
  if (clause > 0) phrase.splice(clause);
  return phrase.length ? phrase[phrase.length - 1] : q.words[at + 3];
}
