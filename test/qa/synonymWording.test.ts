/**
 * A question word the articles use elsewhere, asked of a sentence that says it with a WordNet
 * synonym: "debris" for the rubble a girl was pulled from, "stockpile" for the reserve whose cost is
 * given; "constructed" for "built" (the block "put up"). The synonym counts for the word, so the sentence answers; an unrelated word does not.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Rescuers search debris of collapsed block\npublished: 2025-05-02\n---\n" +
  "Rescuers in Patras worked through the night to clear debris from a five-storey block that collapsed on Thursday evening.\n\n" +
  "The block, constructed in 1971, had 40 flats.\n\n" +
  "A nine-year-old girl was pulled alive from the rubble at around 3:15 a.m. on Friday, fire service spokesman Nikos Varvas said.\n\n" +
  "The health ministry said a national reserve of medical supplies had been sent to the city.\n\n" +
  "Building a stockpile of that size for every region would cost about 40 million euros a year, deputy minister Eleni Marou said.\n";

describe("words asked by their synonyms", () => {
  const k = kb(tempKnowledge({ "collapse.md": ARTICLE }));
  answersEach(k, "%s", [
    ["what time was the little girl freed from the debris", /3:15/],
    ["how much would a reserve like that cost each year for every region", /40 million/],
    ["What year was the block put up?", /^1971$/],
  ]);
  declinesEach(k, [["insurance is never mentioned", "how much would the insurance for the block cost each year"]]);
});
