import { statSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledge, readArticles } from "../src/knowledge/load.ts";
import { buildKnowledgeBase, type KnowledgeBase } from "../src/knowledge/base.ts";
import { loadKnowledgeCached, openFactCache, type CacheStats } from "../src/knowledge/cache.ts";
import { briefbotEngine, fuseEngine, miniSearchEngine, type Engine, type EngineReply } from "./engines.ts";
import { writeCorpus } from "./generate.ts";
import { benchQuestions, commandInputs, withTypo } from "./queries.ts";
import { loadBot, type BenchReply, type Handle } from "./bot.ts";
import { collect, heapUsed, measureInterleaved, measureQueries, timed, type LatencyStats } from "./measure.ts";
import { scoreCase, type EvalCase } from "./score.ts";
import { terms } from "../src/qa/text.ts";
import { correct } from "../src/qa/typos.ts";

/** One size of the bench: write the corpus, time start-up three ways, then time every kind of query. */

export interface QueryRow {
  name: string;
  stats: LatencyStats;
  /** For questions: how the first pass scored; for commands: internal errors, if any. */
  quality?: string;
}

export interface SizeResult {
  articles: number;
  sentences: number;
  problems: number;
  generateMs: number;
  startup: {
    /** `loadKnowledge(dir)`: read, extract every article, index. Undefined when not timed at this size. */
    noCacheMs?: number;
    /** `loadKnowledgeCached` on an empty cache: the same, plus storing the facts. */
    coldMs: number;
    coldStats?: CacheStats;
    /** `loadKnowledgeCached` again, nothing changed; and its parts. */
    warmMs: number;
    warm: { readMs: number; cacheMs: number; indexMs: number };
    cacheBytes: number;
  };
  /** Bytes of heap retained after loading (after a forced GC). */
  heap: { knowledgeBase: number; minisearch: number; fuse: number };
  baselineIndexMs: { minisearch: number; fuse: number };
  botNote?: string;
  queries: QueryRow[];
}

export interface SizeOptions {
  dir: string;
  n: number;
  seed: number;
  budgetMs: number;
  /** Also time start-up without the cache. */
  noCache: boolean;
  log: (line: string) => void;
}

/** The day the corpus's "today" is pinned to, for commands that read the clock (the digest). */
const CLOCK = new Date("2026-01-15T12:00:00Z");

