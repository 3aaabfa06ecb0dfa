/**
 * Counts, spans and amounts as news writes them, on an article written for these tests: the
 * question's own verb right after the counted noun ("1,900 caribou roam"), a participle before it
 * ("written objections"), a modifier a few words on ("more positions at contractors"), a stretch
 * between two dates, "the value of" as an amount, and a year said in the sentence a "He ..." one
 * goes on from.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const RANGE =
  "Canada approves northern rocket range\n\n" +
  "YELLOWKNIFE, May 4 (Polar Wire) - Federal regulators on Monday approved a rocket range near Lutsel, where some 1,900 caribou roam across the 40-square-kilometre hazard zone.\n\n" +
  "The agency received about 860 written objections during its review, officials said.\n\n" +
  "Beyond the 310 direct jobs at the range, roughly 700 more positions at contractors across the territory depend on the project.\n\n" +
  "The permit forbids launches between May 1 and July 15, when the herd calves.\n\n" +
  "The range will be built under three contracts worth a combined 62 million dollars.\n\n" +
  "Mayor Odile Tremblay campaigned in 2019 on promises to bring jobs to the town. She won the election with 61.5 percent of the vote.\n";

describe("counts, spans and amounts as news writes them", () => {
  const k = kb(tempKnowledge({ "range.txt": RANGE }));
  answersEach(k, "%s", [
    ["how many caribou roam in the hazard zone", /^(?:some )?1,900 caribou$/],
    ["How many written objections did the agency get?", /860/],
    ["How many contractor jobs depend on the project?", /700/],
    ["Between which dates are launches forbidden?", /May 1 and July 15/],
    ["What is the combined value of the contracts?", /62 million dollars/],
    ["What share of the vote did Tremblay win in 2019?", /61\.5 percent/],
  ]);
});

const ESCAPE =
  "Thousands of trout escape Scottish fish farm\n\n" +
  "OBAN, Jan 9 (Highland Wire) - About 40,000 rainbow trout escaped from a fish farm near Oban after a storm tore its nets, the operator said.\n\n" +
  "Divers and local boats had recovered 3,100 trout by Friday. That leaves about 36,900 fish at large in the loch.\n";

describe("counts said with other words", () => {
  const k = kb(tempKnowledge({ "escape.txt": ESCAPE }));
  answersEach(k, "%s", [
    // "still loose" is "at large"; the sentence counts them as fish, the broader word.
    ["about how many escaped trout are still loose in the loch", /36,900/],
    // "catch back" is to recover.
    ["how many trout did they catch back", /3,100/],
  ]);
});
