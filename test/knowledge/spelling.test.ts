/** British and American spellings fold to one form before stemming; words that only look like them stay. */
import { describe, expect, it } from "vitest";
import { oneSpelling } from "../../src/lexicon/spelling.ts";
import { stemOf } from "../../src/qa/text.ts";

describe("one spelling for both", () => {
  it.each([
    ["licence", "license"],
    ["labour", "labor"],
    ["favourite", "favorite"],
    ["organisation", "organization"],
    ["criticised", "criticized"],
    ["analysed", "analyzed"],
    ["centre", "center"],
    ["theatres", "theaters"],
    ["catalogue", "catalog"],
    ["programme", "program"],
  ])("%s and %s share a stem", (british, american) => {
    expect(stemOf(british)).toBe(stemOf(american));
  });

  it("keeps the British stem of '-re' words, the start of their kin ('central')", () => {
    expect(stemOf("center")).toBe(stemOf("centre"));
    expect(stemOf("central").startsWith(stemOf("center"))).toBe(true);
  });

  it.each(["hour", "detour", "four", "raise", "noise", "tonne", "storey", "analyses"])("leaves %s as it is", (w) => {
    expect(oneSpelling(w)).toBe(w);
  });
});
