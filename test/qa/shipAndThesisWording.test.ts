/**
 * A ship seized and a thesis inquiry, on articles written for these tests: a ship's flag is where it
 * is registered; a body "known in the trade as" initials goes by them; "PhD" is a common abbreviation
 * for "doctoral", and a thesis defended is a one-off event a date must be said of; "who led the
 * panel" asks for whoever chaired it.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const SHIP =
  "Chile detains Portuguese trawler off Patagonia\n\n" +
  "PUNTA ARENAS, Chile, April 2 (Austral Wire) - Chile's navy detained a Portuguese-flagged trawler on Monday after a chase lasting nearly four hours.\n\n" +
  "The vessel was escorted into the port of Puerto Natales on Tuesday.\n\n" +
  "The trawler is owned by Pescas Atlanticas do Sul, known in the trade as PAS, a company based in the port of Aveiro.\n";

const THESIS =
  "Dean resigns after panel finds copying in doctoral thesis\n\n" +
  "TIMISOARA, Romania, May 7 (Danube Press) - The dean of the law faculty at Banat West University resigned on Friday after an inquiry found plagiarism in his doctoral thesis.\n\n" +
  "The three-member panel, chaired by Irina Constantin, a retired judge, found that a third of the thesis, which Petru Vasilescu defended in 2006, copied other authors.\n\n" +
  "Vasilescu, who had led the faculty since 2017, denied wrongdoing.\n";

describe("a ship seized", () => {
  const k = kb(tempKnowledge({ "ship.txt": SHIP }));
  answersEach(k, "%s", [
    ["Which country was the seized trawler registered in?", /^Portugal$/],
    ["How long did the pursuit last?", /four hours/],
    ["To which port was the ship brought?", /Puerto Natales/],
    ["In which city is PAS headquartered?", /Aveiro/],
  ]);

  it("reads initials the body is 'known in the trade as' as its name", () => {
    expect(k.articles[0].things.find((t) => t.name === "Pescas Atlanticas do Sul")?.aliases).toContain("PAS");
  });
});

describe("a thesis inquiry", () => {
  const k = kb(tempKnowledge({ "thesis.txt": THESIS }));
  answersEach(k, "%s", [
    ["When did Vasilescu defend his PhD thesis?", /^2006$/],
    ["Who led the panel?", /Constantin/],
  ]);
});
