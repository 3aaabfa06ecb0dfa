import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { escapeRegExp, isStopWord, stemOf } from "../text.ts";
import type { Extracted } from "./shared.ts";

const KIND_OF = /\bwhat (?:kind|sort|type|types|kinds|sorts) of ([a-z]+)/;

/** Whether the question asks what kind of thing something is: "What kind of protest are they planning?". */
export function asksKindOf(q: Question): boolean {
  return KIND_OF.test(q.words.join(" "));
}

/**
 * "What kind of process did she hope for?": the words the sentence describes that thing with ("a
 * candid, constructive and rational process").
 */
export function kindOfThing(c: Candidate, q: Question): Extracted | undefined {
  const noun = KIND_OF.exec(q.words.join(" "))?.[1];
  if (!noun) return undefined;
  const re = new RegExp(`\\b(?:a|an|the|its|their|his|her)\\s+((?:[a-z-]+,?\\s+){1,6}?)(${escapeRegExp(stemOf(noun))}[a-z]*)\\b`, "gi");
  // The noun itself, not a verb of its stem ("taxi drivers protested"); its words, not a clause ("while ...").
  const asNoun = (w: string) => !/(?:ed|ing)$/i.test(w) || w.toLowerCase() === noun;
  for (const m of c.sentence.text.matchAll(re)) {
    const words = m[1].trim();
    if (words.split(/[\s,]+/).every((w) => isStopWord(w.toLowerCase())) || !asNoun(m[2]) || /\b(?:while|who|which|that|when|because|as)\b/i.test(words)) continue;
    return { answer: `${words} ${m[2]}`, fits: true };
  }
  return undefined;
}
