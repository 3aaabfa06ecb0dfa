import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import type { ArticleFacts, Mention, Person } from "../../knowledge/types.ts";
import { expand } from "../../lexicon/synonyms.ts";
import { countryOf, countryOfCapital, countryOfRegion, countryOfWords } from "../../lexicon/places.ts";
import { anchorTerms, answeringClauseIn, splitClauses } from "../clauses.ts";
import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { stemOf, tokenStem, words, wordsOf } from "../text.ts";
import { memoized, perQuestion } from "../memo.ts";

/** Helpers the extractors share: the mentions of the answering clause, and how near a mention stands to the question's words. */

/** A short answer taken from one sentence, with the people it names (for follow-ups). */
export interface Extracted {
  answer: string;
  people?: string[];
  /** The sentence the answer came from, when it is not the candidate's own (a role or a quote). */
  sentence?: number;
  /** Characters between the answer and the question's words in the sentence: nearer is likelier. */
  distance?: number;
  /** True when the answer is only "someone the sentence names", not someone the sentence says did it. */
  weak?: boolean;
  /** True when the answer stands in the very relation asked ("from" for "before the cut"): it beats a better-matching sentence's. */
  fits?: boolean;
}
/** The sentence's mentions, nearest to the clause that answers first (those inside it, then its neighbours, then the rest). */
export function mentionsInAnswerClause(c: Candidate, q: Question): readonly Mention[] {
  const all = mentionsIn(c.facts, c.sentence.sentence);
  const distance = clauseDistance(c, q);
  if (!distance) return all;
  return sortedBy(all, distance, (x, y) => x.start - y.start);
}

/**
 * `items` sorted by a key worked out once for each (a sort compares each many times), smallest
 * first; equal keys by `tie`, then in the order given.
 */
export function sortedBy<T>(items: readonly T[], key: (item: T) => number, tie?: (a: T, b: T) => number): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => a.key - b.key || (tie ? tie(a.item, b.item) : 0));
  return keyed.map((k) => k.item);
}
/** Characters from a mention to the clause that answers (0 inside it), or undefined when no clause holds a question term. */
export function clauseDistance(c: Candidate, q: Question): ((m: Mention) => number) | undefined {
  const { clauses, at } = answeringClauseIn(c.sentence.text, q);
  if (at < 0) return undefined;
  const from = clauses[at].start;
  const to = from + clauses[at].text.length;
  // A mention the clause's edge cuts through ("on Monday, Nov 11") is in it.
  return (m: Mention) => (m.end <= from ? from - m.end : Math.max(0, m.start - to));
}
/** How many clauses lie between a mention and the clause that answers (0 inside it), or undefined when no clause holds a question term. */
export function clauseSteps(c: Candidate, q: Question): ((m: Mention) => number) | undefined {
  const { clauses, at } = answeringClauseIn(c.sentence.text, q);
  if (at < 0) return undefined;
  return (m: Mention) => {
    let i = clauses.length - 1;
    while (i > 0 && clauses[i].start > m.start) i--;
    // A mention the clause's edge cuts through is in it.
    return i === at || (m.end > clauses[at].start && m.start < clauses[at].start + clauses[at].text.length) ? 0 : Math.abs(i - at);
  };
}
export function listText(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}
export function personById(facts: ArticleFacts, id: string | undefined): Person | undefined {
  return facts.people.find((p) => p.id === id);
}
const anchorsOf = perQuestion((q: Question) => {
  const own = new Set(anchorTerms(q));
  return { own, anchors: new Set([...own].flatMap((t) => [t, ...expand(q.words.find((w) => stemOf(w) === t) ?? t).map(stemOf)])) };
});

/** Character offsets in the sentence of the words that match the question's anchor terms. */
function anchorOffsets(text: string, q: Question): { at: number; penalty: number }[] {
  // The question's words, and the words listed as standing for them ("blaze" for "fire"): a
  // stand-in counts as a little farther away than the word itself ("38.2 percent of the vote" beats
  // "99.8 percent of ballots counted" for "what percentage of the vote").
  const { own, anchors } = anchorsOf(q);
  const out: { at: number; penalty: number }[] = [];
  for (const { at, stem } of tokenStems(text)) if (anchors.has(stem)) out.push({ at, penalty: own.has(stem) ? 0 : STAND_IN_PENALTY });
  return out;
}

