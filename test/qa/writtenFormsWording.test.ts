/**
 * Answers written in forms the extractors did not read, on an article written for these tests: an
 * age in words ("a nine-year-old girl"), a body whose initials in brackets take two letters from one
 * word ("Havenwerkers Unie (HWU)"), and a question in two parts whose first part opens with a
 * preposition ("On what day ..., and at what time?").
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Port raids follow record drugs haul\npublished: 2025-02-21\n---\n" +
  "Police arrested six people in raids that began at 5 a.m. on Wednesday in Antwerp and Ghent.\n\n" +
  "The harbour pilots' union, Loodsenbond Vlaanderen (LBV), criticised the raids as heavy-handed.\n\n" +
  "A seven-year-old boy was found unharmed in one of the flats, prosecutor Joris Maes said.\n";

describe("answers in written forms", () => {
  const k = kb(tempKnowledge({ "raids.md": ARTICLE }));
  answersEach(k, "%s", [
    ["How old was the boy found in the flat?", /^seven years old$/],
    ["whats the pilots union called", /Loodsenbond Vlaanderen/],
    ["On what day did the raids start and at what time?", /Wednesday.*5 a\.m\./],
  ]);
});
