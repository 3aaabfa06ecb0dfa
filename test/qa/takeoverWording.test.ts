/**
 * A takeover story's wording, on an article written for these tests: a company known only from a
 * title before a name ("Brookfield chief executive") and a name with a word the name finder does not
 * know ("Brookfield Markets"); a watchdog described in an appositive with a possessive ("the country's
 * competition watchdog") and "Its chair"; and a price "for each Brookfield share" beside a premium in percent.
 * And what the articles do not say: one company's stores "on its own" when only the combined group's
 * are given, or a chief executive's tenure when only the hall he spoke at is "home since 1961".
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("a takeover's wording", () => {
  const k = kb(
    tempKnowledge({
      "deal.md":
        "---\ntitle: Grocer agrees takeover\n---\nLEDHAM, May 4 - Ostler Foods agreed on Monday to buy rival Brookfield Markets for about $900 million.\n\n" +
        "Ostler will offer $11.20 in cash for each Brookfield share, a premium of 28 percent to Friday's closing price.\n\n" +
        "The National Markets Authority, the country's competition watchdog, said it had concerns about the deal. Its chair, Marta Quist, said it would look closely at small towns.\n\n" +
        "Brookfield chief executive Nadia Orr said the deal would protect jobs.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How much is Ostler offering for each Brookfield share?", /\$11\.20/],
    ["who chairs the competition watchdog", /Marta Quist/],
    ["Which company does Nadia Orr run?", /Brookfield Markets|Brookfield/],
  ]);
});

describe("what a takeover story does not say", () => {
  const k = kb(
    tempKnowledge({
      "stores.md":
        "---\ntitle: Grocers to merge\n---\nThe combined group would operate 380 stores and employ about 30,000 people.\n\n" +
        "\"This is about survival,\" Ostler chief executive Karl Henning told reporters at Lindell Hall, the company's home since 1961.\n",
    }),
  );
  declinesEach(k, [
    ["only the combined group's stores are given", "how many stores does Ostler operate on its own"],
    ["the hall's years are not his", "How long has Karl Henning been chief executive?"],
  ]);
});