/** Where the names the question gives (people, organizations, things) stand in the sentence. */
function nameOffsets(text: string, q: Question): { at: number; penalty: number }[] {
  const names = new Set([...q.things.flatMap((t) => t.split(" ")), ...q.orgWords, ...q.people.flatMap((p) => p.text.split(" "))].map(stemOf));
  return tokenStems(text).filter(({ stem }) => names.has(stem)).map(({ at }) => ({ at, penalty: STAND_IN_PENALTY }));
}
const STAND_IN_PENALTY = 12;
/** Where each word of a sentence starts, with its stem; kept per sentence text (up to a bound). */
const tokenStems = memoized((text: string): readonly { at: number; stem: string }[] => {
  const list: { at: number; stem: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const stem = tokenStem(m[0]);
    if (stem) list.push({ at: m.index!, stem });
  }
  return list;
}, 50_000);
/** Distance from a mention to the nearest anchor word: the answer usually stands next to what the question asks about. */
export function nearness(text: string, q: Question): (m: Mention) => number {
  const anchors = anchorOffsets(text, q);
  let names: { at: number; penalty: number }[] | undefined;
  // After the anchor counts less than before it: "fined the company $310 million".
  // An anchor inside the mention itself ("American" in "American Enterprise Institute") says nothing about it.
  // With none of the question's other words outside it, the names it gives anchor it: "What share of
  // the vote did the Social Alliance get?" with "the Social Alliance ... came second with 23.1 percent".
  return (m) => {
    const isOutside = ({ at }: { at: number }) => at < m.start || at >= m.end;
    let outside = anchors.filter(isOutside);
    if (outside.length === 0) outside = (names ??= nameOffsets(text, q)).filter(isOutside);
    return outside.length ? Math.min(...outside.map(({ at, penalty }) => penalty + (at < m.start ? m.start - at - setOff(text.slice(at, m.start)) : 2 * (at - m.end)))) : m.start;
  };
}

/** How much of a stretch is a clause set off by commas about what comes before it ("Lake Corran, which supplies ..., stood at"): no distance between a subject and its verb. */
function setOff(between: string): number {
  let n = 0;
  for (const m of between.matchAll(/,\s+(?:which|who|whose)\s[^,;.“”"]{0,150},/g)) n += m[0].length;
  return n;
}
export function describe(p: Person): string {
  return p.roles.length ? `${p.name} (${p.roles[0]})` : p.name;
}
export function echoes(answer: string, q: Question): boolean {
  const qs = new Set(q.words.map(stemOf));
  return words(answer).every((w) => qs.has(stemOf(w)));
}

/**
 * The country a story is about at home: the country of the place it is filed from ("NAMPULA,
 * Mozambique"), when the story names that country again. A story filed from Vienna about two other
 * countries' talks is not about Austria.
 */
export function datelineCountry(facts: ArticleFacts): string | undefined {
  let found = homeCache.get(facts);
  if (found === undefined) homeCache.set(facts, (found = findDatelineCountry(facts) ?? null));
  return found ?? undefined;
}
const homeCache = new WeakMap<ArticleFacts, string | null>();

/** Roles of people who travel for their country: in a story filed from abroad, they are often foreign. */
const ABROAD = /\b(foreign|ambassador|envoy|diplomat|consul|emissary|negotiator|delegat\w*)\b/i;

/** The home country of someone with no country for a side: the dateline's, unless their role travels. */
export function homeCountry(facts: ArticleFacts, roles: string[]): string | undefined {
  return roles.some((r) => ABROAD.test(r)) ? undefined : datelineCountry(facts);
}

function findDatelineCountry(facts: ArticleFacts): string | undefined {
  const countryIn = (text: string) => text.split(/[,(]/).map((x) => x.trim()).filter(Boolean).map((x) => countryOf(x) ?? countryOfCapital(x) ?? countryOfRegion(x)).find(Boolean)?.name;
  const home = countryIn(facts.dateline ?? "");
  if (!home) return undefined;
  const named = facts.mentions.filter((m) => (m.kind === "place" || m.kind === "nationality") && countryIn(m.text) === home).length;
  return named >= 2 ? home : undefined;
}

/** Whether the clause that holds a number or a date names a country, and none that the question names. */
/**
 * Whether the clause that holds a number names an organization, and none that the question names:
 * "How much did the European Commission contribute?" is not answered by "The study cost about 1.8
 * million euros and was funded mainly by the Atlantic Health Foundation".
 */
export function otherOrganizationsClause(c: Candidate, m: Mention, q: Question): boolean {
  const asked = [...q.things, ...q.orgWords];
  if (asked.length === 0) return false;
  const clause = splitClauses(c.sentence.text).find((x) => x.start <= m.start && m.end <= x.start + x.text.length + 1);
  if (!clause) return false;
  const orgs = mentionsIn(c.facts, c.sentence.sentence).filter((o) => o.kind === "organization" && o.start >= clause.start && o.end <= clause.start + clause.text.length);
  const named = (o: Mention) => asked.some((a) => words(o.text).join(" ").includes(a) || a.includes(words(o.text).join(" ")));
  const clauseText = wordsOf(clause.text).join(" ");
  const sentenceText = wordsOf(c.sentence.text).join(" ");
  // ("Its shares fell 3.4 percent, while Drayton's stock dropped 6.2 percent": the sentence means the asked one by "Its".)
  const referred = c.sentence.names.toLowerCase();
  return orgs.length > 0 && !orgs.some(named) && !asked.some((a) => clauseText.includes(a)) && asked.some((a) => sentenceText.includes(a) || referred.includes(a));
}

export function otherCountrysClause(text: string, m: Mention, q: Question): boolean {
  const clause = splitClauses(text).find((c) => c.start <= m.start && m.end <= c.start + c.text.length + 1);
  return clause !== undefined && namesOtherCountries(clause.text, q);
}

/** Whether a text names a country, and none that the question names. */
export function namesOtherCountries(text: string, q: Question): boolean {
  const named = words(text).flatMap((w, i, all) => [countryOfWords(w), countryOfWords(w, all[i + 1])]).map((c) => c?.name).filter((n): n is string => Boolean(n));
  return named.length > 0 && !named.some((n) => q.countries.includes(n));
}
