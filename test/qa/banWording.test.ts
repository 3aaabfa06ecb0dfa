/**
 * A sports ban, on an article written for these tests: an amount in a currency named with its country
 * ("25,000 Swiss francs") is money, and the fine is the amount after "fined"; "hand back" is return;
 * "who is representing X legally" asks for X's lawyer; "went on to win" reports the outcome, and the
 * player someone was paired against did not win. Round five is not round six; an age is no count; a
 * hearing where approval "will be sought" has approved nothing yet. "Which judge is presiding over the case?"
 * is the one judge the story names, though no sentence about her says "case" or "presiding".
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";
import { extractFacts } from "../../src/knowledge/extract.ts";
import { parseArticle } from "../../src/knowledge/parseArticle.ts";

const BAN =
  "Chess body bans Dutch grandmaster for two years\n\n" +
  "ZURICH, May 4 (Wire) - The World Chess Union banned Dutch grandmaster Pieter Vos for two years on Monday for using a hidden device at the Porto Open.\n\n" +
  "Vos was also fined 30,000 Swiss francs and ordered to return 12,000 euros in prize money.\n\n" +
  "Vos denies wrongdoing and will appeal, according to his lawyer, Marc Lenaerts.\n\n" +
  "Judge Ruth Okoro scheduled a hearing for Friday, when Vos will seek approval of his appeal.\n\n" +
  "Okoro said she would rule within a week. The case has divided the chess world.\n\n" +
  "Hugo Berg, 61, who has run a chess club in Braga, Portugal, for 20 years, said his club would close.\n\n" +
  "Ana Lima, the 24-year-old Brazilian grandmaster who had been paired against Vos in round five and went on to win the tournament, said she felt sorry for his earlier opponents.\n";

describe("a ban's wording", () => {
  const k = kb(tempKnowledge({ "ban.txt": BAN }));
  answersEach(k, "%s", [
    ["how big was the fine", /^30,000 Swiss francs$/],
    ["How much prize money does he have to hand back?", /12,000 euros/],
    ["Who is representing Vos legally?", /Marc Lenaerts/],
    ["who won the tournament in the end", /^Ana Lima$/],
    ["Which judge is presiding over the case?", /Ruth Okoro/],
  ]);
  declinesEach(k, [
    ["another round", "Who did Vos beat in round six?"],
    ["an age is no count", "How many of the closing clubs are in Portugal?"],
    ["only to be sought", "did judge okoro approve the appeal at friday's hearing?"],
  ]);

  it("reads '2 million Swiss francs' as one amount of money, with no Swiss person or people in it", () => {
    const f = extractFacts(parseArticle("articles/a.txt", "Spending\n\nThe union will spend about 2 million Swiss francs on scanners.\n"));
    expect(f.mentions.filter((m) => m.kind === "money").map((m) => m.text)).toEqual(["about 2 million Swiss francs"]);
    expect(f.mentions.some((m) => m.kind === "nationality")).toBe(false);
  });
});
