import type { ArticleFacts, LoadProblem, Person } from "./types.ts";
import { isStopWord, stemOf, termSet, words } from "../qa/text.ts";
import { ORG_NOUNS } from "../lexicon/words.ts";
import { expand } from "../lexicon/synonyms.ts";
import { buildSentenceIndex, type FieldTerms, type SentenceIndex } from "./sentenceIndex.ts";

/** A sentence as the search index sees it. */
export interface IndexedSentence {
  /** `${article}#${sentence}`: unique across the knowledge base. */
  id: string;
  article: number;
  sentence: number;
  text: string;
  /** Full names of the people the sentence mentions by a short form, so "Cui" finds "Ambassador Tiankai". */
  names: string;
  /** Stemmed terms of the sentence and of those names, with `@Country` for every country named. */
  terms: Set<string>;
}

/**
 * Everything the bot knows, built once from the articles: the facts of each article, a BM25 index
 * over sentences (with stemming), the articles' words (for typo correction), and term statistics
 * for deciding whether a question is covered.
 */
export interface KnowledgeBase {
  articles: ArticleFacts[];
  problems: LoadProblem[];
  sentences: IndexedSentence[];
  /** BM25 over the sentences (in `sentences` order): their text, and the names of the people they refer to. */
  search: SentenceIndex;
  /** Stemmed term -> number of sentences that hold it. */
  termFrequency: Map<string, number>;
  /** Every word seen in the articles (lower case), for typo correction. */
  vocabularySet: Set<string>;
}

export function sentenceKey(article: number, sentence: number): string {
  return `${article}#${sentence}`;
}

export function buildKnowledgeBase(articles: ArticleFacts[], problems: LoadProblem[] = []): KnowledgeBase {
  const sentences: IndexedSentence[] = [];
  const fields: FieldTerms[][] = [];
  const termFrequency = new Map<string, number>();
  const vocabularySet = new Set<string>();
  articles.forEach((facts, a) => {
    const peopleBySentence = referredPeople(facts);
    const organizationBySentence = referredOrganizations(facts);
    const eventBySentence = referredEvents(facts);
    for (const s of facts.sentences) {
      // Names and roles of the people the sentence refers to: "the ambassador" finds "Ambassador Cui";
      // and the organization "the company" stands for.
      const referred = (peopleBySentence.get(s.index) ?? []).map((p) => [p.name, ...p.roles].join(" "));
      const organization = organizationBySentence.get(s.index);
      const event = eventBySentence.get(s.index);
      const names = [...referred, ...(organization ? [organization] : []), ...(event ? [event] : [])].join(" ");
      const textWords = words(s.text);
      const nameWords = words(names);
      const terms = termSet(`${s.text} ${names}`, [...textWords, ...nameWords]);
      sentences.push({ id: sentenceKey(a, s.index), article: a, sentence: s.index, text: s.text, names, terms });
      fields.push([fieldTerms(textWords), fieldTerms(nameWords)]);
      for (const w of textWords) vocabularySet.add(w);
      for (const w of nameWords) vocabularySet.add(w);
      for (const t of terms) termFrequency.set(t, (termFrequency.get(t) ?? 0) + 1);
    }
  });
  // Typos are corrected before searching (question.ts), so the index needs no fuzzy matching.
  const search = buildSentenceIndex(fields, [2, 1]);

  return { articles, problems, sentences, search, termFrequency, vocabularySet };
}

/**
 * The people each sentence refers to: those it names; for a sentence that opens with a pronoun
 * ("They arrived...", "Both men have promised..."), those the sentence before names; and for every
 * sentence of a quotation, its speaker.
 */
