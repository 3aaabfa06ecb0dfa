/**
 * How a coach's sacking is asked about, on an article written for these tests: a headline whose
 * verb is not part of a title ("Ruvala sacks coach Tembe"), an agent introduced as "Lisbon-based"
 * after "His agent," in a sentence that follows one about his client by "He", a brewery named as a
 * sponsor (a body, not a person) whose marketing director speaks in its voice next, an age given
 * beside a name, and a player asked for by the kind of player he is.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Ruvala sacks coach Tembe after home defeat\npublished: 2025-03-26\n---\n" +
  "Ruvala sacks coach Tembe after home defeat\n\n" +
  "KOLARI, March 26 - The Ruvala Football Federation sacked head coach Peter Tembe on Wednesday after a 3-1 home defeat.\n\n" +
  "Tembe, 49, a former international defender, said he had learned of his dismissal from a journalist.\n\n" +
  "He added that he had never been allowed to choose his own staff.\n\n" +
  "His agent, Lisbon-based Marco Teixeira, said the contract was worth $40,000 a month.\n\n" +
  "The team's main sponsor, Lakeside Breweries, said it would review its agreement.\n\n" +
  "\"Stability matters to our brand,\" marketing director Ruth Banda said.\n\n" +
  "Defender Joel Mwansa, who was dropped in November, posted a single word on social media: \"Finally.\"\n";

describe("a coach's sacking asked in other words", () => {
  const k = kb(tempKnowledge({ "coach.md": ARTICLE }));
  answersEach(k, "%s", [
    ["who is Tembe's agent and wher is he based?", /Marco Teixeira.*Lisbon/],
    ["Who is the marketing director at Lakeside Breweries?", /Ruth Banda/],
    ["How old is Tembe?", /49/],
    ["which player posted 'Finally' on social media", /Mwansa/],
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
