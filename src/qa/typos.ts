import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Question } from "./question.ts";
import { isEnglishWord, isLemma, lemmasStartingWith } from "../lexicon/wordnet.ts";
import { expand, listedWords } from "../lexicon/synonyms.ts";
import { memoized } from "./memo.ts";
import { isStopWord, stemOf } from "./text.ts";
import { longerWords } from "./forms.ts";

/**
 * Typo correction: a question word the articles never use, replaced by an article word one or two
 * slips away ("blinkin" -> "blinken", "wher" -> "where"). Candidates come from a per-knowledge-base
 * index by first letter, with their stems and sound keys worked out once; distances are bounded, so
 * a candidate is dropped as soon as it cannot be close enough.
 */

const QUESTION_WORDS = new Set(["who", "whom", "whose", "what", "which", "where", "when", "why", "how", "is", "are", "was", "were", "will", "would", "does", "did", "do", "has", "have", "can", "could", "should"]);
const QUESTION_WORD_SLIPS = ["where", "what", "when", "which", "whom", "whose", "who", "why", "how", "many", "much", "does", "did", "will", "would", "tall", "long", "large", "old", "far"];

/** Small words typed with a slip anywhere in a question: "abuot", "wiht", "thier". */
const FUNCTION_WORD_SLIPS = ["about", "with", "from", "their", "there", "they", "which", "after", "before", "because", "against", "between", "during", "would", "could", "should", "people", "happen", "happened", "according"];

/** A slipped small word put right ("abuot" -> "about"), or the word itself. */
export function fixFunctionWord(w: string): string {
  if (w.length < 4 || isStopWord(w) || isEnglishWord(w)) return w;
  return FUNCTION_WORD_SLIPS.find((f) => f[0] === w[0] && Math.abs(f.length - w.length) <= 1 && editDistance(f, w, 1) <= 1) ?? w;
}

/** Question words typed with a slip ("wher", "hwo", "whta", "manny"). */
export function fixQuestionWord(w: string, first = false): string {
  // "whos", "whats": "who's" without its apostrophe; "wats", "wheres" with a slip too.
  const contracted = /^(who|what|where|when|why|how)s$/.exec(w);
  if (contracted) return contracted[1];
  if (/^[a-z]{3,6}s$/.test(w) && !isStopWord(w) && (first || !isEnglishWord(w))) {
    const base = fixQuestionWord(w.slice(0, -1), first);
    if (QUESTION_WORDS.has(base)) return base;
  }
  // A question's first word may be a slip though the dictionary knows it: "wen did it start" (not "were").
  if (QUESTION_WORDS.has(w) || w.length < 3 || isStopWord(w) || (!first && isEnglishWord(w))) return w;
  const near = QUESTION_WORD_SLIPS.find((q) => q[0] === w[0] && Math.abs(q.length - w.length) <= 1 && editDistance(q, w, 1) <= 1);
  return near ?? w;
}

