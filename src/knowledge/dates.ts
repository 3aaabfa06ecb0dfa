import { MONTHS, WEEKDAYS } from "../lexicon/words.ts";

/**
 * Resolves a date expression against the article's publication date (`YYYY-MM-DD`).
 * Weekdays go to the nearest such day within a week of publication ("Thursday" in an article of
 * Thursday 18 March is that day, "Wednesday night" the day before); "March 3" takes the year of
 * publication; "yesterday", "today", "tomorrow" and "tonight" shift by a day, "two days ago" by two. Returns undefined
 * when the expression is not a single calendar day ("last year", "this week").
 */
export function resolveDate(expression: string, published: string | undefined): string | undefined {
  const text = expression.toLowerCase();
  const explicit = absoluteDate(text, published);
  if (explicit) return explicit;
  if (!published) return undefined;
  const base = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(base.getTime())) return undefined;
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(text)) return iso(base);
  if (/\byesterday\b/.test(text)) return iso(shift(base, -1));
  if (/\btomorrow\b/.test(text)) return iso(shift(base, 1));
  // "ran aground two days ago" in a story of Thursday: Tuesday.
  const ago = /\b(a|one|two|three|four|five|six|\d) days? ago\b/.exec(text)?.[1];
  if (ago) return iso(shift(base, -(DAYS_AGO[ago] ?? Number(ago))));
  const wd = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(text));
  if (wd < 0 || /\b(last|next|every)\b/.test(text)) {
    if (wd >= 0 && /\blast\b/.test(text)) return iso(shift(base, -(((base.getUTCDay() - wd + 7) % 7) || 7)));
    if (wd >= 0 && /\bnext\b/.test(text)) return iso(shift(base, ((wd - base.getUTCDay() + 7) % 7) || 7));
    return undefined;
  }
  const forward = (wd - base.getUTCDay() + 7) % 7;
  const back = (base.getUTCDay() - wd + 7) % 7;
  return iso(shift(base, forward <= back ? forward : -back));
}

function absoluteDate(text: string, published: string | undefined): string | undefined {
  const iso8601 = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso8601) return `${iso8601[1]}-${iso8601[2]}-${iso8601[3]}`;
  const monthNames = MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join("|") + "|sept\\.?";
  const md = new RegExp(`\\b(${monthNames})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`).exec(text);
  const dm = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthNames})(?:,?\\s+(\\d{4}))?\\b`).exec(text);
  const hit = md ? { month: md[1], day: md[2], year: md[3] } : dm ? { month: dm[2], day: dm[1], year: dm[3] } : undefined;
  if (!hit) return undefined;
  const month = MONTHS.findIndex((m) => hit.month.replace(".", "").startsWith(m.slice(0, 3))) + 1;
  const day = Number(hit.day);
  if (month < 1 || day < 1 || day > 31) return undefined;
  let year = hit.year ? Number(hit.year) : published ? Number(published.slice(0, 4)) : undefined;
  if (year === undefined) return undefined;
  // "December 30" in an article of 2 January is last year's.
  if (!hit.year && published && month - Number(published.slice(5, 7)) > 6) year -= 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function shift(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "2021-03-17" -> "17 March 2021". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const month = MONTHS[m - 1];
  return `${d} ${month[0].toUpperCase()}${month.slice(1)} ${y}`;
}

const DAYS_AGO: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
