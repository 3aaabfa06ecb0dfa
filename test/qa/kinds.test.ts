/**
 * Each kind of question on an article written for this test: the short answer and its source.
 * The article is not one the engine was tuned on; the checks are the forms, not the facts.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { personByRole } from "../../src/qa/extractors.ts";
import { readQuestion } from "../../src/qa/question.ts";
import { referredOrganizations } from "../../src/knowledge/coreference.ts";
import { join } from "node:path";
import { ROOT, kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";
import { kindSense } from "../../src/lexicon/wordnet.ts";

describe("answering each kind of question", () => {
  const k = kb(join(ROOT, "test/fixtures/kb-mackerel"));
  const ask = (q: string) => answerQuestion(k, q);

  it.each([
    ["who (by role)", "Who is Iceland's chief negotiator?", /Gunnar Eiriksson/],
    ["who is (roles)", "Who is Ingrid Solberg?", /Fisheries Minister/],
    ["where (the story's place)", "Where are the talks being held?", /Reykjavik/i],
    ["where (next)", "Where will the talks resume?", /Bergen/],
    ["when (a weekday, resolved)", "When will the talks resume?", /Friday.*13 September 2024/],
    ["how many", "How many fishing jobs depend on the mackerel catch?", /4,000/],
    ["what share", "What is the largest cut Iceland would accept?", /10 percent/],
    ["what did X say", "What did Eiriksson say about the science?", /catches follow the science/],
    ["which organization", "Which organization counted the fishing jobs?", /Norwegian Seafood Council/],
    ["typos", "wher will the tlaks resume", /Bergen/],
  ])("%s: %s", (_kind, question, expected) => {
    const a = ask(question);
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(expected);
    expect(k.articles[0].sentences.map((s) => s.text)).toContain(a.evidence[0].text);
    expect(a.answer.split(/\s+/).length).toBeLessThanOrEqual(20);
  });

  it.each([
    ["someone the article never mentions", "What did Emmanuel Macron say about the quotas?"],
    ["a thing the article never mentions", "How many whales were caught?"],
    ["a person nobody in the article is", "What did the Danish fisheries minister say?"],
    ["a question far from the article", "Who won the World Cup in 2018?"],
  ])("declines %s: %s", (_why, question) => {
    const a = ask(question);
    expect(a.answered, a.answer).toBe(false);
    expect(a.answer).toBe("");
    expect(a.suggestions?.length).toBeGreaterThan(0);
  });

  it("gives the same answer every time", () => {
    expect(JSON.stringify(ask("Who is Iceland's chief negotiator?"))).toBe(JSON.stringify(ask("Who is Iceland's chief negotiator?")));
  });
});

describe("which-questions about a kind of place", () => {
  it("pick the place that is of that kind, in its most common sense (WordNet)", () => {
    const k = kb(tempKnowledge({ "fleet.md": "---\ntitle: Fleet plans\n---\nIcelandic trawlers will keep fishing in the waters between Norway and Greenland this winter, the ministry said." }));
    const a = answerQuestion(k, "Which island will the Icelandic trawlers fish near?");
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(/Greenland/);
    expect(a.answer).not.toMatch(/Norway/);
  });

  it("rank a name's senses: Taiwan is an island first of all, China only in a rare sense", () => {
    expect(kindSense("Taiwan", "island")).toBe(0);
    expect(kindSense("China", "island")).toBeGreaterThan(0);
    expect(kindSense("Danube", "river")).toBe(0);
    expect(kindSense("Norway", "island")).toBe(-1);
  });
});

describe("an organization named once and then called \"the company\"", () => {
  const k = kb(
    tempKnowledge({
      "ruling.md":
        "---\ntitle: Regulator fines Northwind\n---\nThe Harbor Authority fined Northwind Holdings $12 million on Monday for falsifying safety logs, according to officials.\n\nKaren Doyle, a lawyer for Northwind at the firm Bell & Marsh, said the company would appeal. The company has 45 days to file its appeal.\n\nDock workers opposed the expansion of the terminal, saying they feared the new cranes would cut hundreds of jobs.",
    }),
  );

  it("is found through it: the sentence about \"the company\" answers a question that names it", () => {
    const a = answerQuestion(k, "How long does Northwind have to file an appeal?");
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(/45 days/);
  });

  it("why: the reason the people who acted gave", () => {
    const a = answerQuestion(k, "Why did dock workers oppose the terminal expansion?");
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(/cranes|jobs/);
  });
});

describe("reported speech and counts with a modifier", () => {
  const k = kb(
    tempKnowledge({
      "plant.md":
        "---\ntitle: Plant approved\n---\nThe county approved the Harlow Glass plant on Monday. The company says the plant will create about 900 construction jobs and 210 permanent positions.\n\nThe chief executive of a rival firm, Ruth Abara, called the vote \"a gift to one company\" and said her firm would consider a legal challenge.",
    }),
  );

  it("\"what did X say\" with no quotation of X: what the article reports X said", () => {
    const a = answerQuestion(k, "What did Ruth Abara say about the vote?");
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(/^called the vote/);
    expect(a.answer).toMatch(/legal challenge/);
  });

  it("\"how many permanent jobs\": the count the modifier points to", () => {
    const a = answerQuestion(k, "How many permanent jobs will the plant create?");
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(/210/);
  });
});

describe("a named event called by its noun later on", () => {
  it("\"the blaze\" is the Dry Creek fire: its sentence answers a question that names the fire", () => {
    const k = kb(
      tempKnowledge({
        "fire.md":
          "---\ntitle: Crews hold fire lines\n---\nCrews in Marlow County worked through Monday night to slow the Dry Creek fire, the sheriff's office said.\n\nThe blaze had burned about 4,200 acres by Tuesday morning and destroyed three barns, according to the state forestry office.",
      }),
    );
    const a = answerQuestion(k, "How many acres has the Dry Creek fire burned?");
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(/4,200/);
  });
});

describe("where someone stands", () => {
  it("\"where does X stand on Y\" asks for X's position, not a place", () => {
    const k = kb(
      tempKnowledge({
        "bill.md":
          "---\ntitle: Rent bill stalls\n---\nThe rent cap bill stalled in the Senate on Monday. Sen. Paula Brandt, a Republican from Hadley, said she opposed a statewide rent cap but would back tax credits for landlords.",
      }),
    );
    const a = answerQuestion(k, "Where does Sen. Brandt stand on a statewide rent cap?");
    expect(a.answered, a.reason).toBe(true);
    expect(a.answer).toMatch(/opposed/);
    expect(a.answer).not.toMatch(/^Hadley$/);
  });
});

describe("a person's stance on a topic", () => {
  const k = kb(tempKnowledge({ "vote.md": "---\ntitle: Opposition wins\npublished: 2025-10-06\n---\nOpposition leader Tomas Vellander won Sunday's election.\n\nVellander, 51, a former mayor of Selna, campaigned on raising the top income tax rate to 40 percent. On migration, he promised to halve asylum processing times.\n\nPrime Minister Katarina Ostrova conceded defeat.\n" }));
  answersEach(k, "is what they campaigned on or promised, in their sentence or the next: %s", [
    ["Where does Vellander stand on taxes?", /raising the top income tax rate/],
    ["What is Vellander's position on taxes?", /raising the top income tax rate/],
    ["What does Vellander want on migration?", /halve asylum processing times/],
  ]);
  it("is still their title when no topic is asked", () => {
    expect(answerQuestion(k, "What is Vellander's position?").answer).toMatch(/Opposition leader/);
  });
});

describe("roles named with qualifying words", () => {
  const k = kb(tempKnowledge({ "breach.md": "---\ntitle: Insurer hacked\npublished: 2024-03-14\n---\nCorvane Health said hackers stole the data of 3.2 million customers.\n\n\"We are deeply sorry,\" Chief Executive Officer Diane Whitlock told reporters at the company's headquarters.\n\nRajiv Menon, the company's chief information security officer, said the intruders moved through the network for two weeks.\n" }));
  it("find the holder of that role, by the organization's short name or 'the company'", () => {
    expect(answerQuestion(k, "whos the ceo of corvane health").answer).toMatch(/Diane Whitlock/);
  });
  it("decline when no one holds the role so qualified (a chief executive is not a chief financial officer)", () => {
    const a = answerQuestion(k, "Who is Corvane Health's chief financial officer?");
    expect(a.answered, a.answer).toBe(false);
  });
});

describe("a side's stance on a topic", () => {
  const k = kb(tempKnowledge({ "fish.md": "---\ntitle: Fishing talks\npublished: 2025-11-13\n---\nThe foreign ministers of Japan and South Korea opened talks in Busan on Thursday. Japanese Foreign Minister Haruka Minegishi and South Korean Foreign Minister Seo Jae-hwan met for four hours.\n\n\"We came to find numbers,\" Seo said. \"We will move on numbers, not on principles,\" Minegishi said.\n\nSouth Korea wants its fleet's quota raised to 60,000 tonnes from 45,000 tonnes. Japan has offered 50,000 tonnes, a Japanese negotiator said.\n\nOn wartime labor, Seoul wants Japanese companies to pay into a compensation fund. Tokyo maintains that all claims were settled under a 1965 agreement.\n" }));
  answersEach(k, "is the position the article reports for the side the question names first: %s", [
    ["What does South Korea want on fishing quotas?", /South Korea wants its fleet's quota raised to 60,000 tonnes/],
    ["Where does Tokyo stand on the labor compensation issue?", /Tokyo maintains that all claims were settled/],
    ["What does South Korea want Japanese companies to do about wartime labor?", /Seoul wants Japanese companies to pay/],
  ]);
});

describe("a council vote", () => {
  const k = kb(tempKnowledge({ "vote.md": "---\ntitle: Council approves housing\npublished: 2026-03-17\n---\nThe Spokane City Council on Monday approved Riverbend Commons, a 412-home development on a former rail yard.\n\nThe 5-2 vote hands a win to Mayor Teresa Alvarado, who has made the project a centerpiece of her housing plan. Council President Marcus Oyelaran and council members Priya Natarajan and Jill Brennan voted in favor. Council members Gerald Fitch and Colleen Ashby voted against.\n\nAshby, the council's longest-serving member, said the traffic study was unfinished.\n" }));
  it("names the people the sentence says did what is asked, not whoever holds the role", () => {
    expect(answerQuestion(k, "Which council members voted against it?").answer).toBe("Gerald Fitch and Colleen Ashby");
    expect(answerQuestion(k, "Which council members voted in favor?").answer).toBe("Marcus Oyelaran, Priya Natarajan and Jill Brennan");
  });
  it("gives the tally as written, and reads 'the development' as the named project", () => {
    expect(answerQuestion(k, "What was the final vote on Riverbend Commons?").answer).toBe("5-2");
  });
  it("reads 'how close was the vote' as asking its tally, and 'which group does X lead' from the role", () => {
    const g = kb(tempKnowledge({ "loan.md": "---\ntitle: Council backs loan\npublished: 2026-03-17\n---\nThe Dunmore council voted 31-29 on Wednesday to lend 40 million pounds to the harbour trust, which plans to close two piers.\n\nCouncillor Ewan Birch, leader of the Green group, said the risk was too high.\n" }));
    expect(answerQuestion(g, "How close was the council vote on the loan?").answer).toBe("31-29");
    expect(answerQuestion(g, "Which group does Ewan Birch lead?").answer).toBe("the Green group");
  });
});

describe("a person the article goes on to call by their age or role", () => {
  const k = kb(tempKnowledge({ "transfer.md": "---\ntitle: Dortmund sign Verstraete\npublished: 2025-07-04\n---\nDORTMUND, Germany (CSW) - Borussia Dortmund have signed Belgian attacking midfielder Milan Verstraete from Feyenoord for 78 million euros.\n\nThe 21-year-old passed his medical on Thursday, July 3, and signed a five-year contract.\n" }));
  answersEach(k, "%s", [
    ["How old is Milan Verstraete?", /21 years old/],
    ["What position does Verstraete play?", /attacking midfielder/],
    ["On what date did Verstraete pass his medical?", /July 3/],
    ["How long is Verstraete's contract?", /five-year/],
    ["What nationality is Verstraete?", /^Belgian$/],
  ]);
});

describe("a disaster report", () => {
  const k = kb(tempKnowledge({ "quake.md": "---\ntitle: Quake hits Peru\npublished: 2025-03-11\n---\nAREQUIPA, Peru (AWS) - A magnitude 7.1 earthquake struck southern Peru on Monday, killing at least 64 people, injuring 312 and driving roughly 9,500 from their homes.\n\nThe quake hit at 2:47 a.m. on Monday, March 10, according to the Geophysical Institute of Peru.\n\nMarisol Condori, a seismologist at the Geophysical Institute of Peru, said the quake was caused by the Nazca plate.\n" }));
  answersEach(k, "%s", [
    ["how many ppl were injurd?", /312/],
    ["How many people lost their lives?", /64/],
    ["Which day of the week did the quake happen?", /Monday/],
    ["what time did the erthquake hit?", /2:47/],
    ["Which seismologist commented on the quake?", /Marisol Condori/],
  ]);
  it("does not give the story's total for a town the article names elsewhere", () => {
    const k2 = kb(tempKnowledge({ "quake2.md": "---\ntitle: Quake hits Peru\npublished: 2025-03-11\n---\nAREQUIPA, Peru (AWS) - A magnitude 7.1 earthquake struck southern Peru on Monday, killing at least 64 people.\n\nMost of the deaths were recorded in Yanahuasi and the neighbouring district of Chacarpampa, where adobe houses collapsed.\n" }));
    const a = answerQuestion(k2, "How many people died in Chacarpampa?");
    expect(a.answered, a.answer).toBe(false);
  });
});

describe("a rate decision", () => {
  const k = kb(tempKnowledge({ "rates.md": "---\ntitle: Norway cuts rates\npublished: 2026-03-12\n---\nOSLO, March 12 (Nordic Wire) - Norway's central bank cut its key policy rate to 3.75 percent on Thursday, citing easing inflation and a cooling labour market.\n\nThe decision by the bank's monetary policy committee lowered the rate from 4.00 percent. The yield on the 10-year bond fell 6 basis points to 3.58 percent, while the two-year yield dropped 9 basis points.\n\nBilateral trade fell to $9.6 billion last year from $14.2 billion in 2022. The krone weakened after the announcement, falling 0.7 percent against the euro.\n\n\"This was a dovish cut,\" said Maren Solbakken, chief economist at Fjordkyst Bank in Bergen.\n" }));
  answersEach(k, "%s", [
    ["What was the policy rate before the cut?", /4\.00 percent/],
    ["What did the bank set its key policy rate to?", /3\.75 percent/],
    ["By how much did the two-year yield drop?", /9 basis points/],
    ["How much did bilateral trade fall?", /from \$14\.2 billion to \$9\.6 billion/],
    ["why did the central bank lower rates", /easing inflation/],
    ["Which bank does Maren Solbakken work for?", /Fjordkyst Bank/],
    ["How much did the krone fall against the euro?", /0\.7 percent/],
  ]);
});

describe("a count the article gives as a list", () => {
  const k = kb(tempKnowledge({ "calls.md": "---\ntitle: Calls before the talks\npublished: 2021-03-18\n---\nFor his part, Sullivan held a call with his British, French, and German counterparts Tuesday to preview his meetings, the White House said.\n" }));
  answersEach(k, "%s", [["How many counterparts did Sullivan call?", /^3 \(British, French, and German\)$/]]);
});

describe("who holds a role asked with a verb or as 'the head'", () => {
  const k = kb(tempKnowledge({ "takeover.md": "---\ntitle: Food group agrees takeover\npublished: 2025-04-15\n---\nCHICAGO, April 15 (Wire) - Marlow Foods agreed to buy Tessaly Brands for $7.3 billion, Chief Executive Rhys Calder said on Tuesday.\n\nUnion President Ada Kwan said the union would fight plant closures.\n\nThe deal goes before a Senate panel whose chair, Subcommittee Chair Lena Ostrow, has called a hearing.\n" }));
  answersEach(k, "%s", [
    ["Who heads the union opposing the deal?", /Ada Kwan/],
    ["who chairs the subcommittee", /Lena Ostrow/],
    ["who is the head of the union", /Ada Kwan/],
    ["whos the ceo of marlow", /Rhys Calder/],
  ]);
  it("does not take one leading title for another", () => {
    const a = answerQuestion(k, "Who is the chairman of Marlow Foods?");
    expect(a.answered, a.answer).toBe(false);
  });
});

describe("counts, years and the people a question names", () => {
  const k = kb(tempKnowledge({ "truce.md": "---\ntitle: Truce agreed in Doha\npublished: 2025-09-23\n---\nDOHA, September 23 (Wire) - The government of Velmar and the rebel Coast Front agreed on Tuesday to a 30-day ceasefire and a first exchange of captives, mediators said.\n\nUnder the deal, the Front will free 42 hostages in exchange for 310 prisoners held in government jails.\n\nThe union has given the government until March 21 to pay the outstanding allowances.\n\nThe campaign will vaccinate three quarters of a million people in Doha province, said Health Minister Tomas Reyna, 52, who took over the ministry in January.\n\nA truce in 2019 collapsed within a week.\n" }));
  answersEach(k, "%s", [
    ["How many hostages will the rebels release?", /^42 hostages/],
    ["How many people will the campaign vaccinate?", /^three quarters of a million people/],
  ]);
  declinesEach(k, [
    ["a date is not an amount", "How much is the allowance the doctors are owed?"],
    ["a year the question names must be said", "How many prisoners were exchanged in the 2021 truce?"],
    ["the person the question names does not answer who came before them", "Who was health minister before Reyna took over?"],
  ]);
});

describe("the story's own event, asked about in few words", () => {
  const k = kb(tempKnowledge({ "talks.md": "---\ntitle: Ministers meet in Lisbon\npublished: 2024-05-06\n---\nThe trade ministers of Norland and Sudria will hold talks on Tuesday over steel tariffs.\n\nThe ministers are meeting in Lisbon, Portugal, on Tuesday and Wednesday, officials said.\n" }));
  answersEach(k, "%s", [
    ["when", /^Tuesday \(7 May 2024\)$/],
    ["where?", /Lisbon/],
    ["What days do the meetings run?", /^Tuesday and Wednesday/],
  ]);
});

describe("paraphrases, chat filler and countries the articles never name", () => {
  const k = kb(tempKnowledge({ "visit.md": "---\ntitle: Minister visits Seoul\npublished: 2024-06-03\n---\nJapanese Foreign Minister Aiko Tanabe met South Korean officials in Seoul on Monday, her first trip abroad since taking office in April.\n\nTanabe's predecessor Mika Oda had skipped the visit. Neither side is expecting much progress.\n\nOn the Japanese list of priorities, Tanabe is expected to raise fishing quotas, wartime labor compensation and export controls, officials said.\n\nShe praised the country's key alliances in East Asia as the \"anchor of stability\". Akira Mori, a fellow at the Tokyo Policy Institute, said the trip was overdue.\n" }));
  answersEach(k, "%s", [
    ["What issues will Tanabe bring up? list them pls", /fishing quotas, wartime labor compensation and export controls/],
    ["Who came before Tanabe as foreign minister?", /Mika Oda/],
    ["Is either side expecting a breakthrough?", /^No/],
    ["How did Tanabe describe Japan's East Asian alliances?", /anchor of stability/],
    ["Which think tank does Mori wrok for?", /Tokyo Policy Institute/],
  ]);
  it("declines a question about a country no article names, capitalised or not", () => {
    for (const q of ["How does Russia view the visit?", "what does russia think of the visit"]) {
      const a = answerQuestion(k, q);
      expect(a.answered, a.answer).toBe(false);
      expect(a.reason).toMatch(/Russia/);
    }
  });
});

describe("lists of nationalities, shares of the counted and who said it", () => {
  const k = kb(tempKnowledge({ "poll.md": "---\ntitle: Envoy calls allies\npublished: 2024-02-12\n---\nThe envoy held a call with his Dutch, Polish and Italian counterparts on Monday to prepare the summit, his office said.\n\nNearly half of Canadians say the summit is a waste of time, according to the Maple Poll.\n\n“I’m not very hopeful that we will settle the border question in two days, but it is right that both sides talk,” said a senior official.\n\nThe two sides will meet again in May, officials said.\n" }));
  answersEach(k, "%s", [
    ["Which allies did the envoy call?", /^Dutch, Polish and Italian$/],
    ["How many Canadians think the summit is a waste of time?", /^Nearly half/],
    ["How hopeful was the senior official about the border question?", /not very hopeful/],
  ]);
  it("does not count a collective word as its members (two sides are not two officials)", () => {
    const a = answerQuestion(k, "How many officials will meet in May?");
    expect(a.answer).not.toMatch(/two/);
  });
});

describe("what a number counts, and quotes of a speaker named by title", () => {
  const k = kb(tempKnowledge({ "swap.md": "---\ntitle: Truce holds\npublished: 2025-09-23\n---\nThe deal could cost thousands of factory jobs, unions warned.\n\nThe union, which represents about 6,000 workers at Ardent factories, said it would fight the plan.\n\nThe rebels will free 42 hostages, including 11 foreign nationals, at the Vell crossing on Friday, announced by Qatari Foreign Minister Omar al-Nasri.\n\n\"This is not yet peace, but it is a first step,\" al-Nasri told reporters. Deputy Foreign Minister Lena Varga said the government would keep its word.\n\nThe province has recorded 3,418 suspected cases so far.\n" }));
  answersEach(k, "%s", [
    ["how many foreigners are among the hostages", /^11 foreign nationals/],
    ["How many suspected cases have there been so far?", /^3,418 suspected cases/],
    ["What did the Qatari foreign minister say about the deal?", /not yet peace/],
    ["Where will the hostages be freed?", /Vell/],
  ]);
  it("does not count one thing by a number for another ('thousands of factory jobs', '6,000 workers at Ardent factories')", () => {
    const a = answerQuestion(k, "How many factories does Ardent operate?");
    expect(a.answered, a.answer).toBe(false);
  });
});

describe("who stands for someone, places by their region, and imperatives", () => {
  const k = kb(tempKnowledge({ "round.md": "---\ntitle: Trade talks in Juneau\npublished: 2024-05-06\n---\nThe trade ministers of Norland and Sudria will hold talks on Tuesday and Wednesday in Juneau, Alaska.\n\nRepresenting Norland's king Harald Vinter are Trade Adviser Mira Solvik and Economic Adviser Jon Brekke.\n\nThe Sudrian team landed in a snowy Juneau on Monday night. Both sides hope to find common ground on issues like fishing quotas.\n\nWhen quotas are involved, Norland has no room to back down, its minister said.\n\nThe ministers said the talks must end before they can take further steps forward, officials said.\n" }));
  answersEach(k, "%s", [
    ["who's represnting Harald Vinter at the talks?", /Mira Solvik and Jon Brekke/],
    ["When did the Sudrian team arrive in Alaska?", /Monday/],
    ["where r the talks being held", /Juneau/],
    ["On which days are the talks taking place?", /^Tuesday and Wednesday/],
    ["name an issue where the two sides hope to find common ground", /fishing quotas/],
    ["Which two advisers represent Norland?", /Mira Solvik and Jon Brekke/],
    ["is norland willing to back down on quotas", /^No: Norland has no room to back down/],
  ]);
  declinesEach(k, [
    ["an organization of a kind the article never names", "Which airline flew the Sudrian team to Alaska?"],
  ]);
  it("does not read 'steps forward' as asking for a forward", () => {
    expect(answerQuestion(k, "what did the ministers say has to happen before they can take steps forward").reason ?? "").not.toMatch(/described as forward/);
  });
});

describe("kinds of things, changes said in a word and topics after 'what about'", () => {
  const k = kb(tempKnowledge({ "poll.md": "---\ntitle: Norland and Sudria meet\npublished: 2024-05-06\n---\nOn the Norland list of priorities, its minister is expected to raise fishing quotas, port fees and aggressive patrols near Vesta Island, officials said.\n\nThey arrived in a snowy Juneau on Monday to \"firmly defend (Norland's) core interests,\" the minister said.\n\nNearly half of Sudrians call Norland their greatest rival, according to the Arden Poll, a figure that has doubled in the last year.\n\nWhen its fishing rights are involved, Norland has no room to back down, the minister said.\n\n\"The talks are overdue,\" wrote Ida Berg, a fellow at the Arden Institute, a Stockholm-based think tank.\n" }));
  answersEach(k, "%s", [
    ["what about vesta island is on the norland list", /aggressive patrols near Vesta Island/],
    ["How many Sudrians call Norland their greatest rival?", /^Nearly half/],
    ["how much has the greatest rival figure grown", /doubled/],
    ["What is Norland coming to firmly defend?", /core interests/],
    ["Will Norland back down on fishing rights?", /^No/],
    ["Where does Ida Berg work?", /Arden Institute/],
    ["What kind of organization is the Arden Institute?", /think tank/],
  ]);
  declinesEach(k, [
    ["a hotel the article never names", "Which hotel in Juneau is hosting the talks?"],
  ]);
});

describe("the name of a thing", () => {
  const k = kb(tempKnowledge({ "line.md": "---\ntitle: Chile unveils power line\npublished: 2025-06-17\n---\nSANTIAGO, June 17 (Wire) - Chile's government unveiled a $7.4 billion plan on Tuesday to build a power line.\n\nEnergy Minister Valentina Rojas said the project, called the Corredor Solar del Norte, would run to a new converter station outside Santiago.\n\nThe project would be built by a private consortium under a 30-year concession.\n" }));
  answersEach(k, "%s", [["whats the name of the project", /^Corredor Solar del Norte$/]]);
  declinesEach(k, [
    ["a thing the article describes but never names", "What is the name of the new converter station outside Santiago?"],
    ["a consortium the article never names", "What is the name of the consortium that will build the line?"],
  ]);
});

describe("ranges and lengths", () => {
  const k = kb(tempKnowledge({ "grid.md": "---\ntitle: Power line plan\npublished: 2025-06-17\n---\nThe government unveiled a plan for a 1,350-kilometre power line from the desert to the capital.\n\nAn economist estimated the line could lower wholesale electricity prices by 8% to 12% once it opens.\n\nThe operator would run the line under a 30-year concession.\n" }));
  answersEach(k, "%s", [
    ["How much could wholesale electricity prices fall?", /^8% to 12%$/],
    ["how long is the power line", /^1,350 kilometre/],
    ["How long is the concession?", /30-year/],
  ]);
});

describe("who speaks for a side at the talks", () => {
  const k = kb(tempKnowledge({ "talks.md": "---\ntitle: Finland and Sweden meet\npublished: 2024-05-06\n---\nThe foreign ministers of Finland and Sweden meet in Oslo on Tuesday.\n\nRepresenting Swedish Prime Minister Ilse Marr are Foreign Minister Karl Ostby and Trade Minister Lena Dahl.\n\nSweden will defend its fishing rights, according to Swedish Ambassador Per Holm. \"We will not give in,\" Holm told state media. Holm added that the talks could last two days.\n" }));
  answersEach(k, "%s", [
    ["who speaks for stockholm at the talks?", /^Karl Ostby and Lena Dahl$/],
    ["who represents sweden", /^Karl Ostby and Lena Dahl$/],
    ["whom do Ostby and Dahl represent", /Ilse Marr/],
  ]);
});

describe("objects of a preposition, conditions, frequencies and conversions", () => {
  const k = kb(
    tempKnowledge({
      "vaccine.md":
        "---\ntitle: Norland approves malaria vaccine\npublished: 2025-03-12\n---\nHALDEN, March 12 (Wire) - Health Norland has approved a malaria vaccine made by Vestra Bio, overriding its advisers.\n\n" +
        "On the ministry's list of concerns, officials expect to raise supply delays in Karbo, price gouging against rural clinics and partners, and shortages affecting Greenland, the senior officials said.\n\n" +
        "The panel voted 6-4 on Sept. 9 against the vaccine. Children given the vaccine by injection every six weeks fell ill 30% less often.\n\n" +
        "But 12% of participants developed a fever, compared with 3% of those on placebo.\n\n" +
        "Vestra set a list price of N$900 ($610) per course. Vestra shares jumped 9% to $41.10 on Wednesday.\n\n" +
        "\"If anyone believes we came to Halden to give in, then I would tell my colleagues in Karbo to go home,\" said Mira Lund, Norland's chief negotiator.\n\n" +
        "Prime Minister Ada Ekberg's two top health advisers, Health Minister Jon Brekke and Chief Medical Officer Siv Holm, will brief parliament on Friday.\n\n" +
        "Critics say the price could strain clinic budgets. Brekke held a call with his Danish, Swedish and Finnish counterparts on Tuesday, the ministry said.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Price gouging against whom is one of the concerns?", /^rural clinics and partners$/],
    ["the shortages affecting which place are on the list?", /^Greenland$/],
    ["When did the panel vote?", /Sept\. 9/],
    ["how often do children get the injection?", /^every six weeks$/],
    ["What percentage of people developed a fever?", /^12%$/],
    ["How much is the list price per course?", /^N\$900$/],
    ["how much did vestra shares jump", /^9%$/],
    ["what did lund say her colleagues in karbo should do if anyone believes they came to give in", /go home/],
    ["how many of ekbergs top health advisers will brief parliament", /two/],
    ["brekke called his counterparts from which countries", /^Danish, Swedish and Finnish$/],
  ]);
  declinesEach(k, [["people the article does not name", "who are brekke's danish swedish and finnish counterparts"]]);

  it("reads a one-word organization before a country as one name, and a plural noun for people as no one", () => {
    const facts = k.articles[0];
    expect(facts.things.map((t) => t.name)).toContain("Health Norland");
    expect(facts.people.map((p) => p.name)).not.toContain("Critics");
  });

  it("takes no date from the dateline: it says when the story was filed", () => {
    expect(k.articles[0].mentions.filter((m) => m.sentence === 0 && m.kind === "date")).toEqual([]);
  });
});

describe("names given to things, roles said with a verb, and the date next to the question's words", () => {
  const k = kb(
    tempKnowledge({
      "drug.md":
        "---\ntitle: Regulator approves heart drug\npublished: 2025-02-05\n---\nThe regulator said on Tuesday it had approved lorvastin, to be sold under the brand name Cardexa, for adults with heart failure.\n\n" +
        "The approval rests on a two-year trial called HEART-2, which enrolled 900 patients.\n\n" +
        "Dr. Ines Okafor, the cardiologist at Mercy Hospital who chaired the advisory panel, said she remained unconvinced.\n\n" +
        "Chief executive Tom Reyes said on a call with analysts on Wednesday that the company expected to launch the drug in March.\n\n" +
        "Paul Ames, a 70-year-old retired pilot from Dundee who took part in the trial, said he felt better.\n",
    }),
  );
  answersEach(k, "%s", [
    ["whats the brand name lorvastin will be sold under", /^Cardexa$/],
    ["what is the trial called", /^HEART-2$/],
    ["who chaired the advisory panel?", /Ines Okafor/],
    ["when does the company plan to launch the drug", /^March/],
    ["where is the trial volunteer paul ames from?", /Dundee/],
  ]);
});

describe("people listed after a plural role, whose role it is, and verbs said with a particle", () => {
  const k = kb(
    tempKnowledge({
      "visit.md":
        "---\ntitle: Trade talks in Lisbon\npublished: 2025-05-14\n---\nPrime Minister Rui Vaz's two top trade advisers, Economy Minister Ana Lobo and Trade Envoy Joao Reis, are meeting their Spanish counterparts in Lisbon on Wednesday.\n\n" +
        "Lobo arrived in Lisbon Wednesday from visits to Morocco and Tunisia.\n\n" +
        "Spanish officials have already dismissed Portuguese concerns over fishing quotas as matters for Madrid to decide.\n\n" +
        "On the Portuguese list, Lobo is expected to raise the treatment of ethnic minorities in the border towns, the officials said.\n\n" +
        "Reis held a call with his French and Italian counterparts on Monday to preview the talks.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Which two Vaz advisers are meeting the Spanish side?", /^(Ana Lobo and Joao Reis|Joao Reis and Ana Lobo)$/],
    ["who is vazs economy minister", /Ana Lobo/],
    ["where was lobo right before she got to lisbon", /Morocco and Tunisia/],
    ["How have Spanish officials brushed off Portuguese concerns?", /matters for Madrid/],
    ["when did reis hold the call with the europeans", /Monday/],
  ]);
  declinesEach(k, [["a role nobody named with that person holds", "Who is Morocco's economy minister?"], ["an owner the articles never pair with the role", "Who was Vaz's predecessor?"]]);

  it("gives each person of the list the role", () => {
    const lobo = k.articles[0].people.find((p) => p.name === "Ana Lobo");
    expect(lobo?.roles).toContain("Vaz's top trade adviser");
  });
});

describe("owners asked with a possessive, places inside the one asked about, and unknown kinds of things", () => {
  const k = kb(
    tempKnowledge({
      "tour.md":
        "---\ntitle: Minister tours the north\npublished: 2025-08-20\n---\nThe ministry is expected to raise the treatment of migrant farm workers in the valley, officials said.\n\n" +
        "Harlan Dix arrived in Fairbanks, Alaska, on Tuesday from visits to Iceland and Norway.\n\n" +
        "Dix chairs a committee of the Liberal Party's youth wing.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Which group's treatment will the ministry raise?", /migrant farm workers/],
    ["where did dix go before alaska", /Iceland and Norway/],
  ]);
});

describe("declining near misses: another country's number, an unnamed stadium, a population never given", () => {
  const k = kb(
    tempKnowledge({
      "quake.md":
        "---\ntitle: Quake hits Marlow\npublished: 2025-03-10\n---\nA strong earthquake hit Marlow, a town of 8,000 people, on Monday, and at least 11 people died in nearby Tarn.\n\n" +
        "Japan pledged $3 million in aid, while neighbouring Chile said it would send a 45-member rescue team.\n\n" +
        "President Ana Ruiz, who was sworn in last year, said during a visit to a field hospital set up in a football stadium that the state would rebuild every school.\n\n" +
        "Health Minister Rosa Tembe told reporters that 14 clinics were damaged.\n",
    }),
  );
  answersEach(k, "%s", [
    ["What is the population of Marlow?", /8,000 people/],
  ]);
  declinesEach(k, [
    ["a number the sentence gives for another country", "How many rescuers did Japan send?"],
    ["a stadium the article never names", "What is the name of the football stadium where the field hospital was set up?"],
    ["a population the article never gives", "What is the population of Tarn?"],
    ["a predecessor the article never names", "Who was health minister before Tembe took over?"],
  ]);
});

describe("a preposition left at the end of the question", () => {
  const k = kb(tempKnowledge({ "envoy.md": "---\ntitle: Envoy hopeful\npublished: 2025-04-02\n---\nEnvoy Lia Moss said she hoped both delegations would come with open minds and leave with a signed ceasefire.\n" }));
  answersEach(k, "%s", [["What did Moss hope the delegations would leave with?", /^a signed ceasefire$/]]);
});

describe("a phrase the question quotes", () => {
  const k = kb(
    tempKnowledge({
      "briefing.md":
        "---\ntitle: Officials brief on the summit\npublished: 2025-04-02\n---\nThe summit will not end with a joint statement, a senior official said.\n\n" +
        "\"It's good that we are talking,\" the second official told reporters on Tuesday, with the first adding, \"This is very much about listening to each other and then taking stock.\"\n",
    }),
  );
  answersEach(k, "%s", [["What did the officials say the summit is 'very much about'?", /^listening to each other/]]);
});

describe("roles around honorifics, owners and 'its', titles by their initials, and the company a story is about", () => {
  const k = kb(
    tempKnowledge({
      "cuts.md":
        "---\ntitle: Orvik cuts jobs\npublished: 2025-10-23\n---\nMALMO, Oct 23 (Wire) - Heat pump maker Orvik AB said on Thursday it would cut 2,000 jobs, and revenue fell 9% to 8.1 billion crowns.\n\n" +
        "It will close its plant in Wroclaw, Poland, where 300 jobs will go.\n\n" +
        "\"These are painful decisions,\" Chief Executive Karin Dahl told reporters. She said this company had no further plans.\n\n" +
        "Lena Brask, who chairs the Metallfacket union's branch at the Malmo plant, called the cuts a betrayal.\n\n" +
        "Per Olsen, the Liberal Party's industry spokesman, said the region would suffer.\n\n" +
        "Parents are worried, said the Family Forum. \"We need answers,\" said its chair, Eva Lund.\n\n" +
        "\"The evidence is weak,\" said the report's lead author, Dr. Maja Berg.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who's the ceo of orvik", /Karin Dahl/],
    ["Which union does Lena Brask represent?", /Metallfacket/],
    ["how many jobs are going in poland?", /300/],
    ["What was Orvik's revenue?", /8\.1 billion crowns/],
    ["Who chairs the Family Forum?", /Eva Lund/],
    ["who was the lead author of the report", /Maja Berg/],
    ["who is the liberal party's industry spokesman", /Per Olsen/],
  ]);
});

describe("tallies, dates a verb is only due on, and a month with its year", () => {
  const k = kb(
    tempKnowledge({
      "bill.md":
        "---\ntitle: Phone ban passes\npublished: 2025-11-12\n---\nA Green amendment that would have exempted older pupils was defeated by 68 votes to 61.\n\n" +
        "Pupils will have to lock away their phones from the start of the autumn term in August next year.\n\n" +
        "The Dunmore plant is due to close in the third quarter of next year, with its work moved to Leith.\n",
    }),
  );
  answersEach(k, "%s", [
    ["by how many votes was the green amendment defeated?", /^68 votes to 61$/],
    ["when do pupils have to start locking their phones away?", /^August next year$/],
    ["When is the Dunmore factory supposed to close?", /third quarter of next year/],
  ]);
});

describe("chat words: 'wrap up', 'hk', 'the guy', 'whose', and a person's field", () => {
  const k = kb(
    tempKnowledge({
      "forum.md":
        "---\ntitle: Trade forum opens\npublished: 2025-06-03\n---\nThe forum will not conclude with a joint statement, an organiser said.\n\n" +
        "Delegates are expected to raise the treatment of migrant workers in Macau and press freedom in Hong Kong, officials said.\n\n" +
        "\"We will listen,\" said Ren Hao, a maritime trade policy expert at the Lantau Institute, who briefed reporters on Monday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Is a joint statement expected once the forum wraps up?", /^No/],
    ["what will delegates raise about hk", /press freedom/],
    ["In Macau, whose treatment will delegates raise?", /migrant workers/],
    ["who is the guy who briefed reporters on monday", /Ren Hao/],
    ["What field does Ren Hao specialize in?", /^maritime trade policy$/],
  ]);
});

describe("tolls, a town's size, and the mayor of the town a story is filed from", () => {
  const k = kb(
    tempKnowledge({
      "bridge.md":
        "---\ntitle: Bridge collapse\npublished: 2025-03-13\n---\nDUNMORE, Ireland, March 13 (Wire) - The minister said on Thursday that a bridge collapse had killed four people last weekend.\n\n" +
        "The span of the Weir Bridge in Dunmore, a town of about 9,000 people, fell into the river on Saturday, March 8. Eleven people were injured, three of them critically.\n\n" +
        "\"The evidence points to corrosion,\" chief investigator Orla Hayes said.\n\n" +
        "Mayor Ruth Kane said on Wednesday that she had asked for the inspection records.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How many people were hurt in the collapse?", /^Eleven people/],
    ["who's the chief investigator", /Orla Hayes/],
    ["Who is the mayor of Dunmore?", /Ruth Kane/],
  ]);
  it("does not give a town's size as a toll", () => {
    expect(answerQuestion(k, "how many people died when the weir bridge fell?").answer).not.toMatch(/9,000/);
  });
});

describe("short surnames and regnal numbers", () => {
  const k = kb(
    tempKnowledge({
      "court.md": "---\ntitle: Old court\npublished: 2025-02-02\n---\nPresident Wu Lan said on Monday that the summit would go ahead.\n\nKing William II defeated Harold II at the battle, the chronicle says.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what did wu say", /summit would go ahead/],
    ["Who defeated Harold II?", /William II/],
  ]);
});

describe("two questions in one, currencies, sizes and what an article calls an organization", () => {
  const k = kb(
    tempKnowledge({
      "tribunal.md":
        "---\ntitle: Tribunal rules on app store\npublished: 2025-05-14\n---\n" +
        "LONDON, May 14 (Wire) - A tribunal on Wednesday ordered Velmar Inc to pay consumers an award of about 1.2 billion pounds ($1.6 billion).\n\n" +
        "The company had argued that its fees funded a review team of some 12,000 staff, and that about 80% of apps pay no fee.\n\n" +
        "The tribunal found developers had passed on half of the overcharge, a key point during a six-week trial that began in September last year.\n\n" +
        "The claim is led by consumer group Fair Deal, whose class representative, economist Nadia Okafor-Reyes, sought 2 billion pounds.\n\n" +
        "The Coders Guild, a Leeds-based union, said the award did not go far enough.\n\n" +
        "Owen Pritchard-Lowe, the Digital Markets Office's director, said the watchdog would study the judgment. \"We expect to consult on payment rules this autumn,\" he said.\n\n" +
        "Courts in Amsterdam and Berlin are already considering claims against Velmar.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How long did the trial last and when did it start?", /six-week.*; .*September/],
    ["Which union reacted to the award, and where is it based?", /Coders Guild.*; .*Leeds/],
    ["What's the award worth in US dollars?", /^\$1\.6 billion$/],
    ["how big is the review team", /^12,000 staff$/],
    ["which cities have courts looking at claims against velmar", /^Amsterdam and Berlin$/],
    ["who is the class rep", /Okafor-Reyes/],
    ["when will the watchdog consult on payment rules", /this autumn/],
  ]);
  it("says which part of a two-part question the articles do not answer", () => {
    const a = answerQuestion(k, "How long did the trial last, and who paid for it?");
    expect(a.answer).toMatch(/six-week.*no answer found to "who paid for it"/);
  });
});

describe("describing words, sizes that are not times, and the place a title sets", () => {
  const k = kb(
    tempKnowledge({
      "talks.md":
        "---\ntitle: Envoys meet in Tromso over fishing rights\npublished: 2025-06-02\n---\n" +
        "Envoys from two coastal states will hold their first round of talks on Monday, with little hope of a deal.\n\n" +
        "The talks will not end with a joint statement, an official said.\n\n" +
        "Envoy Lena Moss said she hoped for a candid, constructive and rational process of negotiation.\n\n" +
        "The delegations waited a few weeks before agreeing to pass a relief package for fishermen.\n\n" +
        "The envoys arrived in Tromso on Sunday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what kind of process did envoy moss hope for", /^candid, constructive and rational process$/],
    ["will the tromso talks end with a joint statement", /^No: The talks will not end with a joint statement/],
  ]);
  it("does not give a length of time for how big something is", () => {
    expect(answerQuestion(k, "how big was the relief package?").answer).not.toMatch(/weeks/);
  });
});

describe("places inside a country, parties named by a nation's adjective, and a second part with no verb", () => {
  const k = kb(
    tempKnowledge({
      "cuts.md":
        "---\ntitle: Pump maker cuts jobs\npublished: 2025-10-24\n---\n" +
        "Varn AB said it would close its plant in Kassel, Germany, cut 400 jobs in Wroclaw, Poland, and 200 at its site in Dayton, Ohio.\n\n" +
        "Ewan Hart, head teacher of Glenmoor Academy in Dundee, said pupils were calmer.\n\n" +
        "Callum Rennie, Scottish Labour's education spokesman, said the plan was rushed.\n\n" +
        "\"We hear from parents every day,\" said its chair, Linda Okafor.\n",
    }),
  );
  answersEach(k, "%s", [
    ["where is the american site that's losing jobs", /^Dayton, Ohio$/],
    ["Which school does Ewan Hart run, and in what city?", /Glenmoor Academy; Dundee/],
    ["who is callum rennie", /Scottish Labour's education spokesman/],
  ]);
  it("takes a party named with a nation's adjective for an organization, not a person", () => {
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Scottish Labour");
  });
});

describe("a story filed from a country about its own officials", () => {
  const k = kb(
    tempKnowledge({
      "outbreak.md":
        "---\ntitle: Cholera spreads\npublished: 2025-03-10\n---\n" +
        "NAMPULA, Mozambique, March 10 (Wire) - Cholera has killed 40 people in northern Mozambique, officials said.\n\n" +
        "Health Minister Armindo Tembe told reporters that vaccines would arrive on Friday.\n\n" +
        "Celso Mabunda, president of the National Union of Doctors, said staff were exhausted.\n\n" +
        "The union has threatened a strike in public hospitals across the province.\n\n" +
        "Deputy Minister Anton Varga, a former ambassador to Turkey, led the talks with donors.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who is Mozambique's health minister?", /Armindo Tembe/],
    ["Which organization is threatening a strike?", /^National Union of Doctors$/],
    ["Who is the Mozambican health minister mentioned in the story?", /Armindo Tembe/],
  ]);
  it("does not take the country someone was posted to for their side", () => {
    const varga = k.articles[0].people.find((p) => p.name === "Anton Varga");
    expect(k.articles[0].sides.find((s) => s.id === varga?.side)?.name).not.toBe("Turkey");
  });
});

describe("one measure of money is not another", () => {
  const k = kb(
    tempKnowledge({
      "results.md": "---\ntitle: Results\npublished: 2025-05-14\n---\nVelmar reported revenue of $61.3 billion last year, of which about 3.9 billion pounds came from the UK.\n\nVelmar's net profit rose 8% to $9.2 billion.\n",
    }),
  );
  answersEach(k, "%s", [["how much revenue did velmar report", /\$61\.3 billion/]]);
  it("does not give revenue for profit", () => {
    expect(answerQuestion(k, "how much profit did velmar make last year?").answer).not.toMatch(/61\.3/);
  });
});

describe("terse chat questions, lists and exact figures", () => {
  const k = kb(
    tempKnowledge({
      "summit.md":
        "---\ntitle: Envoys meet in Oslo\npublished: 2025-04-07\n---\n" +
        "OSLO, April 7 (Wire) - Envoys of two neighbours will meet in Oslo on Thursday and Friday.\n\n" +
        "Foreign Minister Ana Ruiz will lead her country's team, a senior official said.\n\n" +
        "On the list of priorities, the envoys are expected to raise fishing quotas in the Barents Sea, an end to border closures in Finnmark, tariffs on salmon exports, and visa rules.\n\n" +
        "Nearly half of voters say the talks will fail, according to the Nordic Polling Institute. Favourable views of the deal stand at 31 percent, the institute's polling found.\n",
    }),
  );
  answersEach(k, "%s", [
    ["ruiz's job?", /Foreign Minister/],
    ["date of the talks", /Thursday/],
    ["how many days do the talks run", /^two days: Thursday and Friday/],
    ["which finnmark issue is on the list", /^an end to border closures in Finnmark$/],
    ["institute: % of voters w/ favourable view of the deal?", /31 percent/],
  ]);
  declinesEach(k, [
    ["an exact figure the article gives only roughly", "exact percentage of voters who say the talks will fail"],
    ["a name the article does not give", "name of the senior official who said ruiz would lead the team"],
  ]);
});

describe("a strike story with no year in its dates", () => {
  const k = kb(
    tempKnowledge({
      "strike.txt":
        "Bus strike goes on\n\nMANCHESTER, England, Feb 3 (Wire) - Drivers stayed out for a second week.\n\n" +
        "The mayor said both sides had agreed to meet at Manchester Town Hall on Wednesday, Feb. 5.\n\n" +
        "The strike has halted services on 142 of the authority's 196 routes.\n\n" +
        "The authority initially offered 4.5%, and last Thursday raised that to 5.2%.\n\n" +
        "For a driver on the median salary of 32,200 pounds, the revised offer would be worth about 1,675 pounds a year.\n\n" +
        "Tomasz Brennan, an economist, said the strike cost about 4 million pounds a day.\n\n" +
        "\"The costs are not evenly spread. Office workers can stay home,\" Brennan said. \"If this runs into a fourth week, people lose jobs.\"\n\n" +
        "By his estimate, the first week of the strike alone cost the region around 20 million pounds.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Where and when are the talks happening?", /Manchester Town Hall; Wednesday, Feb\. 5/],
    ["how many routes have been hit by the strike", /^142/],
    ["What was the authority's original pay offer before it was revised?", /^4\.5%$/],
    ["How much would the revised offer be worth to a driver on the median salary?", /1,675 pounds/],
    ["According to Brennan, how much did the first week of the strike cost the region?", /20 million pounds/],
  ]);
  it("gives the second quotation after 'X said.' to the same speaker", () => {
    const quote = k.articles[0].quotes.find((q) => q.text.startsWith("If this runs"));
    expect(quote?.speaker).toBe("Tomasz Brennan");
  });
});

describe("parts and wholes, and a role no one holds", () => {
  const k = kb(
    tempKnowledge({
      "routes.md":
        "---\ntitle: Bus strike\npublished: 2025-02-03\n---\nThe strike has halted services on 142 of the authority's 196 routes.\n\n" +
        "A strike by some 2,400 drivers entered its second week on Monday.\n\n" +
        "Mayor Dan Okafor said talks would be held on Wednesday under an independent chair.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How many routes does the authority run altogether?", /^196/],
    ["how many drivers are on strike", /^2,400 drivers$/],
  ]);
  declinesEach(k, [["a role no one in the article holds", "Who is the conciliator chairing the talks?"]]);
});

describe("pledges by country, and a year set by other countries", () => {
  const k = kb(
    tempKnowledge({
      "summit.md":
        "---\ntitle: Coal summit\npublished: 2025-11-13\n---\nBANGKOK, Nov 13 (Wire) - Ministers from 17 countries remained divided on Thursday.\n\n" +
        "A group of nine countries led by Fiji, Tuvalu and the Philippines wants coal power phased out by 2035.\n\n" +
        "Pledges to the Green Bridge Fund so far total $4.6 billion, including $1.8 billion from Japan and A$750 million (about $490 million) from Australia.\n\n" +
        "Coal Watch, a Manila-based environmental NGO, said the pledges were \"not serious.\"\n",
    }),
  );
  answersEach(k, "%s", [["how much did japan pledge to the green bridge fund", /^\$1\.8 billion$/]]);
  declinesEach(k, [["a year other countries set", "What year has Thailand set for its own coal phase-out?"]]);
  it("takes an organization described as an NGO for one", () => {
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Coal Watch");
  });
});

describe("a count right before a participle", () => {
  const k = kb(tempKnowledge({ "bloc.md": "---\ntitle: Bloc\npublished: 2025-11-13\n---\nA group of nine countries led by Fiji and Tuvalu, which calls itself the Island Coalition, wants coal phased out by 2035.\n" }));
  answersEach(k, "%s", [["How many countries are in the Island Coalition?", /^nine countries$/], ["Roughly when does the coalition want coal phased out?", /2035/]]);
});

describe("where the story's event is held, asked about with other words", () => {
  const k = kb(
    tempKnowledge({
      "talks.md":
        "---\ntitle: Envoys to meet\npublished: 2025-04-07\n---\nThe two neighbours will hold their first high-level talks under the new government on Thursday, with little hope of a deal.\n\n" +
        "Foreign Minister Ana Ruiz and her counterpart will meet in Tromso, Norway, on Thursday and Friday.\n",
    }),
  );
  answersEach(k, "%s", [["Where are the two neighbours holding their first high-level talks under the new government?", /Tromso/]]);
});

describe("a rail inquiry: a time from now, an ordinal count, who heads a body, the union by another name", () => {
  const k = kb(
    tempKnowledge({
      "rail.md":
        "---\ntitle: Rail inquiry\npublished: 2025-06-02\n---\n" +
        "LEEDS, June 2 (Wire) - A freight train that derailed near Selby in May had been travelling too fast, the Rail Accident Board said on Monday.\n\n" +
        "\"We are not blaming anyone yet,\" Priya Nand, the board's investigator-in-charge, told reporters in Leeds.\n\n" +
        "The driver was in the ninth hour of his shift, the report said.\n\n" +
        "The board expects to publish its final report within six to nine months.\n\n" +
        "\"Safety is everyone's job,\" said Mark Ellery, who chairs the board.\n\n" +
        "The Freight Drivers Association, which represents about 2,000 Northern Freight Ltd drivers, blamed the rosters.\n\n" +
        "Northern Freight Ltd, which operated the train, said its rosters were legal.\n\n" +
        "Northern Freight Ltd said it would cooperate, and Northern Freight Ltd declined to comment further.\n\n" +
        "The board criticised Northern Freight Ltd over the crash.\n\n" +
        "Passengers praised the crew.\n\n" +
        "The union is demanding shorter shifts and an independent audit of rosters.\n\n" +
        "Drivers were paid 3 million pounds in overtime last year, the board's investigation found.\\n\n" +
        "\"The brakes looked sound to me,\" said Tom Reyes, a former rail investigator in York.\n",
    }),
  );
  answersEach(k, "%s", [
    ["when is the final report expected", /^within six to nine months$/],
    ["how many hours into his shift was the driver", /^ninth hour$/],
    ["who heads the board", /^Mark Ellery/],
    ["who is leading the investigation for the board", /^Priya Nand/],
    ["What is the Freight Drivers Association demanding?", /shorter shifts/],
    ["Which union represents the drivers?", /^Freight Drivers Association$/],
    ["Did the board criticise Northern Freight Ltd?", /^Yes/],
    // Of two investigators, the "lead" one is the one who told reporters in Leeds.
    ["What did the lead investigator tell reporters in Leeds?", /not blaming anyone/],
  ]);
  declinesEach(k, [
    ["an average the article does not give", "How much are drivers paid on average?"],
    ["a verb the articles never use", "Did the board fine Northern Freight Ltd over the crash?"],
    ["a sentence without the verb asked", "Has the union praised Northern Freight Ltd over the crash?"],
  ]);
});

describe("what a speaker said, asked with more than their name", () => {
  const k = kb(
    tempKnowledge({
      "envoys.md":
        "---\ntitle: Envoys meet\npublished: 2025-04-07\n---\n" +
        "OSLO, April 7 (Wire) - Norway and Iceland will hold fisheries talks in Bergen on Thursday.\n\n" +
        "Fisheries Minister Ingrid Dahl and Trade Minister Ola Berg have promised a firmer but more flexible approach to Iceland than the previous government.\n\n" +
        "\"When our fishermen's livelihoods are at stake, Norway will not give ground. We will say so at the table,\" Dahl told state radio on Wednesday.\n\n" +
        "\"Iceland is a close partner and a friend,\" Dahl said.\n\n" +
        "In a column for a newspaper, Dahl wrote that Iceland is a reliable partner and that Norwegian interests come first.\n\n" +
        "The ministry waited two weeks before the talks to first take steps to \"strengthen\" its hand, the officials said, including new quotas and closer ties with Denmark.\n\n" +
        "Dahl arrived in Bergen on Wednesday night.\n\n" +
        "Dahl will get to work with her Icelandic counterpart in Bergen on Thursday.\n",
    }),
  );
  answersEach(k, "%s", [
    // The quote's "when" clause echoes the question; the answer is the clause after it.
    ["what did Dahl say Norway would do when livelihoods are at stake", /^“Norway will not give ground”$/],
    // No quote of theirs speaks of it; the sentence reporting what they promised does.
    ["How do Dahl and Berg say their approach differs from the previous government's?", /more flexible approach/],
    // The steps are what the sentence lists after "including", past the attribution.
    ["What steps did the ministry take before the talks?", /^new quotas and closer ties with Denmark$/],
    // To get to a place is to arrive there.
    ["When did Dahl get to Bergen?", /^Wednesday night/],
  ]);
  // A place that acts ("Iceland is a reliable partner") or qualifies a noun ("Norwegian interests") is where nothing happens.
  declinesEach(k, [["a where the article does not give", "Where was Dahl's column published?"]]);
});

describe("two questions in one, the second cut short", () => {
  const k = kb(
    tempKnowledge({
      "dam.md":
        "---\ntitle: Dam talks stall\npublished: 2025-09-17\n---\nALMATY, Sept 17 (Wire) - Talks over a new dam on the river ended without a deal on Wednesday.\n\n" +
        "On Monday, about 300 farmers rallied outside the regional administration building in Taraz.\n\n" +
        "The Steppe Development Bank, which lent $350 million towards the project, said it supported a negotiated solution.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many farmers protested on monday and where", /^about 300 farmers; Taraz$/],
    ["Which bank lent money towards the project, and for how much?", /^Steppe Development Bank; \$350 million$/],
    // A bare question word after a yes/no question asks it again.
    ["Did about 300 farmers rally? Where?", /^Yes.*; Taraz$/],
  ]);
});

describe("river talks: every country, a capital that speaks, the country's negotiator, measures", () => {
  const k = kb(
    tempKnowledge({
      "river.md":
        "---\ntitle: River talks\npublished: 2025-09-17\n---\n" +
        "BISHKEK, Sept 17 (Wire) - Tajikistan and Kyrgyzstan ended two days of talks on Wednesday without agreeing how fast the new dam may be filled.\n\n" +
        "At issue is the 340-megawatt Sary Gorge plant, a $780 million project finished in August.\n\n" +
        "Tajikistan wants to store 420 million cubic metres of water over the winter, about a third of the reservoir's capacity.\n\n" +
        "Water Minister Daulet Rakhimov told reporters that Dushanbe could not accept a faster schedule.\n\n" +
        "Gulnara Osmonova, Kyrgyzstan's deputy water minister, called the offer \"a starting point.\"\n\n" +
        "The Tajik delegation offered to keep at least 25 cubic metres per second flowing across the border.\n\n" +
        "\"We have honoured every line of the 2000 agreement,\" Aibek Nazarov, the country's chief negotiator, said after the talks.\n",
    }),
  );
  answersEach(k, "%s", [
    // "Dushanbe could not accept": the capital speaks for the minister's country.
    ["who is tajikistan's water minister", /^Daulet Rakhimov/],
    // The minister, before another country's deputy minister.
    ["who is the water minister", /^Daulet Rakhimov/],
    // "the country's chief negotiator", after "The Tajik delegation offered ...".
    ["who is tajikistan's chief negotiator", /^Aibek Nazarov/],
    ["How much water does Tajikistan want to store?", /^420 million cubic metres$/],
    ["plant capacity in MW?", /340-megawatt/],
  ]);
  declinesEach(k, [["a height the article does not give (340-megawatt is no height)", "How tall is the Sary Gorge dam?"]]);
});

describe("where the talks were, and who chaired them", () => {
  const k = kb(
    tempKnowledge({
      "rounds.md":
        "---\ntitle: Talks end\npublished: 2025-09-17\n---\nTalks over the river ended on Wednesday without a deal.\n\n" +
        "Delegations met in Almaty on Tuesday and Wednesday. They agreed only to meet again in Bishkek on Oct. 8.\n\n" +
        "\"We have narrowed some gaps,\" said Elena Marchetti, the U.N. special representative for Central Asia, who chaired the sessions.\n\n" +
        "The Kyrgyz delegation arrived in a rainy Almaty on Monday night, according to Kyrgyzstan's ambassador to the U.S. Bakyt Omurov.\n",
    }),
  );
  answersEach(k, "%s", [
    // Where they will meet again is the next round's place, not this one's.
    ["where were the talks held", /^Almaty$/],
    // "..., the U.N. special representative ..., who chaired the sessions": both are her roles.
    ["Who chaired the sessions?", /^Elena Marchetti/],
    // Where an ambassador is posted is part of the title, not where the delegation went.
    ["where did the kyrgyz delegation arrive", /^Almaty$/],
  ]);
});

describe("the days of the story's meetings", () => {
  const k = kb(
    tempKnowledge({
      "days.md":
        "---\ntitle: Talks\npublished: 2025-04-07\n---\nThe two neighbours will hold their first talks in a decade on Thursday, officials said.\n\n" +
        "Foreign Minister Ana Ruiz and her counterpart will meet in Tromso, Norway, on Thursday and Friday.\n",
    }),
  );
  // Both days of the span, and Friday after Thursday (the story is of Monday 7 April).
  answersEach(k, "%s", [["On which days are the meetings scheduled?", /^Thursday and Friday \(10 April 2025 and 11 April 2025\)$/]]);
});

describe("a vote's tally, and who runs a body", () => {
  const k = kb(
    tempKnowledge({
      "vote.md":
        "---\ntitle: Vote\npublished: 2025-10-16\n---\nVIENNA, Oct 16 (Wire) - Austria's parliament voted 98 to 74 on Wednesday for a non-binding motion.\n\n" +
        "Ikenna Obiora, director-general of Nigeria's National Commission for Museums and Monuments, welcomed the vote.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what was the final tally in the parliament vote", /^98 to 74$/],
    ["Who runs Nigeria's National Commission for Museums and Monuments?", /^Ikenna Obiora/],
  ]);
});

describe("a recall: how a figure moved, where from, a named kind, a condition, who was told, a role elsewhere", () => {
  const k = kb(
    tempKnowledge({
      "kettles.md":
        "---\ntitle: Kettle recall\npublished: 2025-06-12\n---\n" +
        "OSLO, June 12 (Wire) - Norway's consumer safety regulator on Thursday ordered the recall of 80,000 electric kettles made by Bergen-based Fjordheim Appliances after reports of overheating.\n\n" +
        "Complaints about the kettles have tripled since January, according to the regulator. The kettles were shipped to Norway from factories in Vietnam and Malaysia.\n\n" +
        "Tests also found Legionella, a bacterium, in the water tanks of two models. The company's own laboratory first detected the fault on May 2.\n\n" +
        "\"We acted within hours. Every buyer will get a refund,\" Kari Nordvik, Fjordheim's head of Nordic operations, told the newspaper Aftenposten on Friday.\n\n" +
        "\"If any buyer believes the kettle is safe because it has not failed yet, then I would urge them to unplug it today,\" said Ingrid Dahl, who heads the consumer group Forbrukerlaget. Dahl wants a ban on imports of the model.\n\n" +
        "The regulator promised a swift, but thorough review of other brands. There are no plans for future meetings with the company, an official said.\n\n" +
        "Sales in May were 40% of the usual level, said Per Strand, an analyst at DNB. Grete Van Dijk, a lawyer for the buyers, said they would sue. Van Dijk did not say when.\n",
    }),
  );
  answersEach(k, "%s", [
    // How a figure changed is the verb that moved it; "the number of" and "changed" are the question's own.
    ["How has the number of complaints changed?", /^have tripled since January$/],
    // "... from": the places the sentence says things came from, not where they went.
    ["where were the kettles shipped from", /^Vietnam and Malaysia$/],
    // "bacteria" is the plural of "bacterium"; the answer is the thing named as one.
    ["what bacteria did tests find in the tanks", /^Legionella$/],
    // "lab" for "laboratory".
    ["when did the company's lab first detect the fault", /^May 2\b/],
    // A question with a condition asks for what follows from it ("If ..., then ...").
    ["What did Dahl say buyers should do if they think the kettle is safe?", /^“I would urge them to unplug it today”$/],
    // The quotation runs over two sentences; whom it was told to is in the second.
    ["who did nordvik give her 'within hours' remarks to", /Aftenposten$/],
    // "calling for" is wanting; "any ...?" asks yes or no; "follow-up" meetings are future ones.
    ["what is dahl calling for", /ban on imports/],
    ["any follow-up meetings planned with fjordheim?", /^No\b/],
    // A comma inside a noun phrase does not end the answer.
    ["What did the regulator promise?", /swift, but thorough review/],
    // An acronym after "at" is an organization, not a place.
    ["where does per strand work", /^DNB$/],
    // "Van Dijk" is Grete Van Dijk, not someone else.
    ["who is van dijk", /^Grete Van Dijk: lawyer for the buyers$/],
  ]);
  declinesEach(k, [
    // She heads another organization; Nordvik heads only a part of this one.
    ["no chief executive is named", "Who is the chief executive of Fjordheim Appliances?"],
  ]);
});

describe("a port closure: which body, the tally, a reaction, a year's share, a wait, a role typed alone", () => {
  const k = kb(
    tempKnowledge({
      "port.md":
        "---\ntitle: Port vote\npublished: 2025-03-05\n---\n" +
        "HALIFAX, March 5 (Wire) - The Nova Scotia Port Safety Authority on Tuesday ordered the closure of the Pier 9 terminal after a crane collapse.\n\n" +
        "Port councillors backed the closure by 11 votes to 4.\n\n" +
        "Dockers belonging to the Atlantic Longshore Workers' Union stopped work. ALWU president Dana Kerr said the union was \"deeply troubled\" by the collapse.\n\n" +
        "Cargo handled at the terminal accounted for 18% of the port's traffic in 2024, up from 9% in 2019, according to port figures.\n\n" +
        "Work at the terminal has stopped and will not resume until inspectors from the authority sign off on repairs to the remaining cranes, which the operator said would take at least six weeks.\n\n" +
        "Mara Lind, the operator's chief executive, said the company regretted the accident.\n",
    }),
  );
  answersEach(k, "%s", [
    // "Which authority" asks for an organization, the one named as one.
    ["which authority ordered the closure", /^Nova Scotia Port Safety Authority$/],
    ["whats the final vote tally", /^11 votes to 4$/],
    // How someone reacted is what they said.
    ["how did kerr react to the collapse", /deeply troubled/],
    // The value for the year asked; "up from" gives the earlier one.
    ["what share of the port's traffic did the terminal handle in 2024", /^18%$/],
    ["what share of the port's traffic did the terminal handle in 2019", /^9%$/],
    // The one length of time after the question's verb, though far from it.
    ["how long until work at the terminal can resume", /six weeks/],
    // A name and a role typed alone ask who holds it.
    ["alwu president?", /^Dana Kerr/],
    ["operator ceo?", /^Mara Lind/],
  ]);
});

describe("trade talks: a long list, whom someone spoke to, what a quote says they would leave with, an era", () => {
  const k = kb(
    tempKnowledge({
      "trade.md":
        "---\ntitle: Trade talks\npublished: 2025-05-20\n---\n" +
        "GENEVA, May 20 (Wire) - Trade ministers from India and Brazil opened two days of talks on Tuesday.\n\n" +
        "On the Indian list of demands, Commerce Minister Ravi Menon is expected to raise Brazil's tariffs on steel imports from Pune, new limits on sugar exports to Mumbai, generous subsidies for soybean farmers in Mato Grosso, and long delays in visa approvals at Sao Paulo.\n\n" +
        "Brazilian Trade Minister Lucia Prado held a call with her Argentine and Chilean counterparts on Monday to prepare.\n\n" +
        "\"I hope both delegations will arrive with open minds and leave with a signed framework,\" Prado said.\n\n" +
        "Lars Kvist, a trade expert at the Oslo-based Fridtjof Institute, wrote that the Alvares-era tariffs had lasted six years.\n",
    }),
  );
  answersEach(k, "%s", [
    // A list too long for a short answer is told by the names its items end in.
    ["What issues is Menon expected to raise?", /^Pune, Mumbai, Mato Grosso, and Sao Paulo$/],
    // How one item of a list is described: the item that names what is asked.
    ["how does india describe brazil's subsidies in mato grosso", /^generous subsidies for soybean farmers in Mato Grosso$/],
    // "held a call with" is speaking to.
    ["who did prado speak to before the talks", /^her Argentine and Chilean counterparts$/],
    // What follows the asked verb and preposition, inside the quote.
    ["What did Prado say she hoped the delegations would leave with?", /^a signed framework$/],
    // Where an employer is based, not which it is.
    ["Where is the institute that Kvist works for based?", /^Oslo$/],
    // "Alvares-era" is Alvares's: "era" is no word the article must hold.
    ["how many years did the alvares-era tariffs last", /^six years$/],
  ]);
});

describe("a seizure: who runs a body named by its name, where a firm is registered, which court", () => {
  const k = kb(
    tempKnowledge({
      "seizure.md":
        "---\ntitle: Seizure\npublished: 2025-02-11\n---\n" +
        "DAR ES SALAAM, Feb 11 (Wire) - Customs officers seized 900 kilograms of rhino horn at the port on Monday, the Tanzania Revenue Authority said.\n\n" +
        "The Tanzania Wildlife Service said its dogs had found the crates. Grace Mollel, the agency's director-general, said the horn came from several countries.\n\n" +
        "Save Rhinos Tanzania, a conservation charity, said it had warned officials in January. \"We told them weeks ago,\" said Neema Kweka, who heads the charity's legal unit.\n\n" +
        "The ship belonged to Liberia-registered Blue Harbour Shipping Lines.\n\n" +
        "Two men were charged at the Kisutu Magistrates Courts. They are Juma Said, 52, a clearing agent, and Ali Omar, 40, a driver.\n\n" +
        "The deal was arranged by Omar's agent, Peter Mushi.\n\n" +
        "Under the Wildlife Conservation and Protection Act, the men face 20 years in prison.\n",
    }),
  );
  answersEach(k, "%s", [
    // "the agency's director-general" is the Wildlife Service's, named just before, not the Revenue Authority's.
    ["who runs the tanzania wildlife service", /^Grace Mollel/],
    ["where is the shipping line registered", /^Liberia$/],
    // "which court": the Magistrates Courts, a plural name.
    ["which court were the men charged in", /^Kisutu Magistrates Courts$/],
  ]);
  declinesEach(k, [
    // She heads only a unit of the charity.
    ["no head of the charity is named", "who heads save rhinos tanzania"],
  ]);
});

describe("what a side wants, said as a call for something", () => {
  const k = kb(
    tempKnowledge({
      "alert.md":
        "---\ntitle: Alert row\npublished: 2025-11-14\n---\n" +
        "BRUSSELS, Nov 14 (Wire) - Austria and Denmark traded blame over a late food alert on Friday.\n\n" +
        "Austrian Health Minister Eva Gruber said she would call for a review of cross-border alert rules when EU ministers meet in Brussels on Dec. 2.\n\n" +
        "\"We were told last,\" Gruber said.\n\n" +
        "Danish Health Minister Lars Holm said his ministry had learned of the alert from a pharmacist. \"Denmark acted at once,\" Holm said.\n",
    }),
  );
  // The thing called for, not who calls for it or when.
  answersEach(k, "%s", [["What does the Austrian health minister want?", /^a review of cross-border alert rules$/]]);
});

describe("a launch failure: 'the company' is the firm, not the public body named more", () => {
  const k = kb(
    tempKnowledge({
      "rocket.md":
        "---\ntitle: Rocket failure\npublished: 2025-11-14\n---\n" +
        "SRIHARIKOTA, Nov 14 (Wire) - A rocket built by Bengaluru-based Kestrel Aerospace broke apart about 94 seconds after lifting off on Thursday, the National Space Research Organisation said.\n\n" +
        "The National Space Research Organisation said it would review the flight. The National Space Research Organisation had tracked the rocket from its own radar.\n\n" +
        "Kestrel Aerospace said a valve had failed. Priya Nair, the company's chief executive, said the firm would fly again next year.\n\n" +
        "The agency said it would set up a committee to deliver its findings within 45 days.\n",
    }),
  );
  // "Kestrel Aerospace said ..." is the firm named before, and "the company's chief executive" is its.
  answersEach(k, "%s", [
    ["Who runs Kestrel Aerospace?", /^Priya Nair/],
    // Not "45 days", the inquiry's, after "set up": "up" is no verb of the question.
    ["How long into the flight did the rocket break up?", /94 seconds/],
  ]);
});

describe("a role said as 'the federation's' in a sentence that names another body", () => {
  const k = kb(
    tempKnowledge({
      "grain.md":
        "---\ntitle: Grain exports stall\npublished: 2025-06-02\n---\n" +
        "The Grain Growers' Federation of Ukraine (GGFU), which represents about 900 farms, put its members' losses at 3 million euros a week.\n\n" +
        "Ana Petrova, the federation's president, told Reuters that some members had stopped planting.\n",
    }),
  );
  // "the federation" in her sentence is the growers' federation, though the sentence names only Reuters.
  answersEach(k, "%s", [["Who leads the Ukrainian growers' federation?", /^Ana Petrova/]]);
});

describe("'it' as the subject, after a sentence about an organization", () => {
  const k = kb(
    tempKnowledge({
      "hack.md":
        "---\ntitle: Lender hacked\npublished: 2025-03-12\n---\n" +
        "Hackers stole the records of 90,000 customers from Dales Mutual Bank, regulators said on Monday.\n\n" +
        "The bank has hired a forensics firm to investigate. In a statement on Tuesday, it said it had set aside 6 million pounds to cover the costs.\n",
    }),
  );
  answersEach(k, "%s", [["How much has Dales Mutual Bank set aside?", /6 million pounds/]]);
});

describe("what an organization said: the words after its verb, and nothing when the articles only mention it", () => {
  const k = kb(
    tempKnowledge({
      "loan.md":
        "---\ntitle: Zambia wins loan\npublished: 2025-04-02\n---\n" +
        "Zambia will receive a 1.3 billion dollar loan from the IMF, including two tranches for the central bank later this year, the finance ministry said on Tuesday.\n\n" +
        "The African Development Bank said it would add 200 million dollars.\n",
    }),
  );
  declinesEach(k, [["the IMF is only named, never heard", "What did the IMF say about the loan and its two tranches?"]]);
  answersEach(k, "%s", [["What did the African Development Bank say about the loan?", /^it would add 200 million dollars$/]]);
});

describe("places of a kind: the towns listed after the word, the county a town lies in", () => {
  const k = kb(
    tempKnowledge({
      "plant.md":
        "---\ntitle: Plant search narrows\npublished: 2025-03-12\n---\n" +
        "Lumeris narrows plant search\n\n" +
        "COLUMBUS, March 12 - Lumeris Semiconductor said on Tuesday it had narrowed its search for a new U.S. plant to two Ohio towns, Maple Ridge and Fairhaven.\n\n" +
        "Maple Ridge has offered a 400-acre parcel and a 10-year tax break.\n\n" +
        "The worry is sharpest in Maple Ridge, which sits in Greene County, where wells ran dry in 2023.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Which two Ohio towns are competing for the Lumeris plant?", /^Maple Ridge and Fairhaven$/],
    ["which county is maple ridge located in", /^Greene County$/],
  ]);
});

describe("who runs a company: its chief executive, not the director of one of its functions", () => {
  const k = kb(
    tempKnowledge({
      "ferry.md":
        "---\ntitle: Ferry strike\npublished: 2025-03-12\n---\n" +
        "About 300 crew at Lochside Ferries walked out on Tuesday. The company's operations director, Ruth Kerr, said four routes were running.\n\n" +
        "Lochside chief executive Graham Tulloch said the company could not meet the union's demand.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who runs the ferry company", /^Graham Tulloch/],
    ["who is the operations director", /^Ruth Kerr/],
  ]);
});

describe("a verb that only carries the next one ('allowed to', 'keep striking')", () => {
  const k = kb(
    tempKnowledge({
      "ballot.md":
        "---\ntitle: Ballot\npublished: 2025-03-12\n---\n" +
        "The union's ballot last month, in which 80 percent of members backed action, gives it a legal mandate to strike until the end of June.\n",
    }),
  );
  answersEach(k, "%s", [["until when is the union legally allowed to keep striking", /end of June/]]);
});

describe("the day written before the event asked ('since the February 18 storm')", () => {
  const k = kb(
    tempKnowledge({
      "barrier.md":
        "---\ntitle: Barrier vote\npublished: 2025-03-12\n---\n" +
        "Mayor Helen Carter, who has pushed for the barrier since the February 18 storm forced 4,300 people from their homes, said the city could not wait.\n\n" +
        "The storm dumped 186 millimetres of rain in 36 hours, pushing the river to its highest level since 1929.\n",
    }),
  );
  answersEach(k, "%s", [["when did the storm hapen", /^February 18\b/]]);
});

describe("a parent company: the relation asked, not a kind the answer must be called", () => {
  const k = kb(
    tempKnowledge({
      "utility.md":
        "---\ntitle: Utility fined\npublished: 2025-03-12\n---\n" +
        "Regulators fined Riverbend Power 12 million dollars on Tuesday over a 2023 outage.\n\n" +
        "Riverbend Power, a subsidiary of Denver-based Alpine Energy Holdings, said it would appeal, and its parent's shares fell 4 percent.\n",
    }),
  );
  answersEach(k, "%s", [["whats the parent company of riverbend power", /^Alpine Energy Holdings$/]]);
});

describe("who accused someone: the one who said it, in a quotation", () => {
  const k = kb(
    tempKnowledge({
      "hearing.md":
        "---\ntitle: Utility hearing\npublished: 2025-03-12\n---\n" +
        "Tomas Ferreira, a lawyer for families of the victims, spoke after the hearing on Tuesday.\n\n" +
        'Ferreira told reporters that the emails showed the utility had "put profits ahead of safety."\n',
    }),
  );
  answersEach(k, "%s", [["who accused the utility of putting profits before safety", /^Tomas Ferreira/]]);
});

describe("a poll story: a body asked by its initials, more meetings", () => {
  const k = kb(
    tempKnowledge({
      "poll.md":
        "---\ntitle: Poll\npublished: 2025-04-02\n---\n" +
        "WASHINGTON, April 2 (Wire) - Voters in both countries view the trade talks with suspicion, according to the Meridian Research Group.\n\n" +
        "Favorable views of the deal have fallen to 30 percent, Meridian's polling found.\n\n" +
        "\"Trust is gone,\" wrote Ana Ruiz, a trade expert at the Atlantic Policy Forum.\n\n" +
        "There are no plans for future meetings, an official said.\n",
    }),
  );
  answersEach(k, "%s", [
    // "APF" is the Atlantic Policy Forum, which the article names only in full.
    ["what did the APF expert write?", /^“Trust is gone”$/],
    ["Which polling organization is cited for views of the deal?", /Meridian/],
    // "any more meetings" are future ones.
    ["are any more meetings scheduled?", /^No\b/],
  ]);
});

describe("a region of the country the question names", () => {
  const k = kb(
    tempKnowledge({
      "agenda.md":
        "---\ntitle: Agenda\npublished: 2025-06-03\n---\nBERLIN, June 3 (Wire) - German and Chinese trade officials will meet in Berlin on Thursday.\n\n" +
        "On the German list of concerns, Economy Minister Jonas Weber is expected to raise China's treatment of foreign carmakers in Sichuan, export limits on rare earths and subsidies for steelmakers.\n",
    }),
  );
  // "Chinese" names China; Sichuan, a province of it, is what "which Chinese province" asks for.
  answersEach(k, "%s", [["Which Chinese province's treatment of foreign carmakers will Weber raise?", /^Sichuan$/]]);
});

/** A plain text file: headline first, then a dateline; two countries the lexicon does not know. */
const LAKE_TALKS =
  "Drought forces Norvia and Caldeth back to the table over Selka lake pact\n\n" +
  "TARVIK, June 9 (Wire) - Negotiators from Norvia and Caldeth ended three days of talks on Friday without a new deal on the Selka lake, but Caldeth agreed to open its sluices for two weeks.\n\n" +
  "The talks, held at the Lakeside Palace Hotel in the Norvian border town of Tarvik, were the first attempt to revise the 1994 Selka Lake Pact.\n\n" +
  "The two sides also agreed to install shared water-quality sensors at four pumping stations.\n\n" +
  "Caldeth wants a clause that would cut the guaranteed level whenever its own reservoir falls below half. Caldeth's chief negotiator, Deputy Foreign Minister Oren Valk, said the pact had been written for a wetter age.\n\n" +
  "Norvia rejects any cut. Its chief negotiator, Lise Marten, said her delegation had proposed a joint fund worth $40 million a year. Caldeth offered $15 million, which Marten called too little.\n\n" +
  "About 90,000 hectares of Norvian farmland depend on the lake, and around 12,000 hectares have been left unplanted this year, the farm ministry said.\n\n" +
  "Greta Holm, president of the Norvian Union of Grain Growers, said the two weeks of water would come too late. \"Two weeks is a plaster on a broken leg,\" Holm said.\n\n" +
  "The talks also covered fishing quotas for boats from Japan and South Korea.\n\n" +
  "Average summer levels have fallen by a fifth since the pact was signed, said Pavel Ek, a hydrologist.\n\n" +
  "Officials in Kesso, Caldeth's capital, have warned of power cuts. Negotiators are due to meet again on July 14 in Kesso.\n";

