/**
 * A regional vote and a spectrum sale, on articles written for these tests: the share "backed" is not
 * the share "against"; "undecided" is asked as "haven't made up their minds"; a headline's vague date
 * ("in November") is given in full by the first sentence; "Corsican" is Corsica's people's word, no
 * short name of a body; "which French club" needs a body said to be French; a title after a company's
 * possessive is that company's; "handed out" is issued; "not before October" is no clause of its own, and says "not".
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const VOTE =
  "Corsica sets autonomy vote for November; Paris to challenge it\n\n" +
  "AJACCIO, France, April 9 (Tyrrhenian Wire) - Corsica's regional council on Wednesday called a referendum on new tax powers for November 16, setting up a clash with Paris.\n\n" +
  "The Corsican Home Rule Party (PCA) backs the plan. Most Corsican voters support it too, the PCA says.\n\n" +
  "A survey of 900 adults published last week found 51 percent in favour, 36 percent against and 13 percent undecided.\n";

const AUCTION =
  "Spectrum sale raises less than expected\n\n" +
  "PRAGUE, May 2 (Vltava Wire) - Bidding for 5G frequencies closed on Thursday, with Moravia Networks and Kestrel Telecom winning blocks.\n\n" +
  "\"The prices were written for another decade,\" Moravia's Chief Executive Dana Novak, 51, said in a statement.\n\n" +
  "The licences will be formally issued on June 3, the regulator said.\n\n" +
  "The six unsold blocks will be offered again, but not before October, the regulator added.\n";

const TRANSFER =
  "Striker sold abroad\n\n" +
  "LEEDS, August 2 (Northgate Sports) - Kirkby United sold striker Tom Baines to a club in France for 30 million pounds, while Kirkby spent 8 million pounds on two replacements.\n";

describe("shares of a vote, and a headline's date", () => {
  const k = kb(tempKnowledge({ "vote.txt": VOTE }));
  answersEach(k, "%s", [
    ["What percentage of people surveyed support the plan?", /^51 percent$/],
    ["what share of respondents opposed the plan", /^36 percent$/],
    ["What share of respondents haven't made up their minds yet?", /^13 percent$/],
    ["When is the Corsican autonomy vote going to be held?", /November 16/],
  ]);

  it("reads 'Corsican' as Corsica's people's word, no short name of the party", () => {
    const party = k.articles[0].things.find((t) => t.name === "Corsican Home Rule Party");
    expect(party?.aliases ?? []).not.toContain("Corsican");
  });
});

describe("a company's title, and issuing", () => {
  const k = kb(tempKnowledge({ "auction.txt": AUCTION }));
  answersEach(k, "%s", [
    ["What is Dana Novak's job?", /Chief Executive of Moravia Networks/],
    ["When will the licences officially be handed out?", /June 3/],
    ["when could the unsold blocks be put up for sale again?", /^not before October$/],
  ]);
});

describe("a club of a country asked", () => {
  const k = kb(tempKnowledge({ "transfer.txt": TRANSFER }));
  declinesEach(k, [["the buyer is only 'a club in France'", "Which French club bought Tom Baines?"]]);
});
