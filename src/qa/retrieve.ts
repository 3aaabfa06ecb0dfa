import { nameIndex, shortNames } from "../knowledge/nameIndex.ts";
import type { IndexedSentence, KnowledgeBase } from "../knowledge/base.ts";
import type { ArticleFacts, Mention } from "../knowledge/types.ts";
import type { Question } from "./question.ts";
import { countryToken, escapeRegExp, isStopWord, stemOf, words, wordsOf } from "./text.ts";
import { GROUP_TERMS, LENGTH_UNIT, LONG_THINGS, LOWER_BOUND, OPENED_PROCEEDING, STATE_LASTED, ROLE_WORDS, SPEED, SPEED_VERBS, UPPER_BOUND } from "../lexicon/words.ts";
import { countryOf, countryOfWords, isDemonym, isKnownPlace, isRegionDemonym } from "../lexicon/places.ts";
import { mentionsIn } from "../knowledge/mentionsBySentence.ts";
import { standInStems } from "./clauses.ts";
import { TALLY_IN_TEXT, votingSide } from "./voteSide.ts";
import { countedNoun } from "./counted.ts";
import { quotedPhrase } from "./extract/quotedPhrase.ts";
import { memoized } from "./memo.ts";
import { otherForms } from "./forms.ts";
import { looselyFor } from "../lexicon/synonyms.ts";
import { datelineCountry } from "./extract/shared.ts";

/** A sentence that may answer the question, with the reasons it ranks where it does. */
export interface Candidate {
  sentence: IndexedSentence;
  facts: ArticleFacts;
  /** BM25 score, divided by the best one. */
  bm25: number;
  /** Share of the question's terms, weighted by rarity, that the sentence holds (0-1). */
  coverage: number;
  /** Question terms the sentence does not hold, or holds only in part ("passage" for "pass"). */
  missing: string[];
  /** Question terms the sentence has nothing of. */
  absent: string[];
  score: number;
  /** Whether the sentence names (or refers to) every person and organization the question names. */
  namesAll: boolean;
}

const MAX_CANDIDATES = 40;
/** A news story says what matters most in its first sentence (the lead): it gets a little more weight. */
const LEAD = 0.3;

/**
 * The indexed sentences of each article by their number (`[article][sentence]`); and, worked out
 * once per sentence (a bounded table), whether it points back to things named just before it
 * ("those issues") and what it names, in lower case.
 */
interface SentenceTable {
  byArticle: IndexedSentence[][];
  pointsBack: (s: IndexedSentence) => boolean;
  naming: (s: IndexedSentence) => string;
}
const tables = new WeakMap<KnowledgeBase, SentenceTable>();
function sentenceTable(kb: KnowledgeBase): SentenceTable {
  let t = tables.get(kb);
  if (!t) {
    const byArticle: IndexedSentence[][] = kb.articles.map(() => []);
    for (const s of kb.sentences) byArticle[s.article][s.sentence] = s;
    const pointsBack = memoized((s: IndexedSentence) => BACK_REFERENCE.test(s.text), REMEMBERED);
    // Its text, the names it refers to, and for a sentence that points back ("... concerns over
    // those issues") the two sentences before it, whose issues it names too.
    const naming = memoized((s: IndexedSentence) => {
      const back = pointsBack(s) ? [1, 2].map((k) => kb.articles[s.article].sentences[s.sentence - k]?.text ?? "").join(" ") : "";
      return `${s.text} ${s.names} ${back}`.toLowerCase();
    }, REMEMBERED);
    tables.set(kb, (t = { byArticle, pointsBack, naming }));
  }
  return t;
}

/** How many sentences a table remembers a value of before it starts again (a bound on memory, not a limit on answers). */
const REMEMBERED = 50_000;

/** Rarity of a term in the knowledge base: rare words say more about what a question is about. */
export function idf(kb: KnowledgeBase, term: string): number {
  const df = kb.termFrequency.get(term) ?? 0;
  return Math.log(1 + kb.sentences.length / (df + 0.5));
}

/** The question's terms with countries folded to one token ("American" and "U.S." are both `@United States`). */
export function questionTerms(q: Question): string[] {
  const out = new Set<string>();
  const content = new Set(q.terms);
  const sentence = q.words.join(" ");
  q.words.forEach((w, i) => {
    const stem = stemOf(w);
    if (!content.has(stem)) return;
    const pronoun = w === "us" && /\b(to|for|tell|give|with|of|let) us\b/.test(sentence);
    const country = pronoun ? undefined : countryOfWords(w, q.words[i + 1]);
    // Only a country the question was read to name: "car" is no CAR.
    out.add(country && q.countries.includes(country.name) ? `@${country.name}` : stem);
  });
  return [...out];
}

/**
 * How well a sentence holds a question term: 1 for the stem itself or a listed synonym; 0.7 for a
 * WordNet synonym; 0.35 for a looser WordNet relative (none for "when", "where" and "how many");
 * 0.5 for a word grown from it ("direct" and "director"); 0 when it does not.
 */
