import type { Question } from "./question.ts";
import type { Candidate } from "./retrieve.ts";
import { compoundStems, escapeRegExp, isAskingWord, isStopWord, stemOf, stemSet } from "./text.ts";
import { expand, looselyFor } from "../lexicon/synonyms.ts";
import { OPENED_PROCEEDING } from "../lexicon/words.ts";

/**
 * The question's own verb in a candidate sentence: whether the sentence says it (or a word for it),
 * which verbs only carry another ("is", "expected"), and the events a date is asked of by name.
 */

/** Whether the question has a verb of its own (not "is", "say", "do") that the sentence does not hold, even as a synonym. */
/** "the assisted dying bill": participles after a determiner describe the noun they stand before; they are no verb of the question. */
function describesNoun(ws: readonly string[], i: number): boolean {
  let k = i;
  while (k > 0 && /(?:ed|ing)$/.test(ws[k - 1])) k--;
  return /(?:ed|ing)$/.test(ws[i]) && /^(?:the|a|an|its|their|his|her|this|that|these|those)$/.test(ws[k - 1] ?? "") && i + 1 < ws.length && !/^(?:by|to|in|on|at|for|with|from|of)$/.test(ws[i + 1]);
}

export function missesVerb(c: Candidate, q: Question): boolean {
  // ("Pruitt's team plan to file": a word after a possessive is its noun, though the tagger may read a verb.)
  const verbs = q.words.filter((w, i) => q.pos.get(w) === "VERB" && !isStopWord(w) && !isAskingWord(w) && !LIGHT_VERBS.has(w) && !holdsEvent(q.words, i) && !carriesVerb(q.words, i) && !possessed(q.text, w) && !describesNoun(q.words, i));
  // "differ from Trump's" is said by a comparison: "a more nuanced approach ... than ... Trump".
  const compares = /\b(?:than|unlike|compared (?:with|to)|in contrast to)\b/i.test(c.sentence.text);
  // "Who directed Winter Ledger?" with "the latest film by Gabor Szilagyi": a work "by" someone says who made it.
  const workBy = /\b(?:film|movie|book|novel|song|album|play|painting|opera|documentary|drama|comedy|thriller|series|work|poem|memoir|biography)s?\s+by\s+(?:[a-z-]+\s+){0,2}[A-Z]/.test(c.sentence.text);
  // "Who promised that the state would rebuild ...?" is said by a quotation: '"The state will rebuild ...," Benavides said'.
  const said = SAID.test(c.sentence.text);
  return verbs.some((w) => {
    if (said && SPEECH_ACTS.test(w)) return false;
    if (compares && /^(differ|differs|differed|differing|contrast|contrasts|contrasted|compare|compares|compared|distinguish|trying|try|tries)$/.test(w)) return false;
    if (workBy && /^(direct|directed|directs|write|wrote|written|writes|make|made|makes|compose|composed|composes|paint|painted|paints|author|authored|create|created|creates)$/.test(w)) return false;
    // "When did the agency start its investigation?": "opened a preliminary investigation in October" started it.
    if (/^(start|starts|started|begin|begins|began|launch|launched|launches)$/.test(w) && OPENED_PROCEEDING.test(c.sentence.text)) return false;
    const stem = stemOf(w);
    // (A one-off event is said by its own words: "founded" is no "opened" or "paid", whatever WordNet relates.)
    const loose = ONE_OFF_EVENTS.has(stem) ? [] : [...(q.related.get(stem) ?? []), ...looselyFor(stem).map(stemOf)];
    const forms = [stem, ...expand(w).map(stemOf), ...loose, ...nounsOfVerb(w).map(stemOf)];
    // In the sentence's own words: "kidnapped" is not said by "the kidnappers", a name it stands for.
    // (Its words are looked at only for a form its terms hold: most forms are in neither.)
    // ("brought in as a mediator" says "hired" by its verb and particle.)
    if (forms.some((f) => c.sentence.terms.has(f) && (stemSet(c.sentence.text).has(f) || compoundStems(c.sentence.text).has(f)))) return false;
    // A WordNet synonym ("shut" for "close"), said as a verb: "advisers" does not say "advise" for "suggest".
    const synonyms = q.synonyms.get(stem) ?? [];
    return !(synonyms.length > 0 && [...c.sentence.text.matchAll(/[A-Za-z]+/g)].some((m) => !/(?:er|or)s?$/i.test(m[0]) && synonyms.includes(stemOf(m[0].toLowerCase()))));
  });
}

/**
 * "allowed to strike", "keep striking": a verb that only carries the next one ("a legal mandate to
 * strike until the end of June" says how long they may keep striking).
 */
/** Whether a word stands right after a possessive in the question as typed ("Pruitt's team"): a noun then, not a verb. */
function possessed(text: string, w: string): boolean {
  return new RegExp(`\\b(?!(?:who|what|where|when|why|how|it|he|she|that|there|here)['’])\\w+['’]s?\\s+${escapeRegExp(w)}\\b`, "i").test(text);
}

function carriesVerb(ws: readonly string[], i: number): boolean {
  const next = ws[i + 1] ?? "";
  return (/^(?:allowed|permitted|able|expected|scheduled|plan|plans|planning|planned|intend|intends|intended|intending|going|due)$/.test(ws[i]) && next === "to") || (/^(?:keep|keeps|kept|keeping|continue|continues|continued|continuing)$/.test(ws[i]) && /[a-z]{3,}ing$/.test(next));
}

