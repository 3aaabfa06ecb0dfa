import type { Question } from "./question.ts";
import { compoundAt, stemOf, stemSet, words } from "./text.ts";
import { expand, looselyFor } from "../lexicon/synonyms.ts";
import { countryOfWords } from "../lexicon/places.ts";
import { memoized } from "./memo.ts";

/**
 * Cutting a sentence down to the part that answers: a sentence is split into clauses at commas,
 * semicolons, dashes, colons and brackets; the answer is the clause that holds the question's
 * anchor (the last question word the sentence holds, usually the predicate next to the wh-gap).
 */

export interface Clause {
  text: string;
  /** Offset of the clause in the sentence. */
  start: number;
}

const MAX_WORDS = 20;

/** A sentence's clauses; kept per sentence text (up to a bound), as every extractor asks for them again. */
export const splitClauses = memoized((sentence: string): readonly Clause[] => cutClauses(sentence), 50_000);

function cutClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  const re = /[,;:()]|\s[—–-]\s|—|–/g;
  let start = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // "defend (China’s) core interests": a word or two put in brackets inside a phrase is part of it.
    if ((m[0] === "(" && /^\([^()]{1,20}\)\s+[a-z]/.test(sentence.slice(m.index))) || (m[0] === ")" && /\([^()]{1,20}$/.test(sentence.slice(0, m.index)) && /^\)\s+[a-z]/.test(sentence.slice(m.index)))) continue;
    // A comma inside a quotation ("priorities and intentions,") does not end a clause before the quote closes.
    if (m[0] === "," && /^[”"]/.test(sentence.slice(m.index + 1))) continue;
    // Nor the colon of a time ("at 3:20 p.m.").
    if (m[0] === ":" && /\d$/.test(sentence.slice(0, m.index)) && /^\d\d\b/.test(sentence.slice(m.index + 1))) continue;
    // Nor does the comma of a number ("60,000 tonnes").
    if (m[0] === "," && /\d$/.test(sentence.slice(0, m.index)) && /^\d{3}\b/.test(sentence.slice(m.index + 1))) continue;
    // Nor the commas of a run of describing words ("a candid, constructive and rational process").
    if (m[0] === "," && /\b(?:a|an|the|more|most)\s+[a-z]+(?:,\s[a-z]+)*$/i.test(sentence.slice(start, m.index)) && /^\s[a-z]+(?:,\s[a-z]+)*,?\s(?:and|or)\s[a-z]+\s[a-z]+/.test(sentence.slice(m.index + 1)) && !/^\s(?:and|or|but|who|which|that)\b/.test(sentence.slice(m.index + 1))) continue;
    pushClause(out, sentence, start, m.index);
    start = m.index + m[0].length;
  }
  pushClause(out, sentence, start, sentence.length);
  return out;
}

function pushClause(out: Clause[], sentence: string, a: number, b: number): void {
  const raw = sentence.slice(a, b);
  const text = raw.trim();
  if (text) out.push({ text, start: a + raw.indexOf(text) });
}

/** Whether a text holds a term, or a word listed for it or for the question word it came from, or one that half-says it ("calling for" for "demanding"). */
function holdsTerm(text: string, term: string, q: Question): boolean {
  const stems = stemSet(text);
  return stems.has(term) || standInStems(term, q).some((x) => stems.has(x)) || looselyFor(term).some((x) => stems.has(stemOf(x))) || phrasalIn(text, term);
}

/** "rejected calls to step down" says "resign": a verb with its particle that means the term. */
function phrasalIn(text: string, term: string): boolean {
  const ws = words(text);
  return ws.some((_, i) => compoundAt(ws, i) === term);
}

/** Stems of the words listed for a term and for the question word it came from ("earthquake" -> "quake"). */
export function standInStems(term: string, q: Question): string[] {
  const word = q.words.find((x) => x !== term && stemOf(x) === term);
  return word ? [...new Set([...expandedStems(term), ...expandedStems(word)])] : expandedStems(term);
}
const expandedCache = new Map<string, string[]>();
function expandedStems(word: string): string[] {
  let out = expandedCache.get(word);
  if (!out) {
    out = [...new Set(expand(word).map(stemOf))];
    if (expandedCache.size < 50_000) expandedCache.set(word, out);
  }
  return out;
}

const anchorsOf = new WeakMap<Question, readonly string[]>();

