/**
 * "How many" and "how much": the number of the very thing asked, on articles written for these
 * tests. A count of other people, or an amount the question itself gives, is declined.
 */
import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/qa/question.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("how many: a count of other people is no count of the people asked", () => {
  const k = kb(
    tempKnowledge({
      "clinic.md":
        "---\ntitle: Clinic network hit by outage\n---\nThe Fenwick Care Group, which runs nine clinics, said records of some 64,000 patients may have been exposed.\n",
      "buses.md":
        "---\ntitle: Bus strike\n---\nThe strike by the city's transport workers entered its second day on Tuesday. About 3,100 bus drivers walked out on Monday, the Transit Workers Union said.\n",
      "poll.md": "---\ntitle: Poll\n---\nA poll published last week by the daily Correio Norte showed 58 percent of 1,150 respondents backed the plan.\n",
      "insurer.md": "---\ntitle: Insurer results\n---\nCorbel Mutual, a health insurer owned by its 52,000 members, said profits rose.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many people may have had their records exposed", /64,000/],
    ["how many workers walked out", /3,100/],
    ["How many people were surveyed in the poll?", /1,150 respondents/],
  ]);
  declinesEach(k, [
    ["patients are not staff", "how many staff does the Fenwick Care Group employ"],
    ["members are not employees", "how many employees does Corbel Mutual have"],
  ]);
});

describe("how much: an amount the question gives, restated in another currency, is no answer", () => {
  const k = kb(
    tempKnowledge({
      "levy.md":
        "---\ntitle: City levy\n---\nOfficials estimate the levy will raise about 4.2 million euros ($4.6 million) a year.\n\n" +
        "The mayor said the money would go to street cleaning and housing.\n",
    }),
  );
  answersEach(k, "%s", [["how much will the levy raise each year", /4\.2 million euros/]]);
  declinesEach(k, [["the dollar figure only restates the question's euros", "how much of the 4.2 million euros is going to housing"]]);
});

describe("how many, how long: a number followed by a preposition counts nothing, and 'a year' after an amount is a rate", () => {
  const k = kb(
    tempKnowledge({
      "volcano.md":
        "---\ntitle: Eruption\n---\nThe eruption forced 9,000 people from 17 villages on Friday.\n\nThe ash cloud forced 4,500 from their homes by Saturday.\n",
      "mine.md":
        "---\ntitle: Copper mine\n---\nThe chief executive said the mine would produce about 40,000 tonnes of copper a year once it reaches full output.\n\n" +
        "The plant was shut for a year after the 2019 flood.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how many villages were evacuated", /17 villages/],
    ["how long was the plant shut after the flood", /year/],
  ]);
  declinesEach(k, [["'a year' after the tonnage is how much each year, not for how long", "how long is the mine expected to operate"]]);
  const quake = kb(tempKnowledge({ "quake.md": "---\ntitle: Tremor\n---\nStrong tremor hits coast, forcing 6,000 from villages and shutting the airport\n\nThe tremor struck on Sunday.\n" }));
  declinesEach(quake, [["6,000 were forced from villages: no count of villages", "how many villages were cleared"]]);
});

describe("how far: a distance or a share, never an area", () => {
  const k = kb(
    tempKnowledge({
      "river.md":
        "---\ntitle: Dry river\n---\nThe minister said the Tava river, which irrigates about 60,000 hectares, was running low this year.\n\n" +
        "Ash from the fire drifted about 40 kilometres to the east.\n",
    }),
  );
  answersEach(k, "%s", [["how far did the ash drift", /40 kilometres/]]);
  declinesEach(k, [["the hectares it irrigates say nothing of how low it runs", "how far below normal is the Tava river this year"]]);
});

describe("an average asks for a number, an age for an age, and a noun phrase is headed by its last noun", () => {
  const k = kb(
    tempKnowledge({
      "pensions.md":
        "---\ntitle: Pension reform\n---\nThe government plans to raise the state pension age from 66 to 68 by 2040, Labour Minister Rui Lopes said.\n\n" +
        "Tomas Vidal, a pensions economist at the University of Braga, said the months of protests in France showed the risks.\n\n" +
        "A study of 2,100 nurses found the night-shift workers, whose average age was 44, slept less.\n",
      "teachers.md": "---\ntitle: Teachers\n---\nA survey of 900 teachers found that most of them, on average, planned to retire early.\n",
    }),
  );
  it("reads 'the current state pension age' as asking for an age, not a state", () => {
    const q = readQuestion(k, "whats the current state pension age");
    expect(q.kind).not.toBe("where");
    expect(q.head).toBe("age");
  });
  it("reads 'the average monthly state pension' as asking for a number", () => {
    expect(readQuestion(k, "What is the average monthly state pension in Portugal?")).toMatchObject({ kind: "quantity", head: "pension" });
  });
  answersEach(k, "%s", [["what was the average age of the nurses in the study", /44/]]);
  declinesEach(k, [
    ["a pensions economist is no amount", "What is the average monthly state pension in Portugal?"],
    ["a count of teachers is no age", "What was the average age of the teachers surveyed?"],
  ]);
});

