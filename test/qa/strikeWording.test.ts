/**
 * How an airline strike is asked about, on an article written for these tests: a "TV broadcaster"
 * the article calls a state broadcaster, rebooking "without paying extra" for free of charge, and
 * what one side has "put on the table" (offered).
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Cabin crew strike grounds flights\npublished: 2025-08-11\n---\n" +
  "The union is demanding a 12 percent pay rise over two years. The airline has offered 5 percent over three years.\n\n" +
  "Transport Minister Petros Alexiou told state broadcaster HRT that the government would not stand by.\n\n" +
  "Passengers can rebook free of charge onto any flight up to August 31.\n";

describe("an airline strike asked in other words", () => {
  const k = kb(tempKnowledge({ "strike.md": ARTICLE }));
  answersEach(k, "%s", [
    ["Which TV broadcaster did the minister speak to?", /HRT/],
    ["Until what date can passengers rebook without paying extra?", /August 31/],
    ["What has the airline put on the table?", /5 percent/],
  ]);
});