describe("lake talks: a headline before the dateline, the venue, the next round, countries the lexicon does not know", () => {
  const k = kb(tempKnowledge({ "lake.txt": LAKE_TALKS }));
  answersEach(k, "%s", [
    // The venue, with the town the sentence names; not the countries the negotiators came "from".
    ["Where were the talks held?", /^Lakeside Palace Hotel in Tarvik$/],
    ["venue of the negotiations?", /^Lakeside Palace Hotel/],
    ["where were the lake talks held?", /^Tarvik$/],
    // "shared" is not "share": a count, not a percentage.
    ["How many pumping stations are getting the shared sensors?", /four pumping stations/],
    // The amount of the very thing asked; of two counts of hectares, the one with the question's other words.
    ["How much Norvian farmland depends on the lake?", /90,000/],
    ["how many hectares were left unplanted", /12,000/],
    ["What was Caldeth's counteroffer on the fund?", /\$15 million/],
    ["When and where is the next round of talks?", /July 14.*Kesso/],
    // "Caldeth's chief negotiator, Deputy Foreign Minister Oren Valk": the role before the title.
    ["who is caldeth's chief negotiator", /Oren Valk/],
    // "Norvia rejects any cut. Its chief negotiator, ...": Norvia's.
    ["who is norvia's chief negotiator?", /Lise Marten/],
    // A leader is called a president; "growers" are farmers.
    ["What did the farmers' union leader say about the deal?", /plaster/],
  ]);
  it("answers 'what year' with a year, not the season a sentence with the question's verb gives", () => {
    const a = answerQuestion(k, "What year was the lake pact signed?");
    expect(a.answer).not.toMatch(/summer/i);
  });
  it("takes the two countries for the sides of the story", () => {
    const f = k.articles[0];
    expect(f.dateline).toBe("Tarvik");
    expect(f.sides.map((s) => s.name)).toEqual(expect.arrayContaining(["Caldeth", "Norvia"]));
    const side = (name: string) => f.sides.find((s) => s.id === f.people.find((p) => p.name === name)?.side)?.name;
    expect(side("Oren Valk")).toBe("Caldeth");
    expect(side("Lise Marten")).toBe("Norvia");
  });
  declinesEach(k, [
    ["a country named, but no party to the story, said nothing", "How did Japan's government react to the talks?"],
    ["no Japanese or South Korean official is named", "Which Japanese and South Korean officials attended the talks?"],
  ]);
});