describe("how many people signed: the signatures count them", () => {
  const k = kb(
    tempKnowledge({
      "flood.md":
        "---\ntitle: Flood\n---\nThe river forced about 900 people from their homes on Tuesday.\n\n" +
        "\"We even sent a petition with 410 signatures,\" said resident Amal Osei.\n",
    }),
  );
  answersEach(k, "%s", [["How many people signed the residents' petition?", /410 signatures/]]);
});

describe("how much of an amount: a part is never more than the whole", () => {
  const k = kb(
    tempKnowledge({
      "plant.md":
        "---\ntitle: Chip plant\n---\nUnder the agreement, the company will receive $240 million in state grants and about $80 million in road and water improvements.\n\n" +
        "Of the $80 million, the county will pay $30 million.\n",
      "grid.md": "---\ntitle: Grid\n---\nThe utility will get $500 million in state grants and $60 million in federal loans.\n",
    }),
  );
  answersEach(k, "%s", [["how much of the $80 million will the county pay", /\$30 million/]]);
  declinesEach(k, [["$500 million is more than the $60 million asked about", "how much of the $60 million in federal loans will the state cover"]]);
});

describe("the value for the year asked, though another stands right after the question's verb", () => {
  const k = kb(
    tempKnowledge({
      "water.md":
        "---\ntitle: Water plan\n---\nHalden Chips says it plans to recycle about 40 percent of its water when the plant opens, rising to 75 percent by 2031.\n",
    }),
  );
  answersEach(k, "%s", [
    ["What recycling rate does Halden Chips aim to reach by 2031?", /^75 percent/],
    ["what share of its water will halden chips recycle when the plant opens", /40 percent/],
  ]);
});

describe("the price of something asks for an amount", () => {
  const k = kb(
    tempKnowledge({
      "lithium.md":
        "---\ntitle: Lithium\n---\nThe plant produced about 18,000 tonnes of lithium carbonate last year and is designed to reach 40,000 tonnes a year by 2027.\n\n" +
        "City officials estimate the housing program would cost about $210 million over ten years.\n",
    }),
  );
  answersEach(k, "%s", [["what is the estimated cost of the housing program", /^(?:about )?\$210 million$/]]);
  declinesEach(k, [["tonnes produced are no price", "what was the price of lithium carbonate per tonne in march"]]);
});

describe("a number before a list of names counts the things named", () => {
  const k = kb(
    tempKnowledge({
      "federation.md":
        "---\ntitle: Federation\n---\nThe Federation of Ayllus of the Northern Plateau, which represents 52 Quechua and Aymara communities around the salt flat, called a blockade.\n",
    }),
  );
  answersEach(k, "%s", [["how many communities does the federation represent", /^52\b/]]);
});

describe("how much X has leaked: a share of the leaked X is not its amount", () => {
  const k = kb(
    tempKnowledge({
      "spill.md":
        "---\ntitle: Spill\n---\nThe tanker ran aground off Tingloy on Saturday.\n\nOfficials estimate that at least 210,000 litres have leaked from two tanks.\n\n" +
        "Boats with skimmers have recovered only about 37 percent of the leaked oil so far.\n",
    }),
  );
  it("does not give the share recovered as the amount leaked", () => {
    expect(answerQuestion(k, "how much oil has leaked so far").answer).not.toMatch(/37 percent/);
  });
  answersEach(k, "%s", [["what share of the leaked oil has been recovered", /37 percent/]]);
});

describe("how many X: a measure ('6,000 litres of water') counts no X", () => {
  const k = kb(
    tempKnowledge({
      "fire.md":
        "---\ntitle: Wildfire\n---\nThe European Commission sent four water bombers to Malaga on Monday.\n\n" +
        "\"Each of these planes can drop around 6,000 litres of water in a single pass,\" a Commission spokesperson told reporters in Brussels.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How many water bombers did Brussels send?", /^four/],
    ["how many litres of water can each plane drop", /6,000 litres/],
  ]);
});

