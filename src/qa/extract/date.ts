import { formatDate } from "../../knowledge/dates.ts";
import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import { ledeIndex } from "../../knowledge/extract.ts";
import type { Mention } from "../../knowledge/types.ts";
import { anchorTerms, answeringClauseIn } from "../clauses.ts";
import type { Question } from "../question.ts";
import { kindFits, mentionedInQuestion } from "../retrieve.ts";
import type { Candidate } from "../retrieve.ts";
import { stemOf, stemSet, words } from "../text.ts";
import { expand } from "../../lexicon/synonyms.ts";
import type { Extracted } from "./shared.ts";
import { clauseDistance, clauseSteps, mentionsInAnswerClause, namesOtherCountries, nearness, otherCountrysClause } from "./shared.ts";

/** "When" questions: the date of the asked event. */

/**
 * "asking judges to quash the permit that the ministry granted on Aug. 29", "ruled that ... when it
 * voted on April 15": a date inside a relative or subordinate clause dates that clause's event, not
 * the one asked about, unless the clause (or what it hangs on) has the question's words.
 */
function inOtherRelativeClause(text: string, m: Mention, q: Question): boolean {
  const before = text.slice(0, m.start);
  // "before dawn on Monday", "after the vote": a preposition there, not a clause of its own.
  // Read up to the mention's end, so that "after midnight" sees its "midnight".
  // ("not before October", "since Monday": a date right after the word is no clause of its own either.)
  const rel = [...text.slice(0, m.end).matchAll(/\b(that|which|who|whom|when|after|before|since|because|while)\s(?!(?:dawn|dusk|noon|midnight|midday|sunrise|sunset|the|a|an|its|his|her|their|\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|last|early|late|mid|end)\b)/g)].filter((r) => r.index! < m.start).pop();
  if (!rel || /[,;:—]/.test(before.slice(rel.index!))) return false;
  // What the clause is about: the words before the pronoun ("site clearing, which ... will begin on Oct. 1").
  const antecedent = words(before.slice(0, rel.index)).slice(-3).map(stemOf);
  const clause = stemSet(text.slice(rel.index!, m.end));
  // (The thing by a word for it too: "the restrictions, which take effect" for "when do the rules start";
  // and the clause's verb: "which opened on Monday" for "when did it begin".)
  const named = (t: string) => antecedent.includes(t);
  // (A word for the verb only in a relative clause about the thing: "since records began" is about records.)
  const relative = /^(that|which|who|whom)$/.test(rel[1]);
  const said = (x: string) => (relative && clause.has(x)) || named(x);
  return !anchorTerms(q).some((t) => clause.has(t) || named(t) || (q.synonyms.get(t) ?? []).some(said) || expand(t).some((x) => said(stemOf(x))));
}
/**
 * "Rescuers searched on Tuesday after the ferry sank": when the question's words are all in a clause
 * opened by "after" (or "when", "before" ...) and none before it, a date before it dates the main
 * clause's event, not the asked one. Returns where that clause starts.
 */
function mainClauseOnly(text: string, q: Question): number | undefined {
  const m = /\b(?:after|before|when|while|as|since|because|until)\s/i.exec(text);
  if (!m) return undefined;
  // "The row began on Friday, Oct. 10, when Vandermeer presented the medal": "when" after a date is that date.
  if (/^when\b/i.test(m[0]) && /\b(?:\d{1,2}|\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday),\s*$/i.test(text.slice(0, m.index))) return undefined;
  const terms = anchorTerms(q);
  const holds = (part: string) => { const stems = stemSet(part); return terms.some((t) => stems.has(t)); };
  const rest = text.slice(m.index).split(/[,;]/)[0];
  return holds(rest) && !holds(text.slice(0, m.index)) ? m.index : undefined;
}

/** "Wednesday night (17 March 2021)". */
/** A day of a month ("Feb. 5", "5 February") or a year: specific though the story gives no year to place it. */
const SPECIFIC_DAY = /\b\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/** A month by name ("August", "Feb. 5") or a year. */
const NAMED_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2}\b/i;

/** A day, by its name or its date: "Tuesday", "March 12", "12 March", "yesterday". */
const DAY_NAMED = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:today|yesterday|tomorrow|tonight)\b/i;

/** An attribution right before a date: "the minister said on Thursday", "told reporters on Monday". */
const SAID_BEFORE = /\b(?:said|says|told reporters|told [A-Z][\w.-]*(?: [A-Z][\w.-]*)*|added)\s+(?:on|late on|early on|earlier on)?\s*$/;
/** Words of a question about something said or announced. */
const SAYING_ASKED = /\b(?:say|said|says|tell|told|comment|commented|comments|remarks?|statement|announce|announced|announcement|speak|spoke|warn|warned|reveal|revealed|disclose|disclosed|confirm|confirmed)\b/;

