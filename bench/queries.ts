import type { KnowledgeBase } from "../src/knowledge/base.ts";
import { generateArticle, OUT_OF_SCOPE_QUESTIONS } from "./generate.ts";
import { Rng } from "./writer.ts";
import type { EvalCase } from "./score.ts";

/**
 * What the bench asks at each size: questions about articles spread over the whole knowledge base
 * (so a bigger base has more to search), some with typos, some out of scope, in a fixed mixed order;
 * and each command with arguments taken from the knowledge base.
 */

/** Articles the questions are about, evenly spread over `0..n-1`. */
export function sampledArticles(n: number, count = 40): number[] {
  const k = Math.min(n, count);
  return Array.from({ length: k }, (_, i) => Math.floor((i * n) / k));
}

/** One typo: two letters of the longest word swapped (deterministic). */
export function withTypo(q: string): string {
  const ws = q.split(" ");
  let at = 0;
  ws.forEach((w, i) => {
    if (/^[a-z]+$/i.test(w) && w.length > ws[at].length) at = i;
  });
  const w = ws[at];
  if (w.length < 5) return q;
  const i = Math.floor(w.length / 2);
  ws[at] = w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
  return ws.join(" ");
}

/** Questions for a base of the first `n` generated articles of `seed`, as eval cases. */
export function benchQuestions(seed: number, n: number): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const index of sampledArticles(n)) {
    generateArticle(seed, index).questions.forEach((g, j) => {
      cases.push({ id: `a${index}-q${j}`, q: g.q, all: g.all });
      if (j === 1) cases.push({ id: `a${index}-q${j}-typo`, q: withTypo(g.q).toLowerCase().replace(/\?$/, ""), all: g.all });
    });
  }
  OUT_OF_SCOPE_QUESTIONS.forEach((q, i) => cases.push({ id: `oos-${i}`, q, abstain: true }));
  return new Rng(seed).shuffle(cases);
}

/** A command with its argument, as typed in chat. */
export interface CommandInput {
  command: string;
  text: string;
}

/** Inputs for each command, with names, sides and speakers taken from the sampled articles. */
export function commandInputs(kb: KnowledgeBase, n: number): Map<string, string[]> {
  const people: string[] = [];
  const sides: string[] = [];
  const speakers: string[] = [];
  for (const index of sampledArticles(Math.min(n, kb.articles.length))) {
    const facts = kb.articles[index];
    if (facts.people[0]) people.push(facts.people[0].name);
    if (facts.sides[0]) sides.push(facts.sides[0].name);
    const q = facts.quotes.find((x) => x.personId);
    if (q) speakers.push(q.speaker.split(" ").slice(-1)[0]);
  }
  const orNone = (xs: string[]) => (xs.length ? xs : [""]);
  return new Map([
    ["/who NAME", orNone(people).map((p) => `/who ${p}`)],
    ["/who (typo)", orNone(people).map((p) => `/who ${withTypo(p)}`)],
    ["/positions", ["/positions"]],
    ["/positions SIDE", orNone(sides).map((s) => `/positions ${s}`)],
    ["/quotes NAME", orNone(speakers).map((s) => `/quotes ${s}`)],
    ["/sources", ["/sources"]],
    ["/digest", ["/digest"]],
    ["/help", ["/help"]],
  ]);
}
