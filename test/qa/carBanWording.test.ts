/**
 * How a city's car ban is asked about, on an article written for these tests: a given name that is
 * also a month's ("Professor Jan Ostrowski"), a council's tally asked as how many voted for or
 * opposed it, the fine "for a first offence" beside the fine for a repeat, the kind of protest
 * cabbies plan, how far ahead a permit must be sought, and pollution the article gives as nitrogen
 * dioxide.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Lodz bans cars from its centre\npublished: 2025-03-12\n---\n" +
  "LODZ, March 12 - Lodz city council voted on Wednesday to ban private cars from the city centre.\n\n" +
  "Councillors approved the plan by 31 votes to 9 after a long debate, while taxi drivers protested outside.\n\n" +
  "Drivers caught inside the zone will face a fine of 400 zlotys for a first offence and 1,200 zlotys for any repeat within a year.\n\n" +
  "Disabled drivers will be exempt but must register their vehicles at least 24 hours before entering the zone.\n\n" +
  "Nitrogen dioxide levels on Piotrkowska Street are above the EU limit, and the city estimates the ban could cut them by 25 percent.\n\n" +
  "Taxi drivers are angry too, and Adam Nowicki, head of the city's taxi union, announced a go-slow protest for Friday.\n\n" +
  "Professor Jan Ostrowski, a transport economist at the University of Lodz, said such fears were usually overstated.\n";

describe("a city's car ban asked in other words", () => {
  const k = kb(tempKnowledge({ "carban.md": ARTICLE }));
  answersEach(k, "%s", [
    ["Who is Jan Ostrowski?", /transport economist/],
    ["How many councillors voted in favour of the car ban?", /^31\b/],
    ["how many councillors opposed the plan", /^9\b/],
    ["How much will a first-time offender have to pay?", /^400 zlotys/],
    ["What kind of protest are the cabbies planning?", /go-slow protest/],
    ["how far ahead do disabled drivers have to register their cars", /24 hours/],
    ["By what percentage could air pollution drop, according to the city?", /25 percent/],
  ]);
});
