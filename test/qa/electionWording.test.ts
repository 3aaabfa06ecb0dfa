/**
 * How a disputed election is asked about, on an article written for these tests: a role word that
 * only says which election ("the mayoral by-election"), a margin asked as what "separated" the
 * candidates, a court named only to say where a judge sits, a lawyer introduced as "His lawyer" after a sentence about his client, police counted
 * as officers, and a two-part question typed with slips in both question words.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Judge orders recount in Port Elsen mayor race\npublished: 2025-06-12\n---\n" +
  "PORT ELSEN, June 12 - A Western District Court judge on Thursday ordered a recount in the Port Elsen mayor by-election, after official results showed the declared winner ahead by a narrow margin.\n\n" +
  "The electoral board declared Tomas Reyl, a former harbour manager, the winner on June 3. His rival, Ada Voss, a lawyer and former councillor, has challenged the result.\n\n" +
  "Official results put Reyl ahead of Voss by 118 votes.\n\n" +
  "The judge ordered that both candidates be allowed two agents at every counting table.\n\n" +
  "Reyl said he was confident the recount would confirm his victory.\n\n" +
  "His lawyer, Pieter Maas, told the court the rejected ballots had been set aside for good reasons.\n\n" +
  "The recount will be held at the Port Elsen Sports Hall, and the board said counting would begin on Monday at 9 a.m.\n\n" +
  "Police chief Irma Lind said about 120 officers would guard the hall.\n";

describe("a disputed election asked in other words", () => {
  const k = kb(tempKnowledge({ "recount.md": ARTICLE }));
  answersEach(k, "%s", [
    ["Who did the electoral board declare the winner of the mayor by-election?", /Reyl/],
    ["how many votes separated the two candidates", /118/],
    ["who is representing reyl in court", /Maas/],
    ["who is Reyl's lawyer?", /Maas/],
    ["how many police r guarding the recount", /120/],
    // Not the court the judge sits on, named in the sentence that speaks of "the declared winner".
    ["who won the by-election", /Reyl/],
    ["wher will the recount take place and wen does counting begin", /Sports Hall.*Monday/],
  ]);
});
