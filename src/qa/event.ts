import type { ArticleFacts } from "../knowledge/types.ts";
import { formatDate } from "../knowledge/dates.ts";
import { mentionsIn } from "../knowledge/mentionsBySentence.ts";
import { ledeIndex } from "../knowledge/extract.ts";

/** Where and when the story's own event happens, for "where are the talks?" and "when do they meet?". */

/**
 * Where the story's event happens: the dateline it was filed from, or else the place most often
 * named with "in"/"at" in sentences about the event ("are meeting ... in Anchorage, Alaska").
 */
export function eventPlace(facts: ArticleFacts): { place: string; sentence: number } | undefined {
  // "after 11 days of talks in Paris": the place the story says its event was held, over where it was filed from.
  const held = heldIn(facts);
  if (held) return held;
  // The dateline opens the first sentence, or the second after a headline.
  if (facts.dateline) return { place: facts.dateline, sentence: ledeIndex(facts.sentences) };
  const counts = new Map<string, { n: number; sentence: number }>();
  for (const m of facts.mentions) {
    if (m.kind !== "place") continue;
    const text = facts.sentences[m.sentence].text;
    if (!ABOUT_EVENT.test(text)) continue;
    if (!/\b(in|at)\s+(a\s+\w+\s+)?$/i.test(text.slice(0, m.start))) continue;
    if (ofNextRound(text, m.start)) continue;
    const c = counts.get(m.text) ?? { n: 0, sentence: m.sentence };
    counts.set(m.text, { n: c.n + 1, sentence: c.sentence });
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].sentence - b[1].sentence)[0];
  return best ? { place: best[0], sentence: best[1].sentence } : undefined;
}

/** A place named right after the event's noun ("talks in Paris", "a summit held in Nice"), not an earlier or a coming round's. */
function heldIn(facts: ArticleFacts): { place: string; sentence: number } | undefined {
  const m = facts.mentions.find((x) => {
    if (x.kind !== "place") return false;
    const text = facts.sentences[x.sentence].text;
    const before = text.slice(Math.max(0, x.start - 60), x.start);
    return EVENT_IN.test(before) && !EARLIER_ROUND.test(before) && !ofNextRound(text, x.start);
  });
  return m ? { place: m.text, sentence: m.sentence } : undefined;
}
const EVENT_IN = /\b(?:talks|negotiations|summit|meetings?|conference)\s+(?:(?:being\s+|was\s+|were\s+)?held\s+)?in\s+$/i;
const EARLIER_ROUND = /\b(?:last|previous|earlier|former|first|(?:1[89]|20)\d\d)\b[^,;.]*$/i;

const ABOUT_EVENT = /\b(meet|meets|met|meeting|meetings|talks|summit|negotiations|conference|hearing|trial|held|hosts?|hosting)\b/i;

/**
 * "What was the venue?": the building or site the story's event is held at ("The talks, held at
 * the Grand Orsa Hotel in ..."), named after "at" in a sentence about the event.
 */
export function eventVenue(facts: ArticleFacts): { place: string; sentence: number } | undefined {
  for (const m of facts.mentions) {
    if (m.kind !== "place" && m.kind !== "organization") continue;
    const text = facts.sentences[m.sentence].text;
    if (!ABOUT_EVENT.test(text) || ofNextRound(text, m.start)) continue;
    if (/\b(?:held|hosted|meet|meeting|met|talks|gathered|convened|take place|took place|taking place)\s+(?:[a-z]+\s+){0,2}at\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 50), m.start))) return { place: m.text, sentence: m.sentence };
    // "outside the Liechtenstein Palace, where the talks are being held".
    if (/^,?\s+where\s+(?:the\s+)?(?:talks|meetings?|negotiations|summit|conference|hearings?)\s+(?:are|were|is|was|will be)\s+(?:being\s+)?(?:held|hosted|taking place|take place)\b/i.test(text.slice(m.end))) return { place: m.text, sentence: m.sentence };
  }
  return undefined;
}

/**
 * Where the story's event happens, as exactly as the story says: its venue with the town when the
 * venue's sentence names it ("Grand Orsa Hotel in Brennick"), else the venue or the town.
 */
export function eventLocation(facts: ArticleFacts): { place: string; sentence: number } | undefined {
  const town = eventPlace(facts);
  const venue = eventVenue(facts);
  if (!venue || !town) return venue ?? town;
  const name = town.place.split(",")[0];
  return venue.place.includes(name) || !facts.sentences[venue.sentence].text.includes(name) ? venue : { place: `${venue.place} in ${name}`, sentence: venue.sentence };
}

/**
 * The story's next round: the first place (or day) named after "again" or "next" in a sentence
 * about the event ("Negotiators are due to meet again on September 22 in Dovrenna").
 */
export function nextRound(facts: ArticleFacts, kind: "place" | "date"): { text: string; sentence: number } | undefined {
  // "meet again" says it is the next round; "scheduled", "due" only that it is to come.
  const found = facts.mentions.filter((m) => m.kind === kind && ABOUT_EVENT.test(facts.sentences[m.sentence].text) && ofNextRound(facts.sentences[m.sentence].text, m.start));
  const m = found.find((x) => /\b(again|next)\b[^,;.]*$/i.test(facts.sentences[x.sentence].text.slice(Math.max(0, x.start - 40), x.start))) ?? found[0];
  return m ? { text: m.date ? `${m.text} (${formatDate(m.date)})` : m.text, sentence: m.sentence } : undefined;
}

/** "agreed to meet again in Bishkek", "is scheduled for Thursday": what the clause says before a place or a day is about the next round, not this one. */
export function ofNextRound(text: string, at: number): boolean {
  return /\b(again|next|resumes?|reconvenes?|scheduled|due)\b[^,;.]*$/i.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * The first day the story names in a sentence about its event, with a second day joined to it
 * ("Thursday and Friday"). With `span`, the first sentence that gives two days comes first.
 */
export function eventDay(facts: ArticleFacts, span = false): EventDay | undefined {
  const found = eventDays(facts);
  return (span ? found.find((d) => d.span) : undefined) ?? found[0];
}

export interface EventDay {
  text: string;
  sentence: number;
  span: boolean;
  /** How many days it runs: 2 for "Thursday and Friday", 3 for "Monday to Wednesday". */
  days: number;
}

function eventDays(facts: ArticleFacts): EventDay[] {
  const out: EventDay[] = [];
  for (const s of facts.sentences) {
    if (!/\b(meet|meets|meeting|meetings|talks|summit|negotiations|conference|hearing|trial|session|vote|strike)\b/i.test(s.text)) continue;
    // "given the government until March 21": a deadline, not the day of the event.
    const days = mentionsIn(facts, s.index).filter((m) => m.kind === "date" && m.date && !/\b(?:until|till|by)\s+$/i.test(s.text.slice(Math.max(0, m.start - 8), m.start)));
    if (!days.length) continue;
    const [first, second] = days;
    const joined = second && /^\s*(and|to|-|–)\s*$/.test(s.text.slice(first.end, second.start));
    const text = joined ? `${first.text} and ${second.text} (${formatDate(first.date!)} and ${formatDate(second.date!)})` : `${first.text} (${formatDate(first.date!)})`;
    const apart = joined ? Math.round((Date.parse(second.date!) - Date.parse(first.date!)) / 86_400_000) : 0;
    const count = !joined ? 1 : /^\s*and\s*$/.test(s.text.slice(first.end, second.start)) ? 2 : apart + 1;
    out.push({ text, sentence: s.index, span: Boolean(joined), days: count });
  }
  return out;
}
