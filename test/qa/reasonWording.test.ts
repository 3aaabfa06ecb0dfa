/**
 * Reasons, on an article written for these tests: the reason given for the question's own verb
 * ("We are striking because ...", "a strike ... over chronic understaffing") beats a purpose given
 * for another verb in a sentence ranked higher; "walk off the job" is a strike; "is due to end" is a
 * schedule, no cause; an occasion someone travels for ("for his sister's wedding") is why they go;
 * "resigned ..., saying he wanted to ..." gives the reason.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

const STRIKE =
  "---\ntitle: Dock crane operators start three-day strike over pay freeze\n---\n" +
  "ROTTERDAM, June 3 - Crane operators at the port of Veldhaven began a three-day strike on Monday over a two-year pay freeze, halting most container traffic.\n\n" +
  "The walkout, called by the Union of Port Crane Operators (UPCO), began at 7 a.m. and is due to end at 7 a.m. on Thursday.\n\n" +
  "Port director Hanna Vos said managers who were not on strike had been moved to the quays to keep ferry and fuel traffic running.\n\n" +
  "\"We are striking because wages have not moved since 2022,\" union secretary Joost Kramer told reporters outside the port office.\n\n" +
  "Lorry driver Pieter Smit, 52, had been due to drive to Antwerp for his daughter's graduation on Tuesday.\n\n" +
  "The port's chief executive, Anton de Wit, resigned on Monday, saying he wanted to take responsibility for the breakdown of talks.\n";

describe("reasons", () => {
  const k = kb(tempKnowledge({ "strike.md": STRIKE }));

  answersEach(k, "%s", [
    ["why are the crane operators walking off the job?", /pay freeze|wages have not moved/],
    ["Why did the crane operators strike?", /pay freeze|wages have not moved/],
    ["why did Pieter Smit need to travel", /graduation/],
    ["why did the ceo say he stepped down", /take responsibility/],
  ]);

  it("does not give a schedule as the cause", () => {
    const a = answerQuestion(k, "why did the operators walk out");
    expect(a.answer).not.toMatch(/due to end/);
  });
});
