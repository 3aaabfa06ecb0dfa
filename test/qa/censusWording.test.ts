/**
 * Figures and their reasons, on an article written for these tests: a population as the people
 * "living in" a country; figures that "come out" when they "will be published"; a failure with no
 * cause given, which "what caused" must not answer with the failure itself; and "morning trading",
 * which dates nothing.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("figures and reasons", () => {
  const k = kb(
    tempKnowledge({
      "census.md":
        "---\ntitle: Census shows decline\n---\nVARNE, April 2 - The statistics office said 5,120,000 people were living in Ostrava on census night, down 1.8% from the previous count.\n\n" +
        "More detailed figures on language and housing will be published in October.\n\n" +
        "The office said one of its two data centres stopped working for six hours during the count.\n\n" +
        "Shares in Ostravan Telecom, which ran the online form, fell 4% in morning trading on the Varne exchange.\n",
    }),
  );
  answersEach(k, "%s", [
    ["What's Ostrava's population according to the census?", /5,120,000/],
    ["When will the more detailed figures on housing come out?", /October/],
  ]);
  declinesEach(k, [
    ["a failure is no cause of itself", "What caused the data centre to fail?"],
    ["morning trading dates nothing", "When did Ostravan Telecom go public?"],
  ]);
});
