/**
 * Composes a digest of the knowledge base: per article a headline, the key facts (who, where,
 * when), each side's top positions, one or two quotes and the notable numbers, every line with its
 * source sentence. Pure: the same knowledge, date and detail give the same digest.
 */
import type { KnowledgeBase } from "../knowledge/base.ts";
import type { ArticleFacts, Mention, Person } from "../knowledge/types.ts";
import { clipWords, sourceOf, wordCount } from "../core/facts.ts";
import type { Section, SectionItem, SectionsReply, Source } from "../core/types.ts";

/** How much a digest holds; the digest command lowers it until the post fits a chat message. */
export interface DigestDetail {
  /** Who, where and when lines. */
  keyFacts: boolean;
  positionsPerSide: number;
  quotes: number;
  numbers: number;
  /** Longest line, in words. */
  maxWords: number;
  /** Articles shown; the rest are counted in a note. */
  maxArticles: number;
}

/** From richest to barest: the digest command takes the first that fits. */
export const DETAIL_LEVELS: readonly DigestDetail[] = [
  { keyFacts: true, positionsPerSide: 2, quotes: 2, numbers: 3, maxWords: 24, maxArticles: Infinity },
  { keyFacts: true, positionsPerSide: 1, quotes: 1, numbers: 2, maxWords: 18, maxArticles: Infinity },
  { keyFacts: true, positionsPerSide: 1, quotes: 0, numbers: 1, maxWords: 14, maxArticles: Infinity },
  { keyFacts: true, positionsPerSide: 0, quotes: 0, numbers: 0, maxWords: 14, maxArticles: Infinity },
  ...[Infinity, 12, 6, 3].map((maxArticles) => ({ keyFacts: false, positionsPerSide: 0, quotes: 0, numbers: 0, maxWords: 14, maxArticles })),
];

/**
 * No digest post names more articles than this: a chat post holds about 2,000 characters, so even
 * bare headlines of more articles would not fit. The rest are counted in the note.
 */
const MOST_ARTICLES = 60;

/** The digest of every article, at the given detail; `day` is the date it is for (`YYYY-MM-DD`). */
export function composeDigest(kb: KnowledgeBase, day: string, detail: DigestDetail): SectionsReply {
  const shown = kb.articles.slice(0, Math.min(detail.maxArticles, MOST_ARTICLES));
  const sections: Section[] = detail.keyFacts
    ? shown.flatMap((facts) => articleSections(facts, detail))
    : [{ heading: "Headlines", items: shown.map((facts) => ({ text: headline(facts), sources: facts.sentences.length ? [sourceOf(facts, 0)] : [] })) }];
  const hidden = kb.articles.length - shown.length;
  return {
    kind: "sections",
    command: "digest",
    title: `Digest preview for ${day}`,
    sections,
    compact: true,
    ...(hidden > 0 ? { note: `…and ${hidden} more article${hidden === 1 ? "" : "s"}: /sources lists them all.` } : {}),
  };
}

function headline(facts: ArticleFacts): string {
  const a = facts.article;
  const about = [a.published, a.source].filter(Boolean).join(", ");
  return about ? `${a.title} (${about})` : a.title;
}

function articleSections(facts: ArticleFacts, d: DigestDetail): Section[] {
  const out: Section[] = [{ heading: headline(facts), items: keyFacts(facts) }];
  const positions = facts.sides.flatMap((side) =>
    firstBySentence(facts.positions.filter((p) => p.side === side.id), d.positionsPerSide).map(
      (p): SectionItem => ({ text: `${side.name}: ${clipWords(p.text, d.maxWords)}`, speaker: p.speaker, sources: [sourceOf(facts, p.sentence)] }),
    ),
  );
  if (positions.length) out.push({ heading: "Positions", items: positions });
  const used = new Set(positions.flatMap((p) => p.sources.map((s) => s.index)));
  const quotes = pickQuotes(facts, d.quotes, used).map(
    (q): SectionItem => ({ text: clipWords(q.text, d.maxWords), speaker: q.speaker, quote: true, sources: [sourceOf(facts, q.sentence)] }),
  );
  if (quotes.length) out.push({ heading: "Quotes", items: quotes });
  const numbers = notableNumbers(facts, d.numbers).map((m): SectionItem => ({ text: around(facts, m, d.maxWords), sources: [sourceOf(facts, m.sentence)] }));
  if (numbers.length) out.push({ heading: "Numbers", items: numbers });
  return out;
}

