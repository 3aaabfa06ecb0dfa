/**
 * How a bank's fine is asked about, on an article written for these tests: payments the story calls
 * transactions, "keep watch over" for monitor, "earmark" for set aside, a share price that "climbed"
 * where shares "rose", a stake said by what a fund "owns", and a count whose noun is followed by
 * "worth".
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Harlow Bank fined over laundering controls\npublished: 2025-05-08\n---\n" +
  "OSLO, May 8 - Norway's financial regulator on Thursday imposed a penalty of 210 million crowns ($20 million) on the lender, Harlow Bank.\n\n" +
  "The regulator said the bank had failed to properly monitor 2,140 transactions worth a combined 4.1 billion crowns between 2019 and 2022.\n\n" +
  "The bank said it had set aside 250 million crowns in its accounts to cover the penalty.\n\n" +
  "Harlow shares rose 2.4 percent by midday, as the fine came in below what investors had feared.\n\n" +
  "Lina Berg, a manager at Fjord Capital, which manages 40 billion crowns and owns about 3 percent of Harlow, said the fund would question the board.\n";

describe("a bank's fine asked in other words", () => {
  const k = kb(tempKnowledge({ "fine.md": ARTICLE }));
  answersEach(k, "%s", [
    ["how many dodgy payments did the bank fail to keep proper watch over", /2,140/],
    ["How much money did the lender earmark to cover the penalty?", /250 million/],
    ["by how much did harlow's share price climb", /2\.4 percent/],
    ["how big a stake does fjord hold in harlow", /3 percent/],
  ]);
});
