import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { expand } from "../../lexicon/synonyms.ts";
import type { Extracted } from "./shared.ts";

/** Verbs of causing, in the past: "what triggered the emergency?". */
const CAUSED = /^(caused|triggered|sparked|prompted|started|provoked|set)$/;

/**
 * "What triggered the emergency?" with "... concluding that a fatigue crack in an engine fuel pump
 * triggered the incident": the doer of the question's verb, the noun phrase right before it.
 */
export function causeOf(c: Candidate, q: Question): Extracted | undefined {
  if (q.kind !== "what" || !/^(what|which)$/.test(q.words[0] ?? "")) return undefined;
  const verb = q.words[1] ?? "";
  if (!CAUSED.test(verb)) return undefined;
  const forms = [verb, ...expand(verb)].filter((w) => CAUSED.test(w));
  const text = c.sentence.text;
  const hit = new RegExp(`\\b(${forms.join("|")})\\b`, "i").exec(text);
  if (!hit || causesSomethingElse(c, q)) return undefined;
  // Back to the start of the clause: "that", "which", a comma or the sentence's start.
  const before = text.slice(0, hit.index).trimEnd();
  const start = Math.max(before.search(/[^,;:]*$/), ...[...before.matchAll(/\b(?:that|which|because|after|when)\s/gi)].map((m) => m.index! + m[0].length));
  const phrase = before.slice(start).trim();
  const words = phrase.split(/\s+/);
  if (words.length === 0 || words.length > 12 || !/^(?:a|an|the|its|their|his|her)\b|^[A-Z0-9]/i.test(phrase)) return undefined;
  return { answer: phrase };
}

/**
 * "What caused the fire?" is not answered by "a smaller blaze ... that caused no injuries": the
 * sentence has the verb only for what something did not cause.
 */
export function causesSomethingElse(c: Candidate, q: Question): boolean {
  if (q.kind !== "what" || !/^(what|which)$/.test(q.words[0] ?? "") || !CAUSED.test(q.words[1] ?? "")) return false;
  const uses = [...c.sentence.text.matchAll(new RegExp(`\\b(?:${CAUSED.source.slice(2, -2)})\\b(\\s+\\w+)?`, "gi"))];
  return uses.length > 0 && uses.every((m) => /^\s+(?:no|nothing|none|little)$/i.test(m[1] ?? ""));
}
