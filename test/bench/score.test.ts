import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parseCases, passes, scoreCase, scoreSet, type EvalCase, type ScoredReply } from "../../bench/score.ts";

const SCORE_QA = join(import.meta.dirname, "../../../shared/tools/score-qa.mjs");

const answer = (answer: string, sentence = "", answered: boolean | undefined = true): ScoredReply => ({
  ...(answered === undefined ? {} : { answered }),
  answer,
  sources: sentence ? [{ sentence }] : [],
});

describe("the eval scorer, case by case", () => {
  const where: EvalCase = { id: "where", q: "Where are the talks?", all: [["anchorage"]] };
  const days: EvalCase = { id: "days", q: "Which days?", all: [["thursday"], ["friday"]] };
  const two: EvalCase = { id: "two", q: "Name two issues", some: { n: 2, of: [["xinjiang"], ["hong kong"], ["taiwan"]] } };
  const notMacron: EvalCase = { id: "nm", q: "Who spoke?", all: [["cui"]], none: [["macron"]] };
  const short: EvalCase = { id: "short", q: "Where?", all: [["anchorage"]], max_words: 3 };
  const oos: EvalCase = { id: "oos", q: "What is the tallest mountain in Africa?", abstain: true };

  it.each<[string, EvalCase, ScoredReply, string, boolean, boolean]>([
    ["a short answer holding the term is direct", where, answer("Anchorage, Alaska"), "direct", true, true],
    ["matching ignores case and curly quotes", { ...where, all: [["china's"]] }, answer("China’s core interests"), "direct", true, true],
    ["every 'all' group must be held", days, answer("Thursday"), "wrong", false, false],
    ["'all' groups held by answer and sentence together are supported", days, answer("Thursday", "They meet on Thursday and Friday."), "indirect", false, true],
    ["'some' needs n of the groups", two, answer("Taiwan and Hong Kong"), "direct", true, true],
    ["'some' with fewer than n fails", two, answer("Taiwan"), "wrong", false, false],
    ["a forbidden term spoils a direct answer", notMacron, answer("Cui, not Macron"), "indirect", false, true],
    ["a forbidden term in the sentence does not matter", notMacron, answer("Cui Tiankai", "Macron was not there; Cui spoke."), "direct", true, true],
    ["more words than max_words is not direct", short, answer("the talks are in Anchorage"), "indirect", false, true],
    ["max_words words exactly is direct", short, answer("in Anchorage, Alaska"), "direct", true, true],
    ["the default limit is 20 words", where, answer(`${"very ".repeat(20)}Anchorage`), "indirect", false, true],
    ["only the first cited sentence supports", days, { answered: true, answer: "Thursday", sources: [{ sentence: "x" }, { sentence: "Friday" }] }, "wrong", false, false],
    ["a missing 'answered' counts as an answer", where, answer("Anchorage", "", undefined), "direct", true, true],
    ["declining an answerable question is wrong", where, answer("", "", false), "wrong", false, false],
    ["a declined reply's answer is ignored", where, answer("Anchorage", "Anchorage", false), "wrong", false, false],
    ["declining an out-of-scope question is right", oos, answer("", "", false), "declined", false, false],
    ["answering an out-of-scope question is wrong", oos, answer("Kilimanjaro"), "answered-out-of-scope", false, false],
    ["a missing 'answered' on an out-of-scope question is an answer", oos, answer("", "", undefined), "answered-out-of-scope", false, false],
  ])("%s", (_name, c, r, outcome, direct, supported) => {
    const s = scoreCase(c, r);
    expect(s.outcome).toBe(outcome);
    expect(s.direct).toBe(direct);
    expect(s.supported).toBe(supported);
  });

  it("writes misses the way score-qa.mjs prints them", () => {
    expect(scoreCase(where, answer("", "", false)).miss).toBe("WRONG where: Where are the talks? -> ");
    expect(scoreCase(short, answer("the talks are in Anchorage")).miss).toBe("INDIRECT short: Where? -> the talks are in Anchorage");
    expect(scoreCase(oos, { answered: true, answer: "", text: "Mount Kilimanjaro." }).miss).toBe("ANSWERED oos: What is the tallest mountain in Africa? -> Mount Kilimanjaro.");
    expect(scoreCase(where, answer("Anchorage")).miss).toBeUndefined();
  });

  it("counts a set and applies the 90% thresholds", () => {
    const cases = [where, days, oos, { ...oos, id: "oos2" }];
    const s = scoreSet(cases, [answer("Anchorage"), answer("", "", false), answer("", "", false), answer("Everest")]);
    expect(s).toMatchObject({ answerable: 2, direct: 1, supported: 1, outOfScope: 2, declined: 1, wrongDeclines: 1 });
    expect(s.misses).toHaveLength(2);
    expect(passes(s)).toBe(false);
    expect(passes(s, 0.5, 0.5)).toBe(true);
  });

  it("reads JSONL sets and names a bad line", () => {
    expect(parseCases('{"id":"a","q":"x","all":[["y"]]}\n\n{"q":"z","abstain":true}\n', "f.jsonl")).toEqual([
      { id: "a", q: "x", all: [["y"]] },
      { id: "f.jsonl line 3", q: "z", abstain: true },
    ]);
    expect(() => parseCases('{"id":"a"}', "f.jsonl")).toThrow(/f.jsonl line 1 has no question/);
    expect(() => parseCases("{nope", "f.jsonl")).toThrow(/f.jsonl line 1 is not JSON/);
    expect(() => parseCases('{"q":"x","all":["y"]}', "f.jsonl")).toThrow(/'all' is not a list of lists/);
  });
});

