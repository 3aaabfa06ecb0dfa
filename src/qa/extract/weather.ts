import type { Candidate } from "../retrieve.ts";
import type { Question } from "../question.ts";
import type { Extracted } from "./shared.ts";

/** Words that say what the weather was, with the words that grade them ("still freezingly cold"). */
const WEATHER =
  /\b(?:(?:still|very|bitterly|freezingly|extremely|unusually|unseasonably|searingly|blisteringly|torrentially)\s+)*(?:(?:rain|snow|storm|sun|wind|ice|frost|flood|fog)-[a-z]+|cold|colder|frozen|freezing|icy|snowy|snowing|chilly|frigid|wintry|hot|hotter|scorching|sweltering|warm|humid|muggy|sunny|cloudy|overcast|rainy|raining|wet|stormy|windy|foggy|misty|mild|balmy|blizzard|heatwave|heat wave|downpour|drizzle|thunderstorms?|gales?|snow|rain|sleet|hail)\b/i;

/** "What was the weather like when they arrived?" with "They arrived in a frozen Anchorage": "frozen". */
export function weatherOf(c: Candidate, q: Question): Extracted | undefined {
  // Not "what was the temperature": that asks a number.
  if (!q.words.includes("weather")) return undefined;
  const m = WEATHER.exec(c.sentence.text);
  return m ? { answer: m[0] } : undefined;
}
