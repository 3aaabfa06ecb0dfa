/**
 * How a story about job cuts is asked about, on an article written for these tests: "letting go"
 * for cutting, "shut its doors for good" for closing permanently, "advance warning" for notice and
 * "only an hour before" as how much, "the Halifax-based company's" for the company, "health
 * insurance" for health coverage.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Corvel Foods to cut 900 jobs\npublished: 2025-02-11\n---\n" +
  "HALIFAX, February 11 - Corvel Foods Ltd said on Tuesday it would eliminate about 900 jobs and close its Moncton bakery by the end of June.\n\n" +
  "The cuts amount to roughly 14 percent of the Halifax-based company's workforce of 6,400, according to a filing.\n\n" +
  "Departing staff will receive 12 weeks of pay, capped at 40 weeks in all, along with four months of continued health coverage. The Moncton bakery is scheduled to close permanently on June 30.\n\n" +
  "Moncton Mayor Irene Cole said she had been informed of the closure only an hour before the announcement.\n\nProvincial law requires companies to give 16 weeks' notice of a mass layoff. Union officials were informed two days before the announcement.\n\n" +
  "Corvel said it had notified the province in writing in December. The federal government was informed in November.\n\nThe Toronto-listed company's shares fell 3.2 percent.\n";

describe("job cuts asked in other words", () => {
  const k = kb(tempKnowledge({ "corvel.md": ARTICLE }));
  answersEach(k, "%s", [
    ["what share of its staff is corvel letting go", /14 percent/],
    ["When will the Moncton bakery shut its doors for good?", /June 30/],
    ["how much advance warning did the mayor get", /an hour/],
    ["how much notice did union officials get", /two days/],
    ["wher is corvel based", /Halifax/],
    ["how much did corvel's shares fall", /3\.2 percent/],
    ["How long will laid-off staff keep their health insurance?", /four months/],
  ]);
  declinesEach(k, [["the articles give no date for talks", "When will Corvel meet the union?"]]);
});
