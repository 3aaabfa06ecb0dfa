/**
 * "For or against" as people ask it, on an article written for these tests: answered "Against"
 * when the sentence says the side opposed or accused, "For" when it backed it, and by the sentence's
 * own words when it says neither (never a bare "Yes").
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

const PLANT =
  "Brewer to close Ghent plant, cutting 300 jobs\n\n" +
  "GHENT, Feb 4 (Flanders Wire) - Belgian brewer Vandermolen said on Monday it would close its Ghent plant, cutting 300 jobs.\n\n" +
  "The ACV union, which represents most of the plant's workers, said it opposed the closure and would demand talks.\n\n" +
  "Consumer group Test Aankoop accused the brewer of using the closure to abandon a town that had bought its beer for a century.\n\n" +
  "The city's business council backed the closure plan, saying the site could host 1,000 new homes.\n\n" +
  "The Green party called the closure plan \"a sad day for Ghent\".\n";

describe("for or against", () => {
  const k = kb(tempKnowledge({ "plant.txt": PLANT }));
  answersEach(k, "%s", [
    ["Is the ACV union for or against the closure?", /^Against: .*opposed/],
    ["is test aankoop for or against the closure", /^Against: .*accused/],
    ["Is the business council for or against the closure plan?", /^For: .*backed/],
  ]);

  it("says what the sentence says when it gives no word for either side", () => {
    const a = answerQuestion(k, "is the green party for or against the closure plan");
    expect(a.answer).not.toMatch(/^(?:Yes|No|For|Against)\b/);
    expect(a.answer).toMatch(/sad day/);
  });
});
