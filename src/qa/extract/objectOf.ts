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

/** "Which group's treatment ...?", "whose treatment ...?": the owner asked with a possessive, given in the sentence with "of" ("treatment of Muslim minorities"). */
const OWNER_ASKED = /\b(?:(?:which|what) (?:[a-z-]+ )?[a-z-]+['’]s|whose) ([a-z-]+)\b/i;

/** "Who are the targets of the economic coercion?", "who is the coercion aimed at?": what it is against. */
export const TARGET_ASKED = /^(?:who|whom|what) (?:is|are|was|were) (?:the )?(?:(?:targets?|victims?) of (?:the |this |that |such )?(?:[a-z-]+ )?([a-z-]+)|(?:[a-z-]+ )?([a-z-]+) (?:aimed|directed|targeted) at)\b/;
const AGAINST = "(?:against|toward|towards|at|on)";

/** "What did Cui hope the two sides would leave the talks with?": a preposition left at the end, after its verb. */
const STRANDED = /^(?:what|who|whom|which)\b.* (with|to|for|about|from|into|against|toward|towards|on)$/;

export function objectOf(c: Candidate, q: Question): Extracted | undefined {
  return objectIn(c.sentence.text, q);
}

/** The same, in any text: a quotation, say. */
export function objectIn(text: string, q: Question): Extracted | undefined {
  const owner = OWNER_ASKED.exec(q.text);
  const stranded = STRANDED.exec(q.words.join(" "));
  const verb = stranded ? [...q.words.slice(0, -1)].reverse().find((w) => q.pos.get(w) === "VERB" && !isStopWord(w)) : undefined;
  const target = TARGET_ASKED.exec(q.words.join(" "));
  const asked = ASKED.exec(q.words.join(" ")) ?? (target ? [target[0], target[1] ?? target[2], AGAINST, "whom"] : owner ? [owner[0], owner[1], "of", "which"] : verb && stranded ? [stranded[0], verb, stranded[1], "what"] : null);
  if (!asked || isStopWord(asked[1])) return undefined;
  const stem = stemOf(asked[1]);
  // The phrase runs to a comma, a semicolon, a dash, a bracket, a quote or the end ("U.S. allies" keeps its dots).
  // After a stranded preposition's verb, a few words may come first ("leave [the talks] with ...").
  const between = verb ? "(?:[\\p{L}’'-]+\\s+){0,3}?" : "";
  // Found from the word itself, so that an earlier phrase ("come with good will and leave with ...") does not swallow it.
  const after = new RegExp(`\\b(${stem.replace(/[^\p{L}’'-]/gu, "")}[\\p{L}’'-]*)\\s+${between}${asked[2]}\\s+((?:[^,;:“”"()—–.…]|\\.(?=\\S)|(?<=\\b\\p{Lu})\\.)+)`, "giu");
  for (const m of text.matchAll(after)) {
    if (stemOf(m[1].toLowerCase()) !== stem) continue;
    const phrase = m[2].trim().replace(/[.”"’]+$/, "").split(/\s+/);
    if (phrase.length === 0 || phrase.length > 12) continue;
    return { answer: phrase.join(" "), distance: 0, fits: true };
  }
  return undefined;
}
