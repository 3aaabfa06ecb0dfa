/**
 * Counts said of a narrower or another word, and reasons said as what something brings, on an
 * article written for these tests: "artifacts" are objects, the workers a union represents are its
 * members, "Hungarians" are people; "which would allow ..." says why, and so does "Austria, where ..."
 * for a question about sending something to Austria.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Museum returns artifacts as farm crisis deepens\npublished: 2025-06-03\n---\n" +
  "The National Museum in Budapest agreed on Tuesday to hand back 143 artifacts taken during the war.\n\n" +
  "Critics said most disputed objects remain in storage.\n\n" +
  "Gabor Fekete, head of the Farmworkers Union, which represents some 31,000 workers, backed the plan.\n\n" +
  "Union members will vote on the plan next month.\n\n" +
  "About 420,000 Hungarians rely on the subsidised fuel scheme, the ministry said.\n\n" +
  "The farm minister said she would ask parliament to declare a fuel emergency, which would allow growers to delay tax payments, and that she would meet the union on Friday.\n\n" +
  "Traders buy cheap diesel in Hungary and resell it in Austria, where the same litre can fetch twice as much.\n";

describe("counts and reasons said in other words", () => {
  const k = kb(tempKnowledge({ "museum.md": ARTICLE }));
  answersEach(k, "%s", [
    ["How many objects is the museum giving back?", /143/],
    ["how many members does the farmworkers union have", /31,000/],
    ["How many people in Hungary depend on the fuel scheme?", /420,000/],
    ["Why does the minister want parliament to declare a fuel emergency?", /allow growers to delay tax payments$/],
    ["why do traders send diesel to austria", /fetch twice as much/],
  ]);
  declinesEach(k, [["no count of paintings", "How many paintings does the museum own?"]]);
});
