/**
 * "What injury did she suffer?": the kind asked, right after "what", is the object of the question's
 * verb ("suffered two broken ribs"), but not when the sentence only names the kind again ("discussed a
 * compromise that would ..."). An article written for these tests.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

const CRUSH =
  "Dozens hurt in crush at Hamburg concert\n\n" +
  "HAMBURG, Aug 3 - Dozens of people were hurt in a crush at an open-air concert in Hamburg on Saturday, police said.\n\n" +
  "Mara Lenz, a 31-year-old nursing student from the district of Altona, was pinned against a metal barrier for what she said felt like an hour and suffered three broken ribs.\n\n" +
  "City officials have discussed a compromise that would cap crowds at 20,000.\n";

describe("the object of the question's verb, of the kind asked", () => {
  const k = kb(tempKnowledge({ "crush.txt": CRUSH }));
  answersEach(k, "%s", [["what injury did the nursing student suffer", /three broken ribs/]]);
  it("does not answer with the kind named again", () => {
    expect(answerQuestion(k, "What compromise have city officials discussed?").answer).not.toMatch(/^a compromise$/);
  });
});
