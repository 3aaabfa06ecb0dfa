import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Answer, QuestionContext } from "./types.ts";

/** Answers one question from the knowledge base. (Being written: declines everything for now.) */
export function answerQuestion(_kb: KnowledgeBase, _question: string, _context: QuestionContext = {}): Answer {
  return { answered: false, answer: "", evidence: [], confidence: 0, kind: "what", reason: "not written yet" };
}
