/**
 * Names and titles asked in other words, on articles written for these tests: a bridge named as "one
 * of the city's busiest road bridges", a state minister whose title names the state, a chief
 * executive in sentences about his company, places listed after a dash, ballots "counted again",
 * an investigation only called for, and a count of animals to be shot that is no population.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const BRIDGE =
  "---\ntitle: Perth bridge closed after cracks found\npublished: 2025-06-11\n---\n" +
  "PERTH, June 11 - Engineers ordered the closure of the Swan Link, one of Perth's busiest road bridges, on Tuesday after cracks were found in its girders.\n\n" +
  "A spokeswoman for Western Australia Transport Minister Colin Hale said the state would consider helping to fund repairs.\n\n" +
  "Coastal Ferries said it would add boats. Chief Executive Dana Roy said Coastal Ferries would run every 10 minutes.\n";

const RECOUNT =
  "---\ntitle: Judge orders partial recount\npublished: 2025-09-13\n---\n" +
  "The judge ordered the commission to recount ballots from 140 polling stations in three districts - Arden, Bexley and Carrow. Observers found mismatched forms at 19 polling stations.\n\n" +
  "Campaigners called on the public prosecutor's office for serious economic crime to open a criminal investigation into the count.\n";

const CULL =
  "---\ntitle: Wolf cull approved\npublished: 2025-03-14\n---\n" +
  "The permit allows 20 wolves to be shot in Arvika and 8 in neighbouring Solna.\n";

describe("names and titles asked in other words", () => {
  const k = kb(tempKnowledge({ "bridge.md": BRIDGE, "recount.md": RECOUNT, "cull.md": CULL }));
  answersEach(k, "%s", [
    ["which bridge did engineers close in Perth?", /Swan Link/],
    ["who is the state transport minister", /Colin Hale/],
    ["who runs coastal ferries", /Dana Roy/],
    ["Which districts are covered by the recount?", /^Arden, Bexley and Carrow$/],
    ["How many polling stations will have their ballots counted again?", /140/],
  ]);
  declinesEach(k, [
    ["an investigation only called for", "has the prosecutor opened an investigation into the count"],
    ["a number to be shot is no population", "How many wolves live in Solna alone?"],
  ]);
});
