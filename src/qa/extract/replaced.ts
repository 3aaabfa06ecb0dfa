import type { Candidate } from "../retrieve.ts";
import type { Question } from "../question.ts";
import { tidy } from "../clauses.ts";
import type { Extracted } from "./shared.ts";

/** "What has replaced the optimism?", "what took its place?", "what is there instead?". */
const ASKS_REPLACEMENT = /\breplac(?:e|ed|es|ing)\b|\b(?:take|takes|taken|took|taking) (?:its|their|the|his|her) place\b|\binstead\b/;
/** "In its place is a more assertive approach ...", "replaced by a cap on fees". */
const REPLACED_BY = [/\bin (?:its|their|his|her) place (?:is|are|was|were|came|comes|stands|now stands) ([^.;:]+)/i, /\breplaced (?:by|with) ([^,.;:]+)/i];

/**
 * "What has replaced the optimism about China?" with "Gone is the optimism ... In its place is a more
 * assertive approach ...": what the sentence, or the one after it, says took its place.
 */
export function replacement(c: Candidate, q: Question): Extracted | undefined {
  if (!asksReplacement(q)) return undefined;
  const next = c.facts.sentences[c.sentence.sentence + 1];
  for (const [text, sentence] of [[c.sentence.text, undefined], ...(next ? [[next.text, next.index]] : [])] as [string, number | undefined][]) {
    const answer = replacedIn(text);
    if (answer) return { answer, ...(sentence !== undefined ? { sentence } : {}) };
  }
  return undefined;
}

export function asksReplacement(q: Question): boolean {
  return ASKS_REPLACEMENT.test(q.words.join(" "));
}

/** What a text says took something's place: "In its place is a more assertive approach ..." -> "a more assertive approach ...". */
export function replacedIn(text: string): string | undefined {
  for (const re of REPLACED_BY) {
    const m = re.exec(text);
    if (m) return tidy(m[1].split(/\s+/).slice(0, 14).join(" "));
  }
  return undefined;
}
