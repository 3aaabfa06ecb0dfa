/**
 * Near misses that must be declined, on an article written for these tests: the second payment when
 * the article gives only the first; a fine when the article gives only a ticket price; the lowest
 * temperature of a year whose sentence gives only a cost; a count for "last year" when another year
 * is asked; a start "since" a past year when the question asks ahead. And the same article still answers what it says.
 */
import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/qa/question.ts";
import { otherOrdinal } from "../../src/qa/answerChecks.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const FESTIVAL =
  "Festival organiser loses licence after crush\n\n" +
  "BREMEN, Oct 2 - City officials revoked the licence of festival organiser Nordklang Events on Thursday, the second such decision this year.\n\n" +
  "Nordklang sold 21,000 tickets at 75 euros each for a site approved for 18,000 people.\n\n" +
  "The state will release a first payment of about 2 million euros to victims' families next month.\n\n" +
  "In 2019 a cold snap during the spring edition cost the organiser an estimated 400,000 euros.\n\n" +
  "The festival moved to the riverside site in 2016, and last year drew a record 52,000 visitors.\n\n" +
  "Since a 2021 reform, compensation has come from a state fund rather than from insurers.\n";

describe("near misses", () => {
  const k = kb(tempKnowledge({ "festival.txt": FESTIVAL }));
  answersEach(k, "%s", [
    ["how big is the first payment to the families", /2 million/],
    ["how much did tickets cost", /75 euros/],
  ]);
  declinesEach(k, [
    ["only the first payment is given", "how big will the second payment be"],
    ["no fine is reported", "how much was Nordklang fined"],
    ["no temperature is given", "what was the lowest temperature during the 2019 cold snap"],
    ["the count is last year's, not 2016's", "how many visitors did the festival get in 2016 when it moved"],
    ["a reform since 2021 is no date the money will be paid", "When will the compensation actually be paid out to the families?"],
  ]);

  it("tells the place in an order the sentence gives from the one asked", () => {
    const q = readQuestion(k, "how big will the second payment be");
    expect(otherOrdinal(q, "The state will release a first payment of about 2 million euros.")).toBe(true);
    expect(otherOrdinal(q, "A second payment of 1 million euros will follow.")).toBe(false);
    expect(otherOrdinal(q, "Payments of 2 million euros will follow.")).toBe(false);
  });
});
