/**
 * How a question's words are read, on articles written for these tests: an abbreviation stands for
 * the phrase the articles use ("GDP" for "gross domestic product"), a set phrase's noun ("out of
 * action") names nothing, "seen" is no slip, and a noun after "the" is no verb.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";
import { readQuestion } from "../../src/qa/question.ts";

describe("abbreviations for the articles' phrases", () => {
  const k = kb(
    tempKnowledge({
      "budget.md":
        "---\ntitle: Defence budget\n---\nDefence spending will rise to 2.5 percent of gross domestic product by 2030, Finance Minister Lena Brandt said on Tuesday.\n\n" +
        "The country's president, Aron Kalas, did not comment.\n",
    }),
  );
  answersEach(k, "%s", [
    ["What share of GDP will go on defence by 2030?", /2\.5 percent/],
    ["what share of gdp will defence spending reach", /2\.5 percent/],
  ]);
  it("reads only an abbreviation so, not any word WordNet relates to a phrase", () => {
    expect(readQuestion(k, "Who is the Hungarian president?").text).toMatch(/Hungarian president/);
  });
  declinesEach(k, [["the articles never mention a gross national product", "What share of GNP goes on schools?"]]);
});

describe("set phrases and past participles are read as English", () => {
  const k = kb(
    tempKnowledge({
      "pumps.md":
        "---\ntitle: Pumps\n---\nA council spokesman said one pump at the Marsh Lane station had been out of service since December 28.\n\n" +
        "\"Rivers are now delivering flows that were considered one-in-100-year events a generation ago,\" the hydrologist Dev Patel said.\n",
    }),
  );
  answersEach(k, "%s", [
    ["since when has a pump at Marsh Lane been out of action?", /December 28/],
    ["who said rivers now produce flows once seen as one-in-100-year events", /Patel/],
  ]);
  it("does not take 'seen' for a slip", () => {
    expect(readQuestion(k, "flows once seen as rare").words).toContain("seen");
  });
});

describe("did it happen: a vote that is only scheduled passed nothing", () => {
  const k = kb(
    tempKnowledge({
      "bill.md":
        "---\ntitle: Pension bill\n---\nParliament is scheduled to hold a first vote on the bill on May 6, two weeks after the strike.\n\n" +
        "The upper house passed the budget on Tuesday.\n",
    }),
  );
  answersEach(k, "%s", [["did the upper house pass the budget", /^Yes/]]);
  declinesEach(k, [["a noun after 'the' is no verb: 'the bill in the vote' says nothing was passed", "did parliament pass the bill in the may 6 vote"]]);
});

describe("complained for objected", () => {
  const k = kb(
    tempKnowledge({
      "vote.md":
        "---\ntitle: Council vote\n---\nThe city council approved the deal 5-2 on Tuesday.\n\nCouncilwoman Rosa Ibarra, one of two members who voted against the deal, said she objected to its weak job guarantees.\n\n" +
        "Mayor Tom Reyes said the plant would bring 1,500 jobs.\n",
    }),
  );
  answersEach(k, "%s", [["Which council member complained about weak job guarantees?", /Rosa Ibarra/]]);
});

describe("travellers for passengers, impacted for affected", () => {
  const k = kb(
    tempKnowledge({
      "strike.md":
        "---\ntitle: Strike\n---\nControllers began a 48-hour strike on Thursday, forcing airlines to cancel 1,900 flights.\n\n" +
        "The agency estimated that around 150,000 passengers would be affected over the two days.\n",
    }),
  );
  answersEach(k, "%s", [["How many travellers are expected to be impacted over the two days?", /150,000 passengers/]]);
});

describe("has a country said anything: a headline that names it says nothing", () => {
  const k = kb(
    tempKnowledge({
      "spill.md":
        "---\ntitle: Spill\n---\nSingapore shipper and Manila clash over oil spill clean-up and compensation\n\n" +
        "MANILA, May 2 - The MT Sea Wren, a 7,400-tonne tanker, ran aground off Bataan on Friday.\n\n" +
        "Meridian Shipping said it had hired a clean-up contractor, but did not name it.\n\n" +
        "The government will fine the owner if the ship's insurance cover proves too small.\n",
    }),
  );
  answersEach(k, "%s", [["has meridian shipping said anything about the clean-up", /^Yes/]]);
  declinesEach(k, [
    ["no sentence has Singapore's government speaking", "has singapore's government said anything about the spill"],
    ["'MT Sea Wren' is the ship the question names", "Which insurance company covers the Sea Wren?"],
    ["the contractor is not named", "which contractor did Meridian Shipping hire for the clean-up"],
  ]);
});

describe("British and American spellings of one word", () => {
  const k = kb(
    tempKnowledge({
      "licence.md":
        "---\ntitle: Broadcaster loses licence\n---\nThe Media Standards Board refused Orbex a broadcasting licence on Monday, citing unpaid fees.\n\n" +
        "Labour unions at the Orbex studios demanded a 6 percent pay rise on Friday.\n",
      "color.md": "---\ntitle: Paint maker\n---\nThe paint maker Hollis said demand for its new color range rose 12 percent in the second quarter.\n",
    }),
  );
  answersEach(k, "%s", [
    ["when was the license refused", /Monday/],
    ["how big a raise do the labor unions want", /6 percent/],
    ["how much did demand for the new colour range rise", /12 percent/],
  ]);
});

describe("a longer form of a listed synonym, and who told someone something", () => {
  const k = kb(
    tempKnowledge({
      "broadband.md":
        "---\ntitle: Broadband\n---\nEsther Nyambura, the principal secretary for broadband, told a parliamentary committee on Tuesday that the schools target would be very hard to meet.\n\n" +
        "The county's mayor, Mark Ode, told reporters on Friday that the cable plan was dead.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who told lawmakers the schools target would be hard to meet", /Nyambura/],
    ["who said the cable plan was dead", /Mark Ode/],
  ]);
  declinesEach(k, [["the articles never mention senators", "which senators questioned Nyambura"]]);
});

describe("raising the alarm is raising concerns, and a lab is a laboratory", () => {
  const k = kb(
    tempKnowledge({
      "lab.md":
        "---\ntitle: Lab misconduct\n---\nThe concerns were first raised in March 2021 by Ana Beltran, a former researcher in the laboratory.\n\n" +
        "The university said the laboratory had received 8.4 million pounds in grants.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who first raised the alarm about the lab?", /Ana Beltran/],
    ["how much grant money did the lab get", /8\.4 million/],
  ]);
});

describe("who complained, who insisted: verbs of saying ask for the speaker", () => {
  const k = kb(
    tempKnowledge({
      "spill.md":
        "---\ntitle: Spill\n---\nNora Salcedo, a 47-year-old fish vendor from Tingloy, said she had borrowed money to buy rice.\n\n" +
        "\"The company says it is sorry, but my children are the ones who are hungry,\" she said.\n",
    }),
  );
  answersEach(k, "%s", [["who complained that her kids are going hungry", /Nora Salcedo/]]);
});

describe("spilled oil is leaked oil, and what crews managed to do is what they did", () => {
  const k = kb(
    tempKnowledge({
      "tanker.md":
        "---\ntitle: Tanker\n---\nThe coast guard said 12 boats with skimmers had recovered only about 41 percent of the leaked diesel by Sunday.\n\n" +
        "Fishermen in Olango said their catch had fallen by half.\n",
    }),
  );
  answersEach(k, "%s", [["what share of the spilled diesel have the boats managed to recover", /41 percent/]]);
  it("searches for leaked oil when asked about spilled oil", () => {
    expect(readQuestion(k, "how much oil spilled").searchTerms).toContain("leak");
  });
});

describe("improvements are an upgrade", () => {
  const k = kb(
    tempKnowledge({
      "wall.md":
        "---\ntitle: Flood wall\n---\nThe council asked the agency last March to bring forward a planned 3.2 million pound upgrade of the wall.\n\n" +
        "The river rose to its highest level since 2015.\n",
    }),
  );
  answersEach(k, "%s", [["how much will the planned wall improvements cost", /3\.2 million/]]);
});

describe("a people's size, a collapse and a mediator, said another way", () => {
  const k = kb(
    tempKnowledge({
      "lake.txt":
        "Lake Orme talks collapse\n\nGENEVA, May 2 - Talks between Ostavia and Belmark on sharing Lake Orme collapsed on Friday after three days.\n\n" +
        "Belmark, with a population of 4.2 million, depends on the lake for its drinking water.\n\n" +
        "The talks were mediated by Piet Hollander, a Dutch diplomat.\n\n" +
        "Four people were hurt when protesters clashed with police outside the venue.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many people live in belmark", /4\.2 million/],
    ["when did the talks fall apart", /Friday/],
    ["who was the mediator", /Piet Hollander/],
    ["what nationality is the mediator", /Dutch/],
  ]);
});

describe("containers are boxes, counted without the particle after them", () => {
  const k = kb(
    tempKnowledge({
      "ship.txt":
        "Grounded freighter\n\nROTTERDAM, May 4 - Salvors plan to lift about 800 containers off the grounded freighter Elna Star before towing it free.\n\n" +
        "Dutch firm Vos Marine Salvage has four tugs at the site, and 12 divers.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many boxes do the salvors plan to remove", /^about 800 containers$/],
  ]);
});

describe("towing is dragging", () => {
  const k = kb(
    tempKnowledge({
      "barge.md":
        "---\ntitle: Barge\npublished: 2025-05-07\n---\nSalvors will try to drag the stranded barge off the sandbank at high tide on Saturday, the harbour master said.\n\n" +
        "The barge was carrying 300 tonnes of gravel.\n",
    }),
  );
  answersEach(k, "%s", [["when will they tow the barge free", /Saturday/]]);
});

describe("why: the purpose a lede gives, not what a headline says is to come", () => {
  const k = kb(
    tempKnowledge({
      "cuts.txt":
        "Regional airline to cut 40 routes\n\n" +
        "OSLO, March 3 - A regional airline said on Monday it planned to drop 40 routes and cut about 300 jobs over the next year to close a 90 million crown budget gap.\n\n" +
        "The Fjordline Air chief executive, Kari Moe, said fuel costs had doubled.\n",
    }),
  );
  answersEach(k, "%s", [["why is the airline making these cuts", /budget gap/]]);
});

describe("caps are quotas", () => {
  const k = kb(
    tempKnowledge({
      "quotas.md":
        "---\ntitle: Quotas\n---\nChile on Monday imposed quotas on imports of copper wire for the next 24 months, the trade ministry said.\n\n" +
        "Exporters in Peru said they would lose sales.\n",
    }),
  );
  answersEach(k, "%s", [["how long will the caps last", /24 months/], ["how long will the import caps be in force", /24 months/]]);
});

describe("the boss is the chief executive", () => {
  const k = kb(
    tempKnowledge({
      "rail.md":
        "---\ntitle: Rail strike\n---\nNorthern Valley Rail chief executive Gregory Almond said the company had gone as far as it could.\n\n" +
        "He estimated that the strike would cost the operator about 3.2 million pounds.\n\n" +
        "Its operations manager, Tom Reyes, said 14 trains ran.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who is the boss of northern valley rail", /Gregory Almond/],
    ["How much does the operator's boss think the strike will cost?", /3\.2 million pounds/],
  ]);
});
