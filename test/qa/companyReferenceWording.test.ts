/**
 * "The company" and sources as news writes them, on an article written for these tests: "the
 * company's offer" after a sentence about an appeal to a ministry is the company's, the one the story
 * names most; a source after "according to" that "who" describes is a person; and a body's name runs
 * on over "for" and "and" after a plural word for one ("Centres for Disease Control and Prevention");
 * and a quotation opening with "They" speaks of the body named just before it.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const MINE =
  "Sweden approves Arctic iron mine over herders' objections\n\n" +
  "STOCKHOLM, April 2 (Nordic Wire) - Sweden on Tuesday approved an iron ore mine near Jokkmokk despite protests from reindeer herders.\n\n" +
  "The licence went to Kallak Iron AB, which expects to employ 300 people. Kallak Iron said construction would start next year.\n\n" +
  "The herders' association said it would appeal to the Ministry of Enterprise within three weeks. The Ministry of Enterprise has 60 days to rule.\n\n" +
  "Anders Sikku said 14 families would be affected, and that the company's offer of 2 million crowns a year in compensation was an insult.\n\n" +
  "The mine is safe for nearby villages, according to Anja Lindqvist, who heads the health programme at the Nordic Centres for Environmental Health and Safety.\n";

describe("the company and sources as news writes them", () => {
  const k = kb(tempKnowledge({ "mine.txt": MINE }));
  answersEach(k, "%s", [
    ["how much compensation did kallak iron offer the herders", /2 million crowns/],
    ["who is anja lindqvist", /Nordic Centres for Environmental Health and Safety/],
  ]);

  it("reads a body's whole name, and the source as a person", () => {
    const facts = k.articles[0];
    expect(facts.things.map((t) => t.name)).toContain("Nordic Centres for Environmental Health and Safety");
    expect(facts.people.map((p) => p.name)).toContain("Anja Lindqvist");
  });
});

const ANALYST =
  "Chocolate maker hit by cocoa surge\n\n" +
  "ZURICH, May 2 (Alpine Wire) - Swiss chocolate maker Lindenhof raised prices on Tuesday.\n\n" +
  "Analyst Petra Vogt said Lindenhof had suffered more than rivals because it bought too little cocoa ahead. \"They were caught napping,\" Vogt said.\n";

describe("a quotation that opens with a pronoun for the body just named", () => {
  const k = kb(tempKnowledge({ "analyst.txt": ANALYST }));
  answersEach(k, "%s", [["Who said Lindenhof was caught napping?", /Petra Vogt/]]);
});
