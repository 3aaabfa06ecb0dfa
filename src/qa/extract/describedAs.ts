import type { Candidate } from "../retrieve.ts";
import type { Question } from "../question.ts";
import { tidy } from "../clauses.ts";
import type { Extracted } from "./shared.ts";

/** "How did X describe ...?", "what did she call it?": asks for the words someone used for something. */
const ASKS_DESCRIPTION = /\b(describe|describes|described|characteri[sz]e|characteri[sz]es|characteri[sz]ed|call|calls|called|label|labels|labelled|labeled|brand|branded|dismiss|dismissed|portray|portrayed|sum up|summed up)\b/;
/** "dismissed that figure as “a spreadsheet exercise”", "described the talks as constructive". */
const AS_WORDS = /\b(?:described|describing|dismissed|dismissing|branded|branding|labell?ed|labell?ing|termed|characteri[sz]ed|characteri[sz]ing|portrayed|portraying|called|calling|regarded|saw|sees|viewed|treated)\s+(?:[\w’'$.-]+\s+){0,5}?as\s+([“"][^”"]+[”"]|[^,.;:]+)/i;
/** "called it “an insult”", "calling the deal “the largest single purchase ...”". */
const CALLED = /\b(?:call|calls|called|calling)\s+(?:it|them|this|that|(?:the|his|her|their|its)\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+([“"][^”"]+[”"])/i;
/** In a quotation: "415 million euros is a rounding error". */
const IS_A = /[“"][^”"]*?\b(?:is|was|are|were)\s+((?:a|an)\s+[^,.;:”"!?]+)/i;

/** "How did the SafeScreen chief describe the amount?": the words the sentence says were used for it. */
export function describedAs(c: Candidate, q: Question): Extracted | undefined {
  if (q.kind !== "how" || !ASKS_DESCRIPTION.test(q.words.join(" "))) return undefined;
  const text = c.sentence.text;
  const m = AS_WORDS.exec(text) ?? CALLED.exec(text) ?? IS_A.exec(text);
  const answer = m ? tidy(m[1].split(/\s+/).slice(0, 15).join(" ")) : "";
  return answer ? { answer } : undefined;
}
