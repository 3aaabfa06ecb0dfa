/**
 * Common words and lists of names, on an article written for these tests: "flood" typed in lower
 * case is no person called "Flood Re"; "Aoraki Insurance and Harbourline Insurance Group" are two
 * companies; and the body that commissioned a review is not the one carrying it out.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const COVER =
  "Insurers pull back from flood-prone districts\n\n" +
  "WELLINGTON, April 3 (Kiwi Wire) - Tasman Mutual, Aoraki Insurance and Harbourline Insurance Group said on Tuesday they would stop writing new home policies in flood-prone districts.\n\n" +
  "Harbourline said it had set aside NZ$90 million to help customers pay for flood-proofing work.\n\n" +
  "The plan is loosely modelled on Britain's Flood Re scheme, officials said.\n\n" +
  "The insurance council said it had commissioned an independent actuarial review of flood risk.\n";

describe("common words and lists of names", () => {
  const k = kb(tempKnowledge({ "cover.txt": COVER }));
  answersEach(k, "%s", [["How much money has Harbourline put aside for flood-proofing?", /NZ\$90 million/]]);
  declinesEach(k, [["the council commissioned the review; no one is said to carry it out", "which firm is carrying out the independent actuarial review"]]);

  it("reads two companies listed with 'and', each ending in a word for a body", () => {
    const names = k.articles[0].things.map((t) => t.name);
    expect(names).toContain("Aoraki Insurance");
    expect(names).toContain("Harbourline Insurance Group");
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Tasman Mutual");
  });
});
