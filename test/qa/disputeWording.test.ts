/**
 * A trade dispute and a fare rise, on articles written for these tests: a country the lexicon does not
 * know, but the article gives a word for its people ("Ostravian"), is that country, not the short name
 * of a body named after it; its ministers are told apart by whose capital they speak in and what their
 * country announces; bodies and places are found by the words news uses around them ("its president",
 * "the port city of", "a complaint with the"); a number in a name counts nothing; and what a sentence
 * does not say ("who founded", a headcount after job cuts, a country's president) is declined.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const DISPUTE =
  "---\ntitle: Ostravia slaps 20% duties on Kelmarian timber and cheese\n---\n" +
  "SAN CORVO, June 3 - Ostravia will impose duties of up to 20 percent on timber and dairy imports from neighbouring Kelmar starting July 1, Commerce Minister Ilona Varga announced on Monday.\n\n" +
  "Varga, 61, said Kelmarian mills had been dumping cheap timber for years.\n\n" +
  "In Dunmore, the Kelmarian capital, Trade Minister Pavel Orsic called the duties unlawful and said his government would lodge a complaint with the Regional Trade Court within 45 days.\n\n" +
  "Ostravia buys most of its timber from Kelmarian sawmills, most of them clustered around the river port city of Belgrana.\n\n" +
  "The Ostravia Timber Growers' Federation, which represents 31 companies employing around 12,000 people, welcomed the move.\n\n" +
  "The Kelmar Dairy Council, which says it speaks for 8,000 farms, condemned the duties and urged Ostravia to reconsider. Its chair, Mirela Tosic, warned that small farms would close.\n\n" +
  "Council member Dragan Vuk, who keeps 200 goats near the village of Lisac, told a rally of about 900 farmers in the northern region's capital, Trebava, that the duties were unfair.\n\n" +
  "Economist Sara Lind of the Halvard Institute described the duties as clumsy but legal.\n\n" +
  "The duties could add 0.4 percentage points to Ostravia's inflation rate, which stood at 3.2 percent in May.\n";

const FARES =
  "---\ntitle: Harbour ferries raise fares\n---\nPORT ELLIS, April 9 - The Port Ellis Ferry Authority voted on Wednesday to raise ferry fares by 12 percent and cut 40 jobs.\n\n" +
  "The crews' union, United Maritime Workers Local 212, which represents about 900 deckhands and captains, opposed the job cuts.\n\n" +
  "Union president Nadia Brandt said the cuts would eliminate about 40 crew positions.\n\n" +
  "Ferry operator Bellwater Lines cut about 300 jobs last year.\n\n" +
  "The Argentine Ferry Owners Association said the rise was overdue. Its president, Tomas Ibarra, called it a correction.\n";

describe("a trade dispute's wording", () => {
  const k = kb(tempKnowledge({ "dispute.md": DISPUTE }));
  answersEach(k, "%s", [
    // a body the question sends something to, not the capital the minister speaks in
    ["Where will Kelmar lodge its complaint?", /Regional Trade Court/],
    // the country named by its people's word ("the Kelmarian capital")
    ["how many days until kelmar files its complaint", /45 days/],
    ["Around which city are Kelmar's sawmills concentrated?", /Belgrana/],
    // workers of the member companies, counted as people
    ["how many workers do the growers' federation's member companies have", /12,000/],
    // "Its chair" after a sentence whose subject is the council, though it names Ostravia after it
    ["Who leads the Kelmar Dairy Council?", /Mirela Tosic/],
    // a place in an aside about someone ("who keeps goats near Lisac") is not where the rally was
    ["where did the farmers hold their rally", /Trebava/],
    // "described the duties as clumsy": who called them so
    ["who called the duties clumsy but legal", /Sara Lind/],
    // the rate that stood, not the points a change would add to it
    ["what was ostravia's inflation rate in may", /3\.2 percent/],
  ]);

  it("reads a country the article makes a people's word for as a place, not the short name of a body named after it", () => {
    const facts = k.articles[0];
    expect(facts.things.find((t) => t.name === "Ostravia")?.kind).toBe("place");
    expect(facts.things.find((t) => t.name === "Ostravia Timber Growers' Federation")?.aliases ?? []).not.toContain("Ostravia");
    expect(facts.things.find((t) => t.name === "Trebava")?.kind).toBe("place");
  });

  it("puts each minister on their own country's side: the one announcing what it will do, and the one speaking in its capital", () => {
    const facts = k.articles[0];
    const sideOf = (name: string) => facts.sides.find((s) => s.id === facts.people.find((p) => p.name === name)?.side)?.name;
    expect(sideOf("Ilona Varga")).toBe("Ostravia");
    expect(sideOf("Pavel Orsic")).toBe("Kelmar");
  });

  declinesEach(k, [["the council's chair is not said to have founded it", "who founded the kelmar dairy council"]]);
});

describe("a fare rise's wording", () => {
  const k = kb(tempKnowledge({ "fares.md": FARES }));
  answersEach(k, "%s", [
    // "going up" is rising, said by "raise fares by 12 percent"
    ["by what percentage are fares going up", /12 percent/],
    // not "Union", the capitalised common noun that opens "Union president Nadia Brandt"
    ["which union represents the deckhands", /United Maritime Workers Local 212/],
  ]);
  declinesEach(k, [
    // "Local 212" is a name, not a count of anything
    ["a number in a name counts nothing", "how many locals does the union have"],
    ["jobs cut are no headcount", "how many employees does bellwater lines have"],
    ["the president of a body whose name has the people's word is not the country's", "what is the name of argentina's president"],
  ]);
});
