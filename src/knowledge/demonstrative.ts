import type { ArticleFacts } from "./types.ts";
import { escapeRegExp, isStopWord } from "../qa/text.ts";

/**
 * "... released an independent review. That review, led by Graham Tulloch, found ...": a sentence
 * that opens with "That" or "This" and a noun means the thing the sentence before (or the one before
 * that) described with more words. Returns, by sentence, those describing words ("independent"), so
 * that a question using them finds the sentence that says what the thing did.
 */
export function demonstrativeDescriptions(facts: ArticleFacts): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of facts.sentences) {
    const noun = /^(?:That|This)\s+([a-z]{3,})\b/.exec(s.text)?.[1];
    if (!noun || isStopWord(noun)) continue;
    const described = new RegExp(`\\b(?:an?|the|its|their|his|her)\\s+((?:[a-z][a-z-]+\\s+){1,2})${escapeRegExp(noun)}s?\\b`);
    for (const back of [1, 2]) {
      const before = facts.sentences[s.index - back];
      if (!before || before.paragraph < s.paragraph - 1) break;
      const words = described.exec(before.text)?.[1].trim().split(/\s+/).filter((w) => !isStopWord(w) && !/^\d/.test(w));
      if (words?.length) {
        out.set(s.index, words.join(" "));
        break;
      }
    }
  }
  return out;
}
