/**
 * A general noun the article never uses, said there by narrower ones: "symptoms" for "vomiting,
 * skin rashes and stomach cramps", "vehicles" for "lorries and tractors". Only words whose most common
 * sense is of that kind count, and a question about something the article never mentions is still
 * declined. An article written for these tests.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";
import { narrowerWords } from "../../src/lexicon/wordnet.ts";

const SPILL =
  "Chemical leak at Harlow plant sends 23 to hospital\n\n" +
  "HARLOW, Sept 9 - A chlorine leak at the Brenton Chemicals plant in Harlow on Monday sent 23 people to hospital, the county health service said.\n\n" +
  "The service said 23 people had been treated for coughing, skin rashes and stomach cramps, and that four of them were kept in overnight.\n\n" +
  "Police closed the ring road for six hours and turned back about 400 lorries and tractors heading for the industrial estate.\n\n" +
  "Plant manager Ruth Okonjo said a valve had failed during a routine delivery.\n";

describe("a general word said by narrower ones", () => {
  const k = kb(tempKnowledge({ "spill.txt": SPILL }));
  answersEach(k, "%s", [
    ["how many people were treated for symptoms", /23/],
    ["How many vehicles did police turn back?", /400/],
  ]);
  declinesEach(k, [
    ["no weapon is in the article", "how many weapons did police find at the plant"],
  ]);

  it("keeps only words whose most common sense is of the kind", () => {
    expect(narrowerWords("symptoms")).toEqual(expect.arrayContaining(["rash", "cramp"]));
    expect(narrowerWords("deck")).not.toContain("bridge");
    // Words near the top of the tree narrow to nothing: everything is an event.
    expect(narrowerWords("event")).toEqual([]);
  });
});
