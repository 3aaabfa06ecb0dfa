import stem from "wink-porter2-stemmer";
import { countryOf, countryOfCapital, countryOfRegion, countryOfRegionWords, countryOfWords } from "../lexicon/places.ts";
import { irregularBase, irregularSingular } from "../lexicon/irregular.ts";
import { oneSpelling } from "../lexicon/spelling.ts";
import { memoized } from "./memo.ts";

/**
 * Word-level helpers shared by the index and the question reader: one tokenizer and one stemmer,
 * so that a question and the sentences that answer it are cut into the same terms.
 */

const STOP = new Set(
  `a an the and or but if of at by for with about against between into through during before after above below to from up down in out on off over under
again further then once here there all any both each few more most other some such no nor only own same so than too very s t can will just don
should now i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them
their theirs themselves what which who whom whose this that these those am is are was were be been being have has had having do does did doing would
could ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's
who's what's here's there's when's where's why's how's as until while because where when why how also may might must shall tell me please know
anything something etc vs versus toward towards anybody anyone somebody someone yet stuff`.split(/\s+/),
);

/** Words a question uses to ask, not to name what it asks about. */
const ASKING = new Set(
  `say says said saying tell told think thinks thought mean means meant happen happened happens going go goes went get gets got give gives gave
describe explain kind sort type name named called article articles story report reports according exactly actually really
much many long often stance opinion mention mentions mentioned cite cites cited roughly approximately`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

export function isAskingWord(word: string): boolean {
  return ASKING.has(word);
}

/** Text with its accents folded: "Yaraví" is "Yaravi", "Agnès" is "Agnes", as chat often types them. */
export function foldAccents(text: string): string {
  return /[\u00c0-\u024f]/.test(text) ? text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC") : text;
}

/** Lower-cased words, with apostrophes straightened, possessive 's dropped and accents folded ("Inês" is "ines", as chat types it). */
export function words(text: string): string[] {
  return (
    foldAccents(text.toLowerCase())
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? []
  ).map((w) => w.replace(/'s$/, "").replace(/\.$/, ""));
}

const stemCache = new Map<string, string>();

/** Porter2 stem of a lower-case word, irregular verb forms and plurals first taken to their base ("made" -> "make", "bacteria" -> "bacterium"); "U.S." and "US" stem alike; words with digits are kept but for a model's plural. */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // "licence" and "license", "labour" and "labor": one word, one stem.
    const plain = oneSpelling(word.replace(/\./g, ""));
    // "V220s" are V220 jets (a model's plural); "1990s" stays a decade.
    s = /\d/.test(plain) ? plain.replace(/^([a-z]+[\d-]*\d)s$/, "$1") : stem(irregularBase(plain) ?? irregularSingular(plain) ?? plain);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** The content terms of a text: words without stop words, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w))
    .map(stemOf);
}

/** `@United States` for "U.S.", "American", "Washington", "Ohio"...: one token for every way to name a country. */
export function countryToken(word: string, next?: string): string | undefined {
  const c = (next ? countryOf(`${word} ${next}`) ?? countryOfRegion(`${word} ${next}`) : undefined) ?? countryOf(word) ?? countryOfCapital(word) ?? countryOfRegion(word);
  return c ? `@${c.name}` : undefined;
}

/** "us" is a pronoun unless written "US"/"U.S." or used like a country ("the us side", "us-china", "us-mexico", "us officials"). */
function pronounUs(original: string, index: number, ws: readonly string[]): boolean {
  if (ws[index] !== "us") return false;
  if (/\bU\.?S\b/.test(original)) return false;
  const prev = ws[index - 1] ?? "";
  const next = ws[index + 1] ?? "";
  return !(["the", "and", "a"].includes(prev) || /^(and|officials?|side|delegation|government|administration|president|secretary|team|position|list|allies)$/.test(next) || (next !== "" && countryOfWords(next) !== undefined));
}