function referredPeople(facts: ArticleFacts): Map<number, Person[]> {
  const out = new Map<number, Person[]>();
  const add = (i: number, p: Person) => {
    const list = out.get(i) ?? [];
    if (!list.includes(p)) list.push(p), out.set(i, list);
  };
  for (const p of facts.people) for (const i of p.sentences) add(i, p);
  const named = new Map([...out].map(([i, ps]) => [i, [...ps]]));
  for (const s of facts.sentences) {
    if (s.index > 0 && /^\W*(he|she|they|both|the two|the pair|his|her|their|the men|the women)\b/i.test(s.text)) {
      for (const p of named.get(s.index - 1) ?? []) add(s.index, p);
    }
  }
  for (const q of facts.quotes) {
    const p = facts.people.find((x) => x.id === q.personId);
    if (p) for (let i = q.sentence; i <= (q.lastSentence ?? q.sentence); i++) add(i, p);
  }
  return out;
}

/** A field as BM25 counts it: stemmed words without stop words, and its length in distinct words. */
function fieldTerms(ws: string[]): FieldTerms {
  return { terms: ws.filter((w) => !isStopWord(w)).map(stemOf), length: new Set(ws).size };
}

/**
 * The organization a sentence means by "the company", "the union", "the council": the one the
 * article names most whose name has that word ("the alliance" -> "Salmon Flats Neighbors Alliance");
 * else, of the organizations named in the sentence and the two before it, the one the article names
 * most (the story's subject, not a firm named in passing), the latest on a tie.
 */
function referredOrganizations(facts: ArticleFacts): Map<number, string> {
  const out = new Map<number, string>();
  const count = new Map<string, number>();
  const bySentence = new Map<number, string[]>();
  for (const m of facts.mentions) {
    if (m.kind !== "organization" || !m.entity) continue;
    count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m.entity]);
  }
  if (count.size === 0) return out;
  const organizations = facts.things.filter((t) => t.kind === "organization" && count.has(t.id));
  const mostNamed = (ids: string[]) => {
    let best: string | undefined;
    for (const id of ids) if (!best || (count.get(id) ?? 0) >= (count.get(best) ?? 0)) best = id;
    return best;
  };
  for (const s of facts.sentences) {
    // "the company", "the medical center": an organization noun within the first three words after "the".
    const noun = [...s.text.matchAll(/\b[Tt]he((?:\s+[a-z-]+){1,3})/g)].flatMap((m) => m[1].trim().split(/\s+/)).find((n) => ORG_NOUNS.has(n));
    if (!noun) continue;
    const named = organizations.filter((t) => words(t.name).includes(noun)).map((t) => t.id);
    const near = [s.index - 2, s.index - 1, s.index].flatMap((i) => bySentence.get(i) ?? []);
    const id = mostNamed(named) ?? mostNamed(near);
    const thing = organizations.find((t) => t.id === id);
    if (thing) out.set(s.index, thing.name);
  }
  return out;
}

/**
 * What "the fire", "the blaze" or "the deal" means: a name followed by that noun, or a word listed
 * for it, elsewhere in the article ("the Harlow Ridge fire", "the Brightwater deal").
 */
function referredEvents(facts: ArticleFacts): Map<number, string> {
  const byNoun = new Map<string, string>();
  for (const m of facts.mentions) {
    if (m.kind !== "place" && m.kind !== "organization") continue;
    const noun = /^\s([a-z]{3,})\b/.exec(facts.sentences[m.sentence].text.slice(m.end))?.[1];
    if (!noun || isStopWord(noun)) continue;
    const phrase = `${m.text} ${noun}`;
    for (const n of [noun, ...expand(noun)]) if (!byNoun.has(n)) byNoun.set(n, phrase);
  }
  const out = new Map<number, string>();
  if (byNoun.size === 0) return out;
  for (const s of facts.sentences) {
    const noun = [...s.text.matchAll(/\b[Tt]he\s+([a-z]+)\b/g)].map((m) => m[1]).find((n) => byNoun.has(n));
    const phrase = noun ? byNoun.get(noun)! : undefined;
    if (phrase && !s.text.includes(phrase)) out.set(s.index, phrase);
  }
  return out;
}
