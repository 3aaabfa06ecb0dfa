import { describe, expect, it } from "vitest";
import { memoized } from "../../src/qa/memo.ts";

describe("memoized", () => {
  it("works a key out once and gives the same value again", () => {
    let calls = 0;
    const length = memoized((s: string) => (calls++, s.length), 10);
    expect(length("anchorage")).toBe(9);
    expect(length("anchorage")).toBe(9);
    expect(calls).toBe(1);
  });

  it("keeps a value that is undefined without working it out again", () => {
    let calls = 0;
    const nothing = memoized((_: string) => (calls++, undefined), 10);
    nothing("x");
    nothing("x");
    expect(calls).toBe(1);
  });

  it("starts afresh past its limit, and still answers right", () => {
    let calls = 0;
    const double = memoized((n: number) => (calls++, n * 2), 2);
    expect([double(1), double(2), double(3)]).toEqual([2, 4, 6]);
    expect(double(1)).toBe(2);
    expect(calls).toBe(4);
  });
});