const PARTICLES = new Set(["out", "off", "down", "over", "up", "back", "through", "in"]);
/** Nouns made of a verb and its particle, by the verb's stem and the particle. */
const COMPOUND_NOUNS = new Map(
  ["walkout", "lockout", "breakdown", "shutdown", "selloff", "takeover", "bailout", "crackdown", "turnout", "layoff", "pullout", "rollout", "setback", "standoff", "breakthrough", "cutback", "spinoff", "handover", "runoff", "startup", "shakeup", "markdown", "pushback", "fallout", "holdout", "knockout", "checkout", "kickoff", "dropout", "payout", "buyout", "blackout", "lockdown", "slowdown", "meltdown", "showdown", "touchdown", "flyover", "sellout", "turnover", "comeback", "breakup"]
    .map((noun) => {
      const particle = [...PARTICLES].find((p) => noun.endsWith(p))!;
      const verb = noun.slice(0, -particle.length);
      return [`${stemOf(verb === "laid" ? "lay" : verb)} ${particle}`, noun] as const;
    }),
);

/** "walked out" is a walkout, "laid off" a layoff: the stem of the noun a verb at `i` and its particle make, if any. */
export function compoundAt(ws: readonly string[], i: number): string | undefined {
  const particle = ws[i + 1];
  if (particle === undefined || !PARTICLES.has(particle)) return undefined;
  // "The march set off from Parnell Square": it started there (an alarm that is set off is triggered).
  if (particle === "off" && ws[i + 2] === "from" && /^set/.test(ws[i])) return "start";
  const noun = COMPOUND_NOUNS.get(`${stemOf(ws[i])} ${particle}`) ?? PHRASAL_VERBS.get(`${stemOf(irregularBase(ws[i]) ?? ws[i])} ${particle}`);
  return noun === undefined ? undefined : stemOf(noun);
}

/** Verbs with a particle that mean another verb: "the fire broke out" is when it started; "turned down" is rejected; "brought in as a mediator" is hired. */
const PHRASAL_VERBS = new Map([["break out", "start"], ["turn down", "reject"], ["call off", "cancel"], ["step down", "resign"], ["put off", "postpone"], ["push back", "postpone"], ["bring in", "hire"]].map(([phrase, verb]) => [phrase.split(" ").map((w, i) => (i === 0 ? stemOf(w) : w)).join(" "), verb]));

/** The set of stems of a text (stop words dropped), plus a country token for each country it names. */
export function termSet(text: string, ws: readonly string[] = words(text)): Set<string> {
  const out = new Set<string>();
  ws.forEach((w, i) => {
    if (!STOP.has(w)) out.add(stemOf(w));
    const noun = compoundAt(ws, i);
    if (noun) out.add(noun);
    if (pronounUs(text, i, ws)) return;
    // "Dayton, Ohio" is in the United States: a question about an American site finds it.
    const c = countryOfWords(w, ws[i + 1]) ?? countryOfRegionWords(w, ws[i + 1]);
    if (c) out.add(`@${c.name}`);
  });
  return out;
}

/** The stem of the first word of a whitespace-separated token ("Blinken’s," -> "blinken"), kept (up to a bound). */
export const tokenStem = memoized((token: string): string => stemOf(words(token)[0] ?? ""), 100_000);

/**
 * `words(text)`, kept for texts of the articles that every question looks at again (mentions,
 * roles, sentences), up to a bound. The list is shared: do not change it.
 */
export const wordsOf = memoized((text: string): readonly string[] => words(text), 100_000);

/**
 * The stems of every word of a text, stop words included. Article sentences, roles and names are
 * looked at again for every question, so the sets are kept (up to a bound, then started afresh).
 */
export const stemSet = memoized((text: string): ReadonlySet<string> => new Set(wordsOf(text).map(stemOf)), 100_000);

/** The stems a text's verbs and particles make together ("brought in" -> "hire", "walked out" -> "walkout"). */
export const compoundStems = memoized((text: string): ReadonlySet<string> => {
  const ws = words(text);
  return new Set(ws.flatMap((_, i) => compoundAt(ws, i) ?? []));
}, 100_000);

/** A string to match as written inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Points and commas inside numbers ("$4.50", "1,400"), hidden from patterns that stop at punctuation. */
export function maskNumbers(text: string): string {
  return text.replace(/(?<=\d)[.,](?=\d)/g, (m) => (m === "." ? "\u2024" : "\u201a"));
}

/** Undoes `maskNumbers`. */
export function unmaskNumbers(text: string): string {
  return text.replace(/\u2024/g, ".").replace(/\u201a/g, ",");
}