describe("a role's plural, a region, the targets of a policy, who heads a team", () => {
  const k = kb(
    tempKnowledge({
      "agenda.md":
        "---\ntitle: Agenda\npublished: 2025-06-03\n---\nBERLIN, June 3 (Wire) - German and Chinese trade officials will meet in Berlin on Thursday.\n\n" +
        "Representing China is Vice Premier Liu Wen, the country's chief trade negotiator.\n\n" +
        "On the German list of concerns, Economy Minister Jonas Weber is expected to raise China's treatment of foreign carmakers in Sichuan and export curbs against European battery makers, the officials said.\n\n" +
        "\"The team came to listen,\" said Anke Braun, an analyst at the Hanse Institute. \"Berlin came to defend its carmakers,\" she added.\n",
    }),
  );
  answersEach(k, "%s", [
    ["What government posts does Liu Wen hold?", /Vice Premier/],
    ["In what region are the carmakers China is accused of mistreating?", /^Sichuan$/],
    ["Who are the targets of the export curbs?", /^European battery makers$/],
    // Not the words about coming: what Berlin came to do.
    ["what did braun say berlin came to defend", /carmakers/],
  ]);
  it("does not answer who heads a team with an organization", () => {
    const a = answerQuestion(k, "who heads the analysts' team in Berlin?");
    expect(a.answer).not.toMatch(/^(the )?Hanse Institute/i);
  });
});

