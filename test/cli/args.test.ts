import { describe, expect, it } from "vitest";
import { parseAskArgs } from "../../src/cli/args.ts";

describe("ask's arguments", () => {
  it.each([
    [["where are the talks?"], { json: false, help: false, question: "where are the talks?" }],
    [["--json", "where", "are", "they?"], { json: true, help: false, question: "where are they?" }],
    [["--json", "--batch", "-"], { json: true, help: false, batch: "-" }],
    [["--knowledge=/tmp/kb", "--json", "/who"], { json: true, help: false, knowledge: "/tmp/kb", question: "/who" }],
    [["--json", "--", "--not-a-flag"], { json: true, help: false, question: "--not-a-flag" }],
    [["--json", ""], { json: true, help: false, question: "" }],
  ])("%j", (argv, expected) => {
    expect(parseAskArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /no question/],
    [["--batch"], /--batch needs a value/],
    [["--verbose", "q"], /unknown option --verbose/],
    [["--batch", "f", "question"], /either --batch FILE or a question/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseAskArgs(argv)).toThrow(message);
  });
});
