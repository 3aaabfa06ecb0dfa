/**
 * A stand-in and the police as news writes them, on an article written for these tests: "Name, 51,
 * a former nurse, took over as acting mayor" holds that role; "Police arrested ..." names no body
 * called Police, so "which police force" is the one the story names; "freeze" for "suspended", and
 * "go over budget" for a cost overrun.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const TOWN =
  "Mayor of Varna held in bribery probe\n\n" +
  "SOFIA, June 5 (Balkan Wire) - Police arrested Varna Mayor Ivan Petrov on Wednesday in a bribery investigation.\n\n" +
  "Officers from the Economic Police Directorate, Bulgaria's financial crime unit, also searched the offices of two builders.\n\n" +
  "Deputy Mayor Maria Dimova, 51, a former nurse who also oversees the city's budget, took over as acting mayor on Thursday.\n\n" +
  "Dimova said she had ordered the suspension of three tenders worth a combined 12 million levs.\n\n" +
  "The new sea wall has run up a 24 percent cost overrun since work began.\n";

describe("a stand-in and the police as news writes them", () => {
  const k = kb(tempKnowledge({ "town.txt": TOWN }));
  answersEach(k, "%s", [
    ["who is the acting mayor", /Maria Dimova/],
    ["how many tenders did the acting mayor freeze", /three/],
    ["Which police force carried out the searches?", /Economic Police Directorate/],
    ["By what percentage did the sea wall go over budget?", /24 percent/],
  ]);
});
