import { describe, expect, it } from "vitest";
import { measureInterleaved, measureQueries, quantile } from "../../bench/measure.ts";

describe("the bench's measuring", () => {
  it("takes quantiles by nearest rank", () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(xs, 0.5)).toBe(5);
    expect(quantile(xs, 0.95)).toBe(10);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("warms up, then times each input in order, and reports each input's first result once", () => {
    const calls: number[] = [];
    const firsts: number[] = [];
    const stats = measureQueries([1, 2, 3], (x) => (calls.push(x), x * 10), { warmup: 2, maxSamples: 5 }, (_x, r) => firsts.push(r));
    expect(calls).toEqual([1, 2, 1, 2, 3, 1, 2]);
    expect(firsts).toEqual([10, 20, 30]);
    expect(stats.n).toBe(5);
  });

  it("gives every contender the same inputs in the same order, a block at a time, in turn", () => {
    const log: string[] = [];
    const stats = measureInterleaved(["a", "b"], [
      { name: "x", fn: (i) => log.push(`x${i}`) },
      { name: "y", fn: (i) => log.push(`y${i}`) },
    ], { warmup: 1, maxSamples: 3 });
    // warm-up, then blocks of two inputs: x a b, y a b, then the third sample of each
    expect(log).toEqual(["xa", "ya", "xa", "xb", "ya", "yb", "xa", "ya"]);
    expect([...stats.values()].map((s) => s.n)).toEqual([3, 3]);
  });
});
