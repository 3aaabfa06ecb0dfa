/**
 * A museum theft, on an article written for these tests: "anybody", "yet" and "stuff" say nothing of
 * what is asked; "Nobody was hurt" answers no; what someone would be arrested for is not the act
 * asked about; a relative clause's verb ("who lives next door") names nothing the articles must use.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const HEIST =
  "Thieves take paintings worth 12 million euros from Lyon gallery\n\n" +
  "LYON, April 2 (Reuters) - Thieves broke into the Galerie Roussel in Lyon early on Tuesday and escaped with three paintings, police said. The stolen works are worth about 12 million euros.\n\n" +
  "Nobody was hurt in the raid, a police spokeswoman said.\n\n" +
  "No arrests had been made by Tuesday evening.\n\n" +
  "Investigators were examining whether the alarm had been switched off deliberately.\n\n" +
  "A neighbour, 71-year-old retired teacher Marc Blanc, said he heard a car drive off at speed.\n";

describe("a museum theft's wording", () => {
  const k = kb(tempKnowledge({ "heist.txt": HEIST }));
  answersEach(k, "%s", [
    ["has anybody been arrested yet", /^No/],
    ["Was anybody hurt?", /^No/],
    ["how much was all the stolen stuff worth", /12 million/],
  ]);
  declinesEach(k, [
    ["no arrest is reported for switching off the alarm", "Has anyone been arrested for switching off the alarm?"],
  ]);
});
