/**
 * "Which shipyard ...?", "which rival providers ...?": a question that asks for the name of
 * something of a kind that goes by one is answered with a name, or declined; a clause that names
 * nothing new is no answer. On articles written for these tests.
 */
import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/qa/question.ts";
import { describedAsKind, kindModifier } from "../../src/qa/answerChecks.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("which X: a name of the kind asked, or an honest decline", () => {
  const k = kb(
    tempKnowledge({
      "ferry.md":
        "---\ntitle: Ferry inquiry\n---\nThe Sea Lark, built in 1988 and licensed to carry up to 300 passengers, ran aground off Skye on Friday.\n\n" +
        "Investigators said the Sea Lark had been refitted by Dunmore Marine Engineering in 2019.\n\n" +
        "The ferry was bound for a port in Norway with a cargo of Danish timber.\n",
      "deal.md":
        "---\ntitle: Cloud deal review\n---\nThe regulator opened an in-depth review of the deal on June 3 after complaints from two rival cloud providers.\n\n" +
        "The deal would also face growing competition from lower-priced Asian manufacturers, the chief executive said.\n\n" +
        "Rival carriers Skyline and Northair have said they will appeal.\n",
    }),
  );
  answersEach(k, "%s", [
    ["which carriers will appeal", /Skyline/],
  ]);
  declinesEach(k, [
    ["the sentence says when it was built, not by whom", "Which shipyard built the Sea Lark?"],
    ["the complaint names no provider", "Which two rival cloud providers complained to the regulator?"],
    ["the chief executive named no competitor (and a ship that ran aground has no chief executive)", "which asian competitors did the chief executive name specifically?"],
    ["a port in Norway is not named", "which norwegian port was the ferry going to"],
  ]);
});

describe("a country's own role: the head of a business group filed from its capital is not the country's president", () => {
  const k = kb(
    tempKnowledge({
      "power.md":
        "---\ntitle: Power cut\n---\nSANTIAGO, Chile, May 4 - A blackout left most of Chile without power on Tuesday, and Chilean factories counted the cost.\n\n" +
        "The Chilean Federation of Manufacturers (FECHIM) said losses ran into the millions. Its president, Tomas Errazuriz, said some plants had shut entire lines.\n\n" +
        "Interior Minister Carla Vidal said the grid operator would be fined.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who is the president of the federation", /Errazuriz/],
    ["who is chile's interior minister", /Carla Vidal/],
  ]);
  declinesEach(k, [["FECHIM's president is no president of Chile", "what is the name of chile's president"]]);
});

describe("which river, what day: a place by its name and a day by its name or date", () => {
  const k = kb(
    tempKnowledge({
      "bridge.md":
        "---\ntitle: Bridge collapse\npublished: 2025-03-13\n---\nWELLSFORD, New Zealand, March 13 - The country will inspect every truss bridge built before 1975, the minister said on Thursday.\n\n" +
        "The central span of the Oruru Bridge collapsed on Tuesday and dropped into the Kaipara River.\n\n" +
        "About 90 millimetres of rain had fallen in the 48 hours before the collapse, and the river was running high.\n",
    }),
  );
  answersEach(k, "%s", [
    ["which river did the span fall into", /Kaipara River/],
    ["what day did the span collapse", /Tuesday/],
    ["when did the minister announce the inspections", /Thursday/],
  ]);
  declinesEach(k, [["a year is no day, and the day the minister spoke is not the day it was built", "what day was the truss bridge built"]]);
});

describe("which clubs, which makers: a plural word for a body, and a people's words, name no one", () => {
  const k = kb(
    tempKnowledge({
      "transfer.md":
        "---\ntitle: Transfer\n---\nThe striker, who also had offers from two Premier League clubs, signed a five-year contract on Monday.\n\n" +
        "The deal gives South Korean battery makers first call on the cobalt, the minister said.\n",
    }),
  );
  declinesEach(k, [
    ["the offers name no club", "Which two Premier League clubs made offers for the striker?"],
    ["'South Korean' is a people's word, not a maker's name", "Which Korean battery makers get first call on the cobalt?"],
  ]);
});