/** The words right before a date that put the event before or after it ("shortly after", "by", "not before"). */
const BEFORE_OR_AFTER = /\b(?:not\s+)?(?:(?:shortly|just|soon|right|well|long|only)\s+)?(?:after|before|until|by)\s+$/i;

/** Words that put a sentence in the future: "will", "should allow", "expected to". */
const FUTURE = /\b(?:will|should|shall|expects?|expected|due to|plans? to|planned|scheduled|aims? to|hopes? to|intends? to|set to|going to|within|next)\b/i;

/** Words that set a deadline right before its date: "until", "by", "a deadline of". */
/** A deadline as a stretch of time: "within 72 hours", "has 30 days to". */
const DEADLINE_SPAN = /\bwithin\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety|a|an)\s+(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?)\b|\b(?:has|have|had|was given|were given|is given|are given|gets|get|got)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety)\s+(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?)\s+to\b/i;
/** A part of the day alone: "morning", "late evening". */
const PART_OF_DAY = /^(?:(?:in the|this|that|late|early|mid)\s+)?(?:morning|afternoon|evening|night|overnight)$/i;
const DEADLINE_BEFORE = /\b(?:until|till|by|before|deadline (?:of|is|was)|deadline,?|no later than)\s+(?:the\s+)?$/i;

/** A clock time: "9 p.m.", "14:00", "noon". */
const CLOCK = /\d\s*[ap]\.?m\b|\b\d{1,2}:\d\d\b|\b(?:noon|midnight)\b/i;

