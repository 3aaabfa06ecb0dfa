/**
 * How a story about an airport expansion is asked about, on an article written for these tests: a
 * double-barrelled surname ("Gareth Lloyd-Evans", both halves English words), "what length will it
 * be", "supposed to start operating" for expected to open, and a quotation in a company's voice
 * ("our routes") right after a sentence that names it.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Second runway approved\npublished: 2025-03-13\n---\n" +
  "BRISTOW, England, March 13 - The government on Thursday approved a second runway at Marsh End Airport.\n\n" +
  "The decision goes against the advice of Rhodri Price-Hughes, the senior inspector who led the inquiry.\n\n" +
  "The airport will build a 2,400-metre runway, expected to open in 2030.\n\n" +
  "AirWessex, the airport's largest operator, said it would base three more aircraft there. \"Demand on our routes already outstrips the slots we can get,\" spokeswoman Nina Kowal said.\n";

describe("an airport expansion asked in other words", () => {
  const k = kb(tempKnowledge({ "runway.md": ARTICLE }));
  answersEach(k, "%s", [
    ["who was the inspector in charge of the inquiry", /Price-Hughes/],
    ["What length will the new runway be?", /2,400/],
    ["when is the runway supposed to start operating", /2030/],
    ["who is the spokeswoman for AirWessex?", /Kowal/],
  ]);
  declinesEach(k, [["no one in the articles heads the airport", "who is the airport's chief executive?"]]);
});