/** Chat shorthand for common words ("how many ppl", "the nxt meeting"), and the small words most often mistyped ("teh"). */
const SHORTHAND = new Map(Object.entries({ r: "are", u: "you", ur: "your", ppl: "people", nxt: "next", govt: "government", gov: "government", abt: "about", bc: "because", b4: "before", yr: "year", yrs: "years", mln: "million", bn: "billion", pct: "percent", thru: "through", wk: "week", wks: "weeks", mos: "months", tmrw: "tomorrow", pres: "president", intl: "international", dept: "department", info: "information", rep: "representative", reps: "representatives", admin: "administration", exec: "executive", execs: "executives", approx: "approximately", w: "with", org: "organization", orgs: "organizations", whos: "who", whats: "what", wheres: "where", whens: "when", hows: "how", teh: "the", hte: "the", adn: "and", taht: "that",
  // A contraction typed without its apostrophe: "malta wont become ...".
  dont: "don't", doesnt: "doesn't", didnt: "didn't", wont: "won't", cant: "can't", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't", hasnt: "hasn't", havent: "haven't", hadnt: "hadn't", wouldnt: "wouldn't", couldnt: "couldn't", shouldnt: "shouldn't" }));

/** Units and clipped words written short, spelled out only when the articles do not use the short form themselves. */
const UNITS = new Map(Object.entries({ techs: "technicians", mgr: "manager", mw: "megawatt", gw: "gigawatt", kw: "kilowatt", kwh: "kilowatt-hours", km: "kilometres", kg: "kilograms", ha: "hectares", sq: "square", mph: "miles", kph: "kilometres", lab: "laboratory", labs: "laboratories", uni: "university", temp: "temperature", temps: "temperatures" }));

/** Slips of small words, read so only when the articles do not use the word: "Wen" is a surname too ("Liu Wen"). */
const SLIPS_UNLESS_USED = new Map(Object.entries({ frm: "from", cuz: "because", coz: "because", wen: "when", wich: "which" }));

/** The word a piece of chat shorthand stands for, or the word itself. */
export function expandShorthand(w: string, known: (w: string) => boolean = () => false, next?: string): string {
  // "which union reps the workers": before what it acts on, the shorthand is a verb.
  if (next !== undefined && /^(?:the|a|an|its|their|his|her|about|some|all|most|more|over|around|\d[\d,]*)$/.test(next) && VERB_SHORTHAND.has(w)) return VERB_SHORTHAND.get(w)!;
  return SHORTHAND.get(w) ?? (known(w) ? w : UNITS.get(w) ?? SLIPS_UNLESS_USED.get(w)) ?? w;
}
/** Shorthand that is a verb before its object: "reps the workers". */
const VERB_SHORTHAND = new Map([["reps", "represents"], ["rep", "represent"], ["repping", "representing"]]);

/**
 * Whether a word that is not English is one slip from an English word or one of its plain
 * inflections ("injurd" -> "injured", "enrgy" -> "energy", "keepng" -> "keeping"): a misspelling
 * of a common word, not a name. Names are rarely that close ("jinping" is two from "jumping").
 */
export function misspelledEnglish(w: string): boolean {
  if (w.length < 4 || !/^[a-z]+$/.test(w) || isEnglishWord(w)) return false;
  return englishFormsNear(w).length > 0;
}

/** The forms of WordNet words ("walk", "walks", "walked", "walking") one edit from a word, found once per word (up to a bound). */
const englishFormsNear = memoized(
  (w: string): string[] => [...new Set(lemmasStartingWith(w[0]).filter((l) => Math.abs(l.length - w.length) <= 3).flatMap((l) => ["", "s", "d", "ed", "ing"].map((end) => l + end)).filter((f) => editDistance(w, f, 1) <= 1))],
  10_000,
);

/**
 * A long English word typed with one slip, that the articles do not use ("headquarterd" ->
 * "headquartered"): the one form of a WordNet word one edit away, or the word itself. Words of
 * seven letters or more only: a short one may be a name the articles do not know ("pryde").
 */
export function englishSlip(w: string): string {
  if (w.length < 7 || !/^[a-z]+$/.test(w) || isStopWord(w) || isEnglishWord(w)) return w;
  const forms = englishFormsNear(w).filter((f) => f !== w);
  return forms.length === 1 ? forms[0] : w;
}

/**
 * A common English word typed with two neighbouring letters swapped ("wrok" -> "work", "whcih" is
 * a question word and fixed elsewhere): the one WordNet word of the same letters one swap away, or
 * the word itself. Only for words that are not English and that the articles do not use.
 */
export function unswapped(w: string): string {
  // Not a small word WordNet does not list: "from" is no slip of "form".
  if (w.length < 4 || !/^[a-z]+$/.test(w) || isStopWord(w) || isEnglishWord(w)) return w;
  const found = (anagrams(w[0]).get(sortedWord(w)) ?? []).filter((l) => editDistance(w, l, 1) === 1);
  if (found.length === 1) return found[0];
  // "resgined": a swap in the stem of an inflected word ("resign" + "ed").
  const ending = /(?:ed|ing|s)$/.exec(w)?.[0];
  const stem = ending ? w.slice(0, -ending.length) : "";
  if (stem.length < 4 || isEnglishWord(stem)) return w;
  const inStem = (anagrams(stem[0]).get(sortedWord(stem)) ?? []).filter((l) => editDistance(stem, l, 1) === 1);
  return inStem.length === 1 ? inStem[0] + ending : w;
}

/** A word's letters in alphabetical order: words of the same letters share it. */
const sortedWord = (w: string) => [...w].sort().join("");
const anagramsByInitial = new Map<string, Map<string, string[]>>();

/** WordNet's words of one initial by their sorted letters, built on first use. */
function anagrams(initial: string): Map<string, string[]> {
  let byLetters = anagramsByInitial.get(initial);
  if (!byLetters) {
    byLetters = new Map();
    for (const l of lemmasStartingWith(initial)) {
      const k = sortedWord(l);
      byLetters.set(k, [...(byLetters.get(k) ?? []), l]);
    }
    anagramsByInitial.set(initial, byLetters);
  }
  return byLetters;
}

/** A rough spelling-by-sound key: "petition" and "petishun" both read "petishun". */
export function soundsLike(w: string): string {
  return w
    .replace(/tion|sion|cian/g, "shun")
    .replace(/ph/g, "f")
    .replace(/ck|q/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/(?<=.)[aeiouy]+/g, "a");
}

let rows = new Int32Array(64);

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("whne" -> "when"). With
 * `max`, gives up early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);  // the length check above keeps this within `max`
  const width = m + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Three rows: two back (for swaps), one back, this one.
  let back2 = 0;
  let back1 = width;
  let row = 2 * width;
  for (let j = 0; j <= m; j++) rows[back1 + j] = j;
  for (let i = 1; i <= n; i++) {
    rows[row] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(rows[back1 + j] + 1, rows[row + j - 1] + 1, rows[back1 + j - 1] + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) d = Math.min(d, rows[back2 + j - 2] + 1);
      rows[row + j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A row that is all above `max` means every later row is too (a swap reaches back past it only at +1).
    if (rowMin > max) return max + 1;
    const t = back2;
    back2 = back1;
    back1 = row;
    row = t;
  }
  const d = rows[back1 + m];
  return d > max ? max + 1 : d;
}

interface Candidate {
  word: string;
  stem: string;
  sound: string;
  letters: string;
}

/** The articles' words of one initial: in alphabetical order, by length, and by their sorted letters. */
interface Initial {
  sorted: Candidate[];
  byLength: Map<number, Candidate[]>;
  byLetters: Map<string, Candidate[]>;
}

const byInitial = new WeakMap<KnowledgeBase, Map<string, Initial>>();

function initialOf(kb: KnowledgeBase, initial: string): Initial | undefined {
  let index = byInitial.get(kb);
  if (!index) {
    index = new Map();
    for (const word of [...kb.vocabularySet].sort()) {
      if (word.length < 3 || !/^[a-z]/.test(word)) continue;
      let group = index.get(word[0]);
      if (!group) index.set(word[0], (group = { sorted: [], byLength: new Map(), byLetters: new Map() }));
      const c: Candidate = { word, stem: stemOf(word), sound: soundsLike(word), letters: [...word].sort().join("") };
      group.sorted.push(c);
      push(group.byLength, word.length, c);
      push(group.byLetters, c.letters, c);
    }
    byInitial.set(kb, index);
  }
  return index.get(initial);
}

function push<K>(map: Map<K, Candidate[]>, key: K, c: Candidate): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/**
 * The articles' words that `correct` weighs for `w`: the same initial, and within two letters of its
 * length or (for a word of six letters or more) starting with its first four. For a common English
 * word under seven letters only a swap of two letters is taken, so only words of the same letters.
 */
/**
 * The one word of the articles that differs from `w` in one vowel ("governor" for "governer",
 * "independent" for "independant"), when that word is in the dictionary as it is and `w` is not.
 */
function oneVowelOff(kb: KnowledgeBase, w: string): string | undefined {
  // Words of the same consonants in the same places, found by that shape ("g*v*rn*r") in one lookup.
  const same = bySkeleton(kb).get(skeleton(w)) ?? [];
  const found = same.filter((c) => c !== w && [...c].filter((ch, i) => ch !== w[i]).length === 1);
  return found.length === 1 && isLemma(found[0]) && !isLemma(w) ? found[0] : undefined;
}
/** A word with each vowel blanked: "governor" and "governer" share "g*v*rn*r". */
const skeleton = (w: string) => w.replace(/[aeiou]/g, "*");
const skeletons = new WeakMap<KnowledgeBase, Map<string, string[]>>();
/** The articles' words by their skeleton, built once per knowledge base on the first slip that needs it. */
function bySkeleton(kb: KnowledgeBase): Map<string, string[]> {
  let map = skeletons.get(kb);
  if (!map) {
    map = new Map();
    for (const word of kb.vocabularySet) if (word.length >= 6 && /^[a-z]+$/.test(word)) map.set(skeleton(word), [...(map.get(skeleton(word)) ?? []), word]);
    skeletons.set(kb, map);
  }
  return map;
}

function candidates(kb: KnowledgeBase, w: string, english: boolean, letters: string, isName?: (word: string) => boolean): Candidate[] {
  const group = initialOf(kb, w[0]);
  if (!group) return [];
  // A short English word may still be a slip of a name the articles give ("Cortez" for "Cortes").
  const names = () => (isName ? [w.length - 1, w.length, w.length + 1].flatMap((n) => (group.byLength.get(n) ?? []).filter((c) => isName(c.word))) : []);
  if (english && w.length < 7) return [...(group.byLetters.get(letters) ?? []), ...names()];
  const out: Candidate[] = [];
  for (let n = w.length - 2; n <= w.length + 2; n++) out.push(...(group.byLength.get(n) ?? []));
  if (w.length >= 6) {
    const prefix = w.slice(0, 4);
    const { sorted } = group;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid].word < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i].word.startsWith(prefix); i++) if (Math.abs(sorted[i].word.length - w.length) > 2) out.push(sorted[i]);
  }
  return out;
}


