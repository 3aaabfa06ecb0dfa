import type { Candidate } from "../retrieve.ts";
import type { Question } from "../question.ts";
import { tidy } from "../clauses.ts";
import type { Extracted } from "./shared.ts";

/** "common ground on issues like climate change": the examples a sentence gives of a kind of matter. */
const EXAMPLES = /\b(?:issues?|areas?|matters?|topics?|subjects?|fields?|sectors?|questions?|problems?|challenges?|fronts?)\s+(?:like|such as|including)\s+([^,.;:—–()“”"]+)/i;
/** Heads that ask for a matter, not a person, place or number. */
const MATTER = /^(issues?|areas?|matters?|topics?|subjects?|fields?|sectors?|questions?|problems?|challenges?|fronts?|things?)$/;

/**
 * "On which issue do they want to find common ground?", "where do they seek common ground?" with
 * "seeking common ground on issues like climate change": the example the sentence gives.
 */
export function exampleOf(c: Candidate, q: Question): Extracted | undefined {
  const asksMatter = (q.kind === "what" && q.head !== undefined && MATTER.test(q.head)) || q.kind === "where";
  if (!asksMatter) return undefined;
  const m = EXAMPLES.exec(c.sentence.text);
  const answer = m ? tidy(m[1].split(/\s+/).slice(0, 8).join(" ")) : "";
  return answer ? { answer } : undefined;
}
