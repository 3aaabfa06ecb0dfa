import fc from "fast-check";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { buildSentenceIndex, type FieldTerms } from "../../src/knowledge/sentenceIndex.ts";

const field = (text: string): FieldTerms => {
  const ws = text.split(" ").filter(Boolean);
  return { terms: ws, length: new Set(ws).size };
};

const word = fc.constantFrom("talks", "china", "alaska", "trade", "envoy", "rights", "tariff", "city", "mayor", "strike");
const text = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(" "));
const corpus = fc.array(fc.record({ text, names: text }), { minLength: 1, maxLength: 40 });

describe("the sentence index", () => {
  // (A query is a set of terms: MiniSearch would count a repeated query word twice.)
  it("scores and ranks exactly as MiniSearch's BM25 does over the same two fields", () => {
    fc.assert(
      fc.property(corpus, fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 10 }), (docs, query, limit) => {
        const mini = new MiniSearch<{ id: number; text: string; names: string }>({ fields: ["text", "names"], tokenize: (t) => t.split(" ").filter(Boolean) });
        mini.addAll(docs.map((d, id) => ({ id, ...d })));
        const expected = mini.search(query.join(" "), { combineWith: "OR", boost: { text: 2, names: 1 } });
        const ours = buildSentenceIndex(docs.map((d) => [field(d.text), field(d.names)]), [2, 1]).search(query, limit);
        expect(ours.length).toBe(Math.min(limit, expected.length));
        ours.forEach((hit, i) => {
          expect(hit.score).toBeCloseTo(expected[i].score, 9);
          // Equal scores may come in another order; the sentence must have MiniSearch's score.
          expect(hit.score).toBeCloseTo(expected.find((e) => e.id === hit.doc)!.score, 9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("returns the best first, breaks ties by the earlier sentence, and finds nothing for unknown terms", () => {
    const index = buildSentenceIndex([[field("talks in alaska")], [field("talks")], [field("talks")], [field("tariff talks talks")]], [1]);
    const hits = index.search(["talks"], 10);
    expect(hits.map((h) => h.doc)).toEqual([3, 1, 2, 0]);
    expect(index.search(["talks", "alaska"], 1).map((h) => h.doc)).toEqual([0]);
    expect(index.search(["navy"], 10)).toEqual([]);
    expect(buildSentenceIndex([], [1]).search(["talks"], 5)).toEqual([]);
  });

  it("starts each search afresh: a second search is not coloured by the first", () => {
    const index = buildSentenceIndex([[field("talks alaska")], [field("tariff")]], [1]);
    const first = index.search(["tariff"], 5);
    index.search(["talks", "alaska"], 5);
    expect(index.search(["tariff"], 5)).toEqual(first);
  });
});
