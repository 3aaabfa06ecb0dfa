/**
 * How a story about a heatwave is asked about, on an article written for these tests: "outages"
 * for power cuts, "homes" for households, "lose electricity" for being left without it, "the ER",
 * "what hours" for clock times, "14 deaths linked to the heat" as a toll, "the old record" for the
 * previous one, "the record temperature" for the reading, "modernising its infrastructure" for
 * upgrading the network.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Heatwave forces rolling blackouts in Lyonford\npublished: 2025-07-16\n---\n" +
  "LYONFORD, July 16 - The grid operator ordered rolling blackouts across Lyonford on Wednesday as temperatures hit 44.1 degrees Celsius.\n\n" +
  "The reading, taken at 3:20 p.m. on Tuesday at Lyonford airport, broke the city's previous record of 43.6 C, set in 2019.\n\n" +
  "Norgrid said it would cut power to rotating blocks of neighbourhoods between 1 p.m. and 8 p.m., affecting about 95,000 households.\n\n" +
  "Dr. Ada Kell, head of emergency medicine at St Brannock Hospital, the city's largest, said her department had treated 210 patients for heat illness since Saturday.\n\n" +
  "The health service has confirmed 9 deaths linked to the heat since Friday.\n\n" +
  "Norgrid said it had spent 140 million euros upgrading substations and lines since 2020.\n";

describe("a heatwave asked in other words", () => {
  const k = kb(tempKnowledge({ "heat.md": ARTICLE }));
  answersEach(k, "%s", [
    ["How many homes lose electricity in the rotating outages?", /95,000/],
    ["what hours of the day do the power cuts happen", /1 p\.m\. and 8 p\.m\./],
    ["how many people has the ER at the city's biggest hospital treated since saturday", /210/],
    ["How many people have died from the heat?", /\b9 deaths/],
    ["what was the old temperature record", /43\.6/],
    ["When and where was the record temperature measured?", /(?:3:20 p\.m\.|Tuesday).*Lyonford/],
    ["How much has Norgrid spent modernising its infrastructure since 2020?", /140 million euros/],
  ]);
  declinesEach(k, [["no one in the articles is a minister", "What did the energy minister say?"]]);
});
