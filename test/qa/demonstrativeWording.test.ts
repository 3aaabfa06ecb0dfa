/**
 * "That review" as news writes it, on an article written for these tests: a sentence that opens
 * with "That" or "This" and a noun goes on about the thing the sentence before described ("an
 * independent audit"), so a question that uses the description finds who led it.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { demonstrativeDescriptions } from "../../src/knowledge/demonstrative.ts";

const HOSPITAL =
  "Province cancels hospital contract after audit\n\n" +
  "REGINA, Oct 3 (Prairie Wire) - Saskatchewan on Monday cancelled a contract to build a children's hospital, citing an independent audit released the same day.\n\n" +
  "That audit, led by former deputy minister Colette Fraser, found that the project was two years behind schedule.\n\n" +
  "This decision will cost the province about 40 million dollars in penalties, officials said.\n";

describe("a sentence that goes on about the thing described before it", () => {
  const k = kb(tempKnowledge({ "hospital.txt": HOSPITAL }));
  answersEach(k, "%s", [
    ["Who led the independent audit?", /Colette Fraser/],
    ["who headed the independent audit", /Colette Fraser/],
  ]);

  it("carries the describing words, and only for 'That' or 'This' and a noun said before", () => {
    const found = demonstrativeDescriptions(k.articles[0]);
    expect(found.get(2)).toBe("independent");
    expect(found.has(3)).toBe(false);
  });
});
