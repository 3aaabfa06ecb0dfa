import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { analyseArticles, readArticles } from "../src/knowledge/load.ts";
import { buildKnowledgeBase } from "../src/knowledge/base.ts";
import type { LoadProblem } from "../src/knowledge/types.ts";
import { briefbotEngine, fuseEngine, miniSearchEngine, withThreshold, type Engine, type EngineReply } from "./engines.ts";
import { parseCases, scoreCase, scoreSet, type EvalCase, type SetScore } from "./score.ts";
import { tuneThreshold } from "./threshold.ts";

/** A question set and the knowledge directory it asks about. */
export interface QuestionSet {
  name: string;
  questions: string;
  knowledge: string;
}

export interface EngineScore {
  engine: string;
  score: SetScore;
  /** A baseline's tuned decline threshold (undefined for briefbot). */
  threshold?: number;
}

export interface SetResult {
  set: QuestionSet;
  articles: number;
  problems: LoadProblem[];
  engines: EngineScore[];
  /** Milliseconds: extraction + index, and answering every question once per engine. */
  loadMs: number;
}

/**
 * The project's question sets: test/qa/seed*.jsonl over knowledge/ (our own, then the held-out ones
 * helpers wrote from the article alone), every test/fixtures/kb-NAME/questions.jsonl
 * over its own folder, and the shared held-out set ../shared/eval/seed-dev.jsonl over knowledge/ when present.
 */
export function findQuestionSets(root: string): QuestionSet[] {
  const sets: QuestionSet[] = [
    { name: "seed", questions: join(root, "test/qa/seed.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, more", questions: join(root, "test/qa/seed-more.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out", questions: join(root, "test/qa/seed-heldout.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 2", questions: join(root, "test/qa/seed-heldout2.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 3", questions: join(root, "test/qa/seed-heldout3.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 4", questions: join(root, "test/qa/seed-heldout4.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 5", questions: join(root, "test/qa/seed-heldout5.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 6", questions: join(root, "test/qa/seed-heldout6.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 7", questions: join(root, "test/qa/seed-heldout7.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 8", questions: join(root, "test/qa/seed-heldout8.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 9", questions: join(root, "test/qa/seed-heldout9.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 10", questions: join(root, "test/qa/seed-heldout10.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 11", questions: join(root, "test/qa/seed-heldout11.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 12", questions: join(root, "test/qa/seed-heldout12.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 13", questions: join(root, "test/qa/seed-heldout13.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 14", questions: join(root, "test/qa/seed-heldout14.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 15", questions: join(root, "test/qa/seed-heldout15.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 16", questions: join(root, "test/qa/seed-heldout16.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 17", questions: join(root, "test/qa/seed-heldout17.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 18", questions: join(root, "test/qa/seed-heldout18.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 19", questions: join(root, "test/qa/seed-heldout19.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 20", questions: join(root, "test/qa/seed-heldout20.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 21", questions: join(root, "test/qa/seed-heldout21.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 22", questions: join(root, "test/qa/seed-heldout22.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 23", questions: join(root, "test/qa/seed-heldout23.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 24", questions: join(root, "test/qa/seed-heldout24.jsonl"), knowledge: join(root, "knowledge") },
    { name: "seed, held out 25", questions: join(root, "test/qa/seed-heldout25.jsonl"), knowledge: join(root, "knowledge") },
  ];
  const fixtures = join(root, "test/fixtures");
  if (existsSync(fixtures)) {
    for (const d of readdirSync(fixtures).sort()) {
      const questions = join(fixtures, d, "questions.jsonl");
      if (d.startsWith("kb-") && existsSync(questions)) sets.push({ name: d, questions, knowledge: join(fixtures, d) });
    }
  }
  const heldOut = join(root, "../shared/eval/seed-dev.jsonl");
  if (existsSync(heldOut)) sets.push({ name: "held-out seed-dev (shared)", questions: heldOut, knowledge: join(root, "knowledge") });
  return sets.filter((s) => existsSync(s.questions));
}

/** Runs one set through briefbot and the two baselines (thresholds tuned on the set itself). */
export function runQuestionSet(set: QuestionSet): SetResult {
  const cases = parseCases(readFileSync(set.questions, "utf8"), set.questions);
  const t0 = performance.now();
  const read = readArticles(set.knowledge);
  const analysed = analyseArticles(read.articles);
  const problems = [...read.problems, ...analysed.problems];
  const kb = buildKnowledgeBase(analysed.facts, problems);
  const loadMs = performance.now() - t0;
  const engines: EngineScore[] = [];
  engines.push({ engine: "briefbot", score: scoreSet(cases, ask(briefbotEngine(kb), cases)) });
  for (const baseline of [miniSearchEngine(analysed.facts), fuseEngine(analysed.facts)]) engines.push(...baselineScores(baseline, cases));
  return { set, articles: analysed.facts.length, problems, engines, loadMs };
}

function ask(engine: Engine, cases: EvalCase[]): EngineReply[] {
  return cases.map((c) => engine.ask(c.q));
}

/** A baseline with its tuned threshold, and as it is out of the box (answering every question it finds words for). */
function baselineScores(engine: Engine, cases: EvalCase[]): EngineScore[] {
  const raw = ask(engine, cases);
  const { threshold } = tuneThreshold(
    cases.map((c, i) => ({ score: raw[i].score, abstain: c.abstain === true, good: scoreCase(c, raw[i]).supported })),
  );
  return [
    { engine: engine.name, score: scoreSet(cases, raw.map((r) => withThreshold(r, threshold))), threshold },
    { engine: `${engine.name}, no threshold`, score: scoreSet(cases, raw) },
  ];
}
