/**
 * A debt deal, on an article written for these tests: a small number typed in figures is the one
 * written in words ("the first 3 years": "the first three years"); a bond's interest is its coupon;
 * the event is where the story says it was held ("talks in Geneva"), not where it was filed from;
 * initials stand for a hyphened phrase ("VAT": "value-added tax"); "for Zambia" in a story about
 * Zambia goes without saying, and a body's role "for" it is posted there ("the IMF mission chief for Zambia").
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const DEAL =
  "Zambia agrees bond restructuring with creditors\n\n" +
  "LUSAKA, May 4 (Reuters) - The government of Zambia said on Monday it had agreed to restructure $2.1 billion of its foreign bonds after nine days of talks in Geneva with a committee of creditors.\n\n" +
  "Coupons will be cut to 4.25% for the first four years before rising to 6%, against 9.1% on the old debt.\n\n" +
  "Under its programme with lenders, the government has pledged to raise value-added tax to 18% from 16% from January 1.\n\n" +
  "Finance Minister Ilse Brandt called the deal fair to both sides, and Zambia's economy minister Teo Lasko said growth would return.\n\n" +
  "The talks were run on the government's side by the Public Debt Office (PDO).\n\n" +
  "According to IMF mission chief Jonas Varga, the terms are consistent with the fund's targets.\n\n" +
  "Zambia's bonds due 2031 rose 2 cents on Monday, and the kwacha firmed in Lusaka.\n";

describe("a debt deal's wording", () => {
  const k = kb(tempKnowledge({ "deal.txt": DEAL }));
  answersEach(k, "%s", [
    ["what interest rate do the new bonds pay in the first 4 years", /4\.25/],
    ["which city were the negotiations held in", /Geneva/],
    ["what will VAT go up to", /18%/],
    ["Which government agency handled the negotiations for Zambia?", /Public Debt Office/],
    ["who is the imf mission chief for zambia", /Jonas Varga/],
  ]);
});
