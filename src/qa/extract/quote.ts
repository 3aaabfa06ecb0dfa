import type { ArticleFacts, Quote } from "../../knowledge/types.ts";
import { countryOf } from "../../lexicon/places.ts";
import { clauseAnswer } from "../clauses.ts";
import type { Question } from "../question.ts";
import { stemOf, words } from "../text.ts";
import type { Extracted } from "./shared.ts";
import { quotedPhrase, wordsAfter } from "./quotedPhrase.ts";
import { GENERIC_TOPIC_WORDS } from "../../lexicon/words.ts";

const GENERIC_TOPICS = new Set(GENERIC_TOPIC_WORDS.map(stemOf));

/** "What did X say": the quote that fits the topic. */

/** Words in a short answer: a chat reply leads with a line, the cited sentence holds the rest. */
const SHORT = 20;

/** The quote of the named speaker that best matches the question's topic. */
export function quoteOf(facts: ArticleFacts, q: Question, speakerQuotes: Quote[]): Extracted | undefined {
  if (speakerQuotes.length === 0) return undefined;
  // "What did officials say the meeting is 'very much about'?": the quote with those words, and what follows them.
  const phrase = quotedPhrase(q);
  const quoting = phrase ? speakerQuotes.find((x) => x.text.toLowerCase().includes(phrase)) : undefined;
  // Or the sentence with them, when the quotation was not told apart from the one before it.
  const said = phrase && !quoting ? facts.sentences.find((x) => x.text.toLowerCase().includes(phrase) && speakerQuotes.some((y) => y.sentence === x.index)) : undefined;
  const source = quoting?.text ?? said?.text;
  if (phrase && source) {
    const answer = wordsAfter(source, phrase);
    const sentence = quoting ? sentenceHolding(facts, quoting, phrase) : said!.index;
    if (answer) return { answer, sentence, ...(quoting?.personId ? { people: [quoting.personId] } : {}) };
  }
  // "What did she say about the deal?": the story's own event is no topic to match; all she said is on it.
  const named = q.topic.filter((t) => !GENERIC_TOPICS.has(t));
  const topic = new Set(named.length ? named : q.terms);
  const scored = speakerQuotes.map((x) => ({ x, hits: words(`${x.text} ${facts.sentences[x.sentence].text}`).map(stemOf).filter((t) => topic.has(t)).length }));
  // What the question asks beyond naming the speaker ("... say it was good to be opening?").
  const first = speakerQuotes[0];
  const firstSpeaker = first.personId ? facts.people.find((p) => p.id === first.personId) : undefined;
  const aboutSpeaker = new Set([first.speaker, ...(firstSpeaker ? [firstSpeaker.name, ...firstSpeaker.roles, ...firstSpeaker.aliases] : [])].flatMap((t) => words(t)).map(stemOf));
  const sideCues = new Set(facts.sides.filter((s) => s.id === first.side).flatMap((s) => s.cues).flatMap((t) => words(t)).map(stemOf));
  const asksMore = q.terms.some((t) => !aboutSpeaker.has(t) && !sideCues.has(t) && !countryOf(t) && !q.people.some((p) => p.text.split(" ").map(stemOf).includes(t)));
  // Best on the topic; with no topic, the speaker's first words in the article (the lead quote).
  const focused = named.length > 0 || asksMore;
  scored.sort((a, b) =>
    focused
      ? b.hits - a.hits || b.x.text.length - a.x.text.length || a.x.sentence - b.x.sentence
      : (b.x.text.split(/\s+/).length >= 4 ? 1 : 0) - (a.x.text.split(/\s+/).length >= 4 ? 1 : 0) || a.x.sentence - b.x.sentence,
  );
  const best = scored[0];
  if (named.length && best.hits === 0) return undefined;
  if (named.length) {
    // "What did X say about Y": the sentence of the quote that speaks of Y.
    const parts = best.x.text.split(/(?<=[.!?…])\s+/);
    const hit = parts.find((p) => words(p).map(stemOf).some((t) => topic.has(t)));
    if (hit && hit.split(/\s+/).length <= SHORT) return { answer: `“${hit}”`, sentence: sentenceHolding(facts, best.x, hit), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
  }
  // A question with more to it than "what did X say" gets the part of the quote that answers it.
  const speaker = best.x.personId ? facts.people.find((p) => p.id === best.x.personId) : undefined;
  const speakerWords = new Set([best.x.speaker, ...(speaker ? [speaker.name, ...speaker.roles, ...speaker.aliases] : [])].flatMap((t) => words(t)).map(stemOf));
  const sideWords = new Set(facts.sides.filter((s) => s.id === best.x.side).flatMap((s) => s.cues).flatMap((t) => words(t)).map(stemOf));
  const asks = q.terms.filter((t) => !speakerWords.has(t) && !sideWords.has(t) && !countryOf(t) && !q.people.some((p) => p.text.split(" ").map(stemOf).includes(t)));
  // The sentence of the quote that holds most of what is asked, cut to its answering clause.
  const held = (p: string) => asks.filter((t) => words(p).map(stemOf).includes(t)).length;
  const sentence = best.x.text.split(/(?<=[.!?…])\s+/).reduce((a, b) => (held(b) > held(a) ? b : a));
  const part = asks.length > 0 ? clauseAnswer(sentence, q, SHORT) : undefined;
  const answer = part && part.split(/\s+/).length >= 4 ? `“${part}”` : `“${clipQuote(best.x.text, topic)}”`;
  return { answer, sentence: sentenceHolding(facts, best.x, answer.replace(/[“”…]/g, "").trim()), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
}
/** The sentence of a quotation that holds a part of it (a quotation may run over several sentences). */
function sentenceHolding(facts: ArticleFacts, quote: Quote, part: string): number {
  const probe = part.split(/\s+/).slice(0, 6).join(" ");
  for (let i = quote.sentence; i <= (quote.lastSentence ?? quote.sentence); i++) if (facts.sentences[i].text.includes(probe)) return i;
  return quote.sentence;
}
/** A long quotation cut to a short answer around the first topic word: the whole of it is in the cited sentence. */
function clipQuote(text: string, topic: Set<string>): string {
  const ws = text.split(/\s+/);
  if (ws.length <= SHORT) return text;
  const room = SHORT - 2;
  const hit = ws.findIndex((w) => topic.has(stemOf(words(w)[0] ?? "")));
  const start = Math.max(0, Math.min(hit < 0 ? 0 : hit - 6, ws.length - room));
  return `${start > 0 ? "… " : ""}${ws.slice(start, start + room).join(" ")} …`;
}