/**
 * A word the articles never use, corrected to one they do when it is a slip away ("blinkin" ->
 * "blinken", "arive" -> "arrived", "represnt" -> "representing"). A real English word the articles
 * do not use ("navy") is left alone, unless it is long and one slip from an article word, or two
 * of its letters are swapped ("trail" -> "trial").
 */
export function correct(kb: KnowledgeBase, w: string, isName?: (word: string) => boolean): string {
  if (kb.vocabularySet.has(w) || w.length < 4 || /\d/.test(w) || isStopWord(w)) return w;
  const stem = stemOf(w);
  // "governer": a stem the articles use ("government") hides a slip of one letter in a word they use too.
  if (kb.termFrequency.has(stem)) return w.length >= 6 ? oneVowelOff(kb, w) ?? w : w;
  // "runing", "stoped": a doubled letter typed once, though the stripped form ("run") fools the dictionary.
  const doubled = doubledLetterForm(kb, w);
  if (doubled) return doubled;
  const english = isEnglishWord(w);
  // "desal" for "desalination": a clipped word, the start of longer words of one stem the articles use.
  const clipped = !english && w.length >= 5 && !isName?.(w) ? longerWords(kb, w).filter((x) => x.length >= w.length + 3) : [];
  if (clipped.length && new Set(clipped.map(stemOf)).size === 1) return clipped[0];
  const limit = english ? 1 : w.length <= 5 ? 1 : 2;
  const sound = soundsLike(w);
  const letters = english ? sortedWord(w) : "";
  let best: { word: string; d: number } | undefined;
  for (const c of candidates(kb, w, english, letters, isName)) {
    // A doer is not the adjective of its trade: "regulator" is no slip of "regulatory".
    if (/(?:er|or)s?$/.test(w) && /(?:ory|ary|ial|ive)$/.test(c.word) && c.word.startsWith(w.replace(/s$/, ""))) continue;
    const prefixOnly = w.length >= 6 && c.word.startsWith(w.slice(0, 4));
    if (Math.abs(c.word.length - w.length) > 2 && !prefixOnly) continue;
    const plain = editDistance(w, c.word, limit);
    let d = plain;
    // Spelled as it sounds ("petishun" for "petition"), a slip in the stem, or the start of a longer word.
    if (d > 0.5) d = Math.min(d, editDistance(sound, c.sound, limit) + 0.5);
    if (d > 0) d = Math.min(d, editDistance(stem, c.stem, limit));
    if (d > 0.5 && w.length >= 6) d = Math.min(d, editDistance(w, c.word.slice(0, w.length + 1), limit) + 0.5);
    if (d > limit) continue;
    if (english) {
      const swapOnly = c.word.length === w.length && plain === 1 && c.letters === letters;
      // A long word one slip away, or another form of the same word ("strikers" -> "strike",
      // "reduced" -> "reduction"); not a word whose stem differs inside ("position" -> "political").
      // (But a verb's form is no doer: "kidnapped" is not "kidnappers".)
      // Nor is a doer a verb's form: "employees" is not "employs".
      const sameWord = (c.stem.startsWith(stem) || stem.startsWith(c.stem)) && !(/(?:ed|ing)$/.test(w) && /(?:er|ers|or|ors)$/.test(c.word)) && !(/(?:ee|ees|er|ers|or|ors)$/.test(w) && /(?:s|ed)$/.test(c.word) && !/(?:ee|er|or)s$/.test(c.word));
      // Two real words of seven letters are often one slip apart ("sitting", "setting"): a plain slip needs eight.
      // A name the articles give, one letter off and typed with a capital, is the name ("Cortez" for "Cortes"), though the dictionary knows the slip.
      const nameSlip = plain <= 1 && isName?.(c.word) === true;
      if (!(swapOnly || nameSlip || (w.length >= 7 && d <= 1 && ((plain <= 1 && w.length >= 8) || sameWord)))) continue;
    }
    // "Sayres" written with a capital is a name: "Sayers" before "said".
    if (isName?.(c.word)) d -= 0.6;
    // Equally near, a letter left out ("farmr" for "farmer") is likelier than one typed too many ("farm").
    const dropped = (x: string) => (x.length > w.length ? 0 : 1);
    if (!best || d < best.d || (d === best.d && (dropped(c.word) < dropped(best.word) || (dropped(c.word) === dropped(best.word) && c.word < best.word)))) best = { word: c.word, d };
  }
  // "comission" is a slip of "commission": an article word it only sounds like ("coalition") is no
  // fix; the start of a longer one is ("enviro" -> "environmental").
  if (best && best.d > 1 && !best.word.startsWith(w.slice(0, 5)) && misspelledEnglish(w)) return w;
  return best?.word ?? w;
}

