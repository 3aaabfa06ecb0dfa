import type { ArticleFacts, Mention } from "./types.ts";

const cache = new WeakMap<ArticleFacts, Mention[][]>();

/** The mentions of one sentence of an article, grouped once per article instead of filtered per look-up. */
export function mentionsIn(facts: ArticleFacts, sentence: number): readonly Mention[] {
  let groups = cache.get(facts);
  if (!groups) {
    groups = facts.sentences.map(() => []);
    for (const m of facts.mentions) (groups[m.sentence] ??= []).push(m);
    cache.set(facts, groups);
  }
  return groups[sentence] ?? [];
}
