/**
 * A debt deal, on an article written for these tests: a small number typed in figures is the one
 * written in words ("the first 3 years": "the first three years"); a bond's interest is its coupon;
 * the event is where the story says it was held ("talks in Geneva"), not where it was filed from;
 * initials stand for a hyphened phrase ("VAT": "value-added tax").
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const DEAL =
  "Moravan agrees bond restructuring with creditors\n\n" +
  "LUSAKA, May 4 (Reuters) - The government of Moravan said on Monday it had agreed to restructure $2.1 billion of its foreign bonds after nine days of talks in Geneva with a committee of creditors.\n\n" +
  "Coupons will be cut to 4.25% for the first four years before rising to 6%, against 9.1% on the old debt.\n\n" +
  "Under its programme with lenders, the government has pledged to raise value-added tax to 18% from 16% from January 1.\n\n" +
  "Finance Minister Ilse Brandt called the deal fair to both sides.\n";

describe("a debt deal's wording", () => {
  const k = kb(tempKnowledge({ "deal.txt": DEAL }));
  answersEach(k, "%s", [
    ["what interest rate do the new bonds pay in the first 4 years", /4\.25/],
    ["which city were the negotiations held in", /Geneva/],
    ["what will VAT go up to", /18%/],
  ]);
});
