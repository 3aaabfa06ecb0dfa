/** Shared checks for question-answering tests: each question answered with a matching short answer, or declined. */
import { expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import type { KnowledgeBase } from "../../src/knowledge/base.ts";

/** Each question is answered, with a short answer that matches. */
export function answersEach(k: KnowledgeBase, title: string, cases: [string, RegExp][]): void {
  it.each(cases)(title, (question, expected) => {
    const a = answerQuestion(k, question);
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(expected);
  });
}

/** Each question (with why it must be declined) is declined. */
export function declinesEach(k: KnowledgeBase, cases: [string, string][]): void {
  it.each(cases)("declines %s: %s", (_why, question) => {
    const a = answerQuestion(k, question);
    expect(a.answered, a.answer).toBe(false);
  });
}
