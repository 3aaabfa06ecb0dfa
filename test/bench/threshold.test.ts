import { describe, expect, it } from "vitest";
import { tuneThreshold } from "../../bench/threshold.ts";

describe("a baseline's decline threshold", () => {
  it("separates good answers from questions to decline when the scores allow it", () => {
    const t = tuneThreshold([
      { score: 9, abstain: false, good: true },
      { score: 7, abstain: false, good: true },
      { score: 3, abstain: true, good: false },
      { score: 2, abstain: true, good: false },
    ]);
    expect(t).toEqual({ threshold: 7, balanced: 1 });
  });

  it("weighs both kinds equally, so a majority of one kind does not win alone", () => {
    const cases = [
      ...Array.from({ length: 9 }, () => ({ score: 5, abstain: true, good: false })),
      { score: 4, abstain: false, good: true },
    ];
    // declining everything gets 9 of 10 right but only half the balanced accuracy
    expect(tuneThreshold(cases).balanced).toBe(0.5);
  });

  it("never answers when nothing was found", () => {
    expect(tuneThreshold([{ score: -Infinity, abstain: false, good: true }]).balanced).toBe(0);
  });

  it("takes the lowest of equally good thresholds", () => {
    expect(tuneThreshold([{ score: 5, abstain: false, good: true }, { score: 3, abstain: false, good: true }]).threshold).toBe(-Infinity);
  });
});