export async function runSize(o: SizeOptions): Promise<SizeResult> {
  const generate = timed(() => writeCorpus(o.dir, o.seed, o.n).length);
  o.log(`${o.n} articles: generated in ${generate.ms.toFixed(0)} ms, loading...`);

  let noCacheMs: number | undefined;
  if (o.noCache) {
    collect();
    noCacheMs = timed(() => loadKnowledge(o.dir).sentences.length).ms;
  }
  const db = join(o.dir, "facts.db");
  collect();
  let coldStats: CacheStats | undefined;
  const cold = timed(() => loadKnowledgeCached(o.dir, db, (s) => (coldStats = s)).sentences.length);

  // the warm load, in the steps loadKnowledgeCached takes, to see where the time goes
  const h0 = heapUsed();
  const read = timed(() => readArticles(o.dir));
  const cache = openFactCache(db);
  const analysed = timed(() => cache.analyse(read.value.articles));
  cache.close();
  const index = timed(() => buildKnowledgeBase(analysed.value.facts, [...read.value.problems, ...analysed.value.problems]));
  const kb = index.value;
  const kbHeap = heapUsed() - h0;

  const mini = timed(() => miniSearchEngine(kb.articles));
  const miniHeap = heapUsed() - h0 - kbHeap;
  const fuse = timed(() => fuseEngine(kb.articles));
  const fuseHeap = heapUsed() - h0 - kbHeap - miniHeap;

  const bot = await loadBot(kb, CLOCK);
  const queries = measureAll(o, kb, [briefbotEngine(kb), mini.value, fuse.value], bot.handle);

  return {
    articles: kb.articles.length,
    sentences: kb.sentences.length,
    problems: kb.problems.length,
    generateMs: generate.ms,
    startup: {
      noCacheMs,
      coldMs: cold.ms,
      coldStats,
      warmMs: read.ms + analysed.ms + index.ms,
      warm: { readMs: read.ms, cacheMs: analysed.ms, indexMs: index.ms },
      cacheBytes: fileSize(db) + fileSize(`${db}-wal`),
    },
    heap: { knowledgeBase: kbHeap, minisearch: miniHeap, fuse: fuseHeap },
    baselineIndexMs: { minisearch: mini.ms, fuse: fuse.ms },
    ...(bot.note ? { botNote: bot.note } : {}),
    queries,
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function measureAll(o: SizeOptions, kb: KnowledgeBase, engines: Engine[], handle: Handle | undefined): QueryRow[] {
  const questions = benchQuestions(o.seed, o.n);
  const run = <I>(inputs: I[], fn: (i: I) => unknown, onResult?: (i: I, r: unknown) => void): LatencyStats =>
    measureQueries(inputs, fn, { budgetMs: o.budgetMs, maxSamples: Math.max(inputs.length * 2, 1000) }, onResult);
  const rows: QueryRow[] = [];

  // briefbot and the baselines side by side, one question each in turn, for fair ratios on a busy machine
  const qualities = engines.map(() => new Quality());
  const side = measureInterleaved(
    questions,
    engines.map((engine, k) => ({ name: engine.name, fn: (c: EvalCase) => engine.ask(c.q), onResult: (c: EvalCase, r: unknown, i: number) => qualities[k].add(c, r as EngineReply, i) })),
    // at least 10 questions each for the medians that make the ratios (fuse excepted when one question outlasts the budget)
    { budgetMs: o.budgetMs, minSamples: 10, maxSamples: Math.max(questions.length * 2, 1000) },
  );
  // quality on the same questions: as many as the slower of briefbot and MiniSearch got through (fuse: its own few)
  const common = Math.min(qualities[0].size, qualities[1]?.size ?? Infinity);
  engines.forEach((engine, k) => {
    const name = engine.name === "briefbot" ? "ask: answerQuestion" : `ask: ${engine.name}`;
    rows.push({ name, stats: side.get(engine.name)!, quality: qualities[k].text(Math.min(common, qualities[k].size)) });
  });

  if (handle) {
    let conversation = 0;
    const say = (text: string) => handle(text, `bench-${conversation++ % 500}`);
    const viaBot = (name: string, prefix: string) => {
      const quality = new Quality();
      const stats = run(questions, (c) => say(prefix + c.q), (c, r) => quality.addReply(c, r as BenchReply));
      rows.push({ name, stats, quality: quality.text() });
    };
    viaBot("ask: bot.handle(question)", "");
    viaBot("/ask QUESTION", "/ask ");
    for (const [name, inputs] of commandInputs(kb, o.n)) {
      let errors = 0;
      const stats = run(inputs, say, (_i, r) => {
        if ((r as BenchReply).kind === "error" && (r as BenchReply).code === "internal") errors++;
      });
      rows.push({ name, stats, ...(errors ? { quality: `${errors} internal errors` } : {}) });
    }
  }

  // the knowledge base's own indexes, alone: where a question's time could go as the base grows
  rows.push({ name: "kb.search (its BM25 index)", stats: run(questions, (c) => kb.search.search(terms(c.q), 40)) });
  const words = questions.flatMap((c) => c.q.split(" ").filter((w) => w.length >= 6)).map((w) => withTypo(w.toLowerCase().replace(/\W/g, "")));
  rows.push({ name: "typo correction (a word)", stats: run(words.slice(0, 200), (w) => correct(kb, w)) });
  return rows;
}

/** Scores the first answer to each question, as the question sets are scored. */
class Quality {
  /** Outcome of the first answer to question i. */
  private outcomes: { abstain: boolean; direct: boolean; supported: boolean; declined: boolean }[] = [];

  get size(): number {
    return this.outcomes.length;
  }

  add(c: EvalCase, r: EngineReply, index = this.outcomes.length): void {
    const s = scoreCase(c, r);
    this.outcomes[index] = { abstain: c.abstain === true, direct: s.direct, supported: s.supported, declined: s.outcome === "declined" };
  }

  /** A bot reply: an `answer` reply answers, anything else declines. */
  addReply(c: EvalCase, r: BenchReply): void {
    const answered = r.kind === "answer";
    this.add(c, { answered, answer: answered ? (r.answer ?? "") : "", sources: (r.sources ?? []).map((s) => ({ article: "", sentence: s.sentence })), score: 0 });
  }

  /** The first `limit` questions' scores. */
  text(limit = this.outcomes.length): string {
    const xs = this.outcomes.slice(0, limit);
    const answerable = xs.filter((x) => !x.abstain);
    const count = (f: (x: (typeof xs)[number]) => boolean) => xs.filter(f).length;
    return (
      `of the first ${xs.length}: direct ${count((x) => !x.abstain && x.direct)}/${answerable.length}, ` +
      `supported ${count((x) => !x.abstain && x.supported)}/${answerable.length}, declined ${count((x) => x.abstain && x.declined)}/${xs.length - answerable.length}`
    );
  }
}
