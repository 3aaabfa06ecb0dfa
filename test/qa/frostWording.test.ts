/**
 * A frost, on an article written for these tests: "how cold" is answered by a reading in degrees
 * (not a share of the crop, nor a gap "above the average"), found though the sentence says "low",
 * not "cold"; "temp" is the temperature; "for three nights" says how long.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const FROST =
  "Late frost wipes out vineyards in Douro valley\n\n" +
  "PORTO, April 20 (Reuters) - A late frost destroyed as much as half of this year's grape crop in the Douro valley, growers said on Monday.\n\n" +
  "The national weather service recorded a low of minus 4.8 degrees Celsius near the village of Carvalhais early on Sunday, 6 degrees below the April average.\n\n" +
  "In 2019, frost destroyed about 30% of the crop.\n\n" +
  "Grower Ana Sousa said she and her husband stayed up for three nights burning straw between the vines.\n";

describe("a frost's wording", () => {
  const k = kb(tempKnowledge({ "frost.txt": FROST }));
  answersEach(k, "%s", [
    ["how cold did it get during the frost", /minus 4\.8 degrees/],
    ["where was the lowest temp recorded", /Carvalhais/],
    ["for how long did Sousa and her husband stay up?", /three nights/],
  ]);
});
