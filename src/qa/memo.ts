/**
 * A function kept for the keys asked again: the text of an article's sentence, a role, a mention.
 * Every question looks at the same sentences again, so their clauses, words and stems are worked out
 * once. At most `limit` keys are kept; past that the table starts afresh, so memory stays bounded
 * however many articles pass through.
 */
export function memoized<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      value = compute(key);
      if (kept.size >= limit) kept.clear();
      kept.set(key, value);
    }
    return value as V;
  };
}

/**
 * A value worked out once per question (or any other object) and kept while it lives: what an
 * extractor derives from the question alone is the same for every candidate sentence it reads.
 */
export function perQuestion<Q extends object, V>(compute: (q: Q) => V): (q: Q) => V {
  const kept = new WeakMap<Q, V>();
  return (q) => {
    if (kept.has(q)) return kept.get(q) as V;
    const value = compute(q);
    kept.set(q, value);
    return value;
  };
}
