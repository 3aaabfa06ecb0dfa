/**
 * Bodies as news writes them, on an article written for these tests: a bare title that speaks for
 * the company named just before ("Chief executive Name said"), a place written before the noun asked
 * ("the Kelso shipyard"), "the union's secretary" said with the union's name, a word for a maker of
 * things asking for a company, a legal form ("AS") and a facility ("Spaceport") that make a name no
 * one's, a lawyer who acted for the kind of body asked, and a rally asked about as a protest.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const YARD =
  "Navy scraps patrol boat order with Kelso shipyard\n\n" +
  "HALIFAX, June 9 (Atlantic Wire) - Canada on Monday cancelled a contract for eight patrol boats with Nova Scotia boatbuilder Fundy Marine Works, citing years of delays.\n\n" +
  "Fundy Marine Works disputed the decision. Chief executive Roland Pike said the navy had altered the boats' design more than 700 times since the deal was signed.\n\n" +
  "The Marine Trades Union of Canada condemned the move. Aisha Brandt, the union's Atlantic secretary, said 900 jobs were at risk.\n\n" +
  "The union has called a rally outside the yard on Friday. Workers in Kelso learned of the decision from the news.\n\n" +
  "Sonja Veum, a lawyer at the Oslo firm Lund & Berg, who represented the unions, said they would sue.\n\n" +
  "The boats were to be fitted out by Nordkyst Marine AS, which already services ships at Andoya Spaceport in Norway.\n";

describe("bodies as news writes them", () => {
  const k = kb(tempKnowledge({ "yard.txt": YARD }));
  answersEach(k, "%s", [
    ["How many times does Fundy Marine Works say the navy altered the design?", /700/],
    ["where is the shipyard located", /Kelso/],
    ["who is aisha brandt", /Atlantic secretary of the Marine Trades Union of Canada/],
    ["Which boatbuilder had the patrol boat contract?", /Fundy Marine/],
    ["Which lawyer represented the unions?", /Sonja Veum/],
    ["when is the union protest", /Friday/],
  ]);

  it("knows a company by its legal form and a spaceport as a place", () => {
    const facts = k.articles[0];
    expect(facts.things.find((t) => t.name === "Nordkyst Marine AS")?.kind).toBe("organization");
    expect(facts.people.map((p) => p.name)).not.toContain("Andoya Spaceport");
  });
});
