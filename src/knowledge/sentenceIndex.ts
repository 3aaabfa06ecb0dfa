/**
 * BM25 over sentences: an inverted index from stemmed terms to the sentences that hold them, in
 * fields with their own boosts (a sentence's text, and the names of the people it refers to). It
 * scores like MiniSearch (BM25+, k 1.2, b 0.7, d 0.5; a sentence's score times the number of query
 * terms it matches), but it is built from terms the knowledge base has already worked out, keeps its
 * postings in typed arrays, and keeps only the best `limit` sentences while scoring.
 */

/** One field of one sentence: its processed terms (repeats count) and its length in words. */
export interface FieldTerms {
  terms: string[];
  length: number;
}

export interface SentenceHit {
  /** Index of the sentence in the order they were added. */
  doc: number;
  score: number;
}

interface Postings {
  docs: Int32Array;
  tfs: Uint16Array;
}

interface Field {
  boost: number;
  postings: Map<string, Postings>;
  lengths: Uint16Array;
  averageLength: number;
}

const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface SentenceIndex {
  readonly size: number;
  /** The best `limit` sentences holding any of the terms, best first; ties go to the earlier sentence. */
  search(terms: readonly string[], limit: number): SentenceHit[];
}

/** Builds the index; `docs[i][f]` is field `f` of sentence `i`. */
export function buildSentenceIndex(docs: readonly (readonly FieldTerms[])[], boosts: readonly number[]): SentenceIndex {
  // Built apart, so that the search below keeps only the postings, not the terms it was built from.
  return searchOver(docs.length, boosts.map((boost, f) => buildField(docs, f, boost)));
}

function buildField(docs: readonly (readonly FieldTerms[])[], f: number, boost: number): Field {
  const n = docs.length;
  const raw = new Map<string, number[]>();
  const lengths = new Uint16Array(n);
  let total = 0;
  docs.forEach((doc, i) => {
    const field = doc[f] ?? { terms: [], length: 0 };
    lengths[i] = Math.min(field.length, 65_535);
    total += field.length;
    const counts = new Map<string, number>();
    for (const t of field.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      const list = raw.get(t);
      if (list) list.push(i, tf);
      else raw.set(t, [i, tf]);
    }
  });
  const postings = new Map<string, Postings>();
  for (const [t, list] of raw) {
    const docsOf = new Int32Array(list.length / 2);
    const tfs = new Uint16Array(list.length / 2);
    for (let k = 0; k < docsOf.length; k++) (docsOf[k] = list[2 * k]), (tfs[k] = Math.min(list[2 * k + 1], 65_535));
    postings.set(t, { docs: docsOf, tfs });
  }
  return { boost, postings, lengths, averageLength: n ? total / n : 0 };
}

function searchOver(n: number, fields: Field[]): SentenceIndex {
  const scores = new Float64Array(n);
  const matched = new Uint16Array(n);
  const lastTerm = new Int32Array(n);

  return {
    size: n,
    search(terms, limit) {
      const touched: number[] = [];
      const unique = [...new Set(terms)];
      unique.forEach((term, q) => {
        // A query term is counted once per sentence however many fields hold it.
        const mark = q + 1;
        for (const field of fields) {
          const p = field.postings.get(term);
          if (!p) continue;
          const df = p.docs.length;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const norm = K / field.averageLength;
          for (let k = 0; k < df; k++) {
            const doc = p.docs[k];
            const tf = p.tfs[k];
            scores[doc] += field.boost * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B) + norm * B * field.lengths[doc]));
            if (lastTerm[doc] !== mark) {
              if (matched[doc] === 0) touched.push(doc);
              matched[doc]++;
              lastTerm[doc] = mark;
            }
          }
        }
      });
      const best = topHits(touched, (doc) => scores[doc] * matched[doc], limit);
      for (const doc of touched) (scores[doc] = 0), (matched[doc] = 0), (lastTerm[doc] = 0);
      return best;
    },
  };
}

/** The `limit` best documents by score (ties: lower doc first), kept in a small sorted array while scanning. */
function topHits(docs: number[], scoreOf: (doc: number) => number, limit: number): SentenceHit[] {
  const top: SentenceHit[] = [];
  const before = (a: SentenceHit, b: SentenceHit) => a.score > b.score || (a.score === b.score && a.doc < b.doc);
  for (const doc of docs) {
    const hit = { doc, score: scoreOf(doc) };
    if (top.length === limit && !before(hit, top[top.length - 1])) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(top[mid], hit)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top;
}