describe("how many people work at X: those it employs", () => {
  const k = kb(
    tempKnowledge({
      "fab.md":
        "---\ntitle: Chip plant\n---\nThe chipmaker Corvane will build a $4 billion fab in Lubbock.\n\n" +
        "The plant will employ about 2,300 people once fully running, the company said.\n\n" +
        "Construction is due to begin in June, and the mayor said the city would add 40 buses.\n",
    }),
  );
  answersEach(k, "%s", [["how many people work at the plant", /2,300/]]);
});

describe("coverage is a share, and 'X coverage at the schools where ...' asks for it", () => {
  const k = kb(
    tempKnowledge({
      "mumps.md":
        "---\ntitle: Mumps\n---\nA mumps outbreak in Tacoma has grown to 31 cases, officials said on Monday.\n\n" +
        "At the two schools where most cases have occurred, vaccination coverage ranged from 58 percent to 63 percent.\n\n" +
        "The county's target is 90 percent coverage by 2027, the health officer said.\n",
    }),
  );
  answersEach(k, "%s", [
    ["vaccination coverage at the schools where cases occurred?", /58 percent/],
    ["what is the county's target for coverage", /90 percent/],
  ]);
});

describe("how tall, how deep: a length in a unit says it", () => {
  const k = kb(
    tempKnowledge({
      "levee.md":
        "---\ntitle: Levee breach\n---\nThe river spilled over a section of Hexham's flood wall early on Tuesday, flooding 200 homes.\n\n" +
        "Council leader Ann Bell said maintenance of the flood wall was the agency's job, not the council's.\n\n" +
        "An engineer who studied the flood wall said it had been built to the flood standard of 1995.\n\n" +
        "The agency said the flood wall had been inspected in November.\n\n" +
        "Water began pouring over the 2.1-metre wall near Tyne Road at around 4 a.m.\n",
    }),
  );
  answersEach(k, "%s", [["How tall is the flood wall?", /2\.1[- ]metre/]]);
});

describe("how wide was the avalanche: a length, and a slide is the avalanche", () => {
  const k = kb(
    tempKnowledge({
      "snow.md":
        "---\ntitle: Avalanche\n---\nFour skiers were killed when an avalanche hit an off-piste slope near Verbier on Friday.\n\n" +
        "More than 40 rescuers, backed by two helicopters and six avalanche dogs, searched the debris.\n\n" +
        "The slide, which officials estimated at about 300 metres wide, started near a ridge.\n",
    }),
  );
  answersEach(k, "%s", [["how wide was the avalanche", /300 metres/]]);
});

describe("the city's needs, in a story filed from the city: the place the question names", () => {
  const k = kb(
    tempKnowledge({
      "desal.md":
        "---\ntitle: Desalination deal\n---\nPORT ALFRED, March 13 - Port Alfred's council gave a construction consortium 60 days to finish its delayed water plant.\n\n" +
        "The plant was intended to supply about 12 percent of the city's daily needs.\n",
    }),
  );
  answersEach(k, "%s", [["What share of Port Alfred's daily water needs was the plant meant to supply?", /12 percent/]]);
});

describe("what level: a number", () => {
  const k = kb(
    tempKnowledge({
      "bulletin.md":
        "---\ntitle: Avalanche warning\n---\nThe avalanche bulletin published by the weather service that morning had rated the danger at 4 on the five-level European scale, after days of heavy snow.\n\n" +
        "Rescuers searched the slope for six hours.\n",
    }),
  );
  answersEach(k, "%s", [["What danger level had the weather service given that morning?", /^4\b/]]);
});

describe("a range is given whole, however its lower bound is written", () => {
  const k = kb(
    tempKnowledge({
      "backlog.md":
        "---\ntitle: Port backlog\n---\nAn analyst at Dockline Research said the backlog would take five to seven days to clear once the berth reopens.\n\n" +
        "The port authority said repairs could take between 10 and 12 weeks, and cost 4 million euros.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how long will the backlog take to clear", /^five to seven days$/],
    ["how long could the repairs take", /^between 10 and 12 weeks$/],
  ]);
});

describe("how many times: twice", () => {
  const k = kb(
    tempKnowledge({
      "radio.md":
        "---\ntitle: Ferry grounding\n---\nThe coastguard said it had radioed the ferry twice in the 20 minutes before it struck the reef.\n\n" +
        "All 140 passengers were taken off by lifeboat.\n\n" +
        "Salvors will inspect the hull once the ferry is towed to port.\n",
    }),
  );
  answersEach(k, "%s", [["How many times did the coastguard try to warn the ferry?", /^twice$/]]);
  declinesEach(k, [["'once the ferry is towed' counts nothing", "how many times will salvors inspect the hull"]]);
});

