/**
 * Fuzzy look-ups for command arguments: a side ("china", "the chinese side", "US"), a person
 * ("yang jeichi", "the ambassador") or a topic ("taiwan", "human rights"). Everything is matched
 * against what the articles contain; nothing is listed in code.
 *
 * Sketch: sides match exactly on their name or cues first (after dropping "the", a possessive and
 * words such as "side" or "government"), then fuzzily with fuse.js. People are looked up with fuse.js
 * over their names, aliases and roles, keeping each person's best score. A topic is a set of stemmed
 * content words (misspelt words are corrected from the articles' vocabulary) that must all occur.
 */
import Fuse from "fuse.js";
import type { KnowledgeBase } from "../knowledge/base.ts";
import { escapeRegExp, isStopWord, stemOf, terms, words } from "../qa/text.ts";
import { allPeople, sideGroups, type PersonRef, type SideGroup } from "./facts.ts";
import { nameIndex, phrases } from "../knowledge/nameIndex.ts";
import { correct, editDistance } from "../qa/typos.ts";

const LEADING = /^(?:(?:the|a|an|about|on|of|for|from|by|regarding)\s+)+/;
const SIDE_FILLER = /\s+(?:side|sides|government|officials?|delegation|party|camp|position|positions|view|views)$/;

/** Lower case, no surrounding quotes or punctuation, no leading "the". */
export function normaliseQuery(query: string): string {
  return query
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[\s"'“”?!.,:;]+|[\s"'“”?!.,:;]+$/g, "")
    .replace(LEADING, "")
    .replace(/\s+/g, " ");
}

/** The side groups a query names (exactly, or also fuzzily when `fuzzy`, the default); empty when it names none. */
export function matchSides(kb: KnowledgeBase, query: string, fuzzy = true): SideGroup[] {
  const groups = sideGroups(kb);
  const q = normaliseQuery(query).replace(/'s$/, "").replace(SIDE_FILLER, "").replace(/'s$/, "");
  if (!q) return [];
  const dotless = (x: string) => x.toLowerCase().replace(/\./g, "");
  const exact = groups.filter((g) => dotless(g.name) === dotless(q) || g.members.some((m) => m.side.cues.some((c) => dotless(c) === dotless(q))));
  if (exact.length || !fuzzy || q.length < 4) return exact;
  const entries = groups.flatMap((group) => [group.name, ...group.members.flatMap((m) => m.side.cues)].map((text) => ({ text, group })));
  const fuse = new Fuse(entries, { keys: ["text"], includeScore: true, threshold: 0.25, ignoreLocation: true });
  const hits = fuse.search(q);
  const best = hits[0]?.score;
  if (best === undefined) return [];
  return [...new Set(hits.filter((h) => (h.score ?? 1) <= best + 1e-9).map((h) => h.item.group))];
}

/** A person and how well a query matched them (0 is perfect). */
export interface PersonMatch extends PersonRef {
  score: number;
}

/** People a query may mean, best first; ties keep article and appearance order. */
export function matchPeople(kb: KnowledgeBase, query: string, threshold = 0.34): PersonMatch[] {
  const q = normaliseQuery(query);
  if (q.length < 2) return [];
  const { refs, exact, fuse } = peopleSearch(kb);
  const best = new Map<number, number>();
  const note = (order: number, score: number) => best.set(order, Math.min(best.get(order) ?? 1, score));
  for (const order of exact.get(words(q).join(" ")) ?? []) note(order, 0);
  for (const hit of fuse(q).search(q)) if ((hit.score ?? 1) <= threshold) note(hit.item.order, hit.score ?? 1);
  return [...best.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([order, score]) => ({ ...refs[order], score }));
}

interface PeopleEntry {
  text: string;
  order: number;
}

interface PeopleSearch {
  refs: PersonRef[];
  /** Name, alias or role in lower-case words -> people (by order). */
  exact: Map<string, number[]>;
  /** A fuzzy index over the entries that may match the query (see `nearEntries`). */
  fuse: (query: string) => Fuse<PeopleEntry>;
}

const FUSE_OPTIONS = { keys: ["text"], includeScore: true, threshold: 0.5, ignoreLocation: true, minMatchCharLength: 2 };

const peopleSearches = new WeakMap<KnowledgeBase, PeopleSearch>();
/**
 * The look-ups over people's names, aliases and roles, built once per knowledge base. fuse.js scores
 * each entry on its own, so it only needs to see the entries that share a word, or nearly a word,
 * with the query: a word index finds those without reading every name of every article.
 */
function peopleSearch(kb: KnowledgeBase): PeopleSearch {
  let search = peopleSearches.get(kb);
  if (search) return search;
  const refs = allPeople(kb);
  const entries: PeopleEntry[] = refs.flatMap((ref, order) => [ref.person.name, ...ref.person.aliases, ...ref.person.roles].map((text) => ({ text: text.toLowerCase(), order })));
  const exact = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const ws = words(e.text);
    const k = ws.join(" ");
    exact.set(k, [...(exact.get(k) ?? []), e.order]);
    // Each word, and the name run together ("yangjiechi"), points to the entry.
    for (const w of new Set([...ws, ws.join("")])) if (w.length >= 2) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  const vocabulary = [...byWord.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const w of vocabulary) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  const nearEntries = (query: string): PeopleEntry[] => {
    const hit = new Set<number>();
    const asked = words(query).filter((w) => w.length >= 2 && !isStopWord(w));
    for (const w of new Set([...asked, asked.join("")])) {
      if (!w) continue;
      // Words a slip or two away (the widest threshold fuse.js is given allows about that many).
      for (let len = w.length - 2; len <= w.length + 2; len++) for (const v of byLength.get(len) ?? []) if (editDistance(w, v, 2) <= 2) for (const i of byWord.get(v)!) hit.add(i);
      // Words the query starts ("ambas" for "ambassador").
      if (w.length >= 3) for (let k = lowerBound(vocabulary, w); k < vocabulary.length && vocabulary[k].startsWith(w); k++) for (const i of byWord.get(vocabulary[k])!) hit.add(i);
    }
    return [...hit].sort((a, b) => a - b).map((i) => entries[i]);
  };
  // The widest threshold any caller uses; each caller keeps only the hits within its own.
  search = { refs, exact, fuse: (query) => new Fuse(nearEntries(query), FUSE_OPTIONS) };
  peopleSearches.set(kb, search);
  return search;
}

/** The first index in a sorted list whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A predicate that holds for texts about `topic`, or undefined when the articles never use its
 * words (after typo correction), so the caller can say so.
 */
export function topicFilter(kb: KnowledgeBase, topic: string): ((text: string) => boolean) | undefined {
  const asked = words(normaliseQuery(topic)).filter((w) => !isStopWord(w));
  if (asked.length === 0) return undefined;
  const wanted: string[] = [];
  for (const w of asked) {
    const stem = stemOf(w);
    if (kb.termFrequency.has(stem)) wanted.push(stem);
    else {
      // A slip corrected against the articles' words, as questions are ("taiwn" -> "taiwan").
      const fixed = correct(kb, w);
      if (fixed === w) return undefined;
      wanted.push(stemOf(fixed));
    }
  }
  return (text) => {
    const have = new Set(terms(text));
    return wanted.every((t) => have.has(t));
  };
}

/** Ids of the sides a text names by one of their cues (all-capital cues such as "US" match only in capitals). */
export function sidesNamedIn(kb: KnowledgeBase, text: string): string[] {
  const index = sideCueIndex(kb);
  const ws = words(text);
  const out: string[] = [];
  for (const phrase of phrases(ws, index.longest)) {
    for (const { cue, id } of index.cues.get(phrase) ?? []) if (cue !== cue.toUpperCase() || mentions(text, cue)) out.push(id);
  }
  return [...new Set(out)];
}

/** Ids of the people a text names by their name or one of their aliases. */
export function peopleNamedIn(kb: KnowledgeBase, text: string): string[] {
  const ix = nameIndex(kb);
  const out: string[] = [];
  for (const phrase of phrases(words(text), ix.longest)) {
    if (phrase.length <= 2) continue;
    for (const ref of ix.people.get(phrase) ?? []) out.push(ref.id);
  }
  return [...new Set(out)];
}

interface SideCueIndex {
  cues: Map<string, { cue: string; id: string }[]>;
  longest: number;
}

const sideCueIndexes = new WeakMap<KnowledgeBase, SideCueIndex>();
/** Side cues by their words in lower case, built once per knowledge base: naming a side costs the same at any size. */
function sideCueIndex(kb: KnowledgeBase): SideCueIndex {
  let index = sideCueIndexes.get(kb);
  if (index) return index;
  index = { cues: new Map(), longest: 1 };
  for (const facts of kb.articles) {
    for (const side of facts.sides) {
      for (const cue of side.cues) {
        const key = words(cue).join(" ");
        if (!key) continue;
        index.cues.set(key, [...(index.cues.get(key) ?? []), { cue, id: side.id }]);
        index.longest = Math.max(index.longest, key.split(" ").length);
      }
    }
  }
  sideCueIndexes.set(kb, index);
  return index;
}

function mentions(text: string, name: string): boolean {
  const caps = name === name.toUpperCase();
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?=$|[^\\p{L}\\p{N}])`, caps ? "u" : "iu").test(text);
}

