/**
 * `npm run eval`: answer quality of briefbot and two baselines, on the project's question sets and
 * on an external SQuAD 2.0 subset.
 *
 *   npm run eval                 every set, the misses of briefbot
 *   npm run eval -- --verbose    also the baselines' misses
 *   npm run eval -- --no-squad   only the project's sets
 *   npm run eval -- --json FILE  also write the numbers as JSON
 */
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, relative } from "node:path";
import { findQuestionSets, runQuestionSet, type SetResult } from "./evalSets.ts";
import { runSquad, type SquadResult } from "./evalSquad.ts";
import { ms, pct, ratio, table } from "./table.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SQUAD = join(ROOT, "../shared/eval/external/squad2-small.json");

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;

const sets: SetResult[] = [];
for (const set of findQuestionSets(ROOT)) {
  const r = runQuestionSet(set);
  sets.push(r);
  printSet(r);
}
printSummary(sets);

let squad: SquadResult | undefined;
if (args.includes("--no-squad")) {
  console.log("\nExternal set: skipped (--no-squad).");
} else if (!existsSync(SQUAD)) {
  console.log(`\nExternal set: skipped, ${relative(ROOT, SQUAD)} is not there (it is read from the shared folder, never copied into the repo).`);
} else {
  squad = runSquad(SQUAD);
  printSquad(squad);
}

if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ when: new Date().toISOString(), sets: sets.map(forJson), squad }, null, 2) + "\n");
  console.log(`\nwrote ${jsonOut}`);
}

function printSet(r: SetResult): void {
  const s = r.set;
  console.log(`\n== ${s.name}: ${relative(ROOT, s.questions)} over ${relative(ROOT, s.knowledge) || "."} (${r.articles} article${r.articles === 1 ? "" : "s"}, loaded in ${ms(r.loadMs)} ms)`);
  for (const p of r.problems) console.log(`  problem: ${p.file}: ${p.message}`);
  console.log(
    table(
      ["engine", "direct", "supported", "correct declines", "wrong declines", "threshold"],
      r.engines.map(({ engine, score: x, threshold }) => [
        engine,
        ratio(x.direct, x.answerable),
        ratio(x.supported, x.answerable),
        ratio(x.declined, x.outOfScope),
        String(x.wrongDeclines),
        threshold === undefined ? "" : threshold.toPrecision(3),
      ]),
    ),
  );
  for (const { engine, score: x } of r.engines) {
    if (engine !== "briefbot" && !verbose) continue;
    if (x.misses.length) console.log(`  ${engine} misses (${x.misses.length}):`);
    for (const m of x.misses) console.log(`    ${m}`);
  }
}

function printSummary(all: SetResult[]): void {
  console.log("\n== all project sets");
  const engines = all[0]?.engines.map((e) => e.engine) ?? [];
  const rows = engines.map((engine) => {
    const t = { direct: 0, supported: 0, answerable: 0, declined: 0, outOfScope: 0, wrong: 0 };
    for (const r of all) {
      const x = r.engines.find((e) => e.engine === engine)!.score;
      t.direct += x.direct;
      t.supported += x.supported;
      t.answerable += x.answerable;
      t.declined += x.declined;
      t.outOfScope += x.outOfScope;
      t.wrong += x.wrongDeclines;
    }
    return [engine, ratio(t.direct, t.answerable), ratio(t.supported, t.answerable), ratio(t.declined, t.outOfScope), String(t.wrong)];
  });
  console.log(table(["engine", "direct", "supported", "correct declines", "wrong declines"], rows));
}

function printSquad(r: SquadResult): void {
  console.log(`\n== external: SQuAD 2.0 subset, ${r.paragraphs} paragraphs as articles, ${r.questions} questions (extraction and index ${ms(r.loadMs)} ms)`);
  for (const f of r.failures) console.log(`  extraction failed: ${f}`);
  console.log(
    table(
      ["engine", "sentence holds answer", "EM (answerable)", "F1 (answerable)", "correct declines", "wrong declines", "EM (all)", "F1 (all)", "threshold"],
      r.engines.map((x) => [
        x.engine,
        ratio(x.hasAns.sentenceHolds, x.hasAns.n),
        pct(x.hasAns.em, x.hasAns.n),
        pct(x.hasAns.f1, x.hasAns.n),
        ratio(x.noAns.declined, x.noAns.n),
        String(x.hasAns.n - x.hasAns.answered),
        pct(x.exact, 1),
        pct(x.f1, 1),
        x.threshold === undefined ? "" : x.threshold.toPrecision(3),
      ]),
    ),
  );
  console.log("  EM/F1 as SQuAD scores them (normalised answers, best gold answer); a decline of an unanswerable question counts 1.");
  console.log("  Baselines answer with their whole best sentence and decline below a threshold tuned on this set.");
}

function forJson(r: SetResult) {
  return {
    name: r.set.name,
    questions: relative(ROOT, r.set.questions),
    knowledge: relative(ROOT, r.set.knowledge),
    articles: r.articles,
    engines: r.engines.map(({ engine, score, threshold }) => ({ engine, threshold, ...score, results: undefined })),
  };
}