describe("what nationality, on what date: a people or a country, and a day", () => {
  const k = kb(
    tempKnowledge({
      "mediator.md":
        "---\ntitle: Mediation\n---\nThe UN mediator, Paolo Renzi, said: \"We want both sides to look at the same numbers.\"\n\n" +
        "Renzi joined the agency in 2019 after a decade at the World Bank.\n\n" +
        "Ana Kovac, a Croatian hydrologist, signed the report on March 4.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what nationality is ana kovac", /Croatian/],
    ["on what date did Kovac sign the report", /March 4/],
  ]);
  declinesEach(k, [
    ["what he said is no nationality", "What nationality is the UN mediator Renzi?"],
    ["a year is no date", "On what date did Renzi join the agency?"],
  ]);
});

describe("which state agency still has to ...: an adverb after the noun does not head the phrase", () => {
  const k = kb(
    tempKnowledge({
      "permits.md":
        "---\ntitle: Permits\n---\nThe plant still needs air permits from the Nevada Division of Environmental Protection (NDEP), a process expected to take a year.\n",
    }),
  );
  answersEach(k, "%s", [["Which state agency still has to approve the plant's air permits?", /Nevada Division of Environmental Protection/]]);
});

describe("who runs the NDF: initials typed in capitals name a body whose head is asked", () => {
  const k = kb(
    tempKnowledge({
      "strike.md":
        "---\ntitle: Port strike\n---\nThe strike was called by the National Dockers' Federation (NDF) and the smaller Harbour Workers Union (HWU).\n\n" +
        "Luis Prata, the NDF's secretary-general, said the ports would close.\n\n" +
        "HWU leader Ana Brito, whose union rarely joins NDF-led actions, said it had run out of patience.\n",
    }),
  );
  answersEach(k, "%s", [["who runs the NDF", /Luis Prata/]]);
});

describe("an organization the question names: its words name no person, and it says only what it is said to say", () => {
  const k = kb(
    tempKnowledge({
      "measles.md":
        "---\ntitle: Measles\n---\nAccording to figures released by the health district, 81.2 percent of kindergartners in Tacoma Public Schools had received both doses.\n\n" +
        "A parents' group, Families for Safe Schools, backed the exclusions.\n\n" +
        "The board's decision came weeks after Pierce Water, the county's water utility, lifted a hosepipe ban.\n\n" +
        "Under the board's conditions, the plant may draw no more than 500,000 litres a day, and none at all when Pierce Water declares a drought.\n",
    }),
  );
  answersEach(k, "%s", [["what percentage of kindergartners in tacoma public schools had both doses", /81\.2 percent/]]);
  declinesEach(k, [["the water company is named but says nothing", "what did pierce water say about the board's decision"]]);
});

describe("roles at bodies: 'X's president' after 'and', the head of initials, a federation's president", () => {
  const k = kb(
    tempKnowledge({
      "lithium.md":
        "---\ntitle: Lithium talks\n---\nLA PAZ, Bolivia, March 4 - Bolivia will reopen the terms of a lithium concession, Energy Minister Rodrigo Salas said.\n\n" +
        "Ernesto Quino, the federation's president, said the communities would block the road.\n\n" +
        "Senator Patricia Vela, who heads the Senate's mining committee, backed the review.\n\n" +
        "The chief executive will travel to La Paz next week to meet Salas and YLB's president, Marcelo Rios.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who is the head of YLB", /Marcelo Rios/],
    ["who chairs the senate mining committee", /Patricia Vela/],
  ]);
  declinesEach(k, [["the federation's president is no president of Bolivia", "Who is the president of Bolivia?"]]);
});

