/**
 * A bank's trading loss, on an article written for these tests: a country named by its rank of
 * things ("Norland's third-largest lender") is no short name of its regulator; an acronym answer
 * comes with its full name; a name with lower-case words joined by hyphens is one name; the agent
 * of the question's verb ("Aron Falk will run the bank"); "lose" for "losses"; a swapped letter in an
 * inflected word; a committee's chair is not the board's; the body a "which" clause is said of; a
 * part of a whole counted; and a measure (turnout, a share of the vote) only from a sentence about it.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const BANK =
  "---\ntitle: Norland's Vesta Bank reveals 900 mln euro trading loss\n---\n" +
  "KASTRUP, May 5 (Reuters) - Vesta Bank, Norland's third-largest lender, said on Monday a single trader had run up losses of 900 million euros through unauthorised bets, prompting the resignation of chief executive Ines Moreau.\n\n" +
  "Chief financial officer Aron Falk, 48, will run the bank on an interim basis while the board looks for a permanent successor.\n\n" +
  "The Norland Financial Conduct Authority (NFCA) said it had opened a formal inquiry into the bank.\n\n" +
  "Every trade will now be checked by a new body, the Out-of-Hours Trading Committee.\n\n" +
  "Investors called for chairman Olaf Brandt and the chair of the board's audit committee to step down.\n\n" +
  "Kvist Pension Fund, which owns 4.1 percent of Vesta and is its largest private shareholder, backed the call.\n\n" +
  "Two sources said management was considering cutting up to 700 of its 9,800 jobs.\n";

const VOTE =
  "---\ntitle: Island votes to leave\n---\n" +
  "PORT HALE, Oct 3 (Reuters) - The \"Yes\" side won 53.2% of valid votes in Sunday's referendum on the island of Tarrow.\n\n" +
  "Turnout was 68.4% of the 300,000 people on the roll.\n\n" +
  "A previous referendum in 2011 was rejected by 58% to 42%.\n\n" +
  "The national currency fell 0.6% against the dollar, while shares in Port Hale-based Tarrow Fisheries dropped 4.2%.\n";

describe("a bank's trading loss", () => {
  const k = kb(tempKnowledge({ "bank.md": BANK }));

  answersEach(k, "%s", [
    ["which regulator opened an inquiry into the bank", /Norland Financial Conduct Authority \(NFCA\)/],
    ["Who is running the bank until a permanent CEO is found?", /Aron Falk/],
    ["how much money did vesta lose", /900 million euros/],
    ["who resgined as chief executive of vesta bank", /Ines Moreau/],
  ]);
  answersEach(k, "%s", [
    ["which investor is the biggest private shareholder in the bank", /Kvist Pension Fund/],
    ["how many jobs could be cut at the bank", /700/],
  ]);
  declinesEach(k, [["the audit committee's chair is not named; Brandt chairs the board", "who chairs the board's audit committee"]]);

  const vote = kb(tempKnowledge({ "vote.md": VOTE }));
  answersEach(vote, "%s", [["what was the turnout", /68\.4%/]]);
  declinesEach(vote, [
    ["the 2011 sentence gives the result, not the turnout", "what was turnout in the 2011 vote"],
    ["a currency's fall is no share of a vote", "What share of the vote did Yes win in Port Hale?"],
  ]);

  it("keeps a country out of its regulator's names, and a hyphenated name whole", () => {
    const things = k.articles[0].things;
    expect(things.find((t) => t.name === "Norland Financial Conduct Authority")?.aliases ?? []).not.toContain("Norland");
    expect(things.some((t) => t.name === "Out-of-Hours Trading Committee")).toBe(true);
  });
});
