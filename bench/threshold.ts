/**
 * Tuning a baseline's decline threshold on the set it is scored on (the most favourable setting it
 * could have): the baseline declines when its best score is below the threshold. The threshold that
 * maximises balanced accuracy wins: the mean of the share of answerable cases answered well and the
 * share of the others declined, so that a set with more of one kind does not make "decline
 * everything" or "answer everything" win by default. Ties go to the lowest threshold (decline least).
 */

export interface ThresholdCase {
  /** The baseline's best score; -Infinity when it found nothing. */
  score: number;
  /** The case wants a decline. */
  abstain: boolean;
  /** For an answerable case: the baseline's best answer is good (supported, or holds the answer). */
  good: boolean;
}

export interface Tuned {
  threshold: number;
  /** Balanced accuracy at that threshold, 0 to 1. */
  balanced: number;
}

export function tuneThreshold(cases: ThresholdCase[]): Tuned {
  const candidates = [-Infinity, ...new Set(cases.map((c) => c.score).filter(Number.isFinite)), Infinity].sort((a, b) => a - b);
  const nAbstain = cases.filter((c) => c.abstain).length;
  const nAnswer = cases.length - nAbstain;
  let best: Tuned = { threshold: -Infinity, balanced: -1 };
  for (const t of candidates) {
    let good = 0;
    let declined = 0;
    for (const c of cases) {
      const answers = c.score >= t && c.score !== -Infinity;
      if (c.abstain) declined += answers ? 0 : 1;
      else good += answers && c.good ? 1 : 0;
    }
    const parts = [...(nAnswer ? [good / nAnswer] : []), ...(nAbstain ? [declined / nAbstain] : [])];
    const balanced = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
    if (balanced > best.balanced + 1e-12) best = { threshold: t, balanced };
  }
  return best;
}
