import type { ArticleFacts, Mention, MentionKind, RawArticle, Sentence } from "./types.ts";
import { analyseParagraph, type AnalysedSentence } from "./nlp.ts";
import { findNames } from "./names.ts";
import { resolveNames, type NamedSentence } from "./people.ts";
import { findQuotes, type QuoteSentence } from "./quotes.ts";
import { resolveDate } from "./dates.ts";
import { findSides } from "./sides.ts";
import { findPositions } from "./positions.ts";

const NLP_KINDS: Record<string, MentionKind> = {
  DATE: "date",
  TIME: "time",
  DURATION: "duration",
  CARDINAL: "number",
  PERCENT: "percent",
  MONEY: "money",
};

/** Paragraphs are separated by blank lines; a text with none has one paragraph per line. */
export function splitParagraphs(body: string): string[] {
  const blocks = /\n\s*\n/.test(body) ? body.split(/\n\s*\n/) : body.split("\n");
  return blocks.map((p) => p.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
}

/** Builds the fact base of one article. Pure: the same article always gives the same facts. */
export function extractFacts(article: RawArticle): ArticleFacts {
  const sentences: Sentence[] = [];
  const analysed: AnalysedSentence[] = [];
  const paragraphs: { text: string; sentences: QuoteSentence[] }[] = [];
  splitParagraphs(article.body).forEach((text, paragraph) => {
    const own: QuoteSentence[] = [];
    let cursor = 0;
    for (const s of analyseParagraph(text)) {
      const offset = Math.max(text.indexOf(s.text, cursor), cursor);
      cursor = offset + s.text.length;
      const index = sentences.length;
      sentences.push({ index, paragraph, text: s.text });
      analysed.push(s);
      own.push({ index, paragraph, text: s.text, offset });
    }
    paragraphs.push({ text, sentences: own });
  });

  const named: NamedSentence[] = analysed.map((s, index) => ({ index, text: s.text, tokens: s.tokens, names: findNames(s.tokens) }));
  const { people, things, mentions } = resolveNames(named);
  // "OSLO, Sept 16 (Nordic Wire) -": the day a story was filed is not a date it reports.
  const lede = ledeIndex(sentences);
  const filed = DATELINE.exec(analysed[lede]?.text ?? "")?.[0].length ?? 0;
  const numeric = withCurrencyWords(analysed, withShortScales(analysed, withShortMonths(analysed, numericMentions(analysed, article.published), article.published))).filter((m) => !(m.sentence === lede && m.end <= filed && (m.kind === "date" || m.kind === "number")));
  // ("Amalgamated Transit Workers Local 417": a number in a name is part of the name, not a count.)
  const inName = (m: Mention) => mentions.some((x) => (x.kind === "organization" || x.kind === "place") && x.sentence === m.sentence && x.start <= m.start && m.end <= x.end && x.text.includes(" "));
  // ("25,000 Swiss francs": "Swiss" is part of the currency's name, no nationality.)
  const inAmount = (m: Mention) => m.kind === "nationality" && numeric.some((x) => x.kind === "money" && x.sentence === m.sentence && x.start <= m.start && m.end <= x.end);
  for (let i = mentions.length - 1; i >= 0; i--) if (inAmount(mentions[i])) mentions.splice(i, 1);
  mentions.push(...numeric.filter((m) => m.kind !== "number" || !inName(m)), ...scoreMentions(analysed), ...yearMentions(analysed, numeric));
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  orderSpans(mentions, sentences);

  const quotes = findQuotes(paragraphs, people, mentions);
  const finder = findSides(sentences, people, things, mentions, quotes);
  const positions = findPositions(sentences, finder, people, mentions, quotes);
  const sides = finder.sides;
  const dateline = datelineOf(sentences[lede]?.text);
  return { article, sentences, mentions, people, things, quotes, sides, positions, ...(dateline ? { dateline } : {}) };
}

const UNTIL = /^(?:until|till|through|by)$/i;
/** A time zone written after a clock time: "0512 GMT", "1400 UTC". */
const ZONE_AFTER = /^\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|AEDT)\b/;
const DAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i;
const MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;

