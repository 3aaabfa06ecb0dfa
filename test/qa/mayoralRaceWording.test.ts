/**
 * A local election story's wording, on an article written for these tests: a winner who "unseated"
 * the mayor, with a description between her name and the verb; "a margin of 212 votes"; "finished
 * third" asked as "came third"; a party by the word for its members ("a Republican"); a political
 * action committee; ballots "cast"; a campaign asked as a "camp" or a "team" that "plans to" act;
 * votes "for Fenwick" after a share between; and no "current" council president when the only one is a former one.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("a mayoral race", () => {
  const k = kb(
    tempKnowledge({
      "race.md":
        "---\ntitle: Challenger unseats mayor\n---\nHOLTON, Ohio, November 6 - Grace Abernethy, a retired nurse who ran as an independent, narrowly unseated Mayor Dale Fenwick in Tuesday's election, a margin of 212 votes, the county board of elections said.\n\n" +
        "Abernethy received 10,092 votes, or 47.1 percent, to 9,880 votes, or 46.1 percent, for Fenwick, a Republican. Democrat Paul Irving finished a distant third.\n\n" +
        "Turnout was 41 percent, with 22,406 ballots cast.\n\n" +
        "Fenwick's campaign manager, Rosa Lind, said the campaign would file for a recount on Monday at the county courthouse.\n\n" +
        "An outside group, Holton Forward PAC, spent $90,000 backing the mayor.\n\n" +
        "Fenwick, a former city council president, was first elected in 2015.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who won the holton mayoral race", /Grace Abernethy/],
    ["What was the winning margin in the mayoral election?", /212/],
    ["who came third in the race", /Paul Irving/],
    ["which party does the mayor belong to", /Republican/],
    ["Which outside group spent money backing the mayor?", /Holton Forward PAC/],
    ["how many ballots were cast in total", /22,406/],
    ["how many votes did Fenwick end up with", /9,880/],
    ["When does Fenwick's team plan to file for the recount?", /Monday/],
  ]);
  declinesEach(k, [["the only council president is a former one", "who is the current city council president in holton"]]);
});