describe("'the district's health officer' works at the district the question names", () => {
  const k = kb(
    tempKnowledge({
      "outbreak.md":
        "---\ntitle: Measles\n---\nThe Pierce County Health District (PCHD) said 28 people had been infected.\n\n" +
        "Dr. Nora Lind, the district's health officer, told a news conference the outbreak was spreading.\n\n" +
        "Tom Hale, the board's president, opposed wider exclusions.\n",
    }),
  );
  answersEach(k, "%s", [["who is the health officer at the pierce county health district", /Nora Lind/]]);
});

describe("which analyst expects ...: the speaker of a quotation that says it", () => {
  const k = kb(
    tempKnowledge({
      "royalty.md":
        "---\ntitle: Royalty\n---\nLucia Ferro, a metals analyst at Lima-based brokerage Andes Capital, said the demands would cut profits.\n\n" +
        "\"Arbitration takes years,\" Ferro said. \"The market is pricing in the worst case; the likelier outcome is a royalty of around 6% or 7%.\"\n\n" +
        "Tom Reyes, a mining analyst at Quarry Partners, said shares would recover.\n",
    }),
  );
  answersEach(k, "%s", [["Which analyst expects the royalty to end up around 6% or 7%?", /Lucia Ferro/]]);
});

describe("lawyers and spokesmen: 'through his lawyer, Name', the PCG spokesman for the coast guard's", () => {
  const k = kb(
    tempKnowledge({
      "spill.md":
        "---\ntitle: Spill\n---\nThe Philippine Coast Guard (PCG) said the slick had reached three islands.\n\n" +
        "\"Every day the oil sits on the water, it reaches another beach,\" Commodore Arnel Reyes, the PCG spokesman, told reporters.\n\n" +
        "In a statement issued through his lawyer, Simon Ade of the firm Carr & Peel, the ship's owner said the crew had followed procedure.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who is the coast guard spokesman", /Arnel Reyes/],
    ["Who is the owner's lawyer?", /Simon Ade/],
  ]);
});

describe("who chairs X: a chairwoman of X, not someone who chairs something else", () => {
  const k = kb(
    tempKnowledge({
      "dairy.md":
        "---\ntitle: Milk prices\n---\nThe ruling was welcomed by the Dairy Farmers Association of Kerry (DFAK), whose members have argued for years that imports were unfair.\n\n" +
        "\"We have waited two years for this,\" said Rita Vance, the association's chairwoman.\n\n" +
        "Near Tralee, Paul Dorn, who chairs a cooperative of 40 dairy farmers, said members hoped prices would rise.\n",
      "vote.md":
        "---\ntitle: Election count\n---\nThe National Electoral Committee (NEC) published the final count on Sunday.\n\n" +
        "Heli Saar, chairwoman of the NEC, said the committee had received 14 formal complaints.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who chairs the dairy farmers association", /Rita Vance/],
    ["who chairs the electoral commission", /Heli Saar/],
    ["who chairs the dairy cooperative", /Paul Dorn/],
  ]);
});

describe("which X, where the articles never say X: a word WordNet files under X", () => {
  const k = kb(
    tempKnowledge({
      "trial.md":
        "---\ntitle: Hepatitis trial\n---\nThe Lagos trial, which enrolled 400 volunteers in 2024, found that the drug protected the liver in patients with chronic hepatitis.\n\n" +
        "The maker, Orun Pharma, said it would apply for approval in March.\n",
    }),
  );
  answersEach(k, "%s", [["the 2024 trial found the drug protected which organ?", /liver/]]);
  declinesEach(k, [["no metal is named", "which metal does Orun Pharma mine?"]]);
});

