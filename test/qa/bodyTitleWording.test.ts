/**
 * A title that names its body by a common noun, on an article written for these tests: "museum
 * director Anna Keller" runs the Museum of Alpine History, the museum the question names; she does
 * not run the hospital. "Name, managing director of its Australian arm," is a title too (a
 * participle that opens a title), and "its" is said as the company meant.
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

const DRUG =
  "Drugmaker threatens to pull cancer drug\n\n" +
  "SYDNEY, May 2 (Wire) - Halvorsen Therapeutics, the company that makes Corvexa, said it could withdraw the drug.\n\n" +
  "Marcus Feldhaus, managing director of its Australian arm, said the capped price would not cover costs.\n";

describe("a title that opens with its participle, and whose 'its' is the company", () => {
  const k = kb(tempKnowledge({ "drug.txt": DRUG }));
  answersEach(k, "%s", [["Who is Marcus Feldhaus?", /managing director of Halvorsen Therapeutics' Australian arm/]]);
});
