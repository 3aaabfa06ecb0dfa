/**
 * Bounds, on an article written for these tests: the maximum of something is what the story gives
 * "up to" or "capped at", and its minimum what it gives "at least"; "the maximum prison term" is a
 * length of time; the bound answers, not another number in the same sentence; and a punishment,
 * which may be no number at all, is still answered with its words.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const SMUGGLING =
  "Port clerk on trial over cigarette smuggling\n\n" +
  "ROTTERDAM, May 6 (Wire) - A former customs clerk, Pieter Maas, went on trial on Monday accused of letting 40 containers of untaxed cigarettes through the port.\n\n" +
  "He faces up to eight years in prison and a fine of 900,000 euros if convicted.\n\n" +
  "Under a compensation scheme for dock workers laid off after the case, each worker receives 10 weeks of pay plus one week for every year of service, capped at 40 weeks.\n\n" +
  "The dockers' union said it wanted severance of at least 30 weeks for everyone.\n\n" +
  "Under Dutch law, running an organised smuggling ring carries a penalty of life imprisonment.\n\n" +
  "Harbour winds reached up to 95 kilometres per hour during the night of the arrest, delaying the search of the ship.\n";

describe("bounds: the maximum and the minimum of something", () => {
  const k = kb(tempKnowledge({ "smuggling.txt": SMUGGLING }));
  answersEach(k, "%s", [
    ["What's the maximum prison term he could get if convicted?", /^eight years$/],
    ["whats the max fine maas faces", /900,000 euros/],
    ["what is the maximum severance a laid-off worker can get", /^40 weeks$/],
    ["what is the minimum severance the union wants", /^30 weeks$/],
    ["what were the max winds the night of the arrest", /95 kilometres/],
    ["What's the maximum punishment for running a smuggling ring?", /life imprisonment/],
  ]);
});
