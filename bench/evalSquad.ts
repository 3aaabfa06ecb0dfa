import { readFileSync } from "node:fs";
import { parseArticle } from "../src/knowledge/parseArticle.ts";
import { extractFacts } from "../src/knowledge/extract.ts";
import { buildKnowledgeBase } from "../src/knowledge/base.ts";
import type { ArticleFacts } from "../src/knowledge/types.ts";
import { briefbotEngine, fuseEngine, miniSearchEngine, withThreshold, type Engine, type EngineReply } from "./engines.ts";
import { parseSquad, scoreAnswer, sentenceHolds, type SquadParagraph, type SquadQuestion } from "./squad.ts";
import { tuneThreshold } from "./threshold.ts";

/**
 * The external SQuAD 2.0 set, article-scoped: each paragraph is an article with its own knowledge
 * base, and its questions are asked of that paragraph alone.
 */

export interface SquadScore {
  engine: string;
  /** Answerable questions, and of them: answered, cited sentence holds a gold answer, EM and F1 sums. */
  hasAns: { n: number; answered: number; sentenceHolds: number; em: number; f1: number };
  /** Unanswerable questions, and of them: declined (EM = F1 = 1 for each). */
  noAns: { n: number; declined: number };
  /** Official SQuAD 2.0 totals over every question, as fractions. */
  exact: number;
  f1: number;
  threshold?: number;
}

export interface SquadResult {
  paragraphs: number;
  questions: number;
  engines: SquadScore[];
  /** Paragraphs whose extraction failed (asked with no knowledge). */
  failures: string[];
  loadMs: number;
}

interface Asked {
  q: SquadQuestion;
  reply: EngineReply;
}

export function runSquad(file: string): SquadResult {
  const paragraphs = parseSquad(JSON.parse(readFileSync(file, "utf8")) as unknown);
  const failures: string[] = [];
  const asked: Record<string, Asked[]> = { briefbot: [], minisearch: [], fuse: [] };
  let loadMs = 0;
  for (const p of paragraphs) {
    const t0 = performance.now();
    const engines = paragraphEngines(p, failures);
    loadMs += performance.now() - t0;
    for (const engine of engines) for (const q of p.questions) asked[engine.name].push({ q, reply: engine.ask(q.question) });
  }
  const questions = paragraphs.reduce((n, p) => n + p.questions.length, 0);
  const engines: SquadScore[] = [score("briefbot", asked.briefbot)];
  for (const name of ["minisearch", "fuse"]) {
    const rows = asked[name];
    const { threshold } = tuneThreshold(
      rows.map(({ q, reply }) => ({ score: reply.score, abstain: q.impossible, good: sentenceHolds(q, reply.sources[0]?.sentence ?? "") })),
    );
    engines.push({ ...score(name, rows.map(({ q, reply }) => ({ q, reply: withThreshold(reply, threshold) }))), threshold });
    engines.push(score(`${name}, no threshold`, rows));
  }
  engines.push(score("(declines all)", asked.briefbot.map(({ q }) => ({ q, reply: { answered: false, answer: "", sources: [], score: 0 } }))));
  return { paragraphs: paragraphs.length, questions, engines, failures, loadMs };
}

function paragraphEngines(p: SquadParagraph, failures: string[]): Engine[] {
  const article = parseArticle(`${p.id}.txt`, p.context);
  let facts: ArticleFacts[];
  try {
    facts = [extractFacts(article)];
  } catch (e) {
    failures.push(`${p.id}: ${(e as Error).message}`);
    facts = [];
  }
  return [briefbotEngine(buildKnowledgeBase(facts)), miniSearchEngine(facts), fuseEngine(facts)];
}

function score(engine: string, rows: Asked[]): SquadScore {
  const s: SquadScore = { engine, hasAns: { n: 0, answered: 0, sentenceHolds: 0, em: 0, f1: 0 }, noAns: { n: 0, declined: 0 }, exact: 0, f1: 0 };
  let em = 0;
  let f1 = 0;
  for (const { q, reply } of rows) {
    const prediction = reply.answered ? reply.answer : "";
    const a = scoreAnswer(q, prediction);
    em += a.em;
    f1 += a.f1;
    if (q.impossible) {
      s.noAns.n++;
      if (!reply.answered) s.noAns.declined++;
    } else {
      s.hasAns.n++;
      if (reply.answered) s.hasAns.answered++;
      if (reply.answered && sentenceHolds(q, reply.sources[0]?.sentence ?? "")) s.hasAns.sentenceHolds++;
      s.hasAns.em += a.em;
      s.hasAns.f1 += a.f1;
    }
  }
  s.exact = rows.length ? em / rows.length : 0;
  s.f1 = rows.length ? f1 / rows.length : 0;
  return s;
}