/**
 * The nouns English makes of a verb by its regular endings: "decide" -> "decision", "approve" ->
 * "approval", "resign" -> "resignation", "elect" -> "election". "A decision ... would be made by
 * the end of June" says when Kenya will decide.
 */
export function nounsOfVerb(verb: string): string[] {
  let nouns = nounsByVerb.get(verb);
  if (!nouns) {
    if (nounsByVerb.size > 20_000) nounsByVerb.clear();
    nounsByVerb.set(verb, (nouns = findNounsOfVerb(verb)));
  }
  return nouns;
}
const nounsByVerb = new Map<string, string[]>();

function findNounsOfVerb(verb: string): string[] {
  const base = verb.replace(/(?:s|ed|ing)$/, "");
  const out: string[] = [];
  for (const [ending, nouns] of NOMINAL_ENDINGS) {
    for (const b of [base, `${base}e`]) if (b.length >= 4 && b.endsWith(ending)) out.push(...nouns.map((n) => b.slice(0, -ending.length) + n));
  }
  return out;
}
const NOMINAL_ENDINGS: [string, string[]][] = [
  ["ide", ["ision"]],
  ["ude", ["usion"]],
  ["ove", ["oval"]],
  ["ign", ["ignation"]],
  ["ate", ["ation"]],
  ["ize", ["ization"]],
  ["ise", ["isation"]],
  ["ect", ["ection"]],
  ["uct", ["uction"]],
  ["ire", ["irement"]],
];

/** Verbs that say how something was said: a sentence that reports it said holds them well enough. */
const SPEECH_ACTS = /^(?:promise[sd]?|promising|pledge[sd]?|pledging|vow(?:s|ed|ing)?|warn(?:s|ed|ing)?|insist(?:s|ed|ing)?|claim(?:s|ed|ing)?|predict(?:s|ed|ing)?|acknowledge[sd]?|admit(?:s|ted|ting)?|concede[sd]?|complain(?:s|ed|ing)?|assure[sd]?|stress(?:es|ed)?|describe[sd]?|accuse[sd]?|accusing|allege[sd]?|alleging|critici[sz]e[sd]?|critici[sz]ing)$/;
const SAID = /\b(?:said|says|say|told|tells|added|according to)\b|[“"]/;


/** "hold its hearing", "held the vote": the event says what happens, not "hold". */
function holdsEvent(ws: string[], i: number): boolean {
  return /^(hold|holds|held|holding)$/.test(ws[i]) && ws.slice(i + 1, i + 4).some((w) => EVENT_NOUNS.test(w));
}
const EVENT_NOUNS = /^(hearings?|meetings?|briefings?|talks|votes?|elections?|referendums?|referenda|sessions?|conferences?|rallies|rally|ceremony|ceremonies|summits?|debates?|inquiry|inquiries|trials?|funerals?|protests?|races?|polls?)$/;

/** Events a person or an organization has once, whose date is asked by name: "When was X founded?". */
export const ONE_OFF_EVENTS = new Set(["become", "became", "named", "founded", "born", "died", "elected", "appointed", "married", "established", "created", "launched", "built", "signed", "arrested", "released", "retired", "resigned", "hired", "fired", "graduated", "joined", "sworn", "inaugurated", "incorporated", "acquired", "merged", "listed", "opened", "reopened", "closed", "shut", "introduced", "filed", "enacted", "ratified", "unveiled", "kidnapped", "abducted", "seized", "captured", "defended", "submitted", "awarded"].map(stemOf));

/** Events a "where" question asks the place of, which only a sentence with the verb (or a word for it) says: "where were they kidnapped?". */
export const PLACED_EVENTS = new Set(["kidnapped", "abducted", "seized", "captured", "arrested", "born", "killed", "shot", "attacked"].map(stemOf));

/** Verbs that say little of their own: "is", "has", "made"; and those that only carry another. */
export const LIGHT_VERBS = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "done", "doing", "make", "makes", "made", "take", "takes", "took", "get", "gets", "got",
  // "supposed to close", "expected to launch": they only say when the real verb is due.
  "supposed", "expected", "scheduled", "slated", "planned", "meant", "going", "due",
  // "posed a threat", "poses a risk": the noun says it ("there was a threat").
  "pose", "poses", "posed", "posing"]);

/** Whether a text uses a verb as one: "to close", "will close", "closed", "closes"; not "closing share price". */
export function usedAsVerb(text: string, verb: string): boolean {
  const v = escapeRegExp(verb.replace(/e$/, ""));
  return new RegExp(`\\b(?:to|will|would|could|may|might|should|must|can|did|does|do)\\s+(?:not\\s+)?(?:be\\s+)?${escapeRegExp(verb)}\\b|\\b${v}(?:es|ed|d|s)\\b`, "i").test(text);
}

/** Whether every form of a verb in a text is an "-ing" word after "the", "its" or a possessive: "X's closing share price", "the opening ceremony". */
export function onlyAsNoun(text: string, verb: string): boolean {
  const stem = stemOf(verb);
  const forms = [...text.matchAll(/[A-Za-z]+/g)].filter((m) => stemOf(m[0].toLowerCase()) === stem);
  return forms.length > 0 && forms.every((m) => /ing$/i.test(m[0]) && /(?:\b(?:the|a|an|its|their|his|her|our)|['’]s?)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!)));
}
