import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { isStopWord, stemOf } from "../text.ts";
import type { Extracted } from "./shared.ts";

/**
 * "Economic coercion against whom?", "a deal with what?": the question repeats the sentence's words
 * up to a preposition and asks for what follows it. The answer is the phrase after the same word and
 * preposition in the sentence ("against U.S. allies and partners"), up to the end of its clause.
 */

const ASKED = /\b([a-z][a-z'-]+) (against|with|to|toward|towards|for|from|by|on|at|about|over|into|between|among|of) (whom|who|what)\b/;

/** "Which group's treatment ...?": the owner asked with a possessive, given in the sentence with "of" ("treatment of Muslim minorities"). */
const OWNER_ASKED = /\b(?:which|what|whose) (?:[a-z-]+ )?[a-z-]+['’]s ([a-z-]+)\b/i;

export function objectOf(c: Candidate, q: Question): Extracted | undefined {
  const owner = OWNER_ASKED.exec(q.text);
  const asked = ASKED.exec(q.words.join(" ")) ?? (owner ? [owner[0], owner[1], "of", "which"] : null);
  if (!asked || isStopWord(asked[1])) return undefined;
  const stem = stemOf(asked[1]);
  // The phrase runs to a comma, a semicolon, a dash, a bracket, a quote or the end ("U.S. allies" keeps its dots).
  const after = new RegExp(`([\\p{L}’'-]+)\\s+${asked[2]}\\s+((?:[^,;:“”"()—–.]|\\.(?=\\S)|(?<=\\b\\p{Lu})\\.)+)`, "giu");
  for (const m of c.sentence.text.matchAll(after)) {
    if (stemOf(m[1].toLowerCase()) !== stem) continue;
    const phrase = m[2].trim().split(/\s+/);
    if (phrase.length === 0 || phrase.length > 12) continue;
    return { answer: phrase.join(" "), distance: 0, fits: true };
  }
  return undefined;
}