/** Coalition talks: parties named in plain English words, one of them ending in a word for a role. */
const COALITION =
  "Coalition talks in Oslo stall over oil fund as king sets deadline\n\n" +
  "OSLO, May 6 (Wire) - Norwegian coalition talks stalled on Tuesday after a third round ended without a deal on the budget.\n\n" +
  "The centre-right Northern Forward won 52 seats in the April election. The centre-left Work and Welfare, led by former health minister Ingrid Dahl, came second with 44 seats.\n\n" +
  "Northern Forward leader Per Aas told reporters outside the Estonia House, where the talks are being held, that he was one seat short.\n\n" +
  "Northern Forward won the election but needs the Coast and Valleys party, whose leader Kari Lund said her party would not accept any cut to fishing subsidies. \"Fishermen did not cause this,\" Lund said.\n\n" +
  "The Citizens' List, a small party, is asking for the climate ministry in return for its support.\n\n" +
  "The draft budget foresees a deficit of 95 billion crowns ($8.7 billion) next year.\n\n" +
  "Sara Holt, a political scientist at Bergen University, put the chance of a deal by June at \"about even\".\n\n" +
  "The fourth round of talks is scheduled for Friday at the Estonia House.\n";

describe("coalition talks: parties in plain words, the venue of the talks, the next round, what a leader said on a topic", () => {
  const k = kb(tempKnowledge({ "coalition.txt": COALITION }));
  answersEach(k, "%s", [
    ["Who won the election?", /Northern Forward/],
    // "Work and Welfare, led by ... Ingrid Dahl": the agent, not a president named elsewhere.
    ["Who leads Work and Welfare?", /Ingrid Dahl/],
    ["where are the negotiations taking place", /Estonia House/],
    ["When is the next round of talks?", /Friday/],
    // Not a quotation on fishing, but what she is reported to have said on it.
    ["What did Lund say about fishing subsidies?", /not accept any cut/],
    ["What is the Citizens' List asking for in return for its support?", /climate ministry/],
    ["What does the Bergen Univ. political scientist think the odds of a deal are?", /about even/],
    // The crowns the article gives, not the dollars in brackets after them.
    ["How big is the deficit in the draft budget?", /95 billion crowns/],
  ]);
  it("takes the parties for organizations and sides, and a house named after a country for no country", () => {
    const f = k.articles[0];
    const orgs = f.things.filter((t) => t.kind === "organization").map((t) => t.name);
    expect(orgs).toEqual(expect.arrayContaining(["Northern Forward", "Work and Welfare", "Coast and Valleys", "Citizens' List"]));
    expect(f.things.some((t) => t.name === "Estonia")).toBe(false);
    const side = (name: string) => f.sides.find((s) => s.id === f.people.find((p) => p.name === name)?.side)?.name;
    expect(side("Per Aas")).toBe("Northern Forward");
  });
});