/** Dates, times, numbers, percentages and money, as wink-nlp found them; a date followed by a time is one mention. */
function numericMentions(analysed: AnalysedSentence[], published: string | undefined): Mention[] {
  const out: Mention[] = [];
  analysed.forEach((s, sentence) => {
    const entities = [...s.entities].sort((a, b) => a.first - b.first);
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      let kind = NLP_KINDS[e.type];
      if (!kind) continue;
      let first = e.first;
      // "Professor Jan Borowiec", "April Ryan": a month's name before a capitalised word is a given name.
      if (kind === "date" && e.first === e.last && MONTH_NAME.test(s.tokens[e.first].text) && /^[A-Z][a-z]/.test(s.tokens[e.first + 1]?.text ?? "") && !DAY_OR_MONTH.test(s.tokens[e.first + 1].text)) continue;
      // "until Thursday morning": wink-nlp calls "until Thursday" a duration; it is a day, and its time of day.
      if (kind === "duration" && e.last > e.first && UNTIL.test(s.tokens[e.first].text) && DAY_OR_MONTH.test(s.tokens[e.first + 1].text)) {
        kind = "date";
        first = e.first + 1;
      }
      let last = e.last;
      const next = entities[i + 1];
      if (kind === "date" && next?.type === "TIME" && next.first === e.last + 1) {
        last = next.last;
        i++;
      }
      // "an hour and 40 minutes": one length of time, with the "an" wink-nlp leaves out.
      if (kind === "duration" && next && NLP_KINDS[next.type] === "duration" && /^\s+and\s+$/.test(s.text.slice(s.tokens[e.last].end, s.tokens[next.first].start))) {
        last = next.last;
        i++;
      }
      if (kind === "duration" && first === e.first && /^(?:an?|one)$/i.test(s.tokens[first - 1]?.text ?? "") && /^(?:hour|day|week|month|year|minute|decade)$/i.test(s.tokens[first].text)) first--;
      // "NZ$900", "HK$5 million": the letters of the dollar's country belong to the amount.
      const prefix = kind === "money" ? /\b[A-Z]{1,3}$/.exec(s.text.slice(Math.max(0, s.tokens[first].start - 3), s.tokens[first].start))?.[0].length ?? 0 : 0;
      const start = s.tokens[first].start - prefix;
      const end = s.tokens[last].end;
      // "(0512 GMT)": a clock time in a time zone, not a count.
      const zone = kind === "number" ? ZONE_AFTER.exec(s.text.slice(end))?.[0] : undefined;
      if (zone) kind = "time";
      const text = s.text.slice(start, end + (zone?.length ?? 0));
      const date = kind === "date" || kind === "time" ? resolveDate(text, published) : undefined;
      out.push({ kind, text, sentence, start, end: start + text.length, ...(date ? { date } : {}) });
    }
  });
  return out;
}

/** "2.1 bln euro", "$40 mln": an amount with a short scale word, as headlines write it, where wink-nlp saw only a number. */
function withShortScales(analysed: AnalysedSentence[], found: Mention[]): Mention[] {
  const out = [...found];
  analysed.forEach((s, sentence) => {
    for (const m of s.text.matchAll(/(?:[$€£]\s?)?\b\d[\d.,]*\s*(?:bln|bn|mln|mn)\b(?:\s+(?:euros?|dollars?|pounds?|crowns?|francs?|yen|yuan|rupees?))?/gi)) {
      const start = m.index!;
      const end = start + m[0].length;
      for (const x of out.filter((x) => x.sentence === sentence && x.start < end && start < x.end)) out.splice(out.indexOf(x), 1);
      const money = /^[$€£]|[a-z]{3,}$/i.test(m[0].trim()) && !/(?:bln|bn|mln|mn)$/i.test(m[0].trim());
      out.push({ kind: money ? "money" : "number", text: m[0], sentence, start, end });
    }
  });
  return out;
}

/** "25,000 Swiss francs", "4.20 zlotys", "2 million Hong Kong dollars": an amount in a currency named in words, where wink-nlp saw only a number. */
function withCurrencyWords(analysed: AnalysedSentence[], found: Mention[]): Mention[] {
  const out = [...found];
  analysed.forEach((s, sentence) => {
    for (const m of s.text.matchAll(CURRENCY_AMOUNT)) {
      const start = m.index!;
      const end = start + m[0].length;
      const overlapping = out.filter((x) => x.sentence === sentence && x.start < end && start < x.end);
      if (overlapping.some((x) => x.kind === "money" && x.start <= start && x.end >= end)) continue;
      if (overlapping.some((x) => x.kind !== "number" && x.kind !== "money")) continue;
      for (const x of overlapping) out.splice(out.indexOf(x), 1);
      // "about 410 million shillings": the number found may start with how rough it is.
      const from = Math.min(start, ...overlapping.map((x) => x.start));
      out.push({ kind: "money", text: s.text.slice(from, end), sentence, start: from, end });
    }
  });
  return out;
}
const CURRENCY_AMOUNT = /(?<![\w.,])\d[\d.,]*(?:\s+(?:million|billion|thousand|trillion))?\s+(?:(?:[A-Z][a-z]+\s+){1,2})?(?:francs?|dollars?|pounds?|euros?|crowns?|kronor|kroner|krona|krone|zlotys?|forints?|rupees?|rand|pesos?|yen|yuan|lira|reais|real|shillings?|dinars?|dirhams?|riyals?|won|baht|ringgits?|roubles?|rubles?|hryvnias?|lei|koruna|korunas|levs?|leva|naira|cedis?|kwacha)\b/g;

