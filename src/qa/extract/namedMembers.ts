import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { escapeRegExp } from "../text.ts";
import type { Extracted } from "./shared.ts";

/** A capitalised name of one or more words: "Naivasha", "Old Town". */
const NAME = String.raw`[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*`;

/**
 * "Which constituencies are covered?" with "in three constituencies - Naivasha, Molo and Subukia": the
 * names a sentence lists right after the asked plural noun (after a dash, a colon, a bracket or a comma).
 */
export function namedMembers(c: Candidate, q: Question): Extracted | undefined {
  const head = q.head;
  if (!head || !/s$/.test(head) || !new RegExp(`^(?:which|what) ${escapeRegExp(head)}\\b`).test(q.words.join(" "))) return undefined;
  const list = new RegExp(`\\b${escapeRegExp(head)}\\s*(?:[-–—:(]|,)\\s*((?:${NAME},\\s+)*${NAME},?\\s+(?:and|or)\\s+${NAME})`).exec(c.sentence.text);
  return list ? { answer: list[1], fits: true } : undefined;
}
