/**
 * How a wildlife cull is asked about, on an article written for these tests: a given name "Jan"
 * opening a sentence, "wolves" and "wolf" as one word, a population asked as how many live there
 * (not the number to be shot), the period of the sentence before ("over the same period"), "dismissed
 * it as a gesture" for calling it one, "compared with the year before", "report it" as the
 * question's own verb, the government said as the state, and the maximum a permit allows.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Slovakia authorises cull of 30 wolves\npublished: 2025-03-14\n---\n" +
  "BRATISLAVA, March 14 - Slovakia's environment ministry on Thursday authorised hunters to shoot up to 30 wolves in the north of the country.\n\n" +
  "Wolves killed 900 farm animals in the region last year, up 25 percent from the year before. The state paid 2.1 million euros in compensation to 400 farmers over the same period.\n\n" +
  "Farmers said the quota fell short. Jan Hudak, chairman of the Union of Highland Farmers, said his members had asked for 100.\n\n" +
  "\"Thirty wolves is a gesture, not a solution,\" Hudak said.\n\n" +
  "Professor Eva Kral, a biologist, puts Slovakia's wolf population at about 1,200 animals.\n\n" +
  "Under the permit, each kill must be reported to the regional office within 48 hours.\n";

describe("a wildlife cull asked in other words", () => {
  const k = kb(tempKnowledge({ "cull.md": ARTICLE }));
  answersEach(k, "%s", [
    ["who is the chairman of the highland farmers union", /Jan Hudak/],
    ["roughly how many wolves live in slovakia altogether", /1,200/],
    ["how much did the goverment pay out in compensation last year", /2\.1 million euros/],
    ["Who dismissed the quota of thirty wolves as merely a gesture?", /Hudak/],
    ["by what percent did wolf kills of livestock go up compared with the year before", /25 percent/],
    ["how soon after a kill must hunters report it", /48 hours/],
    ["how many wolves are hunters permitted to shoot, at most?", /30 wolves/],
  ]);
});