export function whenDate(c: Candidate, q: Question): Extracted | undefined {
  // "since the February 18 storm": a day written before the event the question asks about dates it,
  // whichever clause it stands in.
  const dated = datedEvent(c, q);
  if (dated) return { answer: dated };
  const wantsTime = /\btime of (?:the )?day\b|\b(?:what|which) (?:time|times|hours)\b|\bhours of the day\b/.test(q.words.join(" "));
  // "What year was it signed?": a date that gives the year ("in 1987", "Thursday" placed in 2021), not "summer".
  // "In which months ...?": a date that names a month ("in June"), not "last night".
  const yearOnly = /^years?$/.test(q.head ?? "") ? (m: Mention) => m.date !== undefined || /\b\d{4}\b|\b(?:next|this|last) year\b/i.test(m.text) : /^months?$/.test(q.head ?? "") ? (m: Mention) => m.date !== undefined || NAMED_MONTH.test(m.text) : () => true;
  // "What day did the bridge come down?", "on what date was he born?": a day ("Tuesday", "March 12"), not "before 1980".
  // ("What compromise date has been floated?" may be a year.)
  const dayAsked = q.head === "day" || /^(?:on |by )?(?:what|which) date\b/.test(q.words.join(" "));
  const dayOnly = dayAsked ? (m: Mention) => DAY_NAMED.test(m.text) : () => true;
  // "..., the minister said on Thursday": the day of the saying, which only a question about what was said asks.
  const saidOn = SAYING_ASKED.test(q.words.join(" ")) ? () => false : (m: Mention) => SAID_BEFORE.test(c.sentence.text.slice(Math.max(0, m.start - 30), m.start));
  const elsewhere = mainClauseOnly(c.sentence.text, q);
  // "since February 2023" says when a state began.
  // ("How soon ...?" asks when something will be done, which "since" never says.)
  const sinceFits = !/\bhow soon\b/.test(q.words.join(" "));
  // "What hours do the cuts happen?": "between 2 p.m. and 9 p.m." is a stretch of clock times.
  // "bans all launches between April 15 and June 30": a stretch between two dates says when.
  const datedSpan = (m: Mention) => m.kind === "duration" && /^(?:between|from)\s/i.test(m.text) && NAMED_MONTH.test(m.text);
  const found = mentionsInAnswerClause(c, q).filter((m) => (kindFits(m, "date") || (sinceFits && m.kind === "duration" && /^since\s+\S/i.test(m.text)) || (wantsTime && m.kind === "duration" && CLOCK.test(m.text)) || datedSpan(m)) && yearOnly(m) && dayOnly(m) && !saidOn(m) && !mentionedInQuestion(m, q) && !inOtherRelativeClause(c.sentence.text, m, q) && !(elsewhere !== undefined && m.end <= elsewhere));
  // "said on Wednesday that the company expected to launch the drug in Canada in January": of the
  // dates of the answering clause, the one next to the question's words.
  const inClause = clauseDistance(c, q);
  const near = nearness(c.sentence.text, q);
  // A named month or day ("in August") says more than a season or a stretch ("the start of the autumn").
  const vagueness = (m: Mention) => (m.date || NAMED_MONTH.test(m.text) ? 0 : 1);
  // "When could the walkout start?": "a strike from March 24", not the deadline "until March 21" before it.
  const startAsked = q.words.some((w) => /^(start|starts|started|begin|begins|began|commence|commences)$/.test(w));
  const from = (m: Mention) => (startAsked && /\b(?:from|starting|beginning|as of)\s+$/i.test(c.sentence.text.slice(Math.max(0, m.start - 12), m.start)) ? 0 : 1);
  // "When will the first ward close?": not the date of "the remaining wards" in the same sentence.
  const firstAsked = q.words.includes("first");
  const ofTheRest = (m: Mention) => (firstAsked && /\b(?:remaining|the rest|the others|other)\b[^,;]*$/i.test(c.sentence.text.slice(0, m.start)) ? 1 : 0);
  // (The clause right after it is nearer than one two further on: "taken at 3:20 p.m., broke the previous record, set in 2019".)
  const steps = clauseSteps(c, q)!;
  // "What is the deadline to appeal?": "has until April 6 to file", not "Monday's decision".
  const deadlineAsked = q.words.some((w) => /^deadlines?$/.test(w));
  const byWhen = (m: Mention) => (deadlineAsked && !DEADLINE_BEFORE.test(c.sentence.text.slice(Math.max(0, m.start - 24), m.start)) ? 1 : 0);
  // "What is the new earliest launch date?": "no earlier than January 2028", not the date it was scheduled for.
  const earliestAsked = q.words.includes("earliest");
  const noEarlier = (m: Mention) => (earliestAsked && !/\b(?:no earlier than|not before)\s+["“]?$/i.test(c.sentence.text.slice(Math.max(0, m.start - 20), m.start)) ? 1 : 0);
  // "at about 8:12 a.m. (0112 GMT)": a time in brackets after another restates it for readers elsewhere; the story's own comes first.
  const restated = (m: Mention) => (found.some((x) => x !== m && x.end <= m.start && /^\s*\(\s*$/.test(c.sentence.text.slice(x.end, m.start))) ? 1 : 0);
  const dates = inClause ? [...found].sort((x, y) => restated(x) - restated(y) || noEarlier(x) - noEarlier(y) || ofTheRest(x) - ofTheRest(y) || byWhen(x) - byWhen(y) || steps(x) - steps(y) || from(x) - from(y) || vagueness(x) - vagueness(y) || near(x) - near(y) || x.start - y.start) : found;
  const times = dates.filter((m) => m.kind === "time" || /night|morning|evening|afternoon|noon|\d\s*[ap]\.?m\b|o['’]clock/i.test(m.text));
  // "At what time...": a day is not an answer.
  // "Which day ...": a day, not the time of day.
  const wantsDay = !wantsTime && /\b(day|days|date|weekday|week)\b/.test(q.words.join(" "));
  // "Which day of the week": a weekday, when the clause gives one.
  const weekdayAsked = /\b(week|weekday)\b/.test(q.words.join(" "));
  const weekday = weekdayAsked ? dates.find((m) => /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(m.text)) : undefined;
  // "What day of the week did the ship sink?" is not answered by "about 40 minutes later".
  if (weekdayAsked && !weekday) return undefined;
  // "in morning trading" dates nothing: a part of the day with no day says when only to "what time".
  const daysGiven = wantsTime ? dates : dates.filter((m) => !PART_OF_DAY.test(m.text));
  let pick: Mention | undefined = wantsTime ? times[0] : (weekday ?? (wantsDay ? (daysGiven.find((m) => !times.includes(m)) ?? daysGiven[0]) : daysGiven[0]));
  // "... on Thursday at 10 a.m., the first talks since the strike began": the event asked is in a
  // clause of its own that gives no date; the sentence's date is of something else.
  if (pick && inClause && inClause(pick) > 0 && eventClauseWithoutDate(c.sentence.text, q, pick)) pick = undefined;
  // "How soon could systems be running?" is not answered by when they went down: a day before the story's is past.
  const published = c.facts.article.published;
  // "When does the ban kick in?" is not answered by a year long past ("In 2008, one ban led to another").
  const aheadAsked = /^when (?:does|do|will|would|is|are)\b/.test(q.words.join(" ")) && q.words.some((w) => /^(start|starts|begin|begins|take|takes|effect|apply|applies|open|opens)$/.test(w));
  if (aheadAsked && pick?.date && published && pick.date.slice(0, 4) < published.slice(0, 4)) pick = undefined;
  // "When did controllers last strike?" is not answered by a stoppage that "would" come in July: the last one is past.
  const lastAsked = /^when did\b.*\blast\b/.test(q.words.join(" "));
  if (lastAsked && pick && /\b(?:will|would|could|might|may|plans? to|threaten(?:s|ed)? to)\b[^;.]*$/i.test(c.sentence.text.slice(Math.max(0, pick.start - 80), pick.start))) pick = undefined;
  const soon = /\bhow soon\b/.test(q.words.join(" "));
  if (soon && pick && ((pick.date && published && pick.date < published) || !FUTURE.test(c.sentence.text))) pick = undefined;
  // "What's the deadline for the appeal?" with "has 30 days to lodge its appeal": a deadline given as a stretch of time.
  const span = !pick && deadlineAsked ? DEADLINE_SPAN.exec(c.sentence.text) : null;
  if (span) return { answer: span[0].replace(/^(?:has|have|had|was given|were given|is given|are given|gets|get|got)\s+|\s+to$/gi, "") };
  if (!pick) return wantsTime || wantsDay ? undefined : fromNow(c, q);
  // "What year has Thailand set?" is not answered by the year a clause gives for Fiji and Tuvalu.
  if (q.countries.length && (otherCountrysClause(c.sentence.text, pick, q) || namesOtherCountries(c.sentence.text, q))) return undefined;
  // "in June and again in November": a question about several ("which months") takes each.
  const several = /s$/.test(q.head ?? "") && q.head !== "hours";
  const sameDay = dates.filter((m) => m !== pick && m.start > pick.start && (m.start - pick.end < 10 || several) && (several ? /^,?\s*(and|or)\s+(?:(?:again|then|later|once more)\s+)?(?:(?:in|on)\s+)?$/ : /^\s*(and|or|to|-)\s*$/).test(c.sentence.text.slice(pick.end, m.start)));
  // "in August next year": a month and the year it falls in are one date.
  const ofYear = found.find((m) => m.start > pick.end && /^\s+$/.test(c.sentence.text.slice(pick.end, m.start)) && /^(?:next|this|last) year$|^\d{4}$/i.test(m.text));
  // "shortly after midnight", "by Friday": the words that place the event against the date belong to it.
  const lead = BEFORE_OR_AFTER.exec(c.sentence.text.slice(Math.max(0, pick.start - 24), pick.start))?.[0] ?? "";
  // "at about 11:40 p.m. on Sunday": a time and the day it falls on are one answer.
  const onDay = times.includes(pick) ? found.find((m) => m.kind === "date" && m.start > pick.end && /^\s+on\s+$/.test(c.sentence.text.slice(pick.end, m.start))) : undefined;
  // "on Thursday at 10 a.m.": the day and the time it gives, whichever was picked.
  const sentence = c.sentence.text;
  const dayBefore = times.includes(pick) && !onDay ? found.find((m) => m.kind === "date" && !times.includes(m) && m.end <= pick.start && /^,?\s+at\s+$/.test(sentence.slice(m.end, pick.start))) : undefined;
  const timeAfter = !times.includes(pick) && !wantsDay ? times.find((m) => m.start >= pick.end && /^,?\s+at\s+$/.test(sentence.slice(pick.end, m.start))) : undefined;
  // ("walked out at 7 a.m. on September 25": the time the day is given with, before it.)
  const timeBefore = !times.includes(pick) && !wantsDay && !timeAfter ? times.find((m) => m.end <= pick.start && /^\s+on\s+$/.test(sentence.slice(m.end, pick.start))) : undefined;
  const dayTime = dayBefore ? sentence.slice(dayBefore.start, pick.end) : timeAfter ? sentence.slice(pick.start, timeAfter.end) : timeBefore ? sentence.slice(timeBefore.start, pick.end) : undefined;
  const text = lead + (sameDay.length ? `${pick.text} and ${sameDay[0].text}` : ofYear ? `${pick.text} ${ofYear.text}` : onDay ? `${pick.text} on ${onDay.text}` : dayTime ?? pick.text);
  // "this year", "next week": no day, so a weak answer to "when did X happen?".
  // "Wednesday, Feb. 5" in a story with no year is still a day.
  // ("In which month ...?": "in June" is as precise as asked.)
  const vague = !pick.date && !SPECIFIC_DAY.test(pick.text) && !times.includes(pick) && dayTime === undefined && !(/^months?$/.test(q.head ?? "") && NAMED_MONTH.test(pick.text));
  // "Sardinia sets autonomy referendum for October": a headline's vague date, which its first sentence gives in full ("for October 19").
  const fuller = vague && c.sentence.sentence === 0 ? fullerInLede(c, pick) : undefined;
  if (fuller) return fuller;
  // "running until July 2026" for "when does the contract run out": the date right after the question's own verb.
  const ownVerbs = new Set(q.words.filter((w) => q.pos.get(w) === "VERB" && !/^(is|are|was|were|be|been|do|does|did|has|have|had|will|would)$/.test(w)).map(stemOf));
  const afterVerb = /\b([a-z]+)\s+(?:until|till|through|in|on|by)\s+$/i.exec(c.sentence.text.slice(Math.max(0, pick.start - 30), pick.start))?.[1];
  const fits = afterVerb !== undefined && ownVerbs.has(stemOf(afterVerb.toLowerCase()));
  return { answer: pick.date ? `${text} (${formatDate(pick.date)})` : text, ...(vague ? { weak: true } : {}), ...(fits ? { fits: true } : {}) };
}

/** The date of the story's first sentence that a headline's vaguer one ("October") begins ("October 19"). */
function fullerInLede(c: Candidate, pick: Mention): Extracted | undefined {
  const lede = ledeIndex(c.facts.sentences);
  if (lede === c.sentence.sentence) return undefined;
  const start = pick.text.toLowerCase();
  const m = mentionsIn(c.facts, lede).find((x) => x.kind === "date" && x.text.length > start.length && x.text.toLowerCase().startsWith(start));
  return m ? { answer: m.date ? `${m.text} (${formatDate(m.date)})` : m.text, sentence: lede } : undefined;
}

/** The day in "the February 18 storm" when the question's only noun is "storm" ("when did the storm happen"). */
function datedEvent(c: Candidate, q: Question): string | undefined {
  const nouns = q.terms.filter((t) => q.words.some((w) => stemOf(w) === t && q.pos.get(w) === "NOUN"));
  if (nouns.length !== 1 || q.terms.length !== 1) return undefined;
  const text = c.sentence.text;
  const m = mentionsIn(c.facts, c.sentence.sentence).find((x) => x.kind === "date" && /\b(?:the|a|an|its|their|last)\s+$/i.test(text.slice(Math.max(0, x.start - 6), x.start)) && stemOf(/^\s+([a-z]+)/.exec(text.slice(x.end))?.[1] ?? "") === nouns[0]);
  return m && (m.date ? `${m.text} (${formatDate(m.date)})` : m.text);
}

/**
 * Whether the clause that answers is a "since/after/before/until/when" clause (it dates one event by
 * another), and the clause of the date holds none of the question's words.
 */
function eventClauseWithoutDate(sentence: string, q: Question, date: Mention): boolean {
  const { clauses, at } = answeringClauseIn(sentence, q);
  const own = clauses.find((x) => x.start <= date.start && date.end <= x.start + x.text.length);
  const asked = new Set(q.searchTerms);
  if (!own || words(own.text).some((w) => asked.has(stemOf(w)))) return false;
  return at >= 0 && /\b(?:since|after|before|until|till|when|while|once)\s+(?:the\s+|its\s+|their\s+)?[\w-]+\s+(?:\w+\s+)?(?:began|begun|started|ended|opened|closed|broke|erupted|collapsed|finished|was|were)\b/i.test(clauses[at].text);
}

/** "within 12 to 18 months", "in about two weeks": the words before a stretch of time that make it a time from now. */
const FROM_NOW = /\b(?:within|in|after)\s+(?:the\s+next\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|another\s+)?(?:[\w.]+\s+(?:to|or)\s+)?$/i;

/** "When is the final report expected?" "within 12 to 18 months": a stretch from now, when the clause gives no date. */
function fromNow(c: Candidate, q: Question): Extracted | undefined {
  const text = c.sentence.text;
  for (const m of mentionsInAnswerClause(c, q)) {
    if (m.kind !== "duration" || mentionedInQuestion(m, q)) continue;
    const lead = FROM_NOW.exec(text.slice(0, m.start));
    if (lead && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)\s/i.test(text.slice(lead.index, m.end))) return { answer: text.slice(lead.index, m.end) };
  }
  return undefined;
}