/** Random cases and replies over a few terms, so that hits, misses and near-misses all occur. */
const TERMS = ["anchorage", "alaska", "thursday", "friday", "cui", "china's", "u.s.", "two"];
const alts = fc.array(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 2 });
const groups = fc.array(alts, { minLength: 1, maxLength: 3 });
const caseArb: fc.Arbitrary<EvalCase> = fc.record(
  {
    id: fc.constant(""),
    q: fc.constant(""),
    all: groups,
    some: groups.chain((of) => fc.record({ n: fc.integer({ min: 1, max: of.length }), of: fc.constant(of) })),
    none: groups,
    max_words: fc.integer({ min: 1, max: 6 }),
    abstain: fc.boolean(),
  },
  { requiredKeys: ["id", "q"] },
);
const phrase = fc
  .tuple(fc.array(fc.constantFrom(...TERMS, "China’s", "Anchorage,", "THURSDAY", "the", "talks", "in", "and"), { maxLength: 8 }), fc.constantFrom(" ", "  "))
  .map(([ws, gap]) => ws.join(gap));
const replyArb: fc.Arbitrary<ScoredReply> = fc.record(
  {
    answered: fc.boolean(),
    answer: phrase,
    text: phrase,
    sources: fc.array(phrase.map((sentence) => ({ sentence })), { maxLength: 2 }),
  },
  { requiredKeys: ["answer"] },
);

describe.runIf(existsSync(SCORE_QA))("the eval scorer against ../shared/tools/score-qa.mjs", () => {
  it("gives the same counts and the same misses on 300 random cases", () => {
    const pairs = fc.sample(fc.tuple(caseArb, replyArb), { numRuns: 300, seed: 4 });
    const cases = pairs.map(([c], i) => ({ ...c, id: `c${i}`, q: `question ${i}` }));
    const replies = pairs.map(([, r]) => r);
    const dir = mkdtempSync(join(tmpdir(), "score-parity-"));
    try {
      // a fake project whose `ask` prints the canned replies, one JSON line per question
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "fake", private: true, scripts: { ask: "node ask.mjs" } }));
      writeFileSync(join(dir, "replies.jsonl"), replies.map((r) => JSON.stringify(r)).join("\n") + "\n");
      writeFileSync(join(dir, "ask.mjs"), `import { readFileSync } from "node:fs";\nprocess.stdout.write(readFileSync("replies.jsonl", "utf8"));\n`);
      writeFileSync(join(dir, "eval.jsonl"), cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
      const run = spawnSync("node", [SCORE_QA, "eval.jsonl", "--verbose"], { cwd: dir, encoding: "utf8" });
      const lines = run.stdout.trim().split("\n");
      const summary = lines.pop() ?? "";
      const ours = scoreSet(cases, replies);
      expect(lines).toEqual(ours.misses);
      const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
      expect(summary).toContain(
        `${passes(ours) ? "PASS" : "FAIL"}: direct ${ours.direct}/${ours.answerable} (${pct(ours.direct, ours.answerable)}), ` +
          `supported ${ours.supported}/${ours.answerable} (${pct(ours.supported, ours.answerable)}), ` +
          `abstained ${ours.declined}/${ours.outOfScope} (${pct(ours.declined, ours.outOfScope)}), wrongly abstained ${ours.wrongDeclines},`,
      );
      // the random set must exercise every outcome, or the comparison proves little
      expect(new Set(ours.results.map((r) => r.outcome))).toEqual(new Set(["direct", "indirect", "wrong", "declined", "answered-out-of-scope"]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