function holds(s: IndexedSentence, term: QuestionTerm, q: Question): number {
  if (s.terms.has(term.stem)) return 1;
  // "How old is Mwale?" with "Mwale, 51, a former defender": an age next to a name says how old.
  if (term.stem === "old" && q.head === "old" && q.people.length > 0 && [...s.text.matchAll(AGE_BESIDE_NAME)].some((m) => q.people.some((p) => p.text.split(" ").includes((m[1] ?? "").toLowerCase())))) return 1;
  // "How old is the woman who founded the group?" names no one: "said Margaret Ellison, 67, a retired teacher who
  // founded the group" gives the age of someone, and someone is a woman or a man.
  if (q.head === "old" && q.people.length === 0 && q.words.some((w) => PERSON_WORDS.has(w)) && (term.stem === "old" || PERSON_WORDS.has(term.stem)) && AGE_BESIDE_ANY_NAME.test(s.text)) return 1;
  // "What is the union asking for?" (read as "want"): "calling for an anonymous reporting line" says it.
  if (term.stem === "want" && CALLS_FOR.test(s.text)) return 1;
  // "What is the deadline for telling the regulator?": "must notify the regulator within 72 hours" gives one.
  if (term.stem === DEADLINE && DEADLINE_SAID.test(s.text)) return 1;
  // "Who finished third?" (asked "came third"): "came second with 29.6 percent" says a place in the race too.
  if (term.stem === FINISH && PLACED.test(s.text)) return 1;
  // "When do the rules start?": "which take effect on Monday" says when they start.
  if (BEGIN.has(term.stem) && (TAKES_EFFECT.test(s.text) || OPENED_PROCEEDING.test(s.text))) return 1;
  // "When would the law come into force?": "would take effect on July 1", and the other way round.
  if (IN_FORCE.has(term.stem) && TAKES_EFFECT.test(q.text) && TAKES_EFFECT.test(s.text)) return 1;
  // "How much did journey times go up?": "were up 45 percent" says they rose; "raised fares by 15 percent" that they were made to.
  if (RISE.has(term.stem) && (UP_BY.test(s.text) || RAISED.test(s.text))) return 1;
  if (FALL.has(term.stem) && DOWN_BY.test(s.text)) return 1;
  // "How cold did it get?": a reading in degrees says how cold ("a low of minus 5.2 degrees Celsius").
  if (q.head === "temperature" && TEMPERATURE_WORDS.has(term.stem) && DEGREES.test(s.text)) return 1;
  // "What is the earliest launch date?": "no earlier than January 2028" gives it.
  if (term.stem === EARLIEST && /\bno earlier than\b|\bat the earliest\b|\bnot before\b/i.test(s.text)) return 1;
  // "What is the maximum sentence?": "faces up to 10 years in prison" gives it; so does "capped at 12,000 euros".
  // "What is the minimum severance?": "at least 26 weeks".
  // (As a synonym counts: a sentence with the word itself says it more surely.)
  if ((term.stem === MAXIMUM && AT_MOST.test(s.text)) || (term.stem === MINIMUM && AT_LEAST.test(s.text))) return SYNONYM;
  // "Who is NVF's parent company?": "NVF, a subsidiary of Boreal Crest Resources" names it.
  if (term.stem === PARENT && SUBSIDIARY_OF.test(s.text)) return 1;
  // Words listed for the term, or for the question word it came from ("earthquake" -> "quake").
  for (const x of term.standIns) if (s.terms.has(x)) return 1;
  // A WordNet relative is a loose match: enough to find a paraphrase, not to date or place an event.
  for (const x of term.related) if (s.terms.has(x)) return ["when", "where", "quantity"].includes(q.kind) ? 0 : 0.35;
  // A WordNet synonym of a word the articles use elsewhere ("rubble" for "debris"): the same sense, most of a match.
  for (const x of term.synonyms) if (s.terms.has(x)) return SYNONYM;
  // A longer or shorter form of the same word ("voter" for "vote"): half a match.
  if (term.forms.length <= s.terms.size) {
    for (const x of term.forms) if (s.terms.has(x)) return 0.5;
  } else for (const x of s.terms) if (term.formSet.has(x)) return 0.5;
  return 0;
}

const TEMPERATURE_WORDS = new Set(["cold", "hot", "warm", "chilly", "temperature", "temperatures"].map(stemOf));
const DEGREES = /\d\s*(?:degrees?\b|°|celsius\b|fahrenheit\b)/i;

/** How much a WordNet synonym of a question word counts for it. */
const SYNONYM = 0.7;

/** "the negotiations for Kenya": a country named as the side something is done for. */
const FOR_COUNTRY = /\bfor\s+(?:the\s+)?([A-Za-z][\w.]*(?:\s+[A-Za-z][\w.]*)?)\s*\??$/;

