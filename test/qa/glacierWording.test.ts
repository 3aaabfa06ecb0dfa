/**
 * How a story about an unstable glacier is asked about, on an article written for these tests:
 * "He" after a quotation is its speaker; "the name of the glacier above the village" asks the
 * glacier's name; a glaciologist is a scientist.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Alpine village evacuated\npublished: 2025-07-15\n---\n" +
  "KANDERN, Switzerland, July 15 - Authorities ordered about 210 residents to leave the village of Kandern after the Tosshorn glacier above it began sliding downhill.\n\n" +
  "\"The ice is moving faster every day,\" said Lena Imboden, a glaciologist at the Alpine Research Institute.\n\n" +
  "Mayor Urs Kalbermatten said residents could live with the risk. \"People have cows to milk,\" Kalbermatten told reporters. \"We cannot wait for weeks.\" He has asked the canton to allow daytime visits of up to two hours.\n\n" +
  "The canton's governor has asked the canton to allow extra spending on monitoring.\n";

describe("a glacier story asked in other words", () => {
  const k = kb(tempKnowledge({ "glacier.md": ARTICLE }));
  answersEach(k, "%s", [
    ["what is the mayor asking the canton to allow", /daytime visits/],
    ["name of the glacier above the village", /Tosshorn/],
    ["which scientist said the ice is moving faster", /Imboden/],
  ]);
  declinesEach(k, [["no one in the articles is an engineer", "which engineer inspected the slope"]]);
});
