/**
 * How a fire at an industrial site is asked about, on an article written for these tests: a town
 * asked by name that the sentence calls "the town" (the story is filed from it), a distance with its
 * conversion in brackets, "reps" as a verb, the months of two warnings, a level a reading "dropped
 * to" by a clock time typed "3pm", "posed no risk" said by "there was no risk" in a quotation, and
 * where and when a spokesman spoke to reporters.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Fire at solvent depot keeps residents indoors\npublished: 2025-02-20\n---\n" +
  "CALDER BRIDGE, England, Feb 20 - A fire at a solvent depot forced about 3,000 residents to stay indoors on Thursday.\n\n" +
  "The fire started at the Hollins Solvents depot, about 2 km (1.2 miles) north of the town centre, shortly before 4 a.m.\n\n" +
  "The Transport and Process Workers' Union (TPWU), which represents about 80 of the depot's staff, said it had warned managers about storage in writing in May and again in October.\n\n" +
  "Air-quality officer Lena Brook said readings of fine particles had dropped to 35 micrograms by 3 p.m.\n\n" +
  "\"Our monitoring showed nothing unusual at the fence,\" site manager Owen Hale said. \"We are sorry for the disruption, but there was no risk to residents at any point.\"\n\n" +
  "\"We are grateful to our crews,\" fire service spokesman Rob Tate told reporters outside Calder Bridge station at 7 a.m.\n";

describe("a depot fire asked in other words", () => {
  const k = kb(tempKnowledge({ "fire.md": ARTICLE }));
  answersEach(k, "%s", [
    ["how far is the depot from calder bridge town centre", /2 km \(1\.2 miles\)/],
    ["wich union reps the workers at the depot", /TPWU|Transport and Process/],
    ["In which months did the union put its warnings in writing?", /May and October/],
    ["what had particle readings dropped to by 3pm", /^35 micrograms/],
    ["who claimd the fire posed no risk to residents", /Hale/],
    ["where did Tate speak to reporters, and at what time?", /^Calder Bridge.*; 7 a\.m/],
  ]);
});
