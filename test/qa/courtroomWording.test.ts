/**
 * A fraud trial, on an article written for these tests: a lede that gives a trade before the name
 * ("A Lisbon antiques merchant went on trial") gives it to the person named next; a dealer is a
 * merchant; a deputy prosecutor prosecutes; a "defence lawyer" is the lawyer where the story never
 * says "defence"; a police raid is a search; and "the family business Casa Ferraz" and "auction
 * house Leilões Barbosa" are companies, not people.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const TRIAL =
  "Antiques dealer on trial over forged tiles\n\n" +
  "PORTO, April 9 (Wire) - A Lisbon antiques merchant went on trial on Monday accused of selling about 600 forged 18th-century tiles to museums in Spain and Brazil.\n\n" +
  "Rui Ferraz, 61, who ran the family business Casa Ferraz in the town of Alvorada, is charged with fraud and forgery.\n\n" +
  "His lawyer, Marta Quintela, told reporters that her client had bought the tiles in good faith.\n\n" +
  '"This was a factory of fakes," Joana Pires, the deputy public prosecutor, said in her opening statement.\n\n' +
  "The scheme came to light when specialists at Lisbon auction house Leiloes Barbosa noticed modern glaze on a panel.\n\n" +
  "Police searched Ferraz's warehouse in May 2023, seizing some 240 unglazed tiles and two kilns.\n";

describe("a trial's wording: trades, prosecutors, defence lawyers and raids", () => {
  const k = kb(tempKnowledge({ "trial.txt": TRIAL }));
  answersEach(k, "%s", [
    ["Who is the antiques dealer on trial?", /Rui Ferraz/],
    ["how old is the dealer", /61/],
    ["Who is prosecuting the case?", /Joana Pires/],
    ["who is the prosecutor", /Joana Pires/],
    ["who's the dealer's defence lawyer", /Marta Quintela/],
    ["how many tiles were seized in the raid", /240/],
    ["when did police raid the warehouse", /May 2023/],
  ]);

  it("reads a name after 'the family business' or 'auction house' as a company's", () => {
    const things = k.articles[0].things.filter((t) => t.kind === "organization").map((t) => t.name);
    expect(things).toEqual(expect.arrayContaining(["Casa Ferraz", "Leiloes Barbosa"]));
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Casa Ferraz");
  });
});
