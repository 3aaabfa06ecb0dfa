import type { Candidate } from "../retrieve.ts";
import type { Question } from "../question.ts";
import type { Extracted } from "./shared.ts";
import { expand } from "../../lexicon/synonyms.ts";

/** Words that say what the weather was (the words listed for "weather"), with the words that grade them ("still freezingly cold"). */
const WEATHER = new RegExp(
  String.raw`\b(?:(?:still|very|bitterly|freezingly|extremely|unusually|unseasonably|searingly|blisteringly|torrentially)\s+)*(?:(?:rain|snow|storm|sun|wind|ice|frost|flood|fog)-[a-z]+|${[...expand("weather")].sort((a, b) => b.length - a.length).join("|")})\b`,
  "i",
);

/** "What was the weather like when they arrived?" with "They arrived in a frozen Anchorage": "frozen". */
export function weatherOf(c: Candidate, q: Question): Extracted | undefined {
  // Not "what was the temperature": that asks a number.
  if (!q.words.includes("weather")) return undefined;
  const m = WEATHER.exec(c.sentence.text);
  return m ? { answer: m[0] } : undefined;
}
