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
