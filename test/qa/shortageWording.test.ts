/**
 * Names and set phrases asked in other words, on an article written for these tests: a body whose
 * name has "Chamber of" in it (and its initials), "whats the union called" with no verb (the union
 * named before "the dockworkers' union"), a fortnight as two weeks, a building that "came down"
 * (collapsed) and one "put up" (built) in a year.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Insulin shortage hits pharmacies\npublished: 2025-03-14\n---\n" +
  "About 40 percent of pharmacies had no insulin pens on Monday, according to a survey by the National Chamber of Rural Pharmacists (NCRP).\n\n" +
  "The Harbour Workers' Federation, the dockworkers' union, said its members were not to blame.\n\n" +
  "A diabetes charity said its hotline had taken 2,300 calls in the past two weeks.\n\n" +
  "In Larissa, a four-storey building built in 1968 collapsed at 6:40 a.m. on Friday.\n";

describe("names and set phrases asked in other words", () => {
  const k = kb(tempKnowledge({ "shortage.md": ARTICLE }));
  answersEach(k, "%s", [
    ["what does NCRP stand for", /^National Chamber of Rural Pharmacists$/],
    ["whats the dockworkers union called", /Harbour Workers' Federation/],
    ["how many calls did the charity's hotline get over the last fortnight", /2,300/],
    ["what time did the building come down", /6:40/],
    ["What year was the building put up?", /1968/],
  ]);
});
