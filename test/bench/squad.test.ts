import { describe, expect, it } from "vitest";
import { exactMatch, normaliseAnswer, parseSquad, scoreAnswer, sentenceHolds, tokenF1, type SquadQuestion } from "../../bench/squad.ts";

const q = (answers: string[]): SquadQuestion => ({ id: "x", question: "?", answers, impossible: answers.length === 0 });

describe("SQuAD scoring, as the official script does it", () => {
  it.each([
    ["The Normans", "normans"],
    ["  the 10th and 11th centuries. ", "10th and 11th centuries"],
    ["Rollo's (a Viking)", "rollos viking"],
    ["An apple, a pear", "apple pear"],
  ])("normalises %j to %j", (raw, norm) => {
    expect(normaliseAnswer(raw)).toBe(norm);
  });

  it("matches exactly after normalisation", () => {
    expect(exactMatch("the Normans", "Normans.")).toBe(1);
    expect(exactMatch("Normans", "the Norman people")).toBe(0);
  });

  it("scores token overlap as F1", () => {
    expect(tokenF1("10th and 11th centuries", "in the 10th and 11th centuries")).toBeCloseTo(2 * (4 / 5) * 1 / (4 / 5 + 1));
    expect(tokenF1("France", "Paris")).toBe(0);
    expect(tokenF1("", "")).toBe(1);
    expect(tokenF1("", "France")).toBe(0);
  });

  it("takes the best gold answer, and a decline is right only for an unanswerable question", () => {
    expect(scoreAnswer(q(["Rollo", "Duke Rollo"]), "Duke Rollo")).toEqual({ em: 1, f1: 1 });
    expect(scoreAnswer(q([]), "")).toEqual({ em: 1, f1: 1 });
    expect(scoreAnswer(q([]), "France")).toEqual({ em: 0, f1: 0 });
    expect(scoreAnswer(q(["France"]), "")).toEqual({ em: 0, f1: 0 });
  });

  it("finds an answer in a sentence on word boundaries", () => {
    expect(sentenceHolds(q(["France"]), "Normandy, a region in France.")).toBe(true);
    expect(sentenceHolds(q(["Franc"]), "Normandy, a region in France.")).toBe(false);
    expect(sentenceHolds(q([]), "anything")).toBe(false);
  });

  it("reads the SQuAD 2.0 layout, one article per paragraph", () => {
    const data = { data: [{ title: "Normans", paragraphs: [{ context: "C", qas: [{ id: "1", question: "Q?", answers: [{ text: "A" }], is_impossible: false }, { id: "2", question: "R?", answers: [], is_impossible: true }] }] }] };
    expect(parseSquad(data)).toEqual([
      { id: "Normans-000", title: "Normans", context: "C", questions: [
        { id: "1", question: "Q?", answers: ["A"], impossible: false },
        { id: "2", question: "R?", answers: [], impossible: true },
      ] },
    ]);
    expect(() => parseSquad({ version: "v2.0" })).toThrow(/no 'data' list/);
  });
});