describe("a count of other things, with a name before its noun, is no count of people", () => {
  const k = kb(
    tempKnowledge({
      "rally.md":
        "---\ntitle: Rally\n---\nMayors from five Hunter councils will hold a rally outside the hospital on Saturday, Mayor Greg Tully said.\n\n" +
        "The airline has inspected all 27 V220s in its fleet.\n",
    }),
  );
  declinesEach(k, [["five councils are not people", "how many people turned up to the mayors' rally on saturday"]]);
  answersEach(k, "%s", [["how many V220 jets does the airline have", /27/]]);
});

describe("how far: a travelling time answers too", () => {
  const k = kb(
    tempKnowledge({
      "maternity.md":
        "---\ntitle: Maternity unit\n---\nDoctors said the closure of the maternity unit would force women in labour to travel up to 75 minutes to the nearest hospital.\n\n" +
        "The unit has 18 beds and delivered 410 babies last year.\n",
    }),
  );
  answersEach(k, "%s", [["how far will women in labour have to travel", /75 minutes/]]);
  declinesEach(k, [["a count of beds is no distance", "how far is the unit from the city centre"]]);
});

describe("how many crew on board: crew members count the crew", () => {
  const k = kb(
    tempKnowledge({
      "trawler.md":
        "---\ntitle: Trawler\n---\nNone of the trawler's 14 crew members were hurt, the coastguard said.\n\n" +
        "The skipper remains on board with the crew while tugs wait for the tide.\n",
    }),
  );
  answersEach(k, "%s", [["how many crew on board", /14 crew members/]]);
});

describe("how much money: an amount, not a share", () => {
  const k = kb(
    tempKnowledge({
      "bananas.md":
        "---\ntitle: Bananas\n---\nThe head of the exporters' chamber said about 40% of members' shipments had been delayed by at least a week, and that some banana cargoes had spoiled while waiting.\n\n" +
        "The chamber's members exported bananas worth $2.1 billion last year.\n",
    }),
  );
  declinesEach(k, [["only a share is given", "How much money in dollars have exporters lost from spoiled cargoes?"]]);
  answersEach(k, "%s", [["what percentage of members' shipments were delayed", /40%/]]);
});

describe("how many: a describing word the tagger calls an adverb stays with the counted noun", () => {
  const k = kb(
    tempKnowledge({
      "dams.md":
        "---\ntitle: Dams\n---\nThe group said it had counted at least 60 upstream tailings dams operating in the Andes.\n\n" +
        "Its director, Rosa Vidal, has led it for 12 years.\n",
    }),
  );
  answersEach(k, "%s", [["how many upstream tailings dams are operating in the andes", /60 upstream tailings dams/]]);
});

describe("how many died: not the toll of an earlier disaster the story compares it with", () => {
  const k = kb(
    tempKnowledge({
      "dam.md":
        "---\ntitle: Dam collapse\n---\nAn activist said the disaster echoed the 2015 collapse of a tailings dam at Mariana in Brazil, which killed 19 people.\n\n" +
        "The tailings dam gave way late on Tuesday, killing at least 11 people in the village below, officials said.\n",
    }),
  );
  answersEach(k, "%s", [["How many people died when the dam collapsed?", /11 people/]]);
});

describe("a rate asked is not a share said of a raise, and 'one of' counts nothing", () => {
  const k = kb(
    tempKnowledge({
      "pay.md":
        "---\ntitle: Pay\n---\nThe union said a 4.5 percent increase would barely cover last year's inflation.\n\n" +
        "In Braga, home to one of the country's largest schools, teachers gathered outside the town hall on Monday.\n",
    }),
  );
  declinesEach(k, [
    ["the share is the raise's", "What was the inflation rate last year?"],
    ["'one of' is no count of teachers", "how many teachers gathered outside the town hall in braga"],
  ]);
  answersEach(k, "%s", [["how big an increase would barely cover inflation", /4\.5 percent/]]);
});

