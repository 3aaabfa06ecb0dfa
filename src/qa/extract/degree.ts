import type { Candidate } from "../retrieve.ts";
import type { Question } from "../question.ts";
import { escapeRegExp } from "../text.ts";
import type { Extracted } from "./shared.ts";

/** Words that say how sure someone is of an outcome. */
const SURENESS = "confident|optimistic|hopeful|pessimistic|likely|unlikely|doubtful|sceptical|skeptical|certain|uncertain|sure|unsure";
/** Words that grade them: "not very", "cautiously", "fairly". */
const GRADE = String.raw`(?:(?:not|never|hardly|very|quite|so|too|fairly|rather|reasonably|cautiously|extremely|highly|deeply|increasingly|less|more|far|all that)\s+)*`;
/** "How did X rate the chances of ...?", "what are the odds ...": asks how sure someone is. */
const ASKS_ODDS = /\b(chances?|odds|likelihood|prospects?)\b/;
/** "How" words that ask for an amount, a way or a time, not a grade. */
const NOT_A_GRADE = /^(much|many|long|old|far|often|soon|big|large|high|low|tall|deep|wide|fast|come|do|does|did|is|are|was|were|will|would|can|could|should|has|have|had)$/;

/**
 * "How confident is the US side ...?" with "I'm not very confident that ...": the graded word, as the
 * sentence grades it ("not very confident"). "How did they rate the chances?" asks the same.
 */
export function degreeOf(c: Candidate, q: Question): Extracted | undefined {
  if (q.words[0] !== "how") return undefined;
  const second = q.words[1] ?? "";
  const asked = !NOT_A_GRADE.test(second) && q.pos.get(second) === "ADJ" ? escapeRegExp(second) : ASKS_ODDS.test(q.words.join(" ")) ? SURENESS : undefined;
  if (!asked) return undefined;
  // Graded: the word alone ("favorable views") tells no degree.
  const m = new RegExp(String.raw`\b${GRADE}(?:${asked})\b`, "i").exec(c.sentence.text);
  return m && /\s/.test(m[0]) ? { answer: m[0] } : undefined;
}
