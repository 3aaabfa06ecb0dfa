/**
 * A title that names its body by a common noun, on an article written for these tests: "museum
 * director Anna Keller" runs the Museum of Alpine History, the museum the question names; she does
 * not run the hospital.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

const MUSEUM =
  "Swiss museum returns masks to Cameroon\n\n" +
  "BERN, June 3 (Wire) - The Museum of Alpine History agreed on Monday to return 40 carved masks to Cameroon.\n\n" +
  '"These objects were taken, not bought," museum director Anna Keller told reporters.\n\n' +
  "The masks had been stored for decades near the city's main hospital.\n";

describe("a title that names its body by a common noun", () => {
  const k = kb(tempKnowledge({ "museum.txt": MUSEUM }));
  answersEach(k, "%s", [["who runs the museum of alpine history", /Anna Keller/]]);

  it("does not make her the head of another body", () => {
    expect(answerQuestion(k, "who runs the city's main hospital").answer).not.toMatch(/Keller/);
  });
});
