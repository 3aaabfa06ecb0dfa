/**
 * A drinks levy, on an article written for these tests: "the minister, a former nurse from Dunedin"
 * describes the one minister the story names; "where is she from" is the place in that description;
 * a levy "comes into force" when it "takes effect"; how much it "brings in every year" is what it
 * raises a year; a plant "in Hamilton employs 340 people" is in Hamilton; and in a two-part question,
 * "she" in the second part is the person the first part found.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

const LEVY =
  "Parliament approves juice levy\n\n" +
  "OSLO, March 12 (Wire) - Norway's parliament approved a levy on sweetened juice on Tuesday, handing Health Minister Ragna Solli a narrow victory.\n\n" +
  "The levy takes effect on October 1 and is expected to raise about 900 million crowns a year.\n\n" +
  "The minister, a former school nurse from Tromso, introduced the measure last autumn.\n\n" +
  "Among the companies most exposed is Fjord Beverages, whose bottling plant in Bergen employs 340 people.\n\n" +
  "Ingrid Haug, a 71-year-old pensioner from Stavanger, said she had bought juice at the same shop for 30 years.\n\n" +
  '"I have shopped there for 30 years and nobody asked us," she said.\n';

describe("a levy's wording", () => {
  const k = kb(tempKnowledge({ "levy.txt": LEVY }));
  answersEach(k, "%s", [
    ["wher is the health minister from", /Tromso/],
    ["What did Solli do before politics?", /school nurse/],
    ["When does the new levy come into force?", /October 1/],
    ["how mcuh will the levy bring in every year", /900 million crowns/],
    ["where is the fjord beverages bottling plant", /Bergen/],
  ]);

  it("reads 'she' in a two-part question as the person the first part found", () => {
    const a = answerQuestion(k, "Where is Ingrid Haug from and how long has she shopped at the shop?");
    expect(a.answer).toMatch(/Stavanger.*30 years/);
  });
});
