/**
 * What the articles say is not known yet, on an article written for these tests: "the cause was not
 * yet known", "declined to say whether", results still awaited. The bot declines and says what the
 * article does say, and still answers what the rest of such a sentence tells.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Warehouse fire in Dunmore\npublished: 2025-04-03\n---\n" +
  "DUNMORE, April 3 - A fire destroyed a paint warehouse in Dunmore on Wednesday, a year after a smaller blaze at the site that caused no injuries.\n\n" +
  "Fire chief Nora Quill said investigators could not enter the building until Friday, and she declined to say whether the sprinklers had worked.\n\n" +
  "The cause of the fire was not yet known.\n\n" +
  "Samples of the smoke were being tested for cyanide, with results expected next week.\n\n" +
  "Six people were taken to hospital. Union delegates declined to say how they would vote on a strike; 40 delegates will vote on Monday.\n";

describe("what the articles say is not known", () => {
  const k = kb(tempKnowledge({ "fire.md": ARTICLE }));
  declinesEach(k, [
    ["the cause is not yet known", "what caused the fire?"],
    ["nor is what sparked it", "what sparked the blaze"],
    ["the fire chief would not say", "did the sprinklers work?"],
    ["the results are not in yet", "what did the cyanide tests end up showing?"],
  ]);
  it("says what the article does say", () => {
    const a = answerQuestion(k, "what caused the fire?");
    expect(a.reason).toMatch(/^the articles say only "The cause of the fire was not yet known" \(Warehouse fire in Dunmore\)$/);
  });
  answersEach(k, "%s", [
    // The other clause of the sentence says when.
    ["when can investigators enter the building", /Friday/],
    // "declined to say how they would vote" is no unknown count.
    ["how many delegates will vote on a strike", /40/],
    // "ended up in hospital" is no outcome still awaited.
    ["how many people ended up in hospital", /Six/i],
  ]);
});
