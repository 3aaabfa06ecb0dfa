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

export function afterQuotedPhrase(c: Candidate, q: Question): Extracted | undefined {
  const phrase = quotedPhrase(q);
  if (!phrase) return undefined;
  const text = c.sentence.text;
  const at = text.toLowerCase().indexOf(phrase);
  if (at < 0) return undefined;
  const rest = text.slice(at + phrase.length).replace(/^[\s,:;]+/, "");
  const words = rest.split(/\s+/).filter(Boolean).slice(0, 12);
  const answer = words.join(" ").replace(/[.,;:”"’]+$/, "");
  return answer ? { answer, distance: 0, fits: true } : undefined;
}