/** The question's terms in question order, without the names of people and organizations (they are usually the subject). */
export function anchorTerms(q: Question): readonly string[] {
  let anchors = anchorsOf.get(q);
  if (!anchors) anchorsOf.set(q, (anchors = findAnchorTerms(q)));
  return anchors;
}

function findAnchorTerms(q: Question): string[] {
  const names = new Set([...q.people.flatMap((p) => p.text.split(" ")), ...q.things.flatMap((t) => t.split(" ")), ...q.orgWords, ...speakerWords(q)].map(stemOf));
  // A name the question asks about ("... about Hong Kong") stays: it points to the clause.
  return q.words.map(stemOf).filter((t, i, all) => q.terms.includes(t) && (!names.has(t) || q.topic.includes(t)) && all.indexOf(t) === i);
}

/** "What did the Chinese ambassador say ...": the words that say who spoke are not in what was said. */
/** Verbs of "what did X say", "how has X reacted". */
export const SAYING_VERBS = "say|said|tell|told|write|wrote|add|added|claim|argue|warn|call|comment|mention|react(?:ed|s)?|respond(?:ed|s)?|repl(?:y|ied|ies)";
const SPEAKER_ASKED = new RegExp(`^(?:what|how) (?:did|does|do|has|have|had|will|would) ((?:[a-z.'’-]+ ){1,5}?)(?:${SAYING_VERBS})\\b`);

export function speakerWords(q: Question): string[] {
  if (q.kind !== "quote") return [];
  const m = SPEAKER_ASKED.exec(q.words.join(" "));
  return m ? m[1].trim().split(" ") : [];
}

/** Terms of a subordinate part of the question ("... if anyone expects X"): context, not what is asked. */
function subordinateTerms(q: Question): Set<string> {
  // "If people think X, what did Cui say ...": a condition before the question.
  if (/^(if|when|because|although|while|unless|since|after|before|given)$/.test(q.words[0] ?? "")) {
    const wh = q.words.findIndex((w, i) => i > 1 && /^(who|whom|whose|what|which|where|when|why|how)$/.test(w));
    if (wh > 0) return new Set(q.words.slice(1, wh).map(stemOf));
  }
  const at = q.words.findIndex((w, i) => i > 2 && /^(if|when|because|although|while|unless|since|after|before)$/.test(w));
  return new Set(at < 0 ? [] : q.words.slice(at + 1).map(stemOf));
}

/** Stems of the question's words that name a country it refers to ("china", "us", "chinese"). */
function countryTerms(q: Question): Set<string> {
  return new Set(q.countries.length ? q.words.filter((w) => countryOfWords(w) !== undefined).map(stemOf) : []);
}

/**
 * The index of the clause that answers, or -1 when no clause holds a question term: the clause that
 * holds the most question terms; on a tie, the one holding the term that comes latest in the question.
 */
