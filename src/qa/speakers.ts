import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Quote } from "../knowledge/types.ts";
import type { Answer } from "./types.ts";
import type { Question } from "./question.ts";
import { evidence } from "./evidence.ts";
import { nameIndex } from "../knowledge/nameIndex.ts";
import { referredPeopleOf } from "../knowledge/coreference.ts";
import { GENERIC_TOPIC_WORDS, ROLE_WORDS } from "../lexicon/words.ts";
import { isStopWord, stemOf, stemSet, words } from "./text.ts";
import { titlesFor } from "../lexicon/synonyms.ts";
import { employedElsewhere, qualifiedBy } from "./extract/roleHolder.ts";

/**
 * "What did X say": who X is (a named person, or a role or description such as "the ambassador"),
 * their quotes, and what the articles report they said when they quote none of their words.
 */

/** The quotes and attributed statements of the speaker the question names, as quotes. */
export function quotesOfSpeaker(kb: KnowledgeBase, q: Question): { article: number; quotes: Quote[] } | undefined {
  for (const ref of speakers(q)) {
    const quotes = kb.articles[ref.article].quotes.filter((x) => x.personId === ref.id);
    if (quotes.length) return { article: ref.article, quotes };
  }
  if (speakers(q).length) return undefined;
  // A speaker named by role: "according to their ambassador" -> the one ambassador of the articles.
  const roleWords = q.words.filter((w) => ROLE_WORDS.has(w) && !/^officials?$/.test(w));
  for (const w of roleWords) {
    const own = nameIndex(kb).roleWords.get(stemOf(w)) ?? [];
    // "the farmers' union leader": a leader is called a president or a chair too.
    const refs = own.length ? own : titlesFor(w).flatMap((x) => nameIndex(kb).roleWords.get(stemOf(x)) ?? []);
    let holders = [...new Map(refs.map((r) => [`${r.article}:${r.id}`, { a: r.article, p: kb.articles[r.article].people.find((x) => x.id === r.id)! }])).values()];
    // "the president of the Young Farmers union" is not the president of another body the articles name.
    if (q.things.length || q.orgWords.length) holders = holders.filter(({ a, p }) => !p.roles.length || p.roles.some((r) => !employedElsewhere(kb.articles[a], r, q)));
    // Several ministers: the one whose title has the question's words for it ("the Omani foreign minister").
    // A title found for another word must have them: "president of the ... Union of ... Growers".
    const at = q.words.indexOf(w);
    const qualifiers = q.words.slice(Math.max(0, at - 3), at).filter((x) => !isStopWord(x));
    if (holders.length > 1 || (!own.length && holders.length)) {
      const fitting = holders.filter(({ p }) => qualifiers.length > 0 && qualifiers.every((t) => p.roles.some((r) => qualifiedBy(r, [t]))));
      if (fitting.length === 1 || !own.length) holders = fitting;
    }
    // Still several: the one whose quotes hold the rest of the question ("... tell reporters in Gatineau").
    if (holders.length > 1) {
      const rest = q.terms.filter((t) => !roleWords.some((r) => stemOf(r) === t));
      const saidSo = holders.filter(({ a, p }) => kb.articles[a].quotes.some((x) => x.personId === p.id && rest.some((t) => stemSet(kb.articles[a].sentences[x.sentence].text).has(t))));
      if (saidSo.length === 1) holders = saidSo;
    }
    if (holders.length === 1) {
      const quotes = kb.articles[holders[0].a].quotes.filter((x) => x.personId === holders[0].p.id);
      if (quotes.length) return { article: holders[0].a, quotes };
    }
  }
  // An unnamed speaker described in the question: "the second official", "Chinese officials".
  const qs = new Set(q.words.filter((w) => w.length > 2).map(stemOf));
  const byArticle = new Map<number, Quote[]>();
  for (const w of qs) {
    for (const { article, quote, stems } of speakerIndex(kb).get(w) ?? []) {
      if (stems.filter((x) => qs.has(x)).length < Math.min(2, stems.length)) continue;
      const list = byArticle.get(article) ?? [];
      if (!list.includes(quote)) list.push(quote), byArticle.set(article, list);
    }
  }
  const first = [...byArticle.keys()].sort((a, b) => a - b)[0];
  return first === undefined ? undefined : { article: first, quotes: byArticle.get(first)!.sort((a, b) => a.sentence - b.sentence) };
}

type SpeakerEntry = { article: number; quote: Quote; stems: string[] };
const speakerIndexes = new WeakMap<KnowledgeBase, Map<string, SpeakerEntry[]>>();
/** Unnamed speakers' quotes by each word of how they are described ("official" -> "a second senior administration official"). */
export function speakerIndex(kb: KnowledgeBase): Map<string, SpeakerEntry[]> {
  let ix = speakerIndexes.get(kb);
  if (ix) return ix;
  ix = new Map();
  kb.articles.forEach((f, article) => {
    for (const quote of f.quotes) {
      const stems = words(quote.speaker).map(stemOf).filter((w) => w.length > 2);
      for (const w of new Set(stems)) ix!.set(w, [...(ix!.get(w) ?? []), { article, quote, stems }]);
    }
  });
  speakerIndexes.set(kb, ix);
  return ix;
}