/** "calling for", "pressed for", "asked for": wanting something, said with "for". */
const DEADLINE = stemOf("deadline");
const FINISH = stemOf("finished");
const PARENT = stemOf("parent");
const EARLIEST = stemOf("earliest");
const MAXIMUM = stemOf("maximum");
const MINIMUM = stemOf("minimum");
/** A number said as a bound: "up to 10 years", "capped at 12,000 euros"; "at least 26 weeks". */
const NUMBER_AFTER = "\\s+(?:about\\s+|around\\s+|some\\s+)?(?:[$€£¥]|[A-Z]{1,3}\\$|\\d|one|two|three|four|five|six|seven|eight|nine|ten|a )";
const AT_MOST = new RegExp(`\\b(?:${UPPER_BOUND})${NUMBER_AFTER}`, "i");
const AT_LEAST = new RegExp(`\\b(?:${LOWER_BOUND})${NUMBER_AFTER}`, "i");
const SUBSIDIARY_OF = /\b(?:subsidiary|unit|division|arm) of\b|\bowned by\b/i;
const BEGIN = new Set(["start", "begin", "apply"].map(stemOf));
const IN_FORCE = new Set(["take", "come", "force", "effect", "go", "enter"].map(stemOf));
const RISE = new Set(["rise", "increase", "climb", "grow"].map(stemOf));
const FALL = new Set(["fall", "decrease", "drop", "decline", "shrink"].map(stemOf));
/** A change said with "up" or "down" and its size: "up 38 percent from the year before", "down by a fifth". */
const UP_BY = /\bup\s+(?:by\s+|from\s+)?(?:about|around|roughly|nearly|almost|some|more than|over)?\s*(?:\d|a (?:third|quarter|fifth|half)|half)|\d\s*(?:percent|per cent|%)\s+(?:longer|higher|more|greater|larger|bigger)\b/i;
const RAISED = /\b(?:raise|raises|raised|raising)\b/i;
const DOWN_BY = /\bdown\s+(?:by\s+|from\s+)?(?:about|around|roughly|nearly|almost|some|more than|over)?\s*(?:\d|a (?:third|quarter|fifth|half)|half)/i;
const TAKES_EFFECT = /\b(?:take|takes|took|taking|taken) effect\b|\b(?:come|comes|came|coming|go|goes|went|going|enter|enters|entered|entering) into (?:force|effect)\b|\bkicks? in\b/i;
const PLACED = /\b(?:came|come|comes|coming) (?:first|second|third|fourth|fifth|last)\b/i;
/** Words that set a deadline without the word: "within 72 hours", "has 30 days to", "no later than". */
const DEADLINE_SAID = /\bwithin\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety|a|an)\s+(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?)\b|\b(?:has|have|had)\s+(?:until\b|(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety)\s+(?:hours?|days?|weeks?|months?|years?)\s+to\b)|\bno later than\b/i;
const CALLS_FOR = /\b(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)) for\b/i;

/** Words for someone, whoever they are. */
const PERSON_WORDS = new Set(["woman", "man", "person", "lady", "gentleman"]);