export function answeringClause(clauses: readonly Clause[], q: Question): number {
  const anchors = anchorTerms(q);
  const sub = subordinateTerms(q);
  const setting = countryTerms(q);
  // "Is there any condition attached to the money?": the clause with the condition answers.
  const thereIs = /^(?:is|are|was|were|will) there (?:any |a |an |some )?([a-z-]+)/.exec(q.words.join(" "));
  const existing = thereIs ? stemOf(thereIs[1]) : undefined;
  let best = -1;
  let bestScore = 0;
  clauses.forEach((c, i) => {
    // Words of an attribution after a closing quote ("...,” said a second official") do not make the quote answer.
    const said = c.text.replace(/[”"]\s*(?:said|says|added|wrote|told)\b.*$/i, "");
    const held = anchors.map((t, k) => (holdsTerm(said, t, q) ? k + 1 : 0)).filter((k) => k > 0);
    // A term of the topic ("... about Taiwan") says most about which clause answers.
    // A country the question names is often only the setting ("China's ... on the US list"): it counts for less than what is asked.
    // A word itself counts a little more than a word listed for it ("employees", not "employs"), less than the order of the words.
    const own = stemSet(said);
    const weight = held.reduce((sum, k) => sum + (q.topic.includes(anchors[k - 1]) || anchors[k - 1] === existing ? 2.5 : sub.has(anchors[k - 1]) ? 0.5 : setting.has(anchors[k - 1]) ? 0.8 : 1) * (own.has(anchors[k - 1]) ? 1 : 0.995), 0);
    // "said a second senior administration official": who said it is not what was said.
    const score = weight * (isAttribution(c.text) ? 30 : 100) + held.reduce((a, b) => a + b, 0);
    if (held.length && score > bestScore) (best = i), (bestScore = score);
  });
  if (best >= 0) return best;
  const names = q.people.map((p) => p.text);
  return clauses.findIndex((c) => names.some((n) => c.text.toLowerCase().includes(n)));
}

const answeringByQuestion = new WeakMap<Question, Map<string, { clauses: readonly Clause[]; at: number }>>();

/** A sentence's clauses and the index of the one that answers the question (see `answeringClause`), worked out once per question and sentence. */
export function answeringClauseIn(sentence: string, q: Question): { clauses: readonly Clause[]; at: number } {
  let bySentence = answeringByQuestion.get(q);
  if (!bySentence) answeringByQuestion.set(q, (bySentence = new Map()));
  let found = bySentence.get(sentence);
  if (!found) {
    const clauses = splitClauses(sentence);
    bySentence.set(sentence, (found = { clauses, at: answeringClause(clauses, q) }));
  }
  return found;
}

/**
 * A clause that only says who said something: "said a second senior administration official", "the
 * senior officials said", "according to the Pew Research Center".
 */
export function isAttribution(clause: string): boolean {
  const t = clause.trim().replace(/[.”"]+$/, "");
  return /^(?:said|says|added|wrote|told\s+\w+)\b[^,;]{0,70}$/i.test(t) || (/^[^,;]{0,70}\b(?:said|says|added|wrote|told reporters|found|showed|shows|reported)$/i.test(t) && t.split(/\s+/).length <= 8) || /^according to\b[^,;]{0,70}$/i.test(t);
}

/** Count of words in a clause that the question does not have: what the clause adds. */
export function novelWords(text: string, q: Question): number {
  const qs = new Set(q.words.map(stemOf));
  return words(text).filter((w) => !qs.has(stemOf(w)) && w.length > 2).length;
}

/** The short answer from a sentence: the answering clause, extended when it adds too little, cut to 20 words. */
export function clauseAnswer(sentence: string, q: Question, maxWords = MAX_WORDS): string | undefined {
  const { clauses, at } = answeringClauseIn(sentence, q);
  if (at < 0) return undefined;
  let text = clauses[at].text;
  let end = at;
  // Extend when the clause adds too little, or when a short appositive names what it ends on ("a single strain, H3N2").
  // And when the comma falls inside a noun phrase: "a strong, but more nuanced approach".
  const openPhrase = (i: number) => /\b(?:a|an|the)\s+[\w-]+$/i.test(text) && /^(?:but|and|yet|if not)\b/i.test(clauses[i].text);
  while (end + 1 < clauses.length && (novelWords(text, q) < 2 || text.split(/\s+/).length < 4 || (clauses[end + 1].text.split(/\s+/).length <= 2 && /^[A-Z0-9]/.test(clauses[end + 1].text)) || openPhrase(end + 1))) {
    end++;
    text = sentence.slice(clauses[at].start, clauses[end].start + clauses[end].text.length);
  }
  return tidy(clip(text, q, maxWords));
}

/** At most `maxWords` words, kept around the first question word the text holds. */
function clip(text: string, q: Question, maxWords: number): string {
  const ws = text.split(/\s+/);
  if (ws.length <= maxWords) return text;
  const qs = new Set(anchorTerms(q));
  const first = ws.findIndex((w) => qs.has(stemOf(words(w)[0] ?? "")));
  const start = Math.max(0, Math.min(first < 0 ? 0 : first - 4, ws.length - maxWords));
  return ws.slice(start, start + maxWords).join(" ");
}

/** Drops a leading conjunction, trailing punctuation and unpaired quotation marks. */
export function tidy(text: string): string {
  let t = text.trim().replace(/^(and|but|or|so|yet|while|with|which|that)\s+/i, "").replace(/[\s,;:.—–-]+$/, "");
  const opens = (t.match(/“/g) ?? []).length;
  const closes = (t.match(/”/g) ?? []).length;
  if (opens !== closes || (t.match(/"/g) ?? []).length % 2 === 1) t = t.replace(/[“”"]/g, "");
  return t.trim();
}