describe("the name of X: the name a noun is set beside ('The Nordic Star, a 12,000-tonne freighter')", () => {
  const k = kb(
    tempKnowledge({
      "ship.md":
        "---\ntitle: Freighter sinks\n---\nThe Nordic Star, a 12,000-tonne freighter carrying grain from Riga, sank off Gotland on Friday.\n\n" +
        "All 19 crew members were rescued by the coast guard.\n",
    }),
  );
  answersEach(k, "%s", [["what is the name of the freighter that sank", /Nordic Star/]]);
  declinesEach(k, [["no tug is named", "what is the name of the tug that towed it"]]);
});

describe("which construction firm: a body the articles describe as that kind", () => {
  const k = kb(
    tempKnowledge({
      "bridge.md":
        "---\ntitle: Bridge\n---\nHarwick Ports said on Monday it would build a 1.2-kilometre bridge to its container terminal in Lubeck.\n\n" +
        "The contract was awarded to Tormund Holdings, a construction group based in Hamburg, after a tender that drew four bids.\n",
    }),
  );
  answersEach(k, "%s", [["which construction group won the bridge contract", /Tormund Holdings/]]);
  declinesEach(k, [["Harwick Ports is not described as a shipping company", "which shipping company will build the bridge"]]);
  const plant = kb(
    tempKnowledge({
      "plant.md":
        "---\ntitle: Chip plant\n---\nThe chipmaker Corvane Semiconductor said on Tuesday it would build a $4 billion plant in Lubbock.\n\n" +
        "Construction is due to begin in June and to employ 2,000 workers.\n",
    }),
  );
  declinesEach(plant, [["the chipmaker is not a construction firm", "which construction firm will build the Lubbock plant"]]);
});

describe("who represents X in the talks with Y: X's people, not Y's", () => {
  const k = kb(
    tempKnowledge({
      "transit.md":
        "---\ntitle: Border talks\n---\nNegotiators from Poland and Ukraine met in Geneva on Monday for talks on grain transit.\n\n" +
        "Representing Poland are Deputy Foreign Minister Anna Kowal and trade envoy Piotr Nowak.\n\n" +
        "Ukraine's delegation is led by Deputy Prime Minister Olena Marchenko.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who represents ukraine in the talks with poland", /Olena Marchenko/],
    ["who represents poland in the talks with ukraine", /Anna Kowal/],
  ]);
});

describe("a two-letter surname ('Xi', 'Li') names a person, and X's representatives are who represent X", () => {
  const k = kb(
    tempKnowledge({
      "trade.md":
        "---\ntitle: Trade talks\n---\nTrade officials from China and Australia met in Canberra on Monday.\n\n" +
        "Representing Premier Li Qiang are Vice Minister Sun Wei and the trade envoy Deng Hao.\n\n" +
        "Australia's side is led by Trade Minister Ruth Hale.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who are Li's representatives at the talks?", /Sun Wei/],
    ["whom do Sun Wei and Deng Hao represent", /Li Qiang/],
  ]);
  it("finds Li in the question, though 'li' is also a Roman numeral", () => {
    expect(readQuestion(k, "Who are Li's representatives at the talks?").people.map((p) => p.id)).toEqual(["p:li-qiang"]);
  });
});

describe("who ran the poll: the body whose polling the sentence reports", () => {
  const k = kb(
    tempKnowledge({
      "poll.md":
        "---\ntitle: Tram plan\n---\nThe Harlow Institute, a research group in Leeds, studies transport.\n\n" +
        "Support for the tram plan has fallen to 31 percent, the Harlow Institute's polling found.\n",
    }),
  );
  answersEach(k, "%s", [["who ran the poll", /Harlow Institute/]]);
});

describe("which X Y Z W adviser: a long phrase still ends with the role asked", () => {
  const k = kb(
    tempKnowledge({
      "summit.md":
        "---\ntitle: Summit\n---\nThe president's two advisers, Foreign Minister Ana Ruiz and National Security Adviser Tomas Vidal, are meeting their Chilean counterparts in Lima.\n\n" +
        "Vidal held a call with his Brazilian counterpart on Tuesday to preview the talks, the Government Palace said.\n",
    }),
  );
  answersEach(k, "%s", [["Which Government Palace national security adviser is at the talks?", /Tomas Vidal/]]);
});

