/** "Where" questions on articles written for these tests: where a speaker was is a place too. */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

describe("where a speaker was when they spoke", () => {
  const k = kb(
    tempKnowledge({
      "appeal.md":
        "---\ntitle: Appeal\n---\nThe Halden Ferry Company will appeal against the fine, its chief executive, Mara Quist, said on Monday.\n\n" +
        "\"We followed every rule,\" Quist said in a telephone interview from Oslo.\n\n" +
        "Negotiators from Bergen and Tromso met the company's lawyers on Friday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Where was Quist when she gave the phone interview?", /Oslo/],
    ["where was quist speaking from", /Oslo/],
  ]);
});
