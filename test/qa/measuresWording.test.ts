/**
 * Measures said in their own units and words, on articles written for these tests: a rate given as a
 * plain number, a deficit as a share of the economy, a change "by" a number, an angle in degrees, a
 * mass, a deadline given as a stretch of time, a crowd counted by its protesters; and the numbers that only look like answers (a model
 * number for a weight, cash held for money invested).
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("a measure said in its own words and units", () => {
  const k = kb(
    tempKnowledge({
      "births.md":
        "---\ntitle: Births fall again in Ostmark\n---\nOSTMARK, May 2 - The number of births in Ostmark fell for a sixth year in 2025, the statistics office said on Friday.\n\n" +
        "The birth rate stood at 1.42 children per woman, the lowest since records began.\n\n" +
        "The health ministry said it would expand maternity clinics by 340 over the next five years.\n\n" +
        "The treasury expects the health budget deficit to reach 2.4% of gross domestic product by 2029.\n",
      "probe.md":
        "---\ntitle: Rover stuck on a slope\n---\nHOUSTON, June 9 - The Pelion rover, launched on a Vantor 9 rocket in March, is stuck on a slope after a wheel failed, its operator said on Monday.\n\n" +
        "Photographs show the rover tilted at about 35 degrees against the wall of a crater.\n\n" +
        "The operator, Tessaly Robotics, has 14 days to file a recovery plan with the space agency.\n\n" +
        "The firm had $80 million in cash at the end of the year.\n",
      "rally.md":
        "---\ntitle: Tax protest\n---\nAbout 12,000 protesters filled Freedom Square on Saturday to oppose the new tax, organisers said.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what's the birth rate now", /1\.42/],
    ["how many extra maternity clinics is the ministry planning", /\b340\b/],
    ["what is the health budget deficit expected to reach by 2029", /2\.4%/],
    ["at what angle is the rover leaning", /35 degrees/],
    ["what's the deadline for the operator to file its recovery plan", /14 days/],
    ["How many people attended the protest?", /12,000 protesters/],
  ]);
  declinesEach(k, [
    ["the 9 of a rocket's name is no weight", "how much did the rover weigh at launch"],
    ["cash held is not money invested", "how much money has Tessaly Robotics invested in the rover"],
  ]);
});

describe("a change by a range, asked with a phrasal verb", () => {
  const k = kb(
    tempKnowledge({
      "couriers.md":
        "---\ntitle: Courier ruling\n---\nAn analyst said that reclassifying couriers could raise the company's delivery costs by between 12% and 18%.\n",
    }),
  );
  answersEach(k, "%s", [["how much could reclassifying couriers push up the company's delivery costs", /between 12% and 18%/]]);
});
