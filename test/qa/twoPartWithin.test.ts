/**
 * A question in two parts where the article answers both in one sentence, but one part, asked on
 * its own, holds too little of that sentence's words to be answered from it: that part is looked
 * for in the sentence that answered the other. Not when it would only repeat the other's answer.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { kb, tempKnowledge } from "../support/kb.ts";

const ARTICLE =
  "---\ntitle: Grocers agree merger\npublished: 2025-02-03\n---\n" +
  "Under the agreement announced on February 2, Perth-based Harvest Lane would acquire Dunmore's in an all-cash deal.\n\n" +
  "Analysts said the combined group would control a fifth of the market.\n";

describe("a two-part question answered from one sentence", () => {
  const k = kb(tempKnowledge({ "merger.md": ARTICLE }));
  it("finds the part that holds little of the sentence in the sentence that answered the other", () => {
    expect(answerQuestion(k, "where is the buyer headquartered?").answered).toBe(false);
    expect(answerQuestion(k, "when was the merger agreement announced and where is the buyer headquartered?").answer).toMatch(/^February 2\b.*; Perth$/);
  });
});

describe("a two-part question whose other part the sentence does not answer", () => {
  const k = kb(tempKnowledge({ "merger.md": ARTICLE }));
  it("still says which part it found no answer to", () => {
    expect(answerQuestion(k, "when was the merger agreement announced and how many staff will lose their jobs?").answer).toMatch(/^February 2\b.*\(no answer found to "how many staff will lose their jobs"\)$/);
  });
});
