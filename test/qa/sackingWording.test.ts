/**
 * How a coach's sacking is asked about, on an article written for these tests: a headline whose
 * verb is not part of a title ("Ruvala sacks coach Tembe"), an agent introduced as "Lisbon-based"
 * after "His agent," in a sentence that follows one about his client by "He", a brewery named as a
 * sponsor (a body, not a person) whose marketing director speaks in its voice next, an age given
 * beside a name, a player asked for by the kind of player he is, a contract "running until" a date, caps
 * for games played for a country; and no answer for a predecessor nobody names or a crowd nobody counted.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Ruvala sacks coach Tembe after home defeat\npublished: 2025-03-26\n---\n" +
  "Ruvala sacks coach Tembe after home defeat\n\n" +
  "KOLARI, March 26 - The Ruvala Football Federation sacked head coach Peter Tembe on Wednesday after a 3-1 home defeat.\n\n" +
  "Federation president Alice Mumba told a news conference at 10 a.m. that the board had voted to end the coach's contract.\n\n" +
  "Tembe, 49, a former international defender who won 58 caps for his country, said he had learned of his dismissal from a journalist.\n\n" +
  "He added that he had never been allowed to choose his own staff.\n\n" +
  "His agent, Lisbon-based Marco Teixeira, said the coach's contract, worth $40,000 a month and running until July 2027, had no performance clause.\n\n" +
  "The Ruvala Supporters Union, which says it has 12,000 registered members, announced a protest for Saturday.\n\n" +
  "The team's main sponsor, Lakeside Breweries, said it would review its agreement.\n\n" +
  "\"Stability matters to our brand,\" marketing director Ruth Banda said.\n\n" +
  "The federation named under-21 coach Sam Phiri as caretaker for the next two matches.\n\n" +
  "Defender Joel Mwansa, who was dropped in November, posted a single word on social media: \"Finally.\"\n";

describe("a coach's sacking asked in other words", () => {
  const k = kb(tempKnowledge({ "coach.md": ARTICLE }));
  answersEach(k, "%s", [
    ["who is Tembe's agent and wher is he based?", /Marco Teixeira.*Lisbon/],
    ["Who is the marketing director at Lakeside Breweries?", /Ruth Banda/],
    ["How old is Tembe?", /49/],
    ["which player posted 'Finally' on social media", /Mwansa/],
    ["when does the coach's contract run out", /July 2027/],
    ["how many times did tembe play for the national team", /58 caps/],
  ]);
  declinesEach(k, [
    ["no predecessor is named", "who was Ruvala's coach before Tembe"],
    ["a union's members are no crowd", "how many people turned up to the saturday protest"],
  ]);
  const facts = k.articles[0];
  it("gives the coach his title, not the headline's verb", () => {
    expect(facts.people.find((p) => p.name === "Peter Tembe")?.roles.some((r) => /sacks/i.test(r))).toBe(false);
  });
  it("takes the sponsor for a body, not a person", () => {
    expect(facts.people.some((p) => p.name === "Lakeside Breweries")).toBe(false);
    expect(facts.things.find((t) => t.name === "Lakeside Breweries")?.kind).toBe("organization");
  });
});
