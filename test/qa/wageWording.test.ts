/**
 * How a story about a pay rise is asked about, on an article written for these tests: "he" after a
 * long participle's phrase ("Speaking at a breakfast in Galway, he said"), a rally "outside" a
 * building the articles name as a body, and "who accused the finance minister": the minister is
 * whom the question's verb acts on, not who did it.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Pay panel urges rise\npublished: 2025-10-14\n---\n" +
  "DUBLIN, Oct 14 - A government commission on Tuesday recommended raising the minimum wage by 8 percent from January.\n\n" +
  "Finance Minister Liam Dolan struck a more cautious tone. Speaking at a business breakfast in Galway a few hours later, he said the increase could come in two stages.\n\n" +
  "\"Workers cannot wait,\" Nora Keating, the union's general secretary, told a rally outside Government Buildings on Tuesday evening.\n\n" +
  "Maeve Collins, the opposition's finance spokeswoman, accused Dolan of \"looking for excuses\".\n";

describe("a pay rise asked in other words", () => {
  const k = kb(tempKnowledge({ "wage.md": ARTICLE }));
  answersEach(k, "%s", [
    ["where was dolan speaking when he responded", /Galway/],
    ["Where did Keating address the rally?", /Government Buildings/],
    ["who accused the finance minister of looking for excuses", /^Maeve Collins$/],
    ["who is the finance minister", /Dolan/],
  ]);
  declinesEach(k, [["no one in the articles is a health minister", "who accused the health minister of delay"]]);
});

describe("the head of a function is not the head of the firm", () => {
  const k = kb(
    tempKnowledge({
      "bank.md":
        "---\ntitle: Bank fined\npublished: 2025-03-06\n---\nCOPENHAGEN, March 6 - Regulators fined Nordhavn Bank 200 million crowns on Thursday.\n\n" +
        "Chief Executive Mads Holm said the bank accepted the findings.\n\n" +
        "Lise Berg, head of compliance at the bank, said controls had been tightened.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who is the head of compliance at the bank", /Berg/],
    ["who heads the bank", /Holm/],
  ]);
  declinesEach(k, [["no one is named as the bank's head of communications", "what is the name of the bank's head of communications"]]);
});

describe("no one heads a function the articles do not name", () => {
  const k = kb(
    tempKnowledge({
      "lender.md":
        "---\ntitle: Lender fined\npublished: 2025-03-06\n---\nOSLO, March 6 - Regulators fined Fjord Bank 90 million crowns on Thursday.\n\n" +
        "Chief Executive Nils Aas said the bank accepted the findings, and its head of compliance resigned in 2022.\n",
    }),
  );
  declinesEach(k, [["the head of compliance is never named", "what is the name of the head of compliance who resigned in 2022"]]);
});