/** Who (the most present people with a role or a quote), where (the first place that is not a side) and when (the first dated mention). */
function keyFacts(facts: ArticleFacts): SectionItem[] {
  const items: SectionItem[] = [];
  const quoted = new Set(facts.quotes.map((q) => q.personId));
  const people = facts.people
    .map((p, order) => ({ p, order, weight: p.sentences.length + facts.quotes.filter((q) => q.personId === p.id).length }))
    .filter(({ p }) => p.roles.length > 0 || quoted.has(p.id))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, 3)
    .map(({ p }) => p);
  if (people.length) items.push({ text: `Who: ${people.map(describe).join("; ")}`, sources: dedupe(people.filter((p) => p.sentences.length).map((p) => sourceOf(facts, p.sentences[0]))) });
  const cues = new Set(facts.sides.flatMap((s) => [s.name, ...s.cues]).map((c) => c.toLowerCase()));
  const place = facts.mentions.find((m) => m.kind === "place" && !cues.has(m.text.toLowerCase()));
  if (place) items.push({ text: `Where: ${titleCase(place.text)}`, sources: [sourceOf(facts, place.sentence)] });
  const date = facts.mentions.find((m) => (m.kind === "date" || m.kind === "time") && m.date);
  if (date?.date) items.push({ text: `When: ${date.text} (${longDate(date.date)})`, sources: [sourceOf(facts, date.sentence)] });
  return items;
}

/** "Antony Blinken, Secretary of State": the first role that says more than a title ("Dr."). */
function describe(p: Person): string {
  const role = p.roles.find((r) => r.replace(/\W/g, "").length > 3) ?? p.roles[0];
  return role ? `${p.name}, ${role}` : p.name;
}

function firstBySentence<T extends { sentence: number }>(list: T[], n: number): T[] {
  const seen = new Set<number>();
  const out: T[] = [];
  for (const x of list) {
    if (out.length >= n) break;
    if (!seen.has(x.sentence)) seen.add(x.sentence), out.push(x);
  }
  return out;
}

/** Up to `n` quotes of six words or more from sentences not shown yet, taking sides in turn so that none is favoured. */
function pickQuotes(facts: ArticleFacts, n: number, used: Set<number>) {
  const usable = facts.quotes.filter((q) => wordCount(q.text) >= 6 && !used.has(q.sentence));
  const groups = [...facts.sides.map((s) => usable.filter((q) => q.side === s.id)), usable.filter((q) => !q.side)];
  const out: typeof usable = [];
  for (let round = 0; out.length < n && groups.some((g) => g.length > round); round++) {
    for (const g of groups) if (g[round] && out.length < n) out.push(g[round]);
  }
  return out;
}

const SMALL = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|\d|10)$/i;

/** Percentages first, then money and other numbers; one per sentence; no small counts or years. */
function notableNumbers(facts: ArticleFacts, n: number): Mention[] {
  const rank: Record<string, number> = { percent: 0, money: 1, number: 2 };
  const candidates = facts.mentions
    .filter((m) => m.kind in rank && !SMALL.test(m.text.trim()) && !/^(?:19|20)\d\d$/.test(m.text.trim()))
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.sentence - b.sentence || a.start - b.start);
  const seen = new Set<number>();
  return candidates.filter((m) => !seen.has(m.sentence) && seen.add(m.sentence)).slice(0, n).sort((a, b) => a.sentence - b.sentence);
}

/** The words around a mention, at most `max` of them, growing right then left; cuts are marked with an ellipsis. */
function around(facts: ArticleFacts, m: Mention, max: number): string {
  const text = facts.sentences[m.sentence]?.text ?? m.text;
  const tokens = [...text.matchAll(/\S+/g)].map((t) => ({ word: t[0], end: (t.index ?? 0) + t[0].length }));
  let first = tokens.findIndex((t) => t.end > m.start);
  let last = tokens.findIndex((t) => t.end >= m.end);
  if (first < 0 || last < first) return clipWords(text, max);
  while (last - first + 1 < max && (first > 0 || last < tokens.length - 1)) {
    if (last < tokens.length - 1) last++;
    if (last - first + 1 < max && first > 0) first--;
  }
  while (first < last && /^[\p{P}\p{S}]+$/u.test(tokens[first].word)) first++;
  const words = tokens.slice(first, last + 1).map((t) => t.word).join(" ");
  return `${first > 0 ? "…" : ""}${words}${last < tokens.length - 1 ? "…" : ""}`;
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(`${s.article}#${s.index}`) && seen.add(`${s.article}#${s.index}`));
}

function titleCase(text: string): string {
  return text.replace(/\b[A-Z]{3,}\b/g, (w) => w[0] + w.slice(1).toLowerCase());
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2021-03-18" -> "18 March 2021"; anything else unchanged. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
}
