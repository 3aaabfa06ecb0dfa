import type { ArticleFacts, LoadProblem } from "./types.ts";
import { compoundAt, escapeRegExp, isStopWord, stemOf, termSet, words } from "../qa/text.ts";
import { heldBackName, organizationNouns, referredByResearch, referredEvents, referredOrganizations, referredPeople, referredThey } from "./coreference.ts";
import { buildSentenceIndex, type FieldTerms, type SentenceIndex } from "./sentenceIndex.ts";
import { demonstrativeDescriptions } from "./demonstrative.ts";

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
    const placesBySentence = fullPlaceNames(facts);
    const researchBySentence = referredByResearch(facts);
    const theyBySentence = referredThey(facts);
    // "That review" is the "independent review" of the sentence before.
    const describedBySentence = demonstrativeDescriptions(facts);
    const nounsOf = organizationWords(facts);
    // "the ship" for the Kestrel Bay: sentences naming it are about the ship, and the lede's ship is it.
    const held = heldBackName(facts);
    const heldIds = new Set(held ? [...facts.things, ...facts.people].filter((t) => t.name === held.name).map((t) => t.id) : []);
    const namingHeld = new Set(facts.mentions.filter((m) => m.entity !== undefined && heldIds.has(m.entity)).map((m) => m.sentence));
    for (const s of facts.sentences) {
      // Names and roles of the people the sentence refers to: "the ambassador" finds "Ambassador Cui";
      // and the organization "the company" stands for.
      const referred = (peopleBySentence.get(s.index) ?? []).map((p) => [p.name, ...p.roles].join(" "));
      const organization = organizationBySentence.get(s.index);
      const event = eventBySentence.get(s.index);
      // And the whole name of a place it names by its first part: "Anchorage" is "Anchorage, Alaska".
      const places = placesBySentence.get(s.index) ?? [];
      // "$1.86 billion" is in dollars: a question may name the currency its symbol stands for.
      const currencies = [...new Set([...s.text.matchAll(/[$£€¥]/g)].map((m) => CURRENCY_NAMES[m[0]]))];
      // With its other names: "the regulator" is the AFM too.
      const organizationNames = organization ? [organization, ...(facts.things.find((t) => t.name === organization)?.aliases ?? [])] : [];
      // And the lede's "a charity rescue ship carrying 212 migrants" is about the ship the next paragraph names.
      const heldNoun = held && namingHeld.has(s.index) ? held.nouns : held && s.index === held.sentence ? [held.name] : [];
      const named = [...referred, ...organizationNames, ...(researchBySentence.get(s.index) ?? []), ...(theyBySentence.has(s.index) ? [theyBySentence.get(s.index)!] : []), ...(event ? [event] : []), ...places, ...currencies, ...heldNoun, ...(describedBySentence.has(s.index) ? [describedBySentence.get(s.index)!] : [])].join(" ");
      // "the regulator" for an organization the sentence names, or whose person it quotes.
      const nouns = nounsOf(`${s.text} ${named}`);
      const names = nouns.length ? `${named} ${nouns.join(" ")}` : named;
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

/** The words an article uses for the organizations a text names ("regulator", "watchdog"). */
function organizationWords(facts: ArticleFacts): (text: string) => string[] {
  const nouns = organizationNouns(facts);
  if (nouns.size === 0) return () => [];
  const forms = facts.things
    .filter((t) => t.kind === "organization" && nouns.has(t.name))
    .map((t) => ({ re: new RegExp(`\\b(?:${[t.name, ...t.aliases].map(escapeRegExp).join("|")})\\b`), nouns: [...nouns.get(t.name)!] }));
  return (text) => [...new Set(forms.filter((f) => f.re.test(text)).flatMap((f) => f.nouns))];
}


const CURRENCY_NAMES: Record<string, string> = { $: "dollars", "£": "pounds", "€": "euros", "¥": "yen" };

/**
 * For each sentence, the full names of the places and organizations it names by a shorter form ("INP"
 * is the National Heritage Institute); and the initials of those it names in full, so that "the AUST"
 * finds "The Ashcombe United Supporters' Trust, which says it represents 6,400 fans".
 */
function fullPlaceNames(facts: ArticleFacts): Map<number, string[]> {
  const byId = new Map(facts.things.map((t) => [t.id, t]));
  const out = new Map<number, string[]>();
  for (const m of facts.mentions) {
    const thing = (m.kind === "place" || m.kind === "organization") && m.entity ? byId.get(m.entity) : undefined;
    if (!thing) continue;
    const names = thing.name !== m.text ? [thing.name] : thing.aliases.filter((a) => /^[A-Z]{2,8}$/.test(a));
    if (names.length) out.set(m.sentence, [...(out.get(m.sentence) ?? []), ...names]);
  }
  return out;
}

/** A field as BM25 counts it: stemmed words without stop words, and its length in distinct words. */
function fieldTerms(ws: string[]): FieldTerms {
  const terms = ws.filter((w) => !isStopWord(w)).map(stemOf);
  ws.forEach((_, i) => {
    const noun = compoundAt(ws, i);
    if (noun) terms.push(noun);
  });
  return { terms, length: new Set(ws).size };
}
