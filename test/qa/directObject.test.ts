/**
 * "What is X proposing?": the noun phrase after the question's own verb in the sentence, up to the
 * clause that says more about it; not for a question whose verb belongs to a clause of its subject,
 * nor one that ends on a preposition.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Insulin shortage deepens\npublished: 2025-03-14\n---\n" +
  "Pharmacies in Poland ran out of insulin pens on Monday.\n\n" +
  "Opposition MP Marek Nowak said the shortage could happen again. He is proposing a state stockpile equal to 90 days of national demand, which he said would prevent a repeat.\n\n" +
  "The union is demanding an independent audit of the supply chain, and it accused the ministry of ignoring warnings.\n\n" +
  "Nurses earn an average of 24.50 zlotys an hour, the union said.\n";

describe("the object of the question's own verb", () => {
  const k = kb(tempKnowledge({ "insulin.md": ARTICLE }));
  answersEach(k, "%s", [
    ["What is the opposition MP proposing to prevent a repeat?", /^a state stockpile equal to 90 days of national demand$/],
    ["what is the union demanding", /^an independent audit of the supply chain$/],
    ["what did the union accuse the ministry of", /ignoring warnings/],
  ]);
  it("keeps a decimal point inside the phrase", () => {
    expect(answerQuestion(k, "What do nurses earn on average?").answer).toMatch(/24\.50/);
  });
});
