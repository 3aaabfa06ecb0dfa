import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { generateArticle, writeCorpus } from "../../bench/generate.ts";
import { TOPICS } from "../../bench/topics/index.ts";
import { benchQuestions, withTypo } from "../../bench/queries.ts";
import { parseArticle } from "../../src/knowledge/parseArticle.ts";
import { extractFacts } from "../../src/knowledge/extract.ts";
import { normalise } from "../../bench/score.ts";

const seedAndIndex = fc.tuple(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 20_000 }));

describe("the article generator", () => {
  it("writes the same article for the same seed and index", () => {
    fc.assert(
      fc.property(seedAndIndex, ([seed, i]) => {
        expect(generateArticle(seed, i)).toEqual(generateArticle(seed, i));
      }),
      { numRuns: 50 },
    );
  });

  it("writes different articles for different seeds", () => {
    expect(generateArticle(1, 0).content).not.toBe(generateArticle(2, 0).content);
  });

  it("writes files that load: front matter with a title and a date, and a body", () => {
    fc.assert(
      fc.property(seedAndIndex, ([seed, i]) => {
        const a = generateArticle(seed, i);
        const raw = parseArticle(a.file, a.content);
        expect(raw.title).toBe(a.title);
        expect(raw.published).toMatch(/^20\d\d-\d\d-\d\d$/);
        expect(raw.body.split("\n\n").length).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
  });

  it("asks questions whose expected terms are in the article", () => {
    fc.assert(
      fc.property(seedAndIndex, ([seed, i]) => {
        const a = generateArticle(seed, i);
        const text = normalise(a.content);
        expect(a.questions.length).toBeGreaterThanOrEqual(5);
        for (const q of a.questions) for (const alts of q.all) expect(alts.some((x) => text.includes(x)), `${q.q} ${JSON.stringify(alts)}`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("quotes people in several news forms, and the extractor finds the quotes and people", () => {
    const forms = { saidAfter: /[,”"] said [A-Z]/, speakerSaid: /[,”"] [A-Z][a-z]+ said\b/, colon: / (said|told [^:]+): [“"]/, according: /\bAccording to /, toldReporters: /told reporters/ };
    const seen = new Set<string>();
    for (let i = 0; i < 2 * TOPICS.length; i++) {
      const a = generateArticle(11, i);
      for (const [name, re] of Object.entries(forms)) if (re.test(a.content)) seen.add(name);
      const facts = extractFacts(parseArticle(a.file, a.content));
      expect(facts.quotes.length, a.file).toBeGreaterThanOrEqual(2);
      expect(facts.people.length, a.file).toBeGreaterThanOrEqual(3);
      expect(new Set(facts.quotes.map((q) => q.speaker)).size, a.file).toBeGreaterThanOrEqual(2);
    }
    expect([...seen].sort()).toEqual(Object.keys(forms).sort());
  });

  it("covers every topic in a corpus, and a smaller corpus is the start of a bigger one", () => {
    const dir = mkdtempSync(join(tmpdir(), "gen-test-"));
    try {
      const articles = writeCorpus(dir, 5, TOPICS.length);
      expect(new Set(articles.map((a) => a.topic)).size).toBe(TOPICS.length);
      const files = readdirSync(join(dir, "articles")).sort();
      expect(files).toEqual(articles.map((a) => a.file).sort());
      expect(readFileSync(join(dir, "articles", files[3]), "utf8")).toBe(generateArticle(5, 3).content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("mixes typos and out-of-scope questions into the bench questions", () => {
    const qs = benchQuestions(3, 100);
    expect(qs.some((c) => c.abstain)).toBe(true);
    expect(qs.some((c) => c.id.endsWith("-typo"))).toBe(true);
    expect(benchQuestions(3, 100)).toEqual(qs);
    expect(withTypo("How many drivers went on strike?")).toBe("How many drviers went on strike?");
  });
});
