/**
 * A mining concession fought in court, on an article written for these tests: a company by its legal
 * form ("S.A."), a country by "in eastern X", a law by its name (no one's name, and not short for its
 * first word), a parent company by "a subsidiary of", "given" for "awarded", "speak for" for
 * "represent", "the PM", "forced layoffs" for "compulsory redundancies"; a road by its name; a piece of
 * land by its area; and no count of people arrested from a sentence that arrests no one.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const MINE =
  "---\ntitle: Villagers take Velmora copper concession to court\n---\n" +
  "SAN LUCAS, June 9 (Reuters) - Villagers in eastern Velmora asked the Supreme Court on Tuesday to annul a copper concession.\n\n" +
  "The government awarded the 20-year concession to Cobre Alto Minera S.A. (CAM) on Friday, May 30.\n\n" +
  "CAM, a subsidiary of Chile's Andes Ridge Holdings, plans to invest $900 million.\n\n" +
  "The lawsuit says the ministry ignored Velmora's 2015 Rural Consultation Law.\n\n" +
  "\"Nobody asked us,\" said Rosa Quispe, president of the Union of Rural Villages (URV), which represents about 9,000 people.\n\n" +
  "Environment Minister Hugo Salas defended the award. The company has put on hold the hiring of 400 local workers.\n\n" +
  "The 20-year concession covers some 95,000 hectares of forest.\n\n" +
  "In 2018 the villagers blocked Route 9 for 12 days.\n\n" +
  "Speaking in the capital, the prime minister said the lawsuit was \"a stunt, not a grievance\".\n\n" +
  "The miners' union said it would consider strike action if compulsory redundancies were announced.\n";

describe("a concession fought in court", () => {
  const k = kb(tempKnowledge({ "mine.md": MINE }));

  answersEach(k, "%s", [
    ["Which company was given the concession?", /Cobre Alto Minera/],
    ["whos the parent company of CAM", /Andes Ridge Holdings/],
    ["How many people does the villagers' union speak for?", /9,000/],
    ["Who is Velmora's environment minister?", /Hugo Salas/],
    ["when did the government hand out the concession", /May 30/],
    ["How big is the concession area?", /95,000 hectares/],
    ["which road did the villagers block in 2018", /Route 9/],
    ["how did the PM describe the lawsuit", /stunt/],
    ["what is the union threatening to do if there are forced layoffs", /strike/],
  ]);
  declinesEach(k, [["the sentence with 400 workers arrests no one", "how many people have been arrested"]]);

  it("knows the company, the country and the law for what they are", () => {
    const things = k.articles[0].things;
    expect(things.find((t) => t.name === "Cobre Alto Minera S.A.")?.kind).toBe("organization");
    expect(things.find((t) => t.name === "Velmora")?.kind).toBe("place");
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Rural Consultation Law");
    expect(things.find((t) => t.name === "Rural Consultation Law")?.aliases ?? []).not.toContain("Rural");
  });
});