let listedByStem: Map<string, string[]> | undefined;

/**
 * A slip fixed to an article's word ("investigaton" -> "investigating") may be nearer to another
 * form of it that has stand-ins listed ("investigation": an inquiry, a probe): that form, which
 * keeps the stem and brings its stand-ins; otherwise the fix as it was.
 */
export function listedForm(fixed: string, typed: string): string {
  if (fixed === typed || expand(fixed).length) return fixed;
  if (!listedByStem) {
    listedByStem = new Map();
    for (const w of listedWords()) {
      const list = listedByStem.get(stemOf(w)) ?? [];
      list.push(w);
      listedByStem.set(stemOf(w), list);
    }
  }
  const near = editDistance(typed, fixed);
  return (listedByStem.get(stemOf(fixed)) ?? []).find((w) => editDistance(typed, w, near - 1) < near) ?? fixed;
}

/** The articles' word that is `w` with one of its consonants doubled ("runing" -> "running"), if any. */
function doubledLetterForm(kb: KnowledgeBase, w: string): string | undefined {
  for (let i = 1; i < w.length - 1; i++) {
    if (!/[bcdfgklmnprstz]/.test(w[i]) || w[i] === w[i - 1] || w[i] === w[i + 1]) continue;
    const form = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
    if (kb.vocabularySet.has(form)) return form;
  }
  return undefined;
}

