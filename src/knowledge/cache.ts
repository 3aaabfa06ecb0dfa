import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { ArticleFacts, LoadProblem, RawArticle } from "./types.ts";
import { extractFacts } from "./extract.ts";
import { analyseArticles, readArticles } from "./load.ts";
import { buildKnowledgeBase, type KnowledgeBase } from "./base.ts";

/**
 * A persistent cache of extracted facts, so that start-up with thousands of articles re-extracts
 * only the articles that changed. Opt-in: `loadKnowledgeCached(dir, dbPath)` is `loadKnowledge(dir)`
 * with a cache in a SQLite file (better-sqlite3).
 *
 * One row per article file: a hash of the parsed article (id, title, dates, body: everything
 * extraction reads) and its facts as JSON. A row is reused only when the hash matches. The whole
 * cache is dropped when the extractor changes: its fingerprint hashes EXTRACTOR_VERSION, the source
 * of extract.ts and of every module it imports (followed through relative imports), and the versions
 * of the NLP packages, so an edit to the extraction code cannot serve stale facts.
 */

/** Bump to drop every cached fact when extraction changes in a way its source files do not show. */
export const EXTRACTOR_VERSION = 1;

/** Packages whose version changes what extraction returns. */
const EXTRACTION_PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "wink-porter2-stemmer"];

export interface CacheStats {
  /** Articles whose cached facts were used. */
  reused: number;
  /** Articles extracted (new, changed, or after the extractor changed). */
  extracted: number;
  /** Cached articles whose file is gone, dropped from the cache. */
  removed: number;
  /** Articles whose extraction failed (reported as problems, not cached). */
  failed: number;
  /** True when the cache was dropped because the extractor changed. */
  invalidated: boolean;
}

export interface FactCacheOptions {
  /** The extractor; default `extractFacts`. (Tests pass a counting wrapper.) */
  extract?: (article: RawArticle) => ArticleFacts;
  /** The extractor's fingerprint; default `extractorFingerprint()`. */
  fingerprint?: string;
}

export interface FactCache {
  /** Like `analyseArticles`, reusing the cached facts of unchanged articles and storing the others. */
  analyse(articles: RawArticle[]): { facts: ArticleFacts[]; problems: LoadProblem[]; stats: CacheStats };
  close(): void;
}

/** Hash of what extraction reads from an article. */
export function articleHash(article: RawArticle): string {
  const { id, file, title, published, source, url, body } = article;
  return createHash("sha256").update(JSON.stringify([id, file, title, published, source, url, body])).digest("hex");
}

let fingerprint: string | undefined;

/** A hash of the extraction code and its NLP packages (see the module comment). */
export function extractorFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256").update(`v${EXTRACTOR_VERSION}\n`);
  const here = dirname(fileURLToPath(import.meta.url));
  try {
    for (const file of importedSources(join(here, "extract.ts"))) hash.update(file).update(readFileSync(file));
  } catch {
    // no sources beside the module (a bundle): EXTRACTOR_VERSION alone decides
  }
  const require = createRequire(import.meta.url);
  for (const name of EXTRACTION_PACKAGES) {
    try {
      hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\n`);
    } catch {
      hash.update(`${name}@?\n`);
    }
  }
  fingerprint = hash.digest("hex").slice(0, 32);
  return fingerprint;
}

/** A source file and every local module it imports, transitively, sorted. */
function importedSources(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), m[1]));
  };
  visit(entry);
  return [...seen].sort();
}

export function openFactCache(dbPath: string, options: FactCacheOptions = {}): FactCache {
  const extract = options.extract ?? extractFacts;
  const version = options.fingerprint ?? extractorFingerprint();
  mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS facts (file TEXT PRIMARY KEY, hash TEXT NOT NULL, facts TEXT NOT NULL);
  `);
  const getMeta = db.prepare<[string], { value: string }>("SELECT value FROM meta WHERE key = ?");
  const setMeta = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
  const getRow = db.prepare<[string], { hash: string; facts: string }>("SELECT hash, facts FROM facts WHERE file = ?");
  const putRow = db.prepare("INSERT OR REPLACE INTO facts (file, hash, facts) VALUES (?, ?, ?)");
  const dropRow = db.prepare("DELETE FROM facts WHERE file = ?");
  const allFiles = db.prepare<[], { file: string }>("SELECT file FROM facts");

  return {
    analyse(articles) {
      const stats: CacheStats = { reused: 0, extracted: 0, removed: 0, failed: 0, invalidated: false };
      if (getMeta.get("extractor")?.value !== version) {
        stats.invalidated = getMeta.get("extractor") !== undefined;
        db.transaction(() => {
          db.exec("DELETE FROM facts");
          setMeta.run("extractor", version);
        })();
      }
      const facts: ArticleFacts[] = [];
      const problems: LoadProblem[] = [];
      const fresh: [string, string, string][] = [];
      const failed: string[] = [];
      for (const article of articles) {
        const hash = articleHash(article);
        const row = getRow.get(article.file);
        if (row && row.hash === hash) {
          facts.push(JSON.parse(row.facts) as ArticleFacts);
          stats.reused++;
          continue;
        }
        try {
          const f = extract(article);
          facts.push(f);
          fresh.push([article.file, hash, JSON.stringify(f)]);
          stats.extracted++;
        } catch (e) {
          problems.push({ file: article.file, message: `cannot analyse the article: ${(e as Error).message}` });
          failed.push(article.file);
          stats.failed++;
        }
      }
      const present = new Set(articles.map((a) => a.file));
      db.transaction(() => {
        for (const row of fresh) putRow.run(...row);
        for (const file of failed) dropRow.run(file);
        for (const { file } of allFiles.all()) {
          if (!present.has(file)) dropRow.run(file), stats.removed++;
        }
      })();
      return { facts, problems, stats };
    },
    close() {
      db.close();
    },
  };
}

/**
 * `loadKnowledge(dir)` with the fact cache at `dbPath` (created when missing). When the cache cannot
 * be opened or written, every article is extracted as usual and the problem is listed with the others.
 */
export function loadKnowledgeCached(dir: string, dbPath: string, onStats?: (stats: CacheStats) => void): KnowledgeBase {
  const read = readArticles(dir);
  let analysed: { facts: ArticleFacts[]; problems: LoadProblem[] };
  let cache: FactCache | undefined;
  try {
    cache = openFactCache(dbPath);
    const cached = cache.analyse(read.articles);
    analysed = cached;
    onStats?.(cached.stats);
  } catch (e) {
    const problem = { file: dbPath, message: `the fact cache does not work, so every article was extracted: ${(e as Error).message}` };
    const plain = analyseArticles(read.articles);
    analysed = { facts: plain.facts, problems: [problem, ...plain.problems] };
  } finally {
    cache?.close();
  }
  return buildKnowledgeBase(analysed.facts, [...read.problems, ...analysed.problems]);
}
