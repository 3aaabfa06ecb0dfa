/**
 * A quota row and a disputed sale, on articles written for these tests: whose a role or a count is
 * ("the president's spokeswoman", "a spokeswoman for Teo's trust", "Norland's 800 trawlers"), who a
 * sentence is about when it names someone only in an aside, and the everyday words for what news
 * says otherwise ("come into force", "signed up to", "what will it cost", "is spending").
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const QUOTA =
  "---\ntitle: Herring talks end without a deal\n---\n" +
  "VARDO, May 6 - Talks between Norland and Sudmark on sharing the herring catch ended without a deal on Friday.\n\n" +
  "Norland's roughly 800 trawlers land most of the herring caught in the Vessel Sound.\n\n" +
  "Sudmark announced on Thursday a 40 million euro aid package for its fishing towns, and its fisheries minister, Lena Holm, said the package would be paid out from June.\n\n" +
  "The new quota rules would come into force on January 1, the commission said.\n\n" +
  "A code of conduct on discards, endorsed by 12 countries in 2019, asks fleets to land everything they catch.\n\n" +
  "A new licence for a trawler will cost 18,000 euros, up from 15,000.\n\n" +
  "A spokeswoman for the president said on Friday he was disappointed. Piet Lund, a spokesman for the Sudmark Fishing Union, said the union would protest.\n\n" +
  "Norland's negotiators insisted on keeping the 70-30 split fixed in the 1994 Vardo Agreement. Sudmark argued that the split should be changed to 50-50.\n\n" +
  "Scientists advised cutting next year's catch by 35 percent.\n";

const SALE =
  "---\ntitle: Heirs claim record painting\n---\n" +
  "LUZERN, April 2 - A landscape by the painter Otto Brandl sold for $12 million on Tuesday to the collector Mara Quist.\n\n" +
  "Felix Aron, a spokesman for Quist's foundation, said she had bought the work in good faith.\n\n" +
  "Samuel Lenz, who had bought the landscape from Brandl's dealer in 1931, died in Lisbon in 1960.\n\n" +
  "\"My father talked about it until the day he died,\" Lenz's son said by telephone from Montreal.\n";

describe("whose a role or a count is", () => {
  const quota = kb(tempKnowledge({ "quota.md": QUOTA }));
  const sale = kb(tempKnowledge({ "sale.md": SALE }));

  answersEach(quota, "%s", [
    ["How many trawlers does Norland have?", /800/],
    ["how much is sudmark spending on its aid package", /40 million euro/],
    ["when would the quota rules come into force", /January 1/],
    ["when do the rules go into effect", /January 1/],
    ["how many nations signed up to the code of conduct", /12/],
    ["what will a new trawler licence cost", /18,000 euros/],
    ["who is the fishing union's spokesman", /Piet Lund/],
    ["What share split is set out in the 1994 treaty?", /70-30/],
    ["what split does Sudmark want", /50-50/],
    ["whats the name of the 1994 treaty", /^Vardo Agreement$/],
    ["what percentage cut did the scientific advice call for", /35 percent/],
  ]);
  declinesEach(quota, [
    ["another side's count", "How many trawlers does Sudmark have?"],
    ["the president's spokeswoman is not named; a union's spokesman is no president's", "who is the president's spokeswoman"],
    ["the same, asked for her name", "what is the name of the spokeswoman for the president"],
  ]);

  answersEach(sale, "%s", [
    ["where did Samuel Lenz die", /Lisbon/],
    ["when did lenz die", /1960/],
  ]);
  declinesEach(sale, [["Brandl is named only in the clause about Lenz, who is the one who died", "When did Otto Brandl die?"]]);

  it("does not make the person a spokesman speaks for into a spokesman", () => {
    const quist = sale.articles[0].people.find((p) => p.name === "Mara Quist");
    expect(quist?.roles ?? []).not.toContain("spokesman");
    expect(sale.articles[0].people.find((p) => p.name === "Felix Aron")?.roles.join(" ")).toMatch(/spokesman/);
  });
});