/** A sinking: a ship named after its kind, ages of a ship and a passenger, seas in metres, the days. */
const SINKING =
  "Ferry sinks in storm off Karsholm; 12 missing\n\n" +
  "VIKSTAD, March 3 (Wire) - Rescuers searched for 12 people on Tuesday after the passenger ferry Grey Heron sank in the Lund Sea between Vikstad and Orm islands.\n\n" +
  "The 29-year-old vessel left Vikstad at 7 p.m. on Monday bound for Orm. Its captain radioed for help at 9 p.m., and the ship sank about 30 minutes later.\n\n" +
  "Survivor Eva Berg, a 37-year-old nurse from Orm, said the lights failed first.\n\n" +
  "\"Our crews worked in waves of up to five metres,\" said Commander Lars Moe of the coast guard. He said the search would continue for at least another 48 hours.\n\n" +
  "The Grey Heron was licensed to carry up to 300 passengers. Relatives gathered at the Vikstad ferry terminal.\n\n" +
  "The inquiry board is due to deliver preliminary findings within 60 days.\n";

describe("a sinking: the ship by a word for it, whose age is asked, the seas, how much longer", () => {
  const k = kb(tempKnowledge({ "sinking.txt": SINKING }));
  answersEach(k, "%s", [
    // "the passenger ferry Grey Heron", not "the Vikstad ferry terminal".
    ["What was the vessel called?", /^Grey Heron$/],
    // The ship's age, not the nurse's; hers when she is asked about.
    ["How old was the ship?", /^29 years old$/],
    ["how old is Eva Berg?", /^37 years old$/],
    ["How high were the seas during the rescue?", /five metres/],
    ["Where was the ferry headed?", /^Orm$/],
    ["which two islands did the ferry sink between?", /^Vikstad and Orm$/],
    ["max number of passengers the ferry was licensed for?", /300/],
    ["how much longer will the search go on?", /48 hours/],
    ["When is the board expected to publish its initial conclusions?", /60 days/],
  ]);
  it("does not date the sinking by the day of the search ('searched on Tuesday after the ferry sank')", () => {
    expect(answerQuestion(k, "what day of the week did the ship go down").answer).not.toMatch(/Tuesday/);
  });
});

/** Trade talks: a list of concerns, then "those issues"; what was done "including" something. */
const TRADE_TALKS =
  "---\ntitle: EU and India open trade talks\npublished: 2025-05-12\n---\n" +
  "BRUSSELS, May 12 (Wire) - European and Indian negotiators will meet in Brussels on Monday, with both sides bringing long lists of demands.\n\n" +
  "On the EU list, Trade Commissioner Anna Berg is expected to raise tariffs on European cars, the treatment of dairy farmers in Punjab, port fees in Gujarat and data rules in Karnataka.\n\n" +
  "The Commission has said it wants progress on all of them.\n\n" +
  "But Indian officials have already dismissed European concerns over those issues as matters for India's parliament, and, \"When farmers' incomes are at stake, India has no room to give,\" Ambassador Ravi Menon said.\n\n" +
  "The Commission waited a few weeks before arranging this week's talks to first take steps to strengthen its hand, officials said, including through new steel safeguards and talks with member states.\n\n" +
  "Including both Berg and the farm commissioner is important, officials said, to show that Brussels is united.\n\n" +
  "Favourable views of the EU in India have fallen to 35 percent, the Lotus Institute's polling found.\n\n" +
  "Still, there is hope that the two sides can avoid further tension after five years of stalled talks.\n";

