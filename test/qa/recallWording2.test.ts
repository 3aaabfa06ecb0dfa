/**
 * A recall story's wording, on an article written for these tests: an agency that "opened" an
 * investigation started it; "Its shares fell" is the company's fall, not the supplier's beside it; and
 * how many workers a union represents is not answered by how many a company employs.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("a recall's wording", () => {
  const k = kb(
    tempKnowledge({
      "recall.md":
        "---\ntitle: Carmaker recalls vehicles\n---\nDETROIT, May 2 - Orland Motors said on Tuesday it would recall 210,000 vehicles over a faulty seat-belt part made by Veyra Components.\n\n" +
        "The National Vehicle Safety Office opened a preliminary investigation in November after receiving 19 complaints from drivers.\n\n" +
        "Orland said the recall would cost about $140 million. Its shares fell 2.8 percent, while Veyra's stock dropped 7.5 percent.\n\n" +
        "Orland employs about 18,000 people at four plants.\n",
    }),
  );
  answersEach(k, "%s", [
    ["when did the safety office start its preliminary investigation", /November/],
    ["how far did orland stock drop", /2\.8 percent/],
  ]);
  declinesEach(k, [["employees are not those a union represents", "how many Orland workers does the union represent"]]);
});
