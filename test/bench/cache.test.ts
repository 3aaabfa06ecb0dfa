import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadKnowledgeCached, openFactCache, extractorFingerprint, type CacheStats } from "../../src/knowledge/cache.ts";
import { loadKnowledge, readArticles } from "../../src/knowledge/load.ts";
import { extractFacts } from "../../src/knowledge/extract.ts";
import type { RawArticle } from "../../src/knowledge/types.ts";
import { writeCorpus } from "../../bench/generate.ts";

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fact-cache-"));
  db = join(dir, "cache", "facts.db");
  writeCorpus(dir, 9, 3);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The facts as they come out of JSON, which is how the cache keeps them. */
const asJson = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

function counting() {
  const seen: string[] = [];
  return { seen, extract: (a: RawArticle) => (seen.push(a.file), extractFacts(a)) };
}

describe("the fact cache", () => {
  it("loads the same knowledge as a fresh extraction, cold and warm", () => {
    const fresh = loadKnowledge(dir);
    const stats: CacheStats[] = [];
    const cold = loadKnowledgeCached(dir, db, (s) => stats.push(s));
    const warm = loadKnowledgeCached(dir, db, (s) => stats.push(s));
    expect(asJson(cold.articles)).toEqual(asJson(fresh.articles));
    expect(asJson(warm.articles)).toEqual(asJson(fresh.articles));
    expect(warm.sentences.map((s) => s.text)).toEqual(fresh.sentences.map((s) => s.text));
    expect(stats).toEqual([
      { reused: 0, extracted: 3, removed: 0, failed: 0, invalidated: false },
      { reused: 3, extracted: 0, removed: 0, failed: 0, invalidated: false },
    ]);
  });

  it("re-extracts only a changed file, and forgets a deleted one", () => {
    const { seen, extract } = counting();
    const cache = openFactCache(db, { extract });
    try {
      const first = readArticles(dir).articles;
      cache.analyse(first);
      expect(seen).toHaveLength(3);

      seen.length = 0;
      writeFileSync(join(dir, "articles", first[1].file.replace(/^articles[\\/]/, "")), `---\ntitle: Changed\n---\n\nMayor Ana Ruiz said the bridge will open on Monday.\n`);
      const changed = cache.analyse(readArticles(dir).articles);
      expect(seen).toEqual([first[1].file]);
      expect(changed.stats).toMatchObject({ reused: 2, extracted: 1 });
      expect(changed.facts[1].article.title).toBe("Changed");

      seen.length = 0;
      unlinkSync(join(dir, "articles", first[0].file.replace(/^articles[\\/]/, "")));
      const removed = cache.analyse(readArticles(dir).articles);
      expect(seen).toEqual([]);
      expect(removed.stats).toMatchObject({ reused: 2, extracted: 0, removed: 1 });
    } finally {
      cache.close();
    }
  });

  it("drops every cached fact when the extractor changes", () => {
    const articles = readArticles(dir).articles;
    const before = openFactCache(db, { fingerprint: "old" });
    before.analyse(articles);
    before.close();
    const { seen, extract } = counting();
    const after = openFactCache(db, { fingerprint: "new", extract });
    try {
      expect(after.analyse(articles).stats).toMatchObject({ reused: 0, extracted: 3, invalidated: true });
      expect(seen).toHaveLength(3);
    } finally {
      after.close();
    }
  });

  it("fingerprints the extraction code", () => {
    expect(extractorFingerprint()).toMatch(/^[0-9a-f]{32}$/);
    expect(extractorFingerprint()).toBe(extractorFingerprint());
  });

  it("reports an article that fails to extract and keeps the others", () => {
    const cache = openFactCache(db, {
      extract: (a) => {
        if (a.file.includes("00001")) throw new Error("boom");
        return extractFacts(a);
      },
    });
    try {
      const r = cache.analyse(readArticles(dir).articles);
      expect(r.facts).toHaveLength(2);
      expect(r.problems).toEqual([{ file: expect.stringContaining("00001"), message: "cannot analyse the article: boom" }]);
      expect(r.stats.failed).toBe(1);
    } finally {
      cache.close();
    }
  });

  it("still loads every article when the cache file is not a database", () => {
    const bad = join(dir, "not-a-db");
    writeFileSync(bad, "this is not SQLite, just text that is long enough to look like a header ".repeat(4));
    const kb = loadKnowledgeCached(dir, bad);
    expect(kb.articles).toHaveLength(3);
    expect(kb.problems).toEqual([{ file: bad, message: expect.stringMatching(/^the fact cache does not work, so every article was extracted: /) }]);
  });
});
