/**
 * A drought story's wording, on an article written for these tests: a reservoir's level after a
 * clause set off by commas ("Lake Varne, which supplies most of the city's water, stood at ..."), and
 * rules asked about as "rules" that the article calls restrictions, which "take effect" on a day.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

describe("a drought's wording", () => {
  const k = kb(
    tempKnowledge({
      "drought.md":
        "---\ntitle: Water curbs\n---\nKELSO, March 4 - The Kelso Water Board on Tuesday imposed water restrictions after its main reservoir fell to its lowest level since records began in 1971.\n\n" +
        "The Stage 3 restrictions, which take effect on Monday, March 10, limit households to 140 litres of water per person a day.\n\n" +
        "Lake Varne, which supplies about two-thirds of the drinking water used across the city and its suburbs, stood at 19 percent of capacity on Monday, down from 38 percent a year earlier.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how full is lake varne right now", /19 percent/],
    ["When do the new water rules actually start?", /March 10/],
  ]);
});
