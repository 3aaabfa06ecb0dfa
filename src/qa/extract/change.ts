import type { Candidate } from "../retrieve.ts";
import { ASKS_CHANGE, type Question } from "../question.ts";
import { tidy } from "../clauses.ts";
import type { Extracted } from "./shared.ts";
import { stemOf } from "../text.ts";

/** Verbs that say how a quantity moved ("has doubled in the last year", "fell 8.4%"). */
const MOVED =
  /\b(?:(?:has|have|had)\s+)?(?:doubled|tripled|trebled|quadrupled|halved|risen|rose|rises|fallen|fell|falls|increased|decreased|declined|grown|grew|dropped|climbed|jumped|surged|soared|plunged|plummeted|slumped|shrunk|shrank|narrowed|widened|tumbled|slid|eased|edged (?:up|down))\b[^,.;]*/i;

/** "How has that number changed over the past year?" -> "has doubled in the last year": the verb of the change and what follows it. */
export function change(c: Candidate, q: Question): Extracted | undefined {
  if (!q.words.some((w) => ASKS_CHANGE.test(w))) return undefined;
  const m = MOVED.exec(c.sentence.text);
  return m ? { answer: tidy(m[0].split(/\s+/).slice(0, 12).join(" ")) } : undefined;
}

/** "By how much have hotels cut use?" -> "a quarter" from "cut consumption per guest by a quarter". */
const BY_AMOUNT = /\bby\s+((?:about |around |roughly |nearly |almost |more than |less than |some )?(?:a (?:quarter|third|half|fifth|tenth)|half|one[- ]third|two[- ]thirds|three[- ]quarters|[\d.,]+\s*(?:percent|per cent|%|percentage points?|basis points|points?)|(?!(?:19|20)\d\d\b)[\d.,]+(?:\s+(?:million|billion))?(?:\s+(?:tonnes|tons|kilograms|kg|metres|meters|kilometres|kilometers|miles|hours|days|weeks|months|years|euros|dollars|pounds|seats|votes|points))?))(?![\w-])/i;

export function amountBy(c: Candidate, q: Question): Extracted | undefined {
  if (!/^by how much\b/.test(q.words.join(" "))) return undefined;
  const m = BY_AMOUNT.exec(c.sentence.text);
  if (m) return { answer: m[1].trim() };
  // "an 8 percent cut in the VNBC's funding": the size written before the word for the change.
  const sized = SIZED_CHANGE.exec(c.sentence.text);
  return sized && q.words.some((w) => CHANGE_STEMS.has(stemOf(w)) && stemOf(w) === stemOf(sized[2])) ? { answer: sized[1].trim() } : undefined;
}
/** "an 8 percent cut", "a 12% rise", "a $40 million increase". */
const SIZED_CHANGE = /\b(?:an?|the)\s+((?:[$€£]\s?)?[\d.,]+(?:\s*(?:percent|per cent|%|percentage points?|million|billion))?(?:\s+(?:euros?|dollars?|pounds?|crowns?))?)[\s-]+(cut|cuts|rise|increase|reduction|decrease|drop|fall|hike|raise)\b/i;
const CHANGE_STEMS = new Set(["cut", "cutting", "rise", "raise", "raising", "increase", "increasing", "reduce", "reduction", "reducing", "decrease", "drop", "fall", "hike"].map(stemOf));
