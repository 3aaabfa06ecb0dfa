/**
 * How a story about a product pulled from shops is asked about, on an article written for these
 * tests: "pulled" for recalled, "picked up in testing" for detected during checks, "the drug" for
 * the tablet, "Rhys's group" for the body she chairs, "demanding" half-said by "calling for", a
 * people's word that names no town, and an instruction typed after the question.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Cough syrup recalled after glass found at Cornish plant\n---\n" +
  "Cough syrup recalled after glass found at Cornish plant\n\n" +
  "TRURO, May 4 - Drugmaker Penhallow Labs on Monday recalled 9 batches of its children's cough tablet Lintamol after checks at its factory in Redruth found fragments of glass, the regulator said.\n\n" +
  "The fragments were detected during routine quality checks on April 22, the company said.\n\n" +
  "Morwenna Rhys, chair of the Parents Medicines Forum (PMF), which says it represents about 12,000 members, said families had heard of the recall from the radio.\n\n" +
  "\"Parents deserved to hear it first,\" Rhys said. \"Nobody told us anything for a week.\"\n\n" +
  "The group is calling for a refund for every family and an independent audit of the Redruth factory.\n\n" +
  "Penhallow chief executive Alan Tregear said production would resume in June.\n";

describe("a recall asked in other words", () => {
  const k = kb(tempKnowledge({ "syrup.md": ARTICLE }));
  answersEach(k, "%s", [
    ["whats the name of the drug being pulled", /Lintamol/],
    ["in which town is the factory where the glass turned up", /Redruth/],
    ["When was the glass first picked up in testing?", /April 22/],
    ["how big is the PMF's membership", /12,000/],
    ["What is Rhys's group demanding? name one thing", /refund|audit/],
    ["what does the forum want", /refund|audit/],
  ]);
  declinesEach(k, [["no date is given for the audit", "When will the audit of the factory start?"]]);
});

describe("what a person's group is", () => {
  const k = kb(tempKnowledge({ "syrup.md": ARTICLE }));
  answersEach(k, "%s", [["what is rhys's organisation calling for", /refund|audit/]]);
  declinesEach(k, [["the articles name no one called Smith", "What is Smith's group demanding?"]]);
});
