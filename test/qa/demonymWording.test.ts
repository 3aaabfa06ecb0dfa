/**
 * A place general knowledge does not know, on an article written for these tests: "the Valdorian
 * finance minister" asks for Valdoria's, by the usual ending of its people's word, and no other
 * Valdorian minister answers for one the story does not name.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

const BUDGET =
  "Valdoria unveils austerity budget\n\n" +
  "MERAN, Oct 2 (Wire) - Valdoria's government unveiled its toughest budget in a decade on Tuesday.\n\n" +
  "Finance Minister Ilse Varga told parliament the Valdorian deficit would fall to 2.1 percent of output next year.\n";

describe("the people's word of an unknown place", () => {
  const k = kb(tempKnowledge({ "budget.txt": BUDGET }));
  answersEach(k, "%s", [["Who is the Valdorian finance minister?", /Ilse Varga/]]);

  it("names no one for a Valdorian role the story does not give", () => {
    expect(answerQuestion(k, "Who is the Valdorian defence minister?").answered).toBe(false);
  });
});
