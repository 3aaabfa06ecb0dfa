/**
 * Parties and decades, on an article written for these tests: a leader's party from "whose Green
 * Alliance government", asked of the leader by name or by title; "since the 90s" for "since the
 * 1990s"; and a clipped word ("desal") for the longer one the article uses ("desalination").
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

describe("parties, decades and clipped words", () => {
  const k = kb(
    tempKnowledge({
      "water.md":
        "---\ntitle: Dry years\n---\nBRANE, May 5 - Regional Premier Olaf Lindgren, whose Green Alliance government faces an election in September, promised new reservoirs on Tuesday.\n\n" +
        "\"Summer rainfall here has fallen by about 12 percent since the 1990s,\" said Ines Roy, a hydrologist at Brane University.\n\n" +
        "The government will spend $25 million on planning for a desalination plant at Kettle Point.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Which party is Lindgren's government from?", /Green Alliance/],
    ["Which party does the premier lead?", /Green Alliance/],
    ["how much has summer rainfall dropped since the 90s", /12 percent/],
    ["where will the desal plant be built", /Kettle Point/],
  ]);
});
