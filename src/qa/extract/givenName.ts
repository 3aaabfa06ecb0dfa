import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import type { Extracted } from "./shared.ts";

/**
 * "What's the brand name velanumab will be sold under?", "what is the project called?": the name a
 * sentence gives a thing ("to be sold under the brand name Reviqa", "a trial called BRIDGE-AD").
 */

const ASKS = /\b(?:brand|trade|code|product|commercial|stage|pen|nick)\s?names?\b|\bwhat (?:is|was|are|were|will) .+ (?:be )?(?:called|named|dubbed|known as|sold as|marketed as)$/;
const GIVES = /\b(?:(?:brand|trade|code|product|commercial|stage|pen)\s?name|nickname|called|named|dubbed|known as|sold as|marketed as)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:de|del|of|la)?\s*[A-Z][\w’'-]*){0,3})/;

export function givenName(c: Candidate, q: Question): Extracted | undefined {
  if (!ASKS.test(q.words.join(" "))) return undefined;
  const m = GIVES.exec(c.sentence.text);
  return m ? { answer: m[1], fits: true } : undefined;
}