/**
 * The one word of the articles a single slip from `w` (same initial, one letter added, dropped,
 * changed or two swapped), when there is exactly one: "manger" -> "manager", "mayer" -> "mayor".
 * For a real word the articles never use, read so only as a last resort before declining.
 */
export function oneSlipFrom(kb: KnowledgeBase, w: string): string | undefined {
  const group = initialOf(kb, w[0]);
  if (!group || w.length < 4) return undefined;
  const near: string[] = [];
  for (let n = w.length - 1; n <= w.length + 1; n++) for (const c of group.byLength.get(n) ?? []) if (!isStopWord(c.word) && editDistance(w, c.word, 1) === 1) near.push(c.word);
  // "manager" and "managers" are one word.
  const stems = new Set(near.map(stemOf));
  return stems.size === 1 ? near.sort((a, b) => a.length - b.length)[0] : undefined;
}

/** The question with each unknown word that is one slip from a word of the articles read as that word; undefined when none is. */
export function retypedQuestion(kb: KnowledgeBase, q: Question, question: string): string | undefined {
  let out = question;
  // Only nouns, and not in a yes/no question: a verb a slip from another is another deed ("arrested", "arrived").
  if (q.kind === "yesno") return undefined;
  for (const w of q.unknownWords) {
    if (w.length < 4 || q.pos.get(w) !== "NOUN") continue;
    const near = oneSlipFrom(kb, w);
    if (near) out = out.replace(new RegExp(`\\b${w}\\b`, "i"), near);
  }
  return out === question ? undefined : out;
}