describe("trade talks: 'those issues', what was done 'including', why both, a few weeks", () => {
  const k = kb(tempKnowledge({ "trade.md": TRADE_TALKS }));
  answersEach(k, "%s", [
    // "those issues" are the ones listed two sentences before.
    ["How has India characterised the EU concerns about Punjab and Gujarat?", /dismissed European concerns|^matters for India's parliament$/],
    ["What car-related issue will the EU raise?", /tariffs on European cars/],
    ["What did the Commission do to strengthen its hand before arranging the talks?", /^new steel safeguards and talks with member states$/],
    ["why send both Berg and the farm commissioner rather than just one?", /united/],
    ["How long did the Commission wait before setting up this week's talks?", /few weeks/],
    ["which polling organization is cited for Indian attitudes toward the EU?", /Lotus Institute/],
    ["what is India's position when farmers' incomes are at stake?", /no room to give/],
    ["How many years of strain does the article mention?", /five years/],
  ]);
});

describe("where someone made their remarks: whom they told", () => {
  const k = kb(
    tempKnowledge({
      "remarks.md":
        "---\ntitle: Remarks\npublished: 2025-05-12\n---\nBRUSSELS, May 12 (Wire) - European and Indian negotiators will meet on Monday.\n\n" +
        "Indian officials have dismissed the demands, and, \"When farmers' incomes are involved, India has no room to give.\n\n" +
        "This position will be made clear in the talks,\" Ambassador Ravi Menon told Indian state television on Sunday.\n",
    }),
  );
  answersEach(k, "%s", [["Where did Ambassador Menon make his 'no room to give' comments?", /^Indian state television$/]]);
});

/** Port-fee talks: a fee deal, written for the forms of session 10's blind misses. */
const PORT_FEES =
  "---\ntitle: Port of Valmora and shipping lines agree on new fees\npublished: 2025-10-10\n---\n" +
  "VALMORA, Oct 10 (Wire) - The Port of Valmora and four shipping lines agreed on Thursday to a fee of $3.20 a tonne for bulk cargo, ending weeks of talks.\n\n" +
  "Representing President Ilona Sarr at the talks were Trade Minister Pavel Okonjo and Deputy Minister Rhea Lind, officials said.\n\n" +
  "The talks began on Sept 2 and nearly collapsed on Friday, Oct 4, when the carriers walked out after the port refused to go below $4.50 a tonne.\n\n" +
  "The delegations arrived in a rain-soaked Valmora on Wednesday night.\n\n" +
  "\"I'm not very confident that we will win back the lost traffic this year,\" said Marta Quell, the port's commercial director.\n\n" +
  "The share of cargo handled at night has tripled in the last year, the port said.\n\n" +
  "Kenya, the Democratic Republic of Congo, Uganda and Rwanda will receive most of the discounted slots.\n\n" +
  "State Secretary Omar Vance, who chairs the port board, said the deal was fair.\n\n" +
  "\"Children who live by the docks deserve cleaner air,\" said Dr. Lena Hart, the city's deputy health commissioner.\n\n" +
  "Night-shift passes for people under 18 have been banned since March 2022, and the port employs about 1,200 people.\n\n" +
  "Apprentices aged 16 to 19 make up a tenth of the dock workforce.\n\n" +
  "The new cranes will be paid for through the Harbour Renewal Fund, the city's infrastructure trust.\n\n" +
  "\"For a port of this size, $3.20 is a bargain,\" said Tomas Reyes, head of the Carriers Council.\n\n" +
  "Reyes dismissed the port's traffic forecast as \"a wish list\".\n\n" +
  "On the carriers' list of demands are faster customs checks, longer berthing windows in Valmora, lower fees in Port Selene and a review in 2027.\n\n" +
  "Favourable views of the port among shippers have doubled since 2023, a Meridian Insight survey found.\n";

describe("port-fee talks: dates across a clause's edge, a decimal in a reason, a grade, the weather, a whole list of countries", () => {
  const k = kb(tempKnowledge({ "ports.md": PORT_FEES }));
  answersEach(k, "%s", [
    // "began on Sept 2 and nearly collapsed on Friday, Oct 4": the date next to the verb asked.
    ["When did the talks start?", /^Sept 2/],
    // "$4.50" is one number, not the end of a clause.
    ["why did the carriers walk out?", /\$4\.50 a tonne/],
    ["How confident is the port about winning back traffic?", /^not very confident$/],
    ["What was the weather like when the delegations arrived?", /^rain-soaked$/],
    ["How much has the share of night cargo shifted over the past year?", /tripled/],
    ["Which countries get most of the discounted slots?", /Kenya.*Congo.*Uganda.*Rwanda/],
    ["Who is President Sarr sending to the talks?", /Pavel Okonjo.*Rhea Lind/],
    ["what did the deputy health commissioner say about kids", /Children who live by the docks/],
    ["since when have night-shift passes for under-18s been banned", /March 2022/],
    ["How many staff does the port have?", /1,200/],
    ["Which infrastructure trust will pay for the cranes?", /^Harbour Renewal Fund$/],
    ["how did the Carriers Council head describe the fee", /^a bargain$/],
    ["How did Reyes describe the port's traffic forecast?", /a wish list/],
    ["what's the Port Selene demand on the carriers' list?", /^lower fees in Port Selene$/],
    ["which pollster is cited?", /Meridian Insight/],
  ]);
  declinesEach(k, [
    ["names the article does not give", "names of Okonjo's foreign counterparts?"],
    ["a verb said of no one ('State Secretary' is a title, not a statement)", "Has President Sarr personally commented on the deal?"],
    ["a kind of thing the article never names", "What sanctions has the port imposed on the carriers?"],
    ["a topic nobody spoke of", "what did the port say about tariffs on steel"],
    ["an age is not a count", "How many apprentices does the port have?"],
    ["the one the question rules out", "Which other ports besides Valmora agreed to the fee?"],
  ]);
});

/** Energy talks before they open: the purpose of a trip, what took something's place, who a capital sends. */
const ENERGY_TALKS =
  "---\ntitle: Norway and Poland open energy talks in Geneva\npublished: 2025-03-03\n---\n" +
  "GENEVA, March 3 (Wire) - Norway and Poland will hold their first energy talks under the new Polish government on Tuesday and Wednesday, with little expectation of a deal.\n\n" +
  "Representing Polish Prime Minister Jakub Kowal are Energy Minister Anna Lis and Deputy Minister Piotr Zaj.\n\n" +
  "They arrived in a snow-covered Geneva on Monday night to \"protect Poland's energy security,\" according to Polish ambassador Marek Nowicki.\n\n" +
  "Lis has promised a tougher approach than her predecessor Ewa Brzoza, seeking common ground on issues like offshore wind.\n\n" +
  "\"Gone is the old faith in cheap gas. In its place is a hard-headed search for reliable suppliers,\" wrote Lena Dahl, an energy analyst at the Oslo Policy Institute.\n\n" +
  "\"Poland will not be rushed,\" Ambassador Nowicki told Polish state radio on Monday.\n\n" +
  "\"If anyone thinks we came here to give in, then I would advise my colleagues in Warsaw to stay home,\" he added.\n\n" +
  "The talks will not end with a joint statement, officials said.\n";

describe("energy talks before they open: a trip's purpose, what took a place, whom a capital sends, no outcome yet", () => {
  const k = kb(tempKnowledge({ "energy.md": ENERGY_TALKS }));
  answersEach(k, "%s", [
    ["who is Warsaw sending to the talks?", /^Anna Lis and Piotr Zaj$/],
    ["What did Nowicki say the delegation came to Geneva to do?", /protect Poland's energy security/],
    ["according to Dahl what has replaced the old faith in cheap gas?", /^a hard-headed search for reliable suppliers$/],
    ["on which issue do they want to find common ground?", /^offshore wind$/],
    ["What issue might the two sides cooperate on?", /^offshore wind$/],
    ["Whose approach is Lis trying to differ from?", /Ewa Brzoza/],
    ["which outlet did the ambassador speak to on Monday", /^Polish state radio$/],
    ["Nowicki said his Warsaw colleagues should do what if anyone thinks they came to give in?", /stay home/],
    ["What was the weather like when they arrived?", /^snow-covered$/],
  ]);
  declinesEach(k, [
    ["an outcome the story, written before the talks, cannot report", "What did the two sides agree at the end of the Geneva talks?"],
    ["how talks ended that have not begun", "how did the talks end"],
    ["a kind of thing the article never names", "What sanctions has Norway imposed on Poland?"],
  ]);
});

/** A storm: evacuations said another way, a service's head, a title with "and", a unit of water, a judge. */
const STORM =
  "---\ntitle: Storm floods Sydney suburbs\npublished: 2025-06-02\n---\n" +
  "SYDNEY, June 2 (Wire) - A storm forced some 4,200 people from their homes in Sydney's west on Monday.\n\n" +
  "Lena Brook, director of the state emergency service, said crews were stretched thin.\n\n" +
  "Federal Transport and Infrastructure Minister Omar Haddad said roads would reopen by Friday.\n\n" +
  "Each water-bombing helicopter can lift about 2,000 litres of water in a single pass, Brook said.\n\n" +
  "Insurers put the backlog of claims at about 18,000.\n\n" +
  "\"Technology has to work for people on the ground,\" Haddad said of the new flood warning app.\n\n" +
  "A council's bid to halt a riverside development will be heard before Justice Mia Ross on Friday.\n";

describe("a storm: evacuations said another way, who runs a service, a two-part portfolio, a judge", () => {
  const k = kb(tempKnowledge({ "storm.md": STORM }));
  answersEach(k, "%s", [
    ["How many people were evacuated?", /4,200/],
    ["who runs the state emergency service", /^Lena Brook/],
    ["who is the transport minister", /^Omar Haddad/],
    ["How much water can each helicopter lift in one go?", /2,000 litres/],
    ["size of the claims backlog?", /18,000/],
    ["what did the minister say about the new tech", /Technology has to work/],
    ["which judge will hear the council's bid?", /Mia Ross/],
  ]);
});

/** A poll story: which country is viewed, what a question's clause only sets, a name the article never gives. */
const POLL_STORY =
  "---\ntitle: Germans sour on trade deal\npublished: 2025-04-10\n---\n" +
  "BERLIN, April 10 (Wire) - Nearly a third of Germans say the trade pact with Canada has hurt them, according to the Halden Institute.\n\n" +
  "Favourable views of Canada have fallen to 41 percent, the institute's polling found.\n\n" +
  "Trade Minister Karl Weiss arrived in Toronto on Monday for talks.\n\n" +
  "\"We will listen before we decide,\" Weiss told German public radio.\n\n" +
  "A senior ministry official said he was not optimistic about a quick deal.\n\n" +
  "Lena Vogt, an economist at the Halden Institute, a Berlin-based think tank, wrote that the pact was working.\n";

describe("a poll story: the country viewed, a clause that says when, a speaker nobody names", () => {
  const k = kb(tempKnowledge({ "poll.md": POLL_STORY }));
  answersEach(k, "%s", [["What share of Germans view Canada favourably?", /41 percent/]]);
  declinesEach(k, [
    ["views of another country", "What share of Canadians view Germany favourably?"],
    ["a place in a clause that only says when", "did Weiss make any comments when he arrived in Toronto"],
    ["a speaker the article does not name", "Who is the senior ministry official who said he was not optimistic?"],
    ["a place a '-based' only describes", "Where did Lena Vogt work before the Halden Institute?"],
    ["a temperature the article never gives", "how cold was it in Toronto when Weiss landed"],
  ]);
});

describe("a minister's country from the title, how effective as a rate", () => {
  const k = kb(
    tempKnowledge({
      "vaccine.md":
        "---\ntitle: Malaria shot rollout\npublished: 2025-05-05\n---\nNAIROBI, May 5 (Wire) - Ghana's Health Minister Efua Mensah said the rollout would start in June.\n\n" +
        "In trials in three countries, the shot cut severe malaria cases by about 61% among young children, the maker said.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Which country is Efua Mensah health minister of?", /^Ghana$/],
    ["How effective was the shot in trials?", /61%/],
  ]);
});

describe("'results' as a thing, not the outcome asked of talks", () => {
  const k = kb(
    tempKnowledge({
      "count.md":
        "---\ntitle: Count delayed\npublished: 2025-08-08\n---\nKERICHO, Aug 8 (Wire) - The commission said the electronic results kits failed because of a software fault, delaying the count by two days.\n",
    }),
  );
  answersEach(k, "%s", [["How did the commission explain the failure of the results kits?", /software fault/]]);
});

describe("a by-election: the winner declared, a role word that names the election, runner-up, co-ops", () => {
  const k = kb(
    tempKnowledge({
      "vote.md":
        "---\ntitle: Winner declared\npublished: 2025-03-06\n---\nNAKURU, Mar 6 (Wire) - The electoral commission on Friday declared former finance official Grace Wambui the winner of the Nakuru mayoral by-election.\n\n" +
        "The by-election was called after Mayor Peter Otieno died in January.\n\n" +
        "Samuel Kiptoo of the opposition Unity Party came second with 41 percent.\n\n" +
        "Wambui said her first priority would be paying 300 million shillings owed to dairy cooperatives.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who won the Nakuru mayor by-election?", /^Grace Wambui$/],
    ["who finished runner up", /Samuel Kiptoo/],
    ["How much is owed to the dairy co-ops?", /300 million shillings/],
  ]);
});

describe("a phrase typed alone: the list item that holds it", () => {
  const k = kb(
    tempKnowledge({
      "offer.md":
        "---\ntitle: Port offer\npublished: 2025-10-14\n---\nSYDNEY, Oct 14 (Wire) - Chief Executive Graham Hale said the company had put forward redundancy packages worth up to two years' pay, retraining for 150 workers, and a 3.5 percent annual wage increase.\n",
    }),
  );
  answersEach(k, "%s", [["wage increase offered by the company?", /^a 3\.5 percent annual wage increase$/]]);
});

describe("a match report: lower-case titles before names, names after 'through', people in a list, roles after a preposition", () => {
  const k = kb(
    tempKnowledge({
      "match.md":
        "---\ntitle: Harbour City lift the Shield\npublished: 2025-05-18\n---\nCARDIFF, May 17 (Wire) - Harbour City won the Coastal Shield on Saturday, beating Millbrook Town 3-2 after striker Ross McAllister scored a 90th-minute winner.\n\n" +
        "Millbrook had led through Kofi Mensah, the 21-year-old Ghanaian winger, before the break.\n\n" +
        "The winner came after a shot struck the hand of Millbrook defender Owen Pryce and the referee was sent to the monitor by the video assistant referee, Carys Lloyd.\n\n" +
        "Club directors Aled Morgan and Rhys Bevan voting against the budget was reported on Friday.\n\n" +
        "Referee Dafydd Price said the final had been played in good spirit, and the final drew a record crowd after a final week of sold-out ticket sales.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who scored the winner for Harbour City?", /Ross McAllister/],
    ["who was the video assistant referee", /Carys Lloyd/],
    ["Which Millbrook defender is named?", /Owen Pryce/],
    ["Who is Kofi Mensah?", /winger/],
  ]);
  it("keeps both people of a list, however the word after the second reads", () => {
    const people = k.articles[0].people.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(["Aled Morgan", "Rhys Bevan", "Ross McAllister", "Kofi Mensah"]));
    expect(k.articles[0].things.map((t) => t.name)).not.toContain("Kofi Mensah");
  });
  it("reads a role after 'of' without the thing it belongs to", () => {
    const pryce = k.articles[0].people.find((p) => p.name === "Owen Pryce");
    expect(pryce?.roles).toContain("Millbrook defender");
  });
});

describe("a rate decision: compound heads, kinds of organization, former roles, initials", () => {
  const k = kb(
    tempKnowledge({
      "rates.md":
        "---\ntitle: Central bank cuts rates\npublished: 2025-02-06\n---\nWARSAW, Feb 6 (Wire) - The National Bank of Poland (NBP) cut its main rate to 4.5% on Thursday, with board members Anna Nowak and Piotr Lis voting against.\n\n" +
        "The reference rate had stood at 5.0% since October. Poland's economy grew 2.9% last year, and Polish exporters have struggled.\n\n" +
        "Inflation slowed to 3.1% in January, Governor Marek Zielinski told reporters.\n\n" +
        "Ewa Kowalska, director of the Polish Retailers Council, welcomed the cut.\n\n" +
        "Piotr Lis, a former chief economist at Baltic Bank, said the cut came too soon.\n\n" +
        "The Confederation of Polish Employers (CPE) said the cut would help exporters, and its boss took over as chair in March 2023.\n",
    }),
  );
  answersEach(k, "%s", [
    ["What was the inflation rate in January?", /3\.1%/],
    ["which two board members voted against", /Nowak.*Lis|Lis.*Nowak/],
    ["Who heads the Polish central bank?", /Marek Zielinski/],
    ["What does CPE stand for?", /^Confederation of Polish Employers$/],
    ["what is the NBP short for", /^National Bank of Poland$/],
  ]);
});

describe("a heritage dispute: accented names, initials from another language, sums of money, a meeting still to come", () => {
  const k = kb(
    tempKnowledge({
      "villa.md":
        "---\ntitle: Roman baths found under planned car park\npublished: 2025-04-10\n---\nBRAGA, April 10 (Wire) - Archaeologists said on Thursday they had found Roman baths under a planned car park, and the National Monuments Office (DGPC) said the site would be protected.\n\n" +
        "Inês Gonçalves, the councillor responsible for planning in Braga, said the city would look for another site.\n\n" +
        "The DGPC issued a stop order on March 3, its director said.\n\n" +
        "The developer said each week of delay was costing it about 40,000 euros, and that it had not worked out how it would respond.\n\n" +
        "\"We will have answers within months,\" Gonçalves said. The office will meet the developer on May 2 to discuss the site.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what is Ines Goncalves's job", /councillor responsible for planning/],
    ["What does DGPC stand for?", /^National Monuments Office$/],
    ["When did the monuments office issue the stop order?", /March 3/],
    ["how much money does each week of delay cost the developer", /40,000 euros/],
    ["councillor for planning whos that", /Inês Gonçalves/],
  ]);
  declinesEach(k, [
    ["a length with no number counts nothing", "How many years will the answers take?"],
    ["a meeting still to come has no outcome", "What did the office decide at its May 2 meeting?"],
  ]);
  it("keeps the accents of a name and gives it a plain id", () => {
    const person = k.articles[0].people.find((p) => p.name === "Inês Gonçalves");
    expect(person?.id).toBe("p:ines-goncalves");
  });
});

describe("a recall: counts after a participle, deaths for 'how many died', a request is no deed, years of an era", () => {
  const k = kb(
    tempKnowledge({
      "recall.md":
        "---\ntitle: Carmaker recalls vans\npublished: 2025-03-12\n---\nDETROIT, March 12 (Wire) - Halvard Motors said on Tuesday it would recall 88,400 vans after a steering fault was linked to 12 crashes and three deaths.\n\n" +
        "A further 6,100 vans sold in Mexico will be recalled separately, the company said.\n\n" +
        "Families of the victims have asked the Justice Department to open a criminal investigation.\n\n" +
        "A museum in Toledo shows a Roman cart dated to between 250 and 300 AD.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many vans in mexico are affected", /6,100/],
    ["how many people died in crashes linked to the fault", /three deaths/],
  ]);
  declinesEach(k, [
    ["asked for is not done", "Has the Justice Department opened a criminal investigation?"],
    ["a year of an era counts nothing", "how many carts does the museum show"],
  ]);
});

describe("an earthquake: a title that opens the sentence, 'authorities', the death toll, who is in charge", () => {
  const k = kb(
    tempKnowledge({
      "quake.md":
        "---\ntitle: Quake death toll rises to 96\npublished: 2025-06-12\n---\nCUSCO, Peru, June 12 (Wire) - The death toll from Tuesday's earthquake rose to 96 on Thursday, officials said.\n\n" +
        "Housing Minister Carmen Rojas said 4,100 homes had been destroyed.\n\n" +
        "Authorities said 800 people had been injured.\n\n" +
        "Major Luis Paredes, who commands the rescue teams sent from Lima, said the search would go on for another week.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who is the housing minister", /Carmen Rojas/],
    ["how many people have died in the earthquake so far", /\b96\b/],
    ["Who is in charge of the rescue teams sent from Lima?", /Luis Paredes/],
  ]);
  it("reads no one in 'Authorities said'", () => {
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Authorities");
  });
});

describe("a supermarket merger: 'per share', shops and stores, an adverb after the head", () => {
  const k = kb(
    tempKnowledge({
      "deal.md":
        "---\ntitle: Grocers agree merger\npublished: 2025-02-03\n---\nSYDNEY, Feb 3 (Wire) - Greenleaf would buy rival Harbour Foods for A$3.20 a share, the companies said on Monday.\n\n" +
        "The combined business would operate 318 stores across four states.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how much per share is Greenleaf paying for Harbour Foods", /A\$3\.20/],
    ["how many shops would the merged company have", /318/],
  ]);
});

describe("a flood: currencies the number finder does not know, 'at first', 'unaccounted for', homes for houses", () => {
  const k = kb(
    tempKnowledge({
      "flood.md":
        "---\ntitle: Floods hit Bolivia\npublished: 2025-02-20\n---\nLA PAZ, Feb 20 (Wire) - The government approved an initial 90 million bolivianos for shelter on Thursday.\n\n" +
        "Surveys showed 2,300 homes had been destroyed.\n\n" +
        "Officials said 510 people had been injured and 17 were still missing.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how much money did the government approve at first", /90 million bolivianos/],
    ["how many houses were destroyed", /2,300/],
    ["how many people are still unaccounted for", /^17$/],
  ]);
});

describe("an election: a party 'of Prime Minister X', a co-leader, a slip of a word the article does not use", () => {
  const k = kb(
    tempKnowledge({
      "vote.md":
        "---\ntitle: Opposition wins most seats\npublished: 2025-03-04\n---\nRIGA, March 4 (Wire) - The opposition Unity Bloc won 31 of the 100 seats in Sunday's election, according to the Central Election Commission.\n\n" +
        "The governing Harmony Union of Prime Minister Janis Ozols came second with 24 seats and 21.4 percent, down from 30 seats four years ago.\n\n" +
        "The Greens took nine seats. Co-leader Ilze Berzina said the party wanted a climate law.\n",
    }),
  );
  answersEach(k, "%s", [
    ["What share of the vote did the Harmony Union get?", /21\.4 percent/],
    ["what is janis ozols job", /Prime Minister/],
  ]);
  it("reads the party and its prime minister apart, and a co-leader's title", () => {
    const people = k.articles[0].people;
    expect(people.find((p) => p.name === "Janis Ozols")?.roles).toEqual(["Prime Minister"]);
    expect(people.find((p) => p.name === "Ilze Berzina")?.roles).toEqual(["Co-leader"]);
  });
  declinesEach(k, [["a slip of 'commission' is not 'coalition'", "how many coalition partners did the comission name"]]);
});

describe("a drug verdict: a title's head word, a plural noun after a kind word", () => {
  const k = kb(
    tempKnowledge({
      "verdict.md":
        "---\ntitle: Drugmaker loses case\npublished: 2025-03-14\n---\nBOSTON, March 14 (Wire) - A judge ordered Corlan Pharma to pay $90 million to patients, the court said on Thursday.\n\n" +
        "\"We disagree with the ruling,\" said Ruth Adler, Corlan's chief legal officer.\n\n" +
        "Doctors have since moved many patients to older insulin drugs, said analyst Omar Haddad.\n",
    }),
  );
  it("does not take a chief legal officer for the chief executive a role question asks for", () => {
    expect(personByRole(k.articles[0], readQuestion(k, "Who is Corlan's chief executive?"))).toBeUndefined();
    expect(personByRole(k.articles[0], readQuestion(k, "Who is Corlan's chief legal officer?"))?.name).toBe("Ruth Adler");
  });
  answersEach(k, "%s", [["what is Ruth Adler's job", /chief legal officer/]]);
});

describe("a housing plan: a vote still to come, a deputy is not the mayor", () => {
  const k = kb(
    tempKnowledge({
      "homes.md":
        "---\ntitle: City plans homes on public land\npublished: 2025-03-12\n---\nPORTLAND, March 12 (Wire) - The city on Wednesday released a plan to build 1,800 affordable homes on public land ahead of a council vote on April 9.\n\n" +
        "The plan needs at least seven votes on the 13-member council to pass, said Deputy Mayor Rosa Lind.\n",
    }),
  );
  declinesEach(k, [
    ["a vote still to come has no outcome", "What was the outcome of the council vote on the plan?"],
    ["a deputy mayor is not the mayor", "Who is the mayor of Portland?"],
  ]);
  answersEach(k, "%s", [["who is the deputy mayor", /Rosa Lind/]]);
});

describe("a health study: who paid, a medical specialty, a sum that belongs to another body", () => {
  const k = kb(
    tempKnowledge({
      "study.md":
        "---\ntitle: Night shifts linked to diabetes\npublished: 2025-03-12\n---\nLISBON, March 12 (Wire) - Nurses who worked night shifts were more likely to develop diabetes, a study found.\n\n" +
        "Her co-author, Dr. Rui Sousa, an endocrinologist at Porto University Hospital, said the link was strong.\n\n" +
        "The study cost about 2.1 million euros and was funded mainly by the Tagus Health Foundation, with a smaller grant from the European Commission.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who paid for the research", /Tagus Health Foundation/],
    ["What is Rui Sousa's medical specialty?", /endocrinologist/],
  ]);
  declinesEach(k, [["the sum is the study's, not the Commission's grant", "how much money did the european commission contribute to the study"]]);
});

describe("a court opinion: a count joined to its noun ('a 94-page opinion'), a pill is a drug", () => {
  const k = kb(
    tempKnowledge({
      "ruling.md":
        "---\ntitle: Judge rules against drugmaker over heart risks of diabetes pill\npublished: 2025-03-14\n---\nBOSTON, March 14 (Wire) - A judge ordered Corlan Pharma to pay $90 million to patients who took its diabetes pill Sucrevia, the court said on Thursday, ending a case brought by 40 patients.\n\n" +
        "Judge Ellen Park rejected the company's arguments in a 61-page opinion.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many pages long was the judge's opinion", /^61$/],
    ["what's the name of the diabetes drug in the case", /Sucrevia/],
  ]);
});

describe("an election online: 'over the internet' is online", () => {
  const k = kb(
    tempKnowledge({
      "turnout.md":
        "---\ntitle: Turnout falls\npublished: 2025-03-04\n---\nVILNIUS, March 4 (Wire) - Turnout was 58 percent, even though a record 204,000 people cast their ballots online during the advance voting period.\n",
    }),
  );
  answersEach(k, "%s", [["how many people voted over the internet", /204,000/]]);
});

describe("'its' opening a sentence: the organization the sentence before opens with", () => {
  const k = kb(
    tempKnowledge({
      "shares.md":
        "---\ntitle: Drugmaker to appeal\npublished: 2025-03-14\n---\nBOSTON, March 14 (Wire) - A judge ordered a drugmaker to pay $90 million on Thursday.\n\n" +
        "Corlan Pharma, which is based in Boston, said it would appeal. Its shares fell 3.1 percent in afternoon trading.\n",
    }),
  );
  answersEach(k, "%s", [["by how much did corlan stock drop after the ruling", /3\.1 percent/]]);
  it("refers the sentence to the organization", () => {
    const facts = k.articles[0];
    const its = facts.sentences.find((s) => s.text.startsWith("Its shares"))!;
    expect(referredOrganizations(facts).get(its.index)).toBe("Corlan Pharma");
  });
});

describe("a detainee swap: a shared surname, 'how soon', 'top diplomat', 'found guilty', a hearing on a weekday", () => {
  const k = kb(
    tempKnowledge({
      "swap.md":
        "---\ntitle: Qatar brokers release of three Canadians\n---\nDOHA, June 6 (Wire) - Three Canadians held in Belarus were exchanged on Friday at an air base outside Doha, in a deal brokered by Qatar.\n\n" +
        "Canadian Foreign Minister Claire Dubois said the men were tired but well.\n\n" +
        "Among them is Marc Roy, a 39-year-old pilot who was arrested in Minsk in October 2019 and later sentenced to 12 years in prison on spying charges. His sister, Julie Roy, said she spoke to him shortly after midnight.\n\n" +
        "Pavel Dorsky, a trader, was convicted by an Ottawa court of smuggling drone parts.\n\n" +
        "Belarus expects the frozen money to be transferred to Qatar \"within 60 days\", its foreign ministry said.\n\n" +
        "Opposition leader Ben Hart demanded a hearing of parliament's foreign affairs committee, which has been scheduled for Tuesday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["when was marc roy arrested in minsk", /October 2019/],
    ["how many years in jail did roy get", /12 years/],
    ["When did Julie Roy speak to her brother?", /shortly after midnight/],
    ["how soon does belarus want the funds moved", /within 60 days/],
    ["who is canada's top diplomat", /Claire Dubois/],
    ["what crime was dorsky found guilty of", /smuggling/],
    ["When will the committee hold its hearing?", /Tuesday/],
    ["which country acted as mediator", /Qatar/],
  ]);
});

describe("a doping appeal: a hyphenated given name, 'represented by its head', micrograms, 'of the X, how many', a partial name, he after an opening phrase", () => {
  const k = kb(
    tempKnowledge({
      "appeal.md":
        "---\ntitle: Cyclist appeals ban\npublished: 2025-05-20\n---\nLAUSANNE, May 20 (Wire) - Dutch cyclist Femke Aalders asked the Court of Arbitration for Sport on Tuesday to lift her two-year ban.\n\n" +
        "Her lead counsel, Zurich-based lawyer Jean-Marc Vogel, said a laboratory had found the drug in an unopened tub of protein powder at a level of about 3.5 micrograms per scoop.\n\n" +
        "The agency, represented by its director of legal affairs, Ruth Mbeki, urged the panel to uphold the ban.\n\n" +
        "The Royal Dutch Cycling Union has asked for a quick ruling, its president Pieter de Groot said.\n\n" +
        "Much of the day turned on the evidence of Anton Brill, a chemist called by the defence. Under questioning, however, he acknowledged that a small deliberate dose could give the same reading.\n\n" +
        "According to the agency, 9 of the 40 riders it has banned since 2020 blamed contamination.\n\n" +
        "Last year the sport's governing body tested 12,000 samples. As of Tuesday, 31 riders were waiting for hearings. The case has divided the sport.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who is Aalders' lawyer?", /Jean-Marc Vogel/],
    ["how much of the drug was in each scoop", /3\.5 micrograms/],
    ["what is ruth mbeki's job", /director of legal affairs/],
    ["of the riders the agency has banned since 2020, how many blamed contamination", /^9\b/],
    ["what did brill admit under questioning", /deliberate dose/],
  ]);
  it("leaves a common word's irregular form alone ('came' is no slip of 'case')", () => {
    expect(readQuestion(k, "when did the result that came back positive arrive").words).toContain("came");
  });
  declinesEach(k, [["the count is of now, not of last year", "how many riders waited for hearings last year"]]);
});

describe("a mine rescue: a part of a whole, a time on a day, ages in a range, 'keep alive', short weekdays, long initials", () => {
  const k = kb(
    tempKnowledge({
      "rescue.md":
        "---\ntitle: Rescuers race to reach trapped tunnel workers\n---\nKIRUNA, Sweden, Feb. 3 (Wire) - Rescue teams drilled toward nine workers trapped after a cave-in at a tunnel site in northern Sweden.\n\n" +
        "The cave-in struck at about 2:15 a.m. on Monday at the Lappberg tunnel, which is run by Nordvik Anlaggning Bygg (NAB). Of the 40 workers on the night shift, 31 escaped within an hour.\n\n" +
        "The shelter holds enough air and water to sustain 12 people for about 96 hours, the company said.\n\n" +
        "The first drill had reached 180 meters by dawn on Wednesday.\n\n" +
        "The trapped workers range in age from 22 to 58.\n\n" +
        "The Swedish Work Environment Authority (SWEAUTH), the safety regulator, inspected the site in May, its director, Lena Holm, said on Wednesday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many workers managed to get out", /^31\b/],
    ["when did the tunnel collapse", /2:15 a\.m\. on Monday/],
    ["for how long can the shelter keep the men alive", /96 hours/],
    ["how old are the trapped workers", /22 to 58/],
    ["how far had the drill gotten by wed", /180 meters/],
    ["what does SWEAUTH stand for", /Swedish Work Environment Authority/],
    ["who operates the tunnel", /Nordvik Anlaggning Bygg/],
    ["who heads the safety regulator", /Lena Holm/],
  ]);
  declinesEach(k, [["a country that is no party has said nothing", "how has the norwegian government reacted to the collapse"]]);
});

describe("an accounting scandal: particles in names, an organization in a role, 'for the' in a name, a finance chief, a company's own voice", () => {
  const k = kb(
    tempKnowledge({
      "scandal.md":
        "---\ntitle: Veldhaven chief quits over accounts\n---\nROTTERDAM, June 2 - The chief executive of Dutch shipping group Veldhaven NV, Joris van der Berg, resigned on Monday after the company said it had overstated profit.\n\n" +
        "Chief Financial Officer Anna Kuipers was suspended, the company said.\n\n" +
        "\"We owe our 18,000 employees an honest account,\" chairman Erik Smit told reporters.\n\n" +
        "The company's auditor, Brouwer Lind Accountants (BLA), said it was cooperating. \"We take this seriously,\" said Femke de Graaf, a partner at BLA.\n\n" +
        "The Dutch Authority for the Financial Markets (AFM) said it was investigating whether Veldhaven had misled investors. A spokesman, Daan Visser, said the regulator could impose fines.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who resigned as veldhaven's chief executive", /Joris van der Berg/],
    ["who is veldhaven's auditor", /Brouwer Lind Accountants/],
    ["which market regulator is investigating", /AFM|Authority for the Financial Markets/],
    ["name of the AFM spokesperson?", /Daan Visser/],
    ["whats the name of the finance chief who was suspended", /Anna Kuipers/],
    ["how many ppl does veldhaven employ", /18,000/],
    ["who is femke de graaf", /partner at BLA/],
  ]);
});

describe("an air-accident report: 'set off', a time said as 'later', a minute and a half, models in the plural, generic words", () => {
  const k = kb(
    tempKnowledge({
      "report.md":
        "---\ntitle: Investigators publish report on ferry-plane emergency\n---\nOSLO, May 4 - Norway's accident board published its final report on Tuesday into the emergency landing of a Nordair jet in Bergen.\n\n" +
        "A cracked valve triggered the emergency, the 96-page report found.\n\n" +
        "The jet touched down in Bergen 19 minutes later with a partial brake failure.\n\n" +
        "The pilots faced 12 separate cockpit alerts in the first 90 seconds.\n\n" +
        "Nordair chief executive Lars Berg said the carrier had since inspected all 14 K300s in its fleet at a cost of about 2.1 million euros.\n\n" +
        "Transport Minister Ida Moe said the government would ask for faster rule changes.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what set off the emergency", /cracked valve/],
    ["how many minutes after the valve problem did the jet touch down", /19 minutes/],
    ["how many warnings went off in the cockpit in the first minute and a half", /^12\b/],
    ["how many K300 jets does nordair have", /^14\b/],
    ["how much did nordair spend checking its K300s", /2\.1 million euros/],
    ["which goverment minister commented on the report", /Ida Moe/],
  ]);
});

describe("a drought: how full, right now, an occupation by its ending, jobs for 'employ', 'by how much'", () => {
  const k = kb(
    tempKnowledge({
      "drought.md":
        "---\ntitle: Murcia rations water\n---\nMURCIA, Spain, May 2 - Murcia ordered water rationing on Friday.\n\n" +
        "The Santomera reservoir held just 11.2 percent of its capacity this week. Farmers want more water whenever the reservoir falls below 20 percent.\n\n" +
        "Hotel owner Rosa Gil said tourism provided more than 80,000 jobs in the region, and that hotels had cut consumption per guest by a third since 2020.\n\n" +
        "Pablo Ruiz, a climatologist at the University of Murcia, said the drought was the worst in a century.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how full is the santomera reservoir right now", /11\.2 percent/],
    ["how many people does tourism employ in the region", /80,000/],
    ["by how much have hotels reduced water use per guest", /a third/],
    ["who's the climatologist quoted in the story", /Pablo Ruiz/],
  ]);
});

describe("a tariff dispute: a government's voice in its capital, 'European' is no union, 'add to the list' is no speech, percentage points", () => {
  const k = kb(
    tempKnowledge({
      "tariffs.md":
        "---\ntitle: EU hits back with tariffs\n---\nBRUSSELS, March 14 - The European Union on Friday announced tariffs on U.S. soybeans and motorcycles.\n\n" +
        "The move comes three weeks after the United States imposed a 20 percent duty on European steel and aluminium. Those duties came into force on February 20.\n\n" +
        "In Washington, U.S. Trade Representative Daniel Whitcomb said the response was a stunt.\n\n" +
        "France, by contrast, had pressed for a longer list that would also have targeted U.S. technology services, two EU diplomats said.\n\n" +
        "Sofia Lind, chief economist at Baltica Capital, estimated that the measures would shave about 0.2 percentage point off euro zone growth this year.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who is the U.S. Trade Representative?", /Daniel Whitcomb/],
    ["when did the us duties on european steel come into force", /February 20/],
    ["What did France want to add to the target list?", /technology services/],
    ["How much would the measures cut from euro zone growth according to the economist?", /0\.2 percentage point/],
  ]);
});

describe("a blackout and a collision at sea: ships and ports are no people, a reserve margin is a share, riders are passengers", () => {
  const k = kb(
    tempKnowledge({
      "blackout.md":
        "---\ntitle: Blackout and a collision\n---\nLIMA, Jan. 8 - A blackout left most of Peru without power on Tuesday.\n\n" +
        "Emergency crews evacuated some 90,000 passengers from stalled metro trains.\n\n" +
        "Opposition lawmaker Rosa Vega said the grid had been operating with a reserve margin of barely 3 percent.\n\n" +
        "The grid operator said it would present a full technical report by Friday, January 17.\n\n" +
        "Off Port Salaverry, the tanker Andes Star collided with the trawler Mar Azul, and the slick is about 9 kilometres long.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many metro riders had to be evacuated", /90,000/],
    ["what reserve margin was the grid running on", /3 percent/],
    ["when is the operator supposed to release its technical report", /Friday, January 17/],
    ["how long is the slick", /9 kilometres/],
  ]);
  it("takes ships and a port for no one", () => {
    const names = k.articles[0].people.map((p) => p.name);
    expect(names).not.toContain("Andes Star");
    expect(names).not.toContain("Port Salaverry");
  });
});

describe("an eruption and a stadium vote: another year's toll, carriers for airlines, a condition's words, a person described with 'who', sums said with their verb", () => {
  const k = kb(
    tempKnowledge({
      "eruption.md":
        "---\ntitle: Volcano erupts, stadium vote set\n---\nMANADO, Indonesia, June 3 - Mount Lokon erupted on Friday.\n\n" +
        "Its 1991 eruption killed more than 200 people, and a period of unrest in 2019 forced some 9,000 people from their homes.\n\n" +
        "Australian carriers Jetstar and Qantas suspended their Manado services.\n\n" +
        "\"If this lasts a month we will need Jakarta's help,\" said Made Artana, the regency's chief.\n\n" +
        "Hotel owners said about 20 percent of June bookings had been cancelled.\n\n" +
        "Gregory Vance, the Jakarta-based property developer who bought the local football club in 2022, said the club had spent $8 million on a stadium design.\n\n" +
        "Under the plan, the city would issue $90 million in bonds. If voters approve it, construction would begin in May 2027.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many people died in lokon's 1991 eruption", /200/],
    ["Which Australian airlines suspended their Manado services?", /Jetstar/],
    ["which official said the regency would need jakarta's help if the crisis lasted a month", /Made Artana/],
    ["what share of june reservations have been scrapped", /20 percent/],
    ["If voters approve it, when would construction get under way?", /May 2027/],
    ["who is gregory vance", /bought the local football club/],
  ]);
  declinesEach(k, [
    ["the toll is of 1991, not of 2019", "how many people were killed during the 2019 unrest at lokon"],
    ["the sum was spent, not raised", "how much money would the bonds raise each year"],
    ["a person's worth is not what he spent", "how much is gregory vance worth"],
  ]);
});

describe("names that are not given and sums that are not money", () => {
  const k = kb(
    tempKnowledge({
      "spill.md":
        "---\ntitle: Tanker spill\n---\nKLANG, Malaysia, May 2 - Two sailors from the Harmony were taken to hospital in Klang with minor injuries.\n\n" +
        "The tanker Sea Aurora was carrying about 80,000 tonnes of crude.\n",
    }),
  );
  declinesEach(k, [
    ["no sailor is named", "What are the names of the two injured sailors from the Harmony?"],
    ["a cargo's tonnes are no insured sum", "how much is the sea aurora insured for"],
  ]);
});

describe("a film's title in quotation marks", () => {
  const k = kb(
    tempKnowledge({
      "festival.md":
        "---\ntitle: Debut wins festival\n---\nSPLIT, Croatia, Sept. 27 - Norwegian director Mira Holm won the Golden Lighthouse on Saturday for her first feature, \"The Salt Keepers\", a low-budget drama.\n\n" +
        "\"I wrote this film at my kitchen table,\" Holm said.\n",
    }),
  );
  answersEach(k, "%s", [["What is the name of the film that won the Golden Lighthouse?", /^The Salt Keepers$/]]);
});

describe("counts joined to their noun: 'the seven-member jury', 'the 19-film competition', 'a 96-minute film'", () => {
  const k = kb(
    tempKnowledge({
      "jury.md":
        "---\ntitle: Jury picks a debut\n---\nSPLIT, Croatia, Sept. 27 - Catherine Morel, who led the seven-member jury, said the choice was not unanimous.\n\n" +
        "Mira Holm's film beat rivals in the 19-film main competition.\n\n" +
        "Mira Holm's 96-minute film follows three sisters.\n\n" +
        "The jury heard from 11 witnesses before the panel closed.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many ppl sat on the jury", /seven/],
    ["How many movies were in the main competition?", /19/],
    ["how long is mira holm's film", /96 minutes/],
    ["how many witnesses did the jury hear", /11/],
  ]);
});

describe("an award: 'named best actor' asks who was named, not a 'named' actor", () => {
  const k = kb(
    tempKnowledge({
      "awards.md":
        "---\ntitle: Festival awards\n---\nSPLIT, Croatia, Sept. 27 - Portuguese actress Rita Sampaio was named best actress, while best actor went to Croatian actor Luka Peric.\n",
    }),
  );
  answersEach(k, "%s", [["Who was named best actor?", /Luka Peric/]]);
});

describe("a publication named after the word for it", () => {
  const k = kb(
    tempKnowledge({
      "critic.md":
        "---\ntitle: Critics split\n---\nSPLIT, Croatia, Sept. 27 - Hannah Lind, a critic for the Swedish culture magazine Filmrutan, said the jury had been right.\n",
    }),
  );
  answersEach(k, "%s", [["Which publication does Hannah Lind write for?", /Filmrutan/]]);
});

describe("a work 'by' someone says who made it", () => {
  const k = kb(
    tempKnowledge({
      "ledger.md":
        "---\ntitle: Critics split\n---\nSPLIT, Croatia, Sept. 27 - Many critics had tipped \"Winter Ledger\", the latest film by Hungarian veteran Gabor Szabo.\n",
    }),
  );
  answersEach(k, "%s", [["Who directed Winter Ledger?", /Gabor Szabo/]]);
});

describe("what caused it: the doer of the question's verb", () => {
  const k = kb(
    tempKnowledge({
      "board.md":
        "---\ntitle: Report on an emergency landing\n---\nOSLO, May 4 - The accident board published its report on Tuesday, concluding that a worn seal in a hydraulic pump triggered the emergency but that the crew reacted well.\n",
    }),
  );
  answersEach(k, "%s", [["what triggered the emergency", /^a worn seal in a hydraulic pump$/]]);
  declinesEach(k, [["nobody in the article painted anything", "Who painted the Mona Lisa?"]]);
});

describe("how much of something that is not money; kicking off; shutting", () => {
  const k = kb(
    tempKnowledge({
      "crew.md":
        "---\ntitle: Crew rest and a festival\n---\nLISBON, Nov. 18 - The pilots had been given only nine hours' rest before reporting for duty at 5:15 a.m.\n\n" +
        "The festival, which opened on September 18, sold 142,000 tickets.\n\n" +
        "The operator closed the airport in Denpasar at 11 a.m.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How much rest did the crew get before they reported for duty?", /nine hours/],
    ["When did this year's festival kick off?", /September 18/],
    ["When was the Denpasar airport shut?", /11 a\.m\./],
  ]);
});

describe("a supplier dispute: contracts, withheld sums, conveners and parties", () => {
  const k = kb(
    tempKnowledge({
      "supplier.md":
        "---\ntitle: Clinic supplier row\n---\nCARDIFF, May 3 - The dispute is with Pellworth Medical Supplies, a Swansea-based company that won a two-year, 6.8 million pound contract in 2023 to deliver dressings to the board's 12 clinics and dozens of GP surgeries.\n\n" +
        "The board withheld 1.4 million pounds in payments in April after a batch of dressings failed inspection.\n\n" +
        "Committee convener Alun Pryce, a Plaid Cymru member, said the row had gone on too long.\n\n" +
        "Mair Lloyd, who chairs the Valleys Carers' Alliance, said patients had waited weeks.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How much is Pellworth's contract worth?", /6\.8 million pound/],
    ["How much did the board hold back in payments?", /1\.4 million pounds/],
    ["Who chairs the committee?", /Alun Pryce/],
    ["Which party does Pryce belong to?", /^Plaid Cymru$/],
    ["Who heads the Valleys Carers' Alliance?", /Mair Lloyd/],
  ]);
  it("does not take the GP of 'GP surgeries' for an organization", () => {
    expect(k.articles[0].things.map((t) => t.name)).not.toContain("GP");
  });
});

describe("a dock strike: names cut by commas, short names of unions, pay rises, walkouts", () => {
  const k = kb(
    tempKnowledge({
      "dock.md":
        "---\ntitle: Dock strike\n---\nBELFAST, Oct. 2 - About 900 dockers represented by the Harbour and General Workers Union (HGWU) walked out at 7 a.m. on September 25 after talks with the operator collapsed.\n\n" +
        "The company has offered 4.5 percent, and the union wants 11 percent.\n\n" +
        "HGWU General Secretary Niamh Boyle said members would not back down.\n\n" +
        "According to Declan Furey, a senior analyst at the Dublin-based consultancy Quayline Insight, about 6,000 containers are stuck.\n\n" +
        "The government asked the Labour, Mediation and Conciliation Office (LMCO) to step in.\n\n" +
        "Mediator Ruth Keane said both sides would meet in Derry on Friday at 11 a.m., the first talks since the strike began.\n\n" +
        "Sean Doyle, a 52-year-old crane operator, said he had lost a week's wages.\n",
    }),
  );
  answersEach(k, "%s", [
    ["which body did the government ask to step in", /^Labour, Mediation and Conciliation Office$/],
    ["Which consultancy does Declan Furey work for?", /Quayline Insight/],
    ["who leads the harbour union", /Niamh Boyle/],
    ["how much did the company offer as a raise", /4\.5 percent/],
    ["when will the sides meet", /Friday at 11 a\.m\./],
    ["when did the walkout start", /7 a\.m\. on September 25/],
  ]);
  it("reads a crane operator as someone's job", () => {
    expect(k.articles[0].people.find((p) => p.name === "Sean Doyle")?.roles).toContain("52-year-old crane operator");
  });
});

describe("a wildfire: named fires, a fire that broke out, a ranger, a word for a body opening a quotation", () => {
  const k = kb(
    tempKnowledge({
      "fire.md":
        "---\ntitle: Wildfire near Bend\n---\nBEND, Oregon, Aug. 9 - The Pine Hollow Fire, which broke out shortly after 3 p.m. on Sunday near a campground, had burned about 2,600 acres by Monday evening.\n\n" +
        "Jo Feld, the Forest Service district ranger for the Crescent Ranger District, said about 410 firefighters were assigned to the blaze.\n\n" +
        "The Pacific Insurers Council, a trade group representing 27 companies, said agencies had fallen behind on thinning forests.\n\n" +
        "\"Insurance is the last line of defense,\" said its president, Carl Ames.\n\n" +
        "The 2017 Milli Fire burned in the same forest for weeks.\n",
    }),
  );
  answersEach(k, "%s", [
    ["when did the fire start", /3 p\.m\. on Sunday/],
    ["how many insurance companies belong to the trade group", /27/],
    ["how many firefighters are working the fire", /410/],
  ]);
  it("reads a named fire as no person, and a ranger's description as a role", () => {
    const facts = k.articles[0];
    expect(facts.people.map((p) => p.name)).not.toContain("Milli Fire");
    expect(facts.people.find((p) => p.name === "Jo Feld")?.roles.join(" ")).toMatch(/district ranger/);
    expect(facts.things.map((t) => t.name)).not.toContain("Insurance");
  });
});

describe("deadlines and days: until Thursday morning, a strike from a date, what was asked for and received", () => {
  const k = kb(
    tempKnowledge({
      "deadline.md":
        "---\ntitle: Evacuation and a strike threat\npublished: 2025-03-10\n---\nHALIFAX, March 10 - Officials said evacuation orders would remain in place at least until Thursday morning, when crews will reassess conditions.\n\n" +
        "The nurses' union has given the province until March 21 to pay overdue allowances and has threatened a strike in public hospitals from March 24.\n\n" +
        "The agency had requested $31 million for flood barriers in the budget and received $9 million, its director said.\n",
    }),
  );
  answersEach(k, "%s", [
    ["until when will the evacuation orders stay in effect", /Thursday morning/],
    ["When could the strike start?", /March 24/],
    ["By what date does the union want the allowances paid?", /March 21/],
    ["How much did the agency ask for, and how much did it actually get?", /\$31 million; \$9 million/],
  ]);
});

describe("a distributor: which firm does it, not the one the question names, nor its owner's name", () => {
  const k = kb(
    tempKnowledge({
      "distributor.md":
        "---\ntitle: Distributor row\n---\nPERTH, June 2 - The row is with Vantor Freight Services, a Dundee-based company that won a contract in 2022 to store vaccines and deliver them to the board's clinics.\n\n" +
        "Its director said that Vantor's insurers had offered to replace the lost doses at no cost to the board.\n",
    }),
  );
  answersEach(k, "%s", [["which firm stores and delivers the vaccines for the board", /^Vantor Freight Services$/]]);
  declinesEach(k, [
    ["the article names no earlier distributor", "which company delivered the board's vaccines before vantor"],
    ["the article names no insurer", "what is the name of vantor's insurer"],
  ]);
});

describe("a Spanish bank merger: Banco and Caja, 'y' in a name, a regulator named apart", () => {
  const k = kb(
    tempKnowledge({
      "merger.md":
        "---\ntitle: Bank merger probe\n---\nMADRID, May 6 - Spain's competition regulator said it would extend its review of the merger between regional lenders Banco Orvalo and Caja Serrana by 90 days.\n\n" +
        "The National Competition Office (NCO) said it had opened a second-phase investigation into the deal.\n\n" +
        "Orvalo chief executive Marta Gil said the two banks remained committed to the deal.\n\n" +
        "The banks were preparing to offer to sell around 40 branches to a rival lender.\n\n" +
        "Caja Serrana's largest shareholder, which holds a 19 percent stake, said the merger would bring annual cost savings of 150 million euros.\n\n" +
        "Rafael Soto, a portfolio manager at Lisbon-based Tejo Capital, said the exchange ratio undervalued the smaller bank.\n\n" +
        "Irene Vals, who represents the region in the Congress of Deputies, said the deal would cost jobs.\n\n" +
        "Jorge Paz, a banking analyst at Seville-based brokerage Lago y Riba, said he expected the regulator to approve the deal.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who runs banco orvalo", /Marta Gil/],
    ["who does Paz work for", /^Lago y Riba$/],
    ["What regulator is looking into the bank tie-up?", /NCO|National Competition Office/],
  ]);
  declinesEach(k, [
    ["Marta Gil runs Orvalo, not Serrana", "who is the ceo of caja serrana"],
    ["the buyer is not named", "Which rival lender would buy the branches the banks plan to sell?"],
    ["the Congress of Deputies is no party", "which political party is irene vals from"],
    ["cost savings are no share price", "what price did caja serrana shares close at"],
  ]);
  it("reads Banco and Caja names as two organizations and no person", () => {
    const facts = k.articles[0];
    expect(facts.things.map((t) => t.name)).toEqual(expect.arrayContaining(["Banco Orvalo", "Caja Serrana", "Lago y Riba"]));
    expect(facts.people.map((p) => p.name)).not.toContain("Caja Serrana");
  });
  it("asks for a person when a role ends the phrase after 'which'", () => {
    expect(readQuestion(k, "Which fund manager thinks the terms undervalue the smaller bank?").kind).toBe("who");
  });
});

describe("an election: taking office as the article says it, and a candidate's party written after the name", () => {
  const k = kb(
    tempKnowledge({
      "mayor.md":
        "---\ntitle: New mayor\npublished: 2024-03-06\n---\nAna Ruiz of the Civic Front won the race for mayor of Braga with 52 percent of the vote, beating Rui Costa of the Progress Party.\n\n" +
        "Ruiz will take office on May 2.\n\n" +
        "Marta Sousa, who represents the region in the Assembly of the Republic, said the result was clear.\n",
    }),
  );
  answersEach(k, "%s", [
    ["When will Ruiz take office?", /May 2/],
    ["Which party is Ana Ruiz from?", /^Civic Front$/],
    ["Which party is Rui Costa from?", /^Progress Party$/],
  ]);
  declinesEach(k, [["a parliament is no party", "which political party is marta sousa from"]]);
  it("keeps 'from' as typed, though WordNet does not list it", () => {
    expect(readQuestion(k, "Which party is Ana Ruiz from?").words).toContain("from");
  });
});

describe("a hospital cyberattack and a tourist levy: paraphrases, gangs, acronyms the question types", () => {
  const k = kb(
    tempKnowledge({
      "attack.md":
        "---\ntitle: Hospital ransomware attack\n---\nLEEDS, April 3 - A ransomware attack has forced the postponement of more than 210 surgeries, officials said.\n\n" +
        "Redgate Security, a Manchester-based security firm hired by the trust on Tuesday, said the intrusion bore the hallmarks of GreyLynx, a criminal gang.\n\n" +
        "The trust said it had notified the Information Commissioner's Office about a possible breach.\n\n" +
        "The Northern Innkeepers Association (NIA) said a new visitor levy of 2 euros a night would hurt small hotels, while the council said the levy would raise 4 million euros a year.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many operations got pushed back because of the hack", /210/],
    ["which security company did the trust bring in", /Redgate Security/],
    ["What does NIA stand for?", /Northern Innkeepers Association/],
    ["how much is the visitor levy per night", /2 euros/],
  ]);
  it("reads a name described as a criminal gang as an organization", () => {
    expect(k.articles[0].things.find((t) => t.name === "GreyLynx")?.kind).toBe("organization");
  });
});

describe("a student march: where it set off, how many times, a year it was the largest since", () => {
  const k = kb(
    tempKnowledge({
      "march.md":
        "---\ntitle: Student march\n---\nCORK, March 5 - Organisers put the crowd at more than 22,000, which would make it the largest student demonstration in the city since 2011.\n\n" +
        "The march set off from Grand Parade shortly after noon.\n\n" +
        "The federation said the minister had turned down four requests for a meeting since November.\n\n" +
        "Students staged a 24-hour sit-in at Munster Technological University in February.\n",
    }),
  );
  answersEach(k, "%s", [
    ["where did the march start from", /Grand Parade/],
    ["how many times has the minister rejected a meeting", /four/],
    ["Which university saw a sit-in by students in February?", /Munster Technological University/],
  ]);
  declinesEach(k, [["the article gives no count for 2011", "How many people took part in the 2011 student demonstration?"]]);
});

describe("a study led by someone named in the sentence after its university", () => {
  const k = kb(
    tempKnowledge({
      "study.md":
        "---\ntitle: Salt study\n---\nPeople who ate less salt had fewer strokes, according to a study of 9,000 adults.\n\n" +
        "The researchers at the University of Leeds followed the participants for five years. The study was led by Dr. Ines Marr.\n",
    }),
  );
  answersEach(k, "%s", [["Who led the University of Leeds study?", /Ines Marr/]]);
});

describe("a court case against a company named like a person", () => {
  const k = kb(
    tempKnowledge({
      "court.md":
        "---\ntitle: Quill Mobile fined\n---\nA judge in Austin on Thursday ordered Quill Mobile to pay $88 million over fixing prices.\n\n" +
        "Judge Rosa Patel wrote that the company had acted with indifference and that about 310,000 customers had been harmed.\n\n" +
        "Quill Mobile, which sells broadband service, said it would appeal.\n\n" +
        "The case was brought by state Attorney General Omar Reyes.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Which judge ruled against Quill Mobile?", /Rosa Patel/],
    ["Who brought the case against Quill Mobile?", /Omar Reyes/],
    ["How many customers did Quill Mobile harm?", /310,000/],
  ]);
  it("reads 'X, which sells ...' as an organization", () => {
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Quill Mobile");
  });
});

describe("two foreign ministers: 'Brazil is sending its foreign minister', and a meeting of both", () => {
  const k = kb(
    tempKnowledge({
      "ministers.md":
        "---\ntitle: Ministers meet\npublished: 2021-05-17\n---\nForeign ministers from Chile and Peru will meet in Lima on Wednesday, their first talks in six years.\n\n" +
        "Ana Ruiz, a senior fellow at the Andes Policy Institute, said the meeting itself was the news.\n\n" +
        "Marta Soto, Chile's foreign minister, will lead the Chilean delegation; Peru is sending its foreign minister, Luis Vega.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who is Peru's foreign minister?", /Luis Vega/],
    ["When will the Chilean and Peruvian ministers meet?", /Wednesday/],
  ]);
});

describe("a takeover: when the deal is expected to close", () => {
  const k = kb(
    tempKnowledge({
      "takeover.md":
        "---\ntitle: Harbor Foods to buy Lakeside Farms\npublished: 2025-08-04\n---\nHarbor Foods has agreed to buy Lakeside Farms for $2.5 billion, the companies said on Sunday.\n\n" +
        "The price is 30 percent above Lakeside Farms's closing share price on Friday. The deal is expected to close in February, subject to approval by regulators.\n",
    }),
  );
  answersEach(k, "%s", [["When is the Lakeside Farms deal expected to close?", /February/]]);
});

describe("which company, which university, how soon: kinds a name only contains, and time that has passed", () => {
  const k = kb(
    tempKnowledge({
      "outage.md":
        "---\ntitle: Hospital outage\n---\nYORK, May 9 - The trust said its computer systems were encrypted shortly after 3 a.m. on Monday, when staff could no longer open patient charts.\n\n" +
        "Redline Cyber, a Leeds-based security firm hired by the trust, said the attack bore the hallmarks of GreyLynx, a criminal gang.\n\n" +
        "Backups appeared intact, which should allow most systems to be restored within two to three weeks.\n\n" +
        "Professor Ann Lowe, chairman of the Northern Universities Council, said funding was short.\n\n" +
        "Students held a sit-in at University College Ripon in April.\n",
    }),
  );
  answersEach(k, "%s", [
    ["which security company did the trust bring in", /^Redline Cyber$/],
    ["how soon could most systems be back up and running?", /within two to three weeks/],
  ]);
  declinesEach(k, [["a council of universities is no university", "which university is ann lowe the head of"]]);
});

describe("what two ministers will discuss, when the article's only sentence naming both says who they are", () => {
  const k = kb(
    tempKnowledge({
      "agenda.md":
        "---\ntitle: Ministers meet\n---\nForeign ministers from Chile and Peru will meet in Lima on Wednesday.\n\n" +
        "Marta Soto, Chile's foreign minister, will lead the Chilean delegation; Peru is sending its foreign minister, Luis Vega.\n",
    }),
  );
  declinesEach(k, [["a person and her title are not what is discussed", "What will Marta Soto and Vega discuss?"]]);
});

describe("who did it: a body named without the question's verb is no answer", () => {
  answersEach(kb(join(ROOT, "test/fixtures/kb-cupfinal")), "%s", [["who scored the winnning goal for kelvinside", /McGarvey/]]);
});
