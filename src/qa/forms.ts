import type { KnowledgeBase } from "../knowledge/base.ts";

/**
 * The articles' terms that are a longer form of `term` ("voter" for "vote", "parliamentari" for
 * "parliament") or a shorter one by at most two letters, for terms of five letters or more: found
 * in the sorted list of the knowledge base's terms, not by reading every sentence's.
 */
export function otherForms(kb: KnowledgeBase, term: string): string[] {
  if (term.length < 5 || term.startsWith("@")) return [];
  const out = longerForms(kb, term);
  // Shorter: the term less its last one or two letters, when four letters remain.
  for (const cut of [1, 2]) {
    const t = term.slice(0, -cut);
    if (t.length >= 4 && kb.termFrequency.has(t)) out.push(t);
  }
  return out;
}

/** The articles' terms that start with `term` and are longer: the run right after it in sorted order. */
export function longerForms(kb: KnowledgeBase, term: string): string[] {
  return startingWith(sortedTerms(kb), term);
}

/** The articles' words that start with `prefix` and are longer ("desalination" for "desal"). */
export function longerWords(kb: KnowledgeBase, prefix: string): string[] {
  return startingWith(sortedWords(kb), prefix);
}

/** The run of a sorted list after `prefix` that starts with it. */
function startingWith(sorted: readonly string[], term: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= term) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i].startsWith(term); i++) out.push(sorted[i]);
  return out;
}

const sortedTermLists = new WeakMap<KnowledgeBase, string[]>();
function sortedTerms(kb: KnowledgeBase): string[] {
  let sorted = sortedTermLists.get(kb);
  if (!sorted) sortedTermLists.set(kb, (sorted = [...kb.termFrequency.keys()].sort()));
  return sorted;
}

const sortedWordLists = new WeakMap<KnowledgeBase, string[]>();
function sortedWords(kb: KnowledgeBase): string[] {
  let sorted = sortedWordLists.get(kb);
  if (!sorted) sortedWordLists.set(kb, (sorted = [...kb.vocabularySet].sort()));
  return sorted;
}
