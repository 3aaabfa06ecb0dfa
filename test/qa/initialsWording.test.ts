/**
 * Initials, on an article written for these tests: "what's X short for" (its "is" lost with the
 * apostrophe) still asks what the letters stand for; and letters that name no organization are
 * spelled out by the words before them ("their exclusive economic zone, or EEZ", "the
 * value-added tax (VAT)").
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const FISHING =
  "Coast guard seizes trawler in disputed waters\n\n" +
  "MANILA, May 2 (Wire) - The coast guard seized a foreign trawler on Tuesday inside what the Philippines calls its exclusive economic zone, or EEZ, the agency said.\n\n" +
  "The Manila Fishers' Alliance (MFA), which represents 2,000 boat owners, welcomed the move.\n\n" +
  "Fuel for the coast guard's patrols is exempt from the value-added tax (VAT) under a 2019 law.\n";

describe("initials spelled out", () => {
  const k = kb(tempKnowledge({ "fishing.txt": FISHING }));
  answersEach(k, "%s", [
    ["What does EEZ mean?", /^exclusive economic zone$/],
    ["what's MFA short for", /^Manila Fishers' Alliance$/],
    ["whats VAT stand for", /^value-added tax$/],
  ]);
});
