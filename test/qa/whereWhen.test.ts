/** "Where" and "when" questions on articles written for these tests: where a speaker was is a place too, and a date of what will happen does not say when something did. */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("where a speaker was when they spoke", () => {
  const k = kb(
    tempKnowledge({
      "appeal.md":
        "---\ntitle: Appeal\n---\nThe Halden Ferry Company will appeal against the fine, its chief executive, Mara Quist, said on Monday.\n\n" +
        "\"We followed every rule,\" Quist said in a telephone interview from Oslo.\n\n" +
        "Negotiators from Bergen and Tromso met the company's lawyers on Friday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Where was Quist when she gave the phone interview?", /Oslo/],
    ["where was quist speaking from", /Oslo/],
  ]);
});

describe("when did it happen: not when something else will", () => {
  const k = kb(
    tempKnowledge({
      "dock.md":
        "---\ntitle: Dock strike\n---\nThe union warned that a second, week-long walkout would begin on March 3 if no agreement was reached.\n\n" +
        "Dock workers have been on strike since the port rejected their pay claim.\n",
    }),
  );
  answersEach(k, "%s", [["when will the second walkout begin", /March 3/]]);
  declinesEach(k, [["the only date is of a walkout to come", "when did the strike start"]]);
});

describe("when was it introduced: the date of the question's own verb, and an act is legislation", () => {
  const k = kb(
    tempKnowledge({
      "hearing.md":
        "---\ntitle: Hearing\n---\nWASHINGTON, April 9 - Senators pressed the head of a drone maker on Wednesday over the use of its machines near airports.\n\n" +
        "The hearing centred on the Safe Skies Act, which Senator Maria Holt introduced on February 27 with two colleagues.\n\n" +
        "The committee will vote on the legislation in May.\n",
    }),
  );
  answersEach(k, "%s", [["When was the legislation introduced?", /February 27/]]);
});

describe("when did X become Y: not when something else will become something", () => {
  const k = kb(
    tempKnowledge({
      "envoy.md":
        "---\ntitle: Envoy\n---\nAmbassador Lena Sorel spoke at a briefing on Wednesday, saying, \"I hope that it will become a beginning.\"\n\n" +
        "Sorel, France's ambassador to Chile, was in Santiago for the talks.\n",
    }),
  );
  declinesEach(k, [["the articles never say when she became ambassador", "When did Sorel become ambassador?"]]);
});

describe("when will it be done: 'done' is a light verb, not one the sentence must say", () => {
  const k = kb(
    tempKnowledge({
      "inquiry.md":
        "---\ntitle: Inquiry\n---\nThe prosecutor said autopsies would be carried out on Monday and findings were expected within three weeks.\n\n" +
        "Five skiers died in the avalanche on Friday.\n",
    }),
  );
  answersEach(k, "%s", [["When will the autopsies be done?", /Monday/]]);
});

describe("where talks were held: not the river they were about, nor the two countries holding them", () => {
  const k = kb(
    tempKnowledge({
      "lake.txt":
        "Lake Orme talks collapse\n\nGENEVA, May 2 - Talks on sharing the waters of the Lake Orme basin between Ostavia and Belmark collapsed on Friday after three days.\n\n" +
        "The two sides had met in Lausanne in January.\n",
    }),
  );
  answersEach(k, "%s", [["wher were the water talks held", /Geneva/]]);
});

describe("where: a building when no place is named", () => {
  const k = kb(
    tempKnowledge({
      "protest.md":
        "---\ntitle: Protest\n---\nThe nurses' union will hold a protest outside the health ministry's headquarters at noon on Friday, its leader said.\n\n" +
        "Farmers said they would march outside the Belmarkian embassy in the capital, Orlova, on Sunday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["where will the nurses hold their protest", /outside the health ministry's headquarters/],
    ["where will the farmers march", /outside the Belmarkian embassy in the capital, Orlova/],
  ]);
});

describe("when the first of several: not the date of the rest", () => {
  const k = kb(
    tempKnowledge({
      "depots.md":
        "---\ntitle: Depots\n---\nThe first closure, the Harwick bus depot, is scheduled for June 2, with the remaining depots to shut in stages by the end of the year.\n\n" +
        "About 120 drivers work at Harwick.\n",
    }),
  );
  answersEach(k, "%s", [["when will the first depot close", /June 2/]]);
});

describe("where a ship was going, and where it set out from", () => {
  const k = kb(
    tempKnowledge({
      "freighter.md":
        "---\ntitle: Freighter\n---\nThe freighter Alda Rose hit a reef off Oslo-based Vik Shipping's terminal on Monday while sailing from Hamburg to Bergen with 300 containers.\n\n" +
        "Its 19 crew were safe, the company said.\n",
    }),
  );
  answersEach(k, "%s", [
    ["which port was the freighter bound for", /^Bergen$/],
    ["wher was the ship headed", /^Bergen$/],
    ["which port had the freighter set out from", /^Hamburg$/],
  ]);
});

describe("which region of a country: the place called a region, not the dateline's city", () => {
  const k = kb(
    tempKnowledge({
      "mine.txt":
        "Copper mine dam fails\n\nABANCAY, Peru, March 12 - A tailings dam at the Chaccapata copper mine in Peru's southern Apurimac region gave way late on Tuesday.\n\n" +
        "The mine is owned by Cordillera Copper Corp, a Toronto-listed company.\n",
    }),
  );
  answersEach(k, "%s", [["which region of peru is teh chaccapata mine in", /^Apurimac$/]]);
});

describe("a meeting someone called, held away from where the story is filed", () => {
  const k = kb(
    tempKnowledge({
      "mine.md":
        "---\ntitle: Villagers block mine road, governor calls talks\npublished: 2025-03-14\n---\n" +
        "BAGUIO, Philippines, March 14 - Hundreds of villagers blocked the road to a copper mine on Friday.\n\n" +
        "Governor Maria Dulay has summoned both sides to a meeting at the provincial capitol in La Trinidad on Monday.\n",
    }),
  );
  answersEach(k, "%s", [["where will the governor's meeting with both sides take place", /^La Trinidad$/]]);
});
