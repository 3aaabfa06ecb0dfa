/**
 * `npm run bench`: start-up time, memory and query latency of briefbot against two baselines, at
 * growing knowledge-base sizes, on generated articles.
 *
 *   npm run bench                          sizes 1, 100, 1000, 10000 (10,000 takes a few minutes: the first load extracts every article)
 *   npm run bench -- --sizes 1,100         smaller runs
 *   npm run bench -- --seed 7              another corpus (default 20210318)
 *   npm run bench -- --budget-ms 1500      time spent per measured query kind and size (default 3000)
 *   npm run bench -- --no-cache-max 10000  also time start-up without the cache at sizes up to this (default 1000)
 *
 * Prints tables, and writes bench/results/<timestamp>.json and bench/results/latest.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runSize, type SizeResult } from "./benchSize.ts";
import { machine } from "./machine.ts";
import { mb, ms, table } from "./table.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (opt("--sizes") ?? "1,100,1000,10000").split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes wants whole numbers separated by commas, got '${opt("--sizes")}'`);
  process.exit(2);
}
const seed = Number(opt("--seed") ?? 20210318);
const budgetMs = Number(opt("--budget-ms") ?? 3000);
const noCacheMax = Number(opt("--no-cache-max") ?? 1000);

const about = machine(ROOT);
console.log(`bench: ${about.cpu} x${about.cores}, ${about.memoryGB} GB, Node ${about.node}; commit ${about.commit}${about.dirty ? " + uncommitted changes" : ""}`);
console.log(`bench: seed ${seed}, sizes ${sizes.join(", ")}, ${budgetMs} ms per measured query kind and size\n`);

const results: SizeResult[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `briefbot-bench-${n}-`));
  try {
    const r = await runSize({ dir, n, seed, budgetMs, noCache: n <= noCacheMax, log: (line) => console.log(line) });
    results.push(r);
    printSize(r);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
printSummary(results);

const when = new Date().toISOString();
const out = { when, machine: about, seed, budgetMs, sizes: results };
const folder = join(ROOT, "bench/results");
mkdirSync(folder, { recursive: true });
const file = join(folder, `${when.replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
writeFileSync(join(folder, "latest.json"), JSON.stringify(out, null, 2) + "\n");
console.log(`\nwrote ${file.slice(ROOT.length)} and bench/results/latest.json`);

function printSize(r: SizeResult): void {
  const s = r.startup;
  console.log(`\n== ${r.articles} articles, ${r.sentences} sentences${r.problems ? `, ${r.problems} problems` : ""}`);
  console.log(
    `start-up: ${s.noCacheMs === undefined ? "no cache not timed" : `no cache ${ms(s.noCacheMs)} ms`}; ` +
      `cache cold (extract + store) ${ms(s.coldMs)} ms; cache warm ${ms(s.warmMs)} ms ` +
      `(read ${ms(s.warm.readMs)}, cached facts ${ms(s.warm.cacheMs)}, index ${ms(s.warm.indexMs)}); cache file ${mb(s.cacheBytes)} MB`,
  );
  console.log(
    `heap after load: briefbot ${mb(r.heap.knowledgeBase)} MB; minisearch ${mb(r.heap.minisearch)} MB (index ${ms(r.baselineIndexMs.minisearch)} ms); ` +
      `fuse ${mb(r.heap.fuse)} MB (index ${ms(r.baselineIndexMs.fuse)} ms)`,
  );
  if (r.botNote) console.log(`note: ${r.botNote}`);
  const base = (name: string) => r.queries.find((q) => q.name === name)?.stats.medianMs ?? NaN;
  const mini = base("ask: minisearch");
  const fuse = base("ask: fuse");
  console.log(
    table(
      ["query", "n", "median ms", "p95 ms", "QPS", "x minisearch", "x fuse", "quality (first pass)"],
      r.queries.map((q) => [
        q.name,
        String(q.stats.n),
        ms(q.stats.medianMs),
        ms(q.stats.p95Ms),
        q.stats.qps >= 100 ? q.stats.qps.toFixed(0) : q.stats.qps.toFixed(1),
        q.name.startsWith("ask") || q.name.startsWith("/ask") ? (q.stats.medianMs / mini).toFixed(2) : "",
        q.name.startsWith("ask") || q.name.startsWith("/ask") ? (q.stats.medianMs / fuse).toFixed(2) : "",
        q.quality ?? "",
      ]),
    ),
  );
}

function printSummary(all: SizeResult[]): void {
  console.log("\n== summary (medians; ratio = briefbot / baseline, same process)");
  console.log(
    table(
      ["articles", "sentences", "start-up no cache", "cold (fills cache)", "warm (cache)", "heap MB", "briefbot ms", "minisearch ms", "ratio", "fuse ms", "ratio", "briefbot QPS"],
      all.map((r) => {
        const q = (name: string) => r.queries.find((x) => x.name === name)?.stats;
        const b = q("ask: answerQuestion");
        const m = q("ask: minisearch");
        const f = q("ask: fuse");
        return [
          String(r.articles),
          String(r.sentences),
          r.startup.noCacheMs === undefined ? "-" : `${ms(r.startup.noCacheMs)} ms`,
          `${ms(r.startup.coldMs)} ms`,
          `${ms(r.startup.warmMs)} ms`,
          mb(r.heap.knowledgeBase),
          ms(b?.medianMs ?? NaN),
          ms(m?.medianMs ?? NaN),
          b && m ? (b.medianMs / m.medianMs).toFixed(2) : "-",
          ms(f?.medianMs ?? NaN),
          b && f ? (b.medianMs / f.medianMs).toFixed(2) : "-",
          b ? b.qps.toFixed(0) : "-",
        ];
      }),
    ),
  );
}