/** "Mwale, 51, ...", "aged 51": an age given beside a name. */
const AGE_BESIDE_NAME = /\b([A-Z][\w’'-]+),\s+\d{1,3},/g;
/** The same, tested once (no global state). */
const AGE_BESIDE_ANY_NAME = new RegExp(AGE_BESIDE_NAME.source);

/** A question term with the other terms that count for it, worked out once per question. */
interface QuestionTerm {
  stem: string;
  standIns: readonly string[];
  related: readonly string[];
  synonyms: readonly string[];
  /** Longer or shorter forms of the same word that the articles use ("voter" for "vote"). */
  forms: readonly string[];
  formSet: ReadonlySet<string>;
}

function questionTerm(kb: KnowledgeBase, q: Question, stem: string): QuestionTerm {
  const forms = otherForms(kb, stem);
  return { stem, standIns: standInStems(stem, q), related: [...(q.related.get(stem) ?? []), ...looselyFor(stem).map(stemOf)], synonyms: q.synonyms.get(stem) ?? [], forms, formSet: new Set(forms) };
}

/** The country tokens ("@Poland") of the sides of the people a sentence names. */
function peopleSides(facts: ArticleFacts, sentence: number): ReadonlySet<string> {
  let bySentence = sidesCache.get(facts);
  if (!bySentence) sidesCache.set(facts, (bySentence = new Map()));
  let out = bySentence.get(sentence);
  if (!out) bySentence.set(sentence, (out = sidesOfPeopleIn(facts, sentence)));
  return out;
}
const sidesCache = new WeakMap<ArticleFacts, Map<number, ReadonlySet<string>>>();

function sidesOfPeopleIn(facts: ArticleFacts, sentence: number): Set<string> {
  const out = new Set<string>();
  for (const m of mentionsIn(facts, sentence)) {
    if (m.kind !== "person") continue;
    const side = facts.people.find((p) => p.id === m.entity)?.side;
    const name = side ? facts.sides.find((x) => x.id === side)?.name : undefined;
    const country = name ? countryOf(name) : undefined;
    if (country) out.add(`@${country.name}`);
  }
  return out;
}

/** Every word of every name of a place or an organization ("hong" and "kong"), once per knowledge base. */
function nameWordsOf(kb: KnowledgeBase): Set<string> {
  let set = nameWords.get(kb);
  if (!set) nameWords.set(kb, (set = new Set([...nameIndex(kb).things.keys()].flatMap((k) => k.split(" ")).map(stemOf))));
  return set;
}
const nameWords = new WeakMap<KnowledgeBase, Set<string>>();

/** A sentence that opens with a pronoun for someone named before: "He won the run-off ...". */
const PRONOUN_OPENING = /^(?:He|She|They)\s/;

/** Words that point back to things named just before: "those issues", "these concerns". */
/** A sentence whose subject is "It", doing or undergoing something: "It remained stuck for seven months". */
const IT_GOES_ON = /^It\s+(?:remained|stayed|had|has|took|sat|spent|lay|became|also|then|later|eventually|finally)\b/;

/** The sentence before, in the same paragraph, that an "It" sentence goes on from. */
function continued(facts: ArticleFacts, table: SentenceTable, s: IndexedSentence): IndexedSentence | undefined {
  const prev = facts.sentences[s.sentence - 1];
  return prev && prev.paragraph === facts.sentences[s.sentence].paragraph ? table.byArticle[s.article][s.sentence - 1] : undefined;
}

const BACK_REFERENCE = /\b(?:those|these|such|the same) (?:issues|concerns|matters|topics|areas|points|demands|grievances|problems|questions|complaints|charges|allegations|claims|disputes)\b/i;

/** How much a sentence that counts the asked noun gains in coverage. */
const COUNT_BONUS = 0.2;
/** How much a sentence that gives a length gains for "how tall", "how deep": the unit is most of what is asked. */
const LENGTH_BONUS = 0.5;
/** Words that set an event in a place or at a time: "will be held at", "took place in". */
const SETTING = /\b(?:(?:be|is|are|was|were|being|been) held|(?:take|takes|took|taken|taking) place|(?:be|is|are|was|were) hosted)\b/i;
/** How much a sentence with the words the question quotes gains in score. */
const QUOTED_BONUS = 3;

/** For "how many X": a number right before X, or one word before it ("42 hostages", "11 foreign nationals"). */
function countPattern(q: Question): RegExp | undefined {
  if (q.kind !== "quantity") return undefined;
  // "How tall is the flood wall?": a length in a unit ("the 2.4-metre wall") says it.
  if (/^(tall|high|deep|wide|thick|height|depth|width|thickness)$/.test(q.head ?? "")) return LENGTH;
  // "How long is the transmission line?": a length too.
  if (q.head === "long" && /^how long (?:is|was|are|were) /.test(q.words.join(" ")) && LONG_THINGS.test(q.words.join(" ")) && !STATE_LASTED.test(q.words.join(" "))) return LENGTH;
  // "At what angle is it leaning?": degrees ("tilted at about 70 degrees"), whatever the verb.
  if (q.head === "angle") return ANGLE;
  // "How fast was it drifting?": a speed ("1.9 metres per second").
  if (/\bhow fast\b/.test(q.words.join(" ")) && SPEED_VERBS.test(q.words.join(" "))) return SPEED;
  const { counted, run } = countedNoun(q);
  if (!counted || counted.length < 3) return undefined;
  // "How many councillors voted for it?": a tally counts them ("by 28 votes to 15").
  if (votingSide(q)) return TALLY_IN_TEXT;
  // "How many people does it employ?": employees, workers or residents are people counted.
  // "the seven-member jury" counts its people too.
  if (/^(people|persons)$/.test(counted)) return new RegExp(`${COUNT_START}[\\d,.]*\\s+(?:[a-z-]+\\s+)?(?:people|persons|employees|workers|staff|residents|inhabitants|members|jobs)\\b|${COUNT_START}[\\d,.]*-(?:member|person|strong)\\b`, "i");
  const stem = stemOf(counted).replace(/[^a-z]/g, "");
  // "how many V220 jets": "27 V220s" counts them too, by the model's name.
  const model = run.find((w) => /^[a-z]+[\d-]*\d$/.test(w));
  return stem.length >= 3 ? new RegExp(`${COUNT_START}[\\d,.]*\\s+(?:[a-z-]+\\s+)?(?:${stem}${model ? `|${escapeRegExp(model)}` : ""})`, "i") : undefined;
}
/** A length: a number and a unit of length ("2.4-metre", "30 feet"). */
const LENGTH = new RegExp(`\\d[\\d,.]*(?:\\s+|-)(?:${LENGTH_UNIT})\\b`, "i");
const ANGLE = /\d[\d.]*(?:\s+|-)degrees?\b/i;
/** Patterns of a measure in its own unit, which say the thing asked whatever words stand around them. */
const MEASURED = new Set([LENGTH, ANGLE, SPEED]);
/** A count's first word: digits or a number in words. */
const COUNT_START = "(?:\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?))";

/** Terms after "if", "before", "because"...: context for the question, so they count for less. */
function subordinate(q: Question): Set<string> {
  const at = q.words.findIndex((w, i) => i > 1 && /^(if|when|because|although|while|unless|since|after|before)$/.test(w));
  return new Set(at < 0 ? [] : q.words.slice(at + 1).map(stemOf));
}

/**
 * How much a question term counts: its rarity, less for verbs and adverbs (a paraphrase changes
 * them most: "measured", "see"), and less again for a word the articles never use at all.
 */
function termWeight(kb: KnowledgeBase, q: Question, term: string): number {
  const w = q.words.find((x) => stemOf(x) === term) ?? term;
  const pos = q.pos.get(w);
  const unknown = !term.startsWith("@") && !kb.termFrequency.has(term);
  const base = unknown ? Math.log(1 + kb.sentences.length / 2) : idf(kb, term);
  const verbish = pos === "VERB" || pos === "ADV" || pos === "AUX";
  // Words for groups ("delegation", "officials", "side") are often paraphrased: they count for less.
  const group = GROUP_TERMS.test(term);
  // "the new earliest launch date", "originally supposed to": words that place what is asked in time
  // or rank it, which an article need not repeat, count for less when it never uses them.
  const vague = unknown && VAGUE_WORDS.has(w);
  return base * (verbish ? (unknown ? 0.3 : 0.6) : 1) * (group ? 0.5 : 1) * (vague ? 0.35 : 1);
}
const VAGUE_WORDS = new Set(["new", "latest", "current", "currently", "recent", "recently", "initially", "extra", "additional", "actually", "officially", "overall", "supposed", "now", "still", "ever", "already"]);

/**
 * Ranks the sentences that may answer a question. BM25 (kb.search) finds them; the rank then
 * weighs how much of the question each one covers (rare words count more), whether it names the
 * people the question names, and whether it holds something of the kind asked for (a place for
 * "where"). Ties go to the earlier sentence, so answers are the same on every run.
 */
export function retrieve(kb: KnowledgeBase, q: Question): Candidate[] {
  const terms = questionTerms(q);
  // The search terms are stems already ("repres"); stemming them again would change some ("repr").
  const nameWords = q.words.filter((w) => !isStopWord(w) && q.people.some((p) => p.text.includes(w))).map(stemOf);
  const hits = kb.search.search([...new Set([...q.searchTerms.filter((t) => !t.includes(" ") && !isStopWord(t)), ...nameWords])], MAX_CANDIDATES);
  const best = hits[0]?.score ?? 1;
  const table = sentenceTable(kb);
  const pool = new Map<IndexedSentence, number>();
  for (const h of hits) pool.set(kb.sentences[h.doc], h.score / best);
  // Every sentence about a person the question names is a candidate, whatever its words.
  for (const p of q.people) {
    const person = kb.articles[p.article].people.find((x) => x.id === p.id);
    for (const i of person?.sentences ?? []) {
      const s = table.byArticle[p.article][i];
      if (s && !pool.has(s)) pool.set(s, 0);
    }
  }
  const sub = subordinate(q);
  // The word for the kind of answer counts for less ("what tax rate": the sentence says "25%"), but
  // not an offer or a bid: "Caldeth offered $15 million" is what "Caldeth's offer" asks for.
  const head = q.head && !/^(offer|bid|raise)$/.test(q.head) ? stemOf(q.head) : undefined;
  const weights = terms.map((t) => termWeight(kb, q, t) * (sub.has(t) ? 0.5 : 1) * (q.descriptors.includes(t) ? 0.4 : 1) * (t === head ? 0.5 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const out: Candidate[] = [];
  const namesAll = namesEveryone(kb, q);
  const termsOf = terms.map((t) => questionTerm(kb, q, t));
  const countsAsked = countPattern(q);
  const orgTerms = new Map(q.orgWords.map((w) => [stemOf(w), w]));
  const quoted = quotedPhrase(q);
  const namedTerms = new Set((q.text.match(/(?<=\S\s+)[A-Z][\w’'-]*/g) ?? []).map((w) => (countryOfWords(w.toLowerCase()) ? `@${countryOfWords(w.toLowerCase())!.name}` : stemOf(w.toLowerCase()))));
  const names = nameWordsOf(kb);
  const isName = (t: string) => t.startsWith("@") || names.has(t);
  // "hong" and "kong" are one name: Hong Kong.
  const nameOf = (t: string) => q.things.find((n) => n.split(" ").map(stemOf).includes(t)) ?? t;
  const countryTerms = terms.filter((t) => t.startsWith("@"));
  const placeKind = q.kind === "where" && q.head && /^(county|counties|districts?|boroughs?|provinces?|states?|regions?|prefectures?|municipality|suburbs?|neighbou?rhoods?)$/.test(q.head) ? stemOf(q.head) : undefined;
  const settingAsked = (q.kind === "where" || q.kind === "when") && SETTING.test(q.words.join(" "));
  // "... for Kenya": a country the question names as whose the thing is, read once.
  const forCountry = countryTerms.length ? countryOf(FOR_COUNTRY.exec(q.text)?.[1] ?? "")?.name : undefined;
  const period = /\b(last|this|past|previous) year\b/.exec(q.words.join(" "));
  const periodWords = period ? new Set([stemOf(period[1]), stemOf("year")]) : undefined;
  for (const [sentence, bm25] of pool) {
    const facts = kb.articles[sentence.article];
    let got = 0;
    const missing: string[] = [];
    const absent: string[] = [];
    // "dismissed U.S. concerns over those issues": the issues named a sentence or two before count, a little less.
    const before = table.pointsBack(sentence) ? [1, 2].map((k) => table.byArticle[sentence.article][sentence.sentence - k]).filter((x): x is IndexedSentence => x !== undefined) : [];
    // Only for a question about the things as a group ("... about Xinjiang, Hong Kong etc."): one
    // thing ("... about Taiwan") is asked about where it is named itself.
    // "Representing Prime Minister Kowal are ...": a country is named by the side of the people the sentence names.
    const sidesNamed = countryTerms.length ? peopleSides(facts, sentence.sentence) : undefined;
    // "... for Kenya" in a story filed from Nairobi that names Kenya again: its country goes without saying, a little less.
    // (Only a country the question names as whose the thing is, "for Kenya": "in France" asks where.)
    const home = forCountry !== undefined && forCountry === datelineCountry(facts) ? forCountry : undefined;
    const own = termsOf.map((t) => Math.max(holds(sentence, t, q), sidesNamed?.has(t.stem) || (home !== undefined && t.stem === `@${home}`) ? 0.8 : 0));
    const fromBefore = termsOf.map((t, i) => (before.length && own[i] < 1 ? Math.max(0, ...before.map((b) => holds(b, t, q))) : 0));
    const grouped = before.length > 0 && new Set(terms.filter((t, i) => fromBefore[i] === 1 && isName(t)).map(nameOf)).size >= 2;
    // "... the boring machine Ada stalled. It remained stuck for seven months": "It" is what the sentence before is about.
    const it = IT_GOES_ON.test(sentence.text) ? continued(facts, table, sentence) : undefined;
    // "last year" in a story with no date of its own: a year the sentence names may be it (the answer checks which).
    const yearNamed = periodWords !== undefined && facts.article.published === undefined && /\b(?:in|for|during) (?:19|20)\d\d\b/.test(sentence.text) && !/\bsince\b[^,.;]{0,40}\b(?:19|20)\d\d\b/.test(sentence.text);
    terms.forEach((t, i) => {
      let degree = own[i];
      if (yearNamed && degree < 0.8 && periodWords!.has(t)) degree = 0.8;
      if (grouped) degree = Math.max(degree, 0.8 * fromBefore[i]);
      if (it && degree < 0.7) degree = Math.max(degree, 0.7 * holds(it, termsOf[i], q));
      // "our 52,000 employees" in a story about Nordvaal: its own voice names it, a little less.
      // So does a quotation right after a sentence that names it ("SkyWessex said ... '"Demand on our routes ...," spokeswoman Lena Kowalczyk said').
      if (degree === 0 && orgTerms.has(t) && speaksForItself(sentence, facts) && (settingOf(facts).includes(orgTerms.get(t)!) || namedJustBefore(table, sentence, orgTerms.get(t)!))) degree = 0.8;
      got += degree * weights[i];
      if (degree < 1) missing.push(t);
      if (degree === 0) absent.push(t);
    });
    // "How many hostages": a sentence that counts them ("will free 42 hostages") says more than its other words.
    // Not when it misses a name the question gives ("died in Chacarpampa"): then it counts something else.
    const counts = countsAsked !== undefined && countsAsked.test(sentence.text) && !missing.some((t) => namedTerms.has(t));
    // "... the meeting is 'very much about'": a sentence with the quoted words as written.
    const quotes = quoted !== undefined && sentence.text.toLowerCase().includes(quoted);
    const coverage = Math.min(1, got / total + (counts ? (MEASURED.has(countsAsked) ? LENGTH_BONUS : COUNT_BONUS) : 0));
    const mentions = mentionsIn(facts, sentence.sentence);
    const namesPerson = q.people.some((p) => p.article === sentence.article && mentions.some((m) => m.entity === p.id));
    const wanted = q.wants !== undefined && mentions.some((m) => kindFits(m, q.wants!) && !mentionedInQuestion(m, q));
    // For "when", a day ("April 15", "Tuesday") says more than "in April".
    const dayLevel = wanted && q.kind === "when" && mentions.some((m) => m.date !== undefined && kindFits(m, q.wants!) && !mentionedInQuestion(m, q));
    // "Where will the recount be held?": a sentence that says where (or when) something "will be held" sets it.
    const sets = settingAsked && SETTING.test(sentence.text);
    // "Which county is Casa Grande in?": a sentence that says "County" names places of that kind.
    const ofKind = placeKind !== undefined && sentence.terms.has(placeKind);
    const score = coverage * 3 + bm25 + (quotes ? QUOTED_BONUS : 0) + (namesPerson ? 0.5 : 0) + (wanted ? 0.6 : 0) + (dayLevel ? 0.3 : 0) + (sets ? 1 : 0) + (ofKind ? 0.5 : 0) + (sentence.sentence === 0 ? LEAD : 0);
    out.push({ sentence, facts, bm25, coverage, missing, absent, score, namesAll: namesAll(sentence, facts) });
  }
  return out.sort((a, b) => b.score - a.score || a.sentence.article - b.sentence.article || a.sentence.sentence - b.sentence.sentence);
}

/** "How much revenue did Brightwater report?" is not answered by a sentence about Halvorsen's revenue. */
type NamesCheck = (s: IndexedSentence, facts: ArticleFacts) => boolean;

/** Everyone the question names, worked out once per question, then checked sentence by sentence. */
function namesEveryone(kb: KnowledgeBase, q: Question): NamesCheck {
  // A place the question names ("... in Chacarpampa?") that is not where the story is set: the
  // answer must be said of it. Where the story is set (its title or first sentence) goes without saying.
  const ix = nameIndex(kb);
  // Only local places: a country, a capital or a state stands for a side or a region the story spans.
  const placeWords = q.words.filter((w) => w.length >= 4 && !countryOfWords(w) && !isKnownPlace(w) && !isDemonym(w) && !isRegionDemonym(w) && (ix.things.get(w) ?? []).length > 0 && (ix.things.get(w) ?? []).every((r) => r.kind === "place"));
  // A year the question names ("Mozambique's 2023 outbreak") must be said, unless it is the story's own year.
  const years = q.words.filter((w) => /^(1[89]|20)\d\d$/.test(w));
  // ("Lanzetti had campaigned in 2021 on ... He won the run-off with 54.3 percent": a sentence opening with a pronoun goes on in the year before it.)
  const goesOnFrom = (s: IndexedSentence, facts: ArticleFacts) => (PRONOUN_OPENING.test(s.text) && facts.sentences[s.sentence - 1]?.paragraph === facts.sentences[s.sentence].paragraph ? facts.sentences[s.sentence - 1].text : "");
  const yearsSaid = (s: IndexedSentence, facts: ArticleFacts) => years.every((y) => s.text.includes(y) || facts.article.published?.startsWith(y) || goesOnFrom(s, facts).includes(y));
  if (q.people.length === 0 && q.things.length === 0 && q.orgWords.length === 0 && placeWords.length === 0) return years.length ? yearsSaid : () => true;
  const table = sentenceTable(kb);
  // ("In Vessling, the Norvanian capital, ..." names Norvania by its people's word.)
  const placePatterns = placeWords.map((w) => new RegExp(`\\b(?:${escapeRegExp(w)}|${escapeRegExp(w.replace(/[aeiouy]$/, ""))}(?:an|ian|ean|ese|i|n)s?)\\b`));
  const people = q.people.map((p) => {
    const person = kb.articles[p.article].people.find((x) => x.id === p.id);
    // Named, or referred to by the role word of their title ("A Pierce County judge on Tuesday upheld ...").
    const roleWords = [...new Set((person?.roles ?? []).flatMap((r) => words(r)))].filter((w) => ROLE_WORDS.has(w) && !/^(official|officials|member|members)$/.test(w));
    const byRole = roleWords.length ? new RegExp(`\\b(${roleWords.map(escapeRegExp).join("|")})\\b`, "i") : undefined;
    return { text: p.text, article: p.article, person, byRole };
  });
  // "Lund" may be Jonas or Mette Lund: a sentence that names either names the one the question means.
  const referred = [...new Set(people.map((p) => p.text))].map((text) => people.filter((p) => p.text === text));
  const names = (s: IndexedSentence) => ({ article, person, byRole }: (typeof people)[number]) => article === s.article && (!person || person.sentences.includes(s.sentence) || s.names.includes(person.name) || byRole?.test(s.text) === true);
  return (s, facts) => {
    if (!yearsSaid(s, facts)) return false;
    for (const group of referred) if (!group.some(names(s))) return false;
    if (q.things.length === 0 && q.orgWords.length === 0 && placeWords.length === 0) return true;
    const text = table.naming(s);
    // ("west of the town centre" in a story filed from Immingham is Immingham's.)
    for (const [i, re] of placePatterns.entries()) if (!re.test(text) && !re.test(settingOf(facts)) && !(HOME_REFERENCE.test(s.text) && datelinePlace(facts, placeWords[i]))) return false;
    // "The case was brought by ...": in a story about the case against Iron Mobile (its headline or
    // first sentence), "the case" is that one.
    // "Cape Town's daily water needs" in a story filed from Cape Town: "the city's daily needs".
    // "... the End-of-Life Review Board. The government has budgeted ... to run the board": its head noun, right after it is named.
    // "Coastline rejected the account. Chief executive Martin Feeney said ...": a bare title (or a quotation's "They") speaks of the body named just before.
    for (const name of q.things) if (!formsOf(facts, name).some((f) => text.includes(f) || speaksOfBodyBefore(table, s, f)) && !(aboutStoryEvent(s, facts) && formsOf(facts, name).some((f) => settingOf(facts).includes(f))) && !(HOME_REFERENCE.test(s.text) && datelinePlace(facts, name)) && !byHeadNoun(table, s, name)) return false;
    // "our 52,000 employees", "the group": in a story about Nordvaal (its headline or first sentence), its own people speak of it.
    for (const name of q.orgWords) if (!text.includes(name) && !((speaksForItself(s, facts) || aboutStoryEvent(s, facts)) && (settingOf(facts).includes(name) || namedJustBefore(table, s, name))) && !speaksOfBodyBefore(table, s, name)) return false;
    return true;
  };
}

/** "the city's", "the country's": a sentence speaking of the place a story is filed from without naming it. */
const HOME_REFERENCE = /\bthe (?:city|town|country|nation|region|province|state|capital|island)(?:['’]s)?\b/i;

/** Whether a name the question gives is the place the story is filed from (its dateline). */
function datelinePlace(facts: ArticleFacts, name: string): boolean {
  return facts.things.some((t) => t.kind === "place" && words(t.name.split(",")[0]).join(" ") === name) && (facts.dateline ?? "").toLowerCase().includes(name);
}

/** Where a story is set, in lower case: its title and first sentence. */
/**
 * A sentence in the voice of an organization, or about it unnamed: "our 52,000 employees", "the group
 * said". Not one that names another ("..., said Harcourt, whose Civic Alliance holds 82 seats").
 */
function speaksForItself(s: IndexedSentence, facts: ArticleFacts): boolean {
  return /\b(?:we|our|us|the (?:company|group|firm))\b/i.test(s.text) && !mentionsIn(facts, s.sentence).some((m) => m.kind === "organization");
}

/** "the board" for "the End-of-Life Review Board" named in the sentence before. */
function byHeadNoun(table: ReturnType<typeof sentenceTable>, s: IndexedSentence, name: string): boolean {
  const head = name.split(" ").at(-1) ?? "";
  const before = table.byArticle[s.article][s.sentence - 1];
  return head.length > 3 && new RegExp(`\\bthe ${escapeRegExp(head)}\\b`, "i").test(s.text) && before !== undefined && words(before.text).join(" ").includes(name);
}

/** A quotation that opens with a pronoun for what was named before: '"They were caught short," ...'. */
const QUOTED_PRONOUN = /^[“"](?:They|It|Its|Their)\s/;

/**
 * Whether a sentence that names no body speaks for or of the one the sentence before names (or means):
 * a bare title opening it ("Chief executive Martin Feeney said ..."), or a quotation opening with a
 * pronoun ('"They were caught short," Kalin said').
 */
function speaksOfBodyBefore(table: ReturnType<typeof sentenceTable>, s: IndexedSentence, name: string): boolean {
  const title = /^([A-Z][a-z]+(?:[ -][a-z]+){0,2})\s+\p{Lu}[\w’'-]+\s+\p{Lu}/u.exec(s.text)?.[1];
  const titled = title !== undefined && ROLE_WORDS.has(title.split(/[ -]/).at(-1)!.toLowerCase());
  return (titled || QUOTED_PRONOUN.test(s.text)) && namedJustBefore(table, s, name);
}

/** Whether the sentence before names the organization (its words in lower case), or means it ("The company said ..."). */
function namedJustBefore(table: ReturnType<typeof sentenceTable>, s: IndexedSentence, name: string): boolean {
  const before = table.byArticle[s.article][s.sentence - 1];
  return before !== undefined && `${before.text} ${before.names}`.toLowerCase().includes(name);
}

/** A sentence about the story's own event, unnamed: "The case was brought by ...", "The deal is expected to close ...". */
function aboutStoryEvent(s: IndexedSentence, facts: ArticleFacts): boolean {
  return STORY_EVENT.test(s.text) && !mentionsIn(facts, s.sentence).some((m) => m.kind === "organization");
}
const STORY_EVENT = /^(?:The|This) (?:deal|merger|takeover|acquisition|purchase|sale|bid|offer|case|lawsuit|suit|ruling|verdict|judgment|judgement|strike|walkout|vote|election|budget|plan|proposal|agreement|contract|settlement|investigation|inquiry|probe|report)\b/;

function settingOf(facts: ArticleFacts): string {
  let setting = settings.get(facts);
  if (setting === undefined) settings.set(facts, (setting = `${facts.article.title} ${facts.sentences[0]?.text ?? ""}`.toLowerCase()));
  return setting;
}
const settings = new WeakMap<ArticleFacts, string>();

const thingForms = new WeakMap<ArticleFacts, Map<string, string[]>>();

/** The ways an article writes a thing the question names (lower case): its name and aliases, or the name as asked. */
function formsOf(facts: ArticleFacts, name: string): string[] {
  let byName = thingForms.get(facts);
  if (!byName) {
    byName = new Map();
    for (const t of facts.things) {
      const forms = [t.name, ...t.aliases, ...shortNames(t)].map((f) => f.toLowerCase());
      for (const n of [t.name, ...t.aliases, ...shortNames(t)]) if (!byName.has(words(n).join(" "))) byName.set(words(n).join(" "), forms);
    }
    thingForms.set(facts, byName);
  }
  return byName.get(name) ?? [name];
}


const stemsOfQuestion = new WeakMap<Question, Set<string>>();

/** The stems of every word of the question (stop words too), worked out once per question. */
export function questionStems(q: Question): Set<string> {
  let stems = stemsOfQuestion.get(q);
  if (!stems) stemsOfQuestion.set(q, (stems = new Set(q.words.map(stemOf))));
  return stems;
}

export function kindFits(m: Mention, wants: string): boolean {
  if (wants === "date") return m.kind === "date" || m.kind === "time";
  // "Who makes the spray?" may be answered by a company.
  if (wants === "person") return m.kind === "person" || m.kind === "organization";
  if (wants === "number") return m.kind === "number" || m.kind === "money" || m.kind === "percent";
  return m.kind === wants;
}

/** A mention whose words the question already has ("Where did Blinken go before Anchorage?" - not Anchorage). */
export function mentionedInQuestion(m: Mention, q: Question): boolean {
  // Ranking and every extractor ask it of the same mentions: worked out once per question and mention.
  let seen = mentionedMemo.get(q);
  if (!seen) mentionedMemo.set(q, (seen = new Map()));
  let found = seen.get(m);
  if (found === undefined) seen.set(m, (found = findMentionedInQuestion(m, q)));
  return found;
}
const mentionedMemo = new WeakMap<Question, Map<Mention, boolean>>();

function findMentionedInQuestion(m: Mention, q: Question): boolean {
  const ws = wordsOf(m.text).filter((w) => !isStopWord(w));
  if (ws.length === 0) return false;
  // "a few weeks" is not named by "this week's talks": a length of time is named by its number.
  if (m.kind === "duration" && /\b(?:few|several|couple|many)\b/i.test(m.text) && ws.every((w) => /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)$/.test(w))) return false;
  const stems = questionStems(q);
  // "the 4.5% offer" names "4.5 percent".
  const percentTyped = q.text.includes("%");
  if (ws.every((w) => q.words.includes(w) || stems.has(stemOf(w)) || (percentTyped && /^(?:percent|per|cent|pct)$/.test(w)))) return true;
  if (q.countries.length === 0) return false;
  const country = countryToken(m.text);
  return country !== undefined && q.countries.includes(country.slice(1));
}