/** The people a "what did X say" question names as X: not those it asks about ("... about Sullivan"). */
export function speakers(q: Question): Question["people"] {
  // Not whom they said it to either: "What did the president tell Blinken?".
  const verb = q.words.findIndex((w) => /^(say|said|says|tell|told|tells|write|wrote|add|added|comment|commented)$/.test(w));
  const addressed = (p: Question["people"][number]) => verb >= 0 && q.words.indexOf(p.text.split(" ")[0]) > verb && /^(tell|told|tells)$/.test(q.words[verb]);
  return q.people.filter((p) => !p.text.split(" ").every((w) => q.topic.includes(stemOf(w))) && !addressed(p));
}

const GENERIC_TOPICS = new Set(GENERIC_TOPIC_WORDS.map(stemOf));
const REPORTING = /\b(said|says|called|told|warned|argued|added|described|accused|urged|insisted|stressed|noted|claimed|complained)\b/;
/** What a position is reported with: "campaigned on raising the top rate", "promised to halve ...", "rejects any quota". */
const STANCE = /\b(said|says|argued|insisted|campaigned on|campaigns on|promised|promises|pledged|pledges|vowed|vows|wants|wanted|proposes|proposed|supports|supported|opposes|opposed|rejects|rejected|favou?rs|favou?red|backs|backed|called for|calls for|demanded|demands|plans|planned|offered|offers)\b/;
/** A sentence whose subject is a pronoun, possibly after an opening phrase: "On migration, he promised ...". */
const PRONOUN_SUBJECT = /^\W*(?:(?:on|in|for|at|by|as|with|under|after|before|and|but)\b[^,]{0,40},\s*)?(he|she|they)\s+/i;

/**
 * What the articles report a speaker said, in their own sentence: from the verb of saying on, the
 * sentence that shares most with the topic. With `stance`, a position counts too ("campaigned on",
 * "promised", "rejects"), and so does a sentence that goes on about them with "he" or "she".
 */
export function reportedSpeech(kb: KnowledgeBase, q: Question, stance = false): Answer | undefined {
  const ref = speakers(q)[0];
  if (!ref) return undefined;
  const facts = kb.articles[ref.article];
  const person = facts.people.find((p) => p.id === ref.id);
  if (!person) return undefined;
  const topic = new Set(q.topic);
  const verbs = stance ? STANCE : REPORTING;
  let best: { i: number; answer: string; score: number } | undefined;
  const consider = (i: number, after: string, prefix: RegExp) => {
    const verb = verbs.exec(after);
    if (!verb || !prefix.test(after.slice(0, verb.index))) return;
    const answer = after.slice(verb.index).split(/\s+/).slice(0, 25).join(" ").replace(/[,;:.]+$/, "");
    const score = [...stemSet(facts.sentences[i].text)].filter((t) => topic.has(t)).length;
    if (!best || score > best.score) best = { i, answer, score };
  };
  // Their sentences: those that name them, open with "he" after them, or quote them.
  const own = new Set([...referredPeopleOf(facts)].filter(([, ps]) => ps.includes(person)).map(([i]) => i));
  for (const i of person.sentences) {
    const text = facts.sentences[i].text;
    const names = [person.name, ...person.aliases].filter((n) => text.includes(n));
    if (names.length === 0) continue;
    // The verb must belong to them: right after the name, or after an appositive set off by commas.
    consider(i, text.slice(Math.max(...names.map((n) => text.indexOf(n) + n.length))), /^\s*,?\s*$|^(?:,[^,]{0,80}){1,2},\s*$/);
  }
  if (stance) {
    // "He has also pledged ...", "On migration, he promised ...": the sentences right after theirs.
    for (let i = 1; i < facts.sentences.length; i++) {
      if (own.has(i) || !own.has(i - 1)) continue;
      const m = PRONOUN_SUBJECT.exec(facts.sentences[i].text);
      if (m) (own.add(i), consider(i, facts.sentences[i].text.slice(m[0].length), /^(?:\w+\s+){0,2}$/));
    }
  }
  // Asked about something in particular ("the death toll"), a sentence that does not speak of it does
  // not answer; "the decision", "the deal" are whatever the story is about.
  if (!best || (best.score === 0 && [...topic].some((t) => !GENERIC_TOPICS.has(t)))) return undefined;
  return { answered: true, answer: best.answer, evidence: [evidence(kb, ref.article, best.i)], confidence: 0.6, kind: "quote", people: [person.id] };
}

export function personName(kb: KnowledgeBase, q: Question): string {
  const ref = speakers(q)[0] ?? q.people[0];
  return (ref && kb.articles[ref.article].people.find((p) => p.id === ref.id)?.name) ?? "that speaker";
}
