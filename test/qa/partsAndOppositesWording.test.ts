/**
 * Parts, compounds and opposites, on an article written for these tests: "9 of the city's 31 fire
 * stations" answers how many were found lacking, and what the city had is the whole; "two-way trade"
 * counts nothing; damages are money; "frm" is "from" and "wen" "when"; and someone who "opposed" new rules is not "in
 * favour of" them.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const CITY =
  "Audit finds gaps in city fire cover\n\n" +
  "DURBAN, May 9 (Wire) - An audit found that 9 of the city's 31 fire stations were short of breathing equipment, the council said on Thursday.\n\n" +
  "Residents of the Umlazi township, about 20 km from Durban, have sued the council, seeking 12 million rand in damages.\n\n" +
  "Councillor Themba Nkosi said he still opposed sweeping new rules for private fire crews.\n\n" +
  "The city's two-way trade with Mozambique was worth about $3 billion last year.\n";

describe("parts, compounds and opposites", () => {
  const k = kb(tempKnowledge({ "city.txt": CITY }));
  answersEach(k, "%s", [
    ["How many fire stations did the audit find short of breathing equipment?", /^9$/],
    ["how many fire stations does the city have", /31/],
    ["How big is the city's trade with Mozambique?", /\$3 billion/],
    ["how much are the residents seeking in damages", /12 million rand/],
    ["how far is umlazi frm durban", /20 km/],
    ["how much were residents seeking wen they sued the council", /12 million rand/],
    ["Is Nkosi in favour of new rules for private fire crews?", /^No/],
  ]);
});