describe("a length of time in two units, and a measure's own number", () => {
  const k = kb(
    tempKnowledge({
      "vote.txt":
        "Dockers back strike\n\n" +
        "ROTTERDAM, May 2 - In a ballot that closed on Friday, 91 percent of the union's 3,200 dockers voted for a strike, on a turnout of 67 percent.\n\n" +
        '"It took me an hour and 20 minutes to get through the gates this morning," said crane driver Joost de Wit.\n',
    }),
  );
  answersEach(k, "%s", [
    // "an hour and 20 minutes" is one length of time, not "20 minutes".
    ["how long did it take de wit to get through the gates", /^an hour and 20 minutes$/],
    // "on a turnout of 67 percent": the number given with the measure asked, not the vote's share.
    ["what was the turnout in the strike ballot", /^67 percent$/],
  ]);
});

describe("how much for each: an amount for one, not the total", () => {
  const k = kb(
    tempKnowledge({
      "refunds.txt":
        "Airline strike to cost 40 million euros\n\n" +
        "MADRID, May 2 - Iberflota said on Tuesday that the pilots' strike would cost it about 40 million euros in refunds and passenger compensation.\n\n" +
        "Travellers on cancelled flights will be offered a one-off payment of 150 euros, the airline said.\n",
    }),
  );
  answersEach(k, "%s", [["how much will each traveller get", /150 euros/]]);
  declinesEach(k, [["the total is no amount for each passenger", "how much compensation will each affected passenger get"]]);
});

describe("a share the question itself gives, typed with '%'", () => {
  const k = kb(
    tempKnowledge({
      "offer.txt": "Nurses reject pay offer\n\nDUBLIN, May 2 - Members of the nurses' union on Monday rejected an offer worth 3.5 percent over two years.\n",
    }),
  );
  declinesEach(k, [["'3.5%' is the question's own number", "what rate did the union compare the 3.5% offer against"]]);
});

describe("a toll is told with a word of harm", () => {
  const k = kb(
    tempKnowledge({
      "trial.txt": "Vaccine trial ends\n\nNAIROBI, May 2 - The study enrolled 9,400 children in Kenya and Malawi and followed them for 18 months, the developer said.\n",
    }),
  );
  declinesEach(k, [["the children were enrolled, not killed", "how many children died during the trial"]]);
  answersEach(k, "%s", [["how many children took part in the trial", /9,400/]]);
});

describe("a body's size is no count of what its members do", () => {
  const k = kb(
    tempKnowledge({
      "boycott.txt":
        "Teachers threaten boycott\n\nLUSAKA, May 2 - The National Union of Teachers, which represents about 42,000 teachers, said on Monday that its members could stay away from the re-sit.\n",
    }),
  );
  declinesEach(k, [["42,000 is how many the union represents", "how many teachers will boycott the re-sit"]]);
  answersEach(k, "%s", [["how many teachers does the union represent", /42,000/]]);
});

describe("a count whose question names what is counted against ('a room'), not a rate", () => {
  const k = kb(
    tempKnowledge({
      "lets.txt": "Milan limits holiday lets\n\nMILAN, March 11 - Residents may rent out a single room in their main home for up to 90 nights a year, the council said.\n",
    }),
  );
  // "a room" is what is rented: "90 nights" answers though the article says "a single room".
  answersEach(k, "%s", [["for how many nights can residents rent out a room", /90 nights/]]);
});

describe("an age is of the person it stands next to; 'exactly' is no 'hundreds'", () => {
  const k = kb(
    tempKnowledge({
      "freed.txt":
        "Aid workers freed\n\nMUSCAT, March 14 - Among those released were Lena Holm, a 47-year-old Danish nurse; and Dutch engineer Piet Kramer.\n\n" +
        "Hospitals in the city postponed hundreds of operations on Wednesday.\n",
    }),
  );
  answersEach(k, "%s", [["how old is Lena Holm", /47 years old/]]);
  declinesEach(k, [
    ["47 is Holm's age, not Kramer's", "how old is Piet Kramer"],
    ["'hundreds' is no exact count", "How many operations exactly were postponed?"],
  ]);
});

describe("a body's size, a herd's head, and today's number of a change", () => {
  const k = kb(
    tempKnowledge({
      "panel.txt":
        "Pay panel reports\n\nDUBLIN, May 2 - The Fair Pay Commission (FPC), a seven-member body of employer and union representatives, reported on Tuesday.\n\n" +
        "Farmers moved roughly 240 head of cattle to lower pastures.\n\n" +
        "The report estimated that the number of people exposed to night noise would rise to about 9,000 from 2,100 today.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How many people sit on the pay commission?", /seven/],
    ["how many cattle were moved", /240/],
    ["How many people are currently exposed to night noise?", /2,100/],
  ]);
});
