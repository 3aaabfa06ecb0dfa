import type { KnowledgeBase } from "../knowledge/base.ts";
import { evidence } from "./evidence.ts";
import type { Question } from "./question.ts";
import { escapeRegExp, stemOf } from "./text.ts";
import type { Answer } from "./types.ts";

/** "What is galamsey?", "what does galamsey mean": a word or two asked to be explained. */
const ASKS_MEANING = /^what (?:is|are|was|were|does|do) (?:the |a |an )?([a-z][\w-]*(?: [a-z][\w-]*)??)(?: mean| stand for)?$/;

/**
 * "What is galamsey?" where the article writes 'illegal gold mining, known locally as "galamsey"':
 * the words a term is said to be the name for. Looked for in the sentences that hold the term.
 */
export function knownAs(kb: KnowledgeBase, q: Question): Answer | undefined {
  const term = ASKS_MEANING.exec(q.words.join(" "))?.[1];
  if (!term) return undefined;
  const said = new RegExp(`((?:[A-Za-z][\\w'’-]*\\s+){0,4}[A-Za-z][\\w'’-]*),?\\s+(?:also\\s+|often\\s+|widely\\s+)?(?:known|called|referred to)(?:\\s+locally|\\s+in\\s+[A-Z][\\w-]*)?\\s+as\\s+["“']?${term.split(" ").map(escapeRegExp).join("[\\s-]+")}\\b`, "i");
  for (const h of kb.search.search(term.split(" ").map(stemOf), 20)) {
    const s = kb.sentences[h.doc];
    const m = said.exec(s.text);
    if (!m) continue;
    // ("while illegal gold mining": not the word that joins it to the clause before.)
    const answer = m[1].replace(/^(?:(?:while|and|but|as|or|with|the|a|an|of|from|by|in)\s+)+/i, "");
    if (answer) return { answered: true, answer, evidence: [evidence(kb, s.article, s.sentence)], confidence: 0.8, kind: "what" };
  }
  return undefined;
}
