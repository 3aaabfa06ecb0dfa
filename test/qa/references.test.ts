/**
 * Sentences that name a thing by a shorter word ("the river", "the Selva", "the talks") or an
 * organization in pieces ("the Organization for Security and Co-operation in Europe (OSCE)") still
 * answer questions that give the thing its full name. Articles written for these tests.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const RIVER =
  "Selva River dam talks stall in Geneva\n\n" +
  "GENEVA, June 3 - Talks between Ostavia and Belmark on the Selva River ended on Friday without a deal.\n\n" +
  "The talks were chaired by Maren Holt, a Danish diplomat who has worked on the dispute since 2023.\n\n" +
  "The Selva rises in the hills of northern Ostavia and runs about 610 km to the sea.\n\n" +
  "Belmark says the river's flow has dropped by a quarter since the Vardin dam opened in 2019.\n\n" +
  "Holt will brief the Union for Peace and Co-operation in Africa (UPCA), which paid for the talks, in Geneva on Monday.\n";

describe("a river named in full once, then by its word or its first name", () => {
  const k = kb(tempKnowledge({ "river.txt": RIVER }));
  answersEach(k, "%s", [
    ["how long is the selva river", /610 km/],
    ["by how much has the selva river's flow dropped", /a quarter/],
    ["who chaired the selva river talks", /Maren Holt/],
  ]);
});

describe("an organization's name cut by 'and' and 'in', joined again by its initials", () => {
  const k = kb(tempKnowledge({ "river.txt": RIVER }));
  answersEach(k, "%s", [
    ["which organisation paid for the talks", /UPCA|Union for Peace and Co-operation in Africa/],
    ["which organization co-funded the talks", /UPCA|Union for Peace and Co-operation in Africa/],
    ["where will Holt brief the union for peace and co-operation in africa", /Geneva/],
  ]);
});

describe("a headline and a lede that hold back the organization's name for the next paragraph", () => {
  const k = kb(
    tempKnowledge({
      "buses.txt":
        "Regional bus company to axe 300 jobs\n\n" +
        "LEEDS, England, April 8 - A regional bus company in northern England said on Monday it would shed about 300 jobs and close two depots to plug a 14 million pound budget gap.\n\n" +
        "Northline Transit (NLT), which runs 900 buses across Yorkshire, said the cuts would take effect in June. Its chief executive, Rhona Blake, blamed fuel costs.\n\n" +
        "Unions at Wakefield General Hospital said drivers would strike.\n",
    }),
  );
  answersEach(k, "%s", [
    ["How many jobs will Northline Transit cut?", /300/],
    ["what budget shortfall is northline trying to close", /14 million pound/],
  ]);
});

describe("a vessel the lede describes and the next paragraph names", () => {
  const k = kb(
    tempKnowledge({
      "tanker.txt":
        "Stranded tanker blocks channel\n\n" +
        "HAMBURG, May 9 - Tugs on Friday failed to free a 250-metre oil tanker that ran aground in the Elbe Estuary three days ago, as dozens of ships queued at sea.\n\n" +
        "The Maltese-flagged Nordic Wren, managed by Hamburg-based Baltica Marine, hit a sandbank on Tuesday while sailing from Antwerp to Gdansk with 80,000 tonnes of crude.\n\n" +
        "Baltica Marine said the ship's 24 crew were safe.\n",
    }),
  );
  answersEach(k, "%s", [
    ["wher was the ship headed", /Gdansk/],
    ["where did the tanker run aground", /Elbe Estuary/],
  ]);
});

describe("a lede's vessel described before a participle is the one the next paragraph names", () => {
  const k = kb(
    tempKnowledge({
      "barge.txt":
        "Barge with grain stuck under bridge\n\n" +
        "BUDAPEST, May 9 - A Danube cargo barge carrying 1,400 tonnes of wheat remained wedged under a city bridge on Friday after river levels rose overnight.\n\n" +
        "The Donau Star, owned by Vienna-based Riverline Transport, struck the bridge late on Thursday while heading for the port of Csepel.\n",
    }),
  );
  answersEach(k, "%s", [
    // The lede says how much the barge carries; only the next paragraph names it.
    ["how many tonnes of wheat is the donau star carrying", /1,400 tonnes/],
  ]);
});

describe("'its shares' are the company's named in the sentence before, not the mine it owns", () => {
  const k = kb(
    tempKnowledge({
      "mine.txt":
        "Mine dam fails\n\nLIMA, March 12 - A tailings dam at a copper mine in southern Peru gave way on Tuesday.\n\n" +
        "The Quilla mine is owned by Andes Copper Corp, a Toronto-listed company. Its shares fell 9.2 percent on Wednesday.\n",
    }),
  );
  answersEach(k, "%s", [["by what percentage did andes copper's stock drop", /9\.2 percent/]]);
});