describe("which criminal group: an adjective for the kind counts too, a word of scope does not", () => {
  const k = kb(
    tempKnowledge({
      "hack.md":
        "---\ntitle: Hospital hack\n---\nThe hospital network hired the security firm Northwatch to investigate the attack on Monday.\n\n" +
        "Northwatch said the intrusion bore the hallmarks of BlackMantis, a criminal group that has claimed 12 attacks on hospitals.\n\n" +
        "The hospital may ask Interpol, an international body, for help.\n",
    }),
  );
  answersEach(k, "%s", [
    ["which criminal group is believed to be behind the attack", /BlackMantis/],
    ["which international body could the hospital turn to", /Interpol/],
  ]);
  it("reads the kind from an adjective too, and finds it only where it describes the body", () => {
    const q = readQuestion(k, "which criminal group is believed to be behind the attack");
    expect(kindModifier(q)).toBe("criminal");
    const facts = kb(tempKnowledge({ "a.md": "---\ntitle: A\n---\nInvestigators believe the criminal group BlackMantis was behind the attack, Northwatch said.\n" })).articles[0];
    expect(describedAsKind("BlackMantis", facts, "criminal")).toBe(true);
    expect(describedAsKind("Northwatch", facts, "criminal")).toBe(false);
  });
});

describe("the name of X: a people's word ('a Belgian couple') names no one", () => {
  const k = kb(
    tempKnowledge({
      "slope.md":
        "---\ntitle: Avalanche\n---\nThe dead were two British brothers, a Belgian couple in their fifties and a 34-year-old French ski instructor.\n\n" +
        "The brothers' mother, Sarah Whitlock, said they had been skiing with friends.\n",
    }),
  );
  declinesEach(k, [
    ["the couple is never named", "what were the names of the belgian couple who died"],
    ["the instructor is never named", "what is the name of the french ski instructor who was killed"],
  ]);
  answersEach(k, "%s", [["what is the name of the brothers' mother", /Sarah Whitlock/]]);
});

describe("who is in charge of the unit: the one who commands it, not a company's chief executive", () => {
  const k = kb(
    tempKnowledge({
      "rescue.md":
        "---\ntitle: Avalanche rescue\n---\n\"Every minute counts,\" said Colonel Anne Morel, who commands the mountain rescue unit in Isere.\n\n" +
        "Paul Ferrand, the company's chief executive, said warning signs had been in place since Tuesday.\n",
    }),
  );
  answersEach(k, "%s", [["Who is in charge of the mountain rescue unit in Isere?", /Anne Morel/]]);
});

describe("who runs X's campaign: the campaign manager, not another person the sentence names", () => {
  const k = kb(
    tempKnowledge({
      "race.md":
        "---\ntitle: Federation race\n---\nRuth Okoro, a former captain turned lawyer, filed a complaint on Wednesday.\n\n" +
        "Her campaign manager, Daniel Phiri, said the payments had been made through a company tied to one of Mensah's coordinators.\n\n" +
        "Peter Mensah denied the accusations.\n",
    }),
  );
  answersEach(k, "%s", [["Who runs Okoro's campaign?", /^Daniel Phiri\b/]]);
});

describe("which doctor: a cardiologist is one", () => {
  const k = kb(
    tempKnowledge({
      "clinic.md":
        "---\ntitle: Clinic closure\n---\nDr. Farah Nadeem, a cardiologist who leads the clinic's heart unit, said waiting lists had been \"out of control\" since spring.\n\n" +
        "Tom Berry, a nurse at the clinic, said staff were exhausted.\n",
    }),
  );
  answersEach(k, "%s", [["Which doctor said waiting lists were out of control?", /Farah Nadeem/]]);
  declinesEach(k, [["nobody is a dentist", "which dentist said staff were exhausted"]]);
});
