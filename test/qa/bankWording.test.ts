/**
 * A bank's trading loss, on an article written for these tests: a country named by its rank of
 * things ("Norland's third-largest lender") is no short name of its regulator; an acronym answer
 * comes with its full name; a name with lower-case words joined by hyphens is one name; the agent
 * of the question's verb ("Aron Falk will run the bank"); "lose" for "losses"; a swapped letter in an
 * inflected word; and a committee's chair is not the board's.
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
  "Investors called for chairman Olaf Brandt and the chair of the board's audit committee to step down.\n";

describe("a bank's trading loss", () => {
  const k = kb(tempKnowledge({ "bank.md": BANK }));

  answersEach(k, "%s", [
    ["which regulator opened an inquiry into the bank", /Norland Financial Conduct Authority \(NFCA\)/],
    ["Who is running the bank until a permanent CEO is found?", /Aron Falk/],
    ["how much money did vesta lose", /900 million euros/],
    ["who resgined as chief executive of vesta bank", /Ines Moreau/],
  ]);
  declinesEach(k, [["the audit committee's chair is not named; Brandt chairs the board", "who chairs the board's audit committee"]]);

  it("keeps a country out of its regulator's names, and a hyphenated name whole", () => {
    const things = k.articles[0].things;
    expect(things.find((t) => t.name === "Norland Financial Conduct Authority")?.aliases ?? []).not.toContain("Norland");
    expect(things.some((t) => t.name === "Out-of-Hours Trading Committee")).toBe(true);
  });
});
