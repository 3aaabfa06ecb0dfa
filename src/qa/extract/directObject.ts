import type { Question } from "../question.ts";
import { LIGHT_VERBS } from "../questionVerbs.ts";
import type { Candidate } from "../retrieve.ts";
import { isStopWord, stemOf } from "../text.ts";
import type { Extracted } from "./shared.ts";

/** "What is the MP proposing ...?", "what did the ministry announce": what, then a helping verb, a subject and the verb. */
const ASKS_OBJECT = /^what (?:is|are|was|were|does|do|did|has|have|had|will|would|could|should|can) (.+)$/;

/** Where the object's noun phrase ends: punctuation, or a clause that says something about it. */
const PHRASE_END = /[,;:!?“”"()—–]|\.(?=\s|$)|\s(?:which|that|who|because|after|before|while|when|if|unless|although|saying|said|says)\s/;

/** Words that stand for something said before, no answer on their own. */
const PRONOUN_ONLY = /^(?:it|them|this|that|these|those|him|her|so|one|some|more|what|all)$/i;

/**
 * "What is the opposition MP proposing to prevent a repeat?" with "He is proposing a state stockpile
 * equal to 90 days of national demand, which he said would prevent a repeat": the noun phrase after
 * the question's own verb in the sentence, up to the clause that says more about it.
 */
export function directObject(c: Candidate, q: Question): Extracted | undefined {
  // ("What injury did the student suffer?": the kind asked, right after "what", is the verb's object too.)
  const headed = q.head !== undefined ? new RegExp(`^what ${q.head} (?:did|does|do|has|have|had|will|would) (.+)$`).exec(q.words.join(" "))?.[1] : undefined;
  if (q.kind !== "what" || (q.head !== undefined && headed === undefined)) return undefined;
  const rest = headed ?? ASKS_OBJECT.exec(q.words.join(" "))?.[1];
  // Not "what did she accuse them of": a preposition left at the end asks for its own object.
  // Nor "what did the carrier do to ...": what was done is a clause, not a thing.
  if (!rest || /\b(?:of|with|to|for|about|from|on|at|into|against)$/.test(rest) || /\b(?:do|doing|done)\b/.test(rest)) return undefined;
  const ws = rest.split(" ");
  const at = ws.findIndex((w, i) => i > 0 && q.pos.get(w) === "VERB" && !LIGHT_VERBS.has(w) && !isStopWord(w));
  const verb = ws[at];
  // The subject's words come first, with no verb or clause of their own: not "what was the efficacy in
  // kids who missed a dose", "what is the name of the film that won", nor "what do they think caused it".
  if (at < 0 || /^(say|says|said|think|thinks|thought|believe|believes|believed|mean|means|meant|want|wants|wanted|expect|expects|expected)$/.test(verb) || ws.slice(0, at).some((w) => /^(who|which|that|whose|where|when|name|names|called)$/.test(w) || q.pos.get(w) === "VERB")) return undefined;
  const stem = stemOf(verb);
  const text = c.sentence.text;
  for (const m of text.matchAll(/\b([A-Za-z]+)\s+/g)) {
    if (stemOf(m[1].toLowerCase()) !== stem || !/^[a-z]/.test(m[1])) continue;
    const after = text.slice(m.index! + m[0].length);
    const end = after.search(PHRASE_END);
    const phrase = (end < 0 ? after : after.slice(0, end)).trim();
    const np = phrase.split(/\s+/);
    // A noun phrase: "a state stockpile ...", not "to the ministry" nor a lone "it".
    if (np.length < 2 || np.length > 16 || PRONOUN_ONLY.test(np[0]) || !/^(?:a|an|the|its|their|his|her|new|more|further|[a-z]+s|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)$/i.test(np[0])) continue;
    // ("discussed a compromise that would ...": the kind asked, named again, says nothing.)
    if (headed !== undefined && np.filter((w) => !/^(?:a|an|the)$/i.test(w)).every((w) => stemOf(w.toLowerCase()) === stemOf(q.head!))) continue;
    return { answer: phrase, distance: 0, fits: true };
  }
  return undefined;
}
