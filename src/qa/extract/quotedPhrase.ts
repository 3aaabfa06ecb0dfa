import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import type { Extracted } from "./shared.ts";

/**
 * "What did officials say the meeting is 'very much about'?": a phrase the question quotes is
 * searched as it is written, and what follows it in the sentence answers ("sitting down, getting an
 * understanding of each other ...").
 */

/** The phrase a question puts in quotation marks, lower case; undefined when it quotes none. */
export function quotedPhrase(q: Question): string | undefined {
  const m = /(?:^|[\s(])['‘"“]([^'’"”]{3,80})['’"”](?=[\s?.,!)]|$)/.exec(q.text);
  return m ? m[1].trim().toLowerCase() : undefined;
}

/** Up to twelve words that follow a phrase (lower case) in a text, or "" when it is not there or ends it. */
export function wordsAfter(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase);
  if (at < 0) return "";
  const rest = text.slice(at + phrase.length).replace(/^[\s,:;]+/, "");
  return rest.split(/\s+/).filter(Boolean).slice(0, 12).join(" ").replace(/[.,;:”"’]+$/, "");
}

export function afterQuotedPhrase(c: Candidate, q: Question): Extracted | undefined {
  const phrase = quotedPhrase(q);
  const answer = phrase ? wordsAfter(c.sentence.text, phrase) : "";
  return answer ? { answer, distance: 0, fits: true } : undefined;
}