/** "Sept. 19", "Oct 3": a day after a short month name is a date, where wink-nlp saw only a number. */
function withShortMonths(analysed: AnalysedSentence[], found: Mention[], published: string | undefined): Mention[] {
  const out = [...found];
  analysed.forEach((s, sentence) => {
    for (const m of s.text.matchAll(/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?\b(?![-–]\d)/g)) {
      const start = m.index!;
      const end = start + m[0].length;
      const overlapping = out.filter((x) => x.sentence === sentence && x.start < end && start < x.end);
      if (overlapping.some((x) => x.kind === "date" && x.start <= start && x.end >= end)) continue;
      for (const x of overlapping) out.splice(out.indexOf(x), 1);
      const date = resolveDate(m[0], published);
      out.push({ kind: "date", text: m[0], sentence, start, end, ...(date ? { date } : {}) });
    }
  });
  return out;
}

/** "voted 6-3", "won 2-1", "by 81 votes to 66": a tally is one number. */
function scoreMentions(analysed: AnalysedSentence[]): Mention[] {
  const out: Mention[] = [];
  analysed.forEach((s, sentence) => {
    for (const m of s.text.matchAll(/\b\d{1,3}[-–]\d{1,3}\b(?![-–]\d)|\b\d{1,4} votes? to \d{1,4}\b/g)) {
      out.push({ kind: "number", text: m[0], sentence, start: m.index!, end: m.index! + m[0].length });
    }
  });
  return out;
}

/** "in 2012", "since 1998", "the 10th and 11th centuries": years and centuries, where wink-nlp did not already see a date. */
function yearMentions(analysed: AnalysedSentence[], known: Mention[]): Mention[] {
  const out: Mention[] = [];
  analysed.forEach((s, sentence) => {
    const taken = known.filter((m) => m.sentence === sentence && (m.kind === "date" || m.kind === "time"));
    const re = /\b(?:in|since|by|from|until|till|before|after|during|around|of|between)\s+((?:the\s+)?(?:early\s+|late\s+|mid-)?(?:1[0-9]{3}|20[0-9]{2})s?(?:\s+and\s+(?:1[0-9]{3}|20[0-9]{2}))?)\b|\b((?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+and\s+\d{1,2}(?:st|nd|rd|th))?\s+centur(?:y|ies))\b/gi;
    for (const m of s.text.matchAll(re)) {
      const text = m[1] ?? m[2];
      const start = m.index! + m[0].length - text.length;
      const end = start + text.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      out.push({ kind: "date", text, sentence, start, end });
    }
  });
  return out;
}

/**
 * The first sentence of the story itself: a plain text file's first line is its headline, a
 * paragraph of one sentence with no closing stop ("Drought pushes Velmora into tense talks").
 */
export function ledeIndex(sentences: readonly { paragraph: number; text: string }[]): number {
  const [first, second] = sentences;
  const headline = first !== undefined && second !== undefined && second.paragraph !== first.paragraph && !/[.!?"”’']\s*$/.test(first.text);
  return headline ? 1 : 0;
}

/**
 * "GENEVA, Switzerland — ...", "OSLO, March 12 (Nordic Wire) - ...", "BUSAN, South Korea (AP) —":
 * the place a story was filed from, when its first sentence says (a date and the agency may follow it).
 */
const DATELINE = /^([A-Z][A-Za-z.'’ -]{1,40}?(?:,\s[A-Z][A-Za-z.'’ -]{1,30}?)?)(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?(?:\s\([^()]{1,40}\))?\s+[—–-]{1,2}\s/;

export function datelineOf(firstSentence: string | undefined): string | undefined {
  const m = DATELINE.exec(firstSentence ?? "");
  if (!m) return undefined;
  // "REYKJAVIK" -> "Reykjavik".
  return m[1].replace(/\b([A-Z])([A-Z.'’-]+)\b/g, (_all, a: string, b: string) => a + b.toLowerCase());
}

export type { AnalysedSentence };

/**
 * "Thursday and Friday" in a story of Monday: each weekday alone goes to the nearest such day, which
 * puts Friday before Thursday. The second day of a span comes after the first.
 */
function orderSpans(mentions: Mention[], sentences: { text: string }[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    if (a.sentence !== b.sentence || !a.date || !b.date || b.date >= a.date) continue;
    if (!/^\s*(?:and|to|through|-|–)\s*$/.test(sentences[a.sentence].text.slice(a.end, b.start))) continue;
    const later = new Date(`${b.date}T12:00:00Z`);
    while (later.toISOString().slice(0, 10) < a.date) later.setUTCDate(later.getUTCDate() + 7);
    b.date = later.toISOString().slice(0, 10);
  }
}
