import type { ArticleFacts, Quote } from "../../knowledge/types.ts";
import { countryOf } from "../../lexicon/places.ts";
import { clauseAnswer, tidy } from "../clauses.ts";
import { expand } from "../../lexicon/synonyms.ts";
import type { Question } from "../question.ts";
import { escapeRegExp, stemOf, stemSet, words } from "../text.ts";
import { referredPeople } from "../../knowledge/coreference.ts";
import type { Extracted } from "./shared.ts";
import { quotedPhrase, wordsAfter } from "./quotedPhrase.ts";
import { objectIn } from "./objectOf.ts";
import { asksReplacement, replacedIn } from "./replaced.ts";
import { GENERIC_TOPIC_WORDS } from "../../lexicon/words.ts";

const GENERIC_TOPICS = new Set(GENERIC_TOPIC_WORDS.map(stemOf));

/** "What did X say": the quote that fits the topic. */

/** Words in a short answer: a chat reply leads with a line, the cited sentence holds the rest. */
const SHORT = 20;

/** Stems of every word of an article, once per article. */
function articleStems(facts: ArticleFacts): ReadonlySet<string> {
  let set = stemsOfArticle.get(facts);
  if (!set) stemsOfArticle.set(facts, (set = stemSet(facts.sentences.map((x) => x.text).join(" "))));
  return set;
}
const stemsOfArticle = new WeakMap<ArticleFacts, ReadonlySet<string>>();

/** The stems that stand for each named topic stem: itself, and, for a word the article never uses ("kids"), its listed synonyms and WordNet words ("children"). */
function topicForms(q: Question, topic: Set<string>, named: Set<string>, used: ReadonlySet<string>): Map<string, string> {
  const forms = new Map([...topic].map((t) => [t, t]));
  for (const w of q.words) {
    const t = stemOf(w);
    if (!topic.has(t) || !named.has(t) || used.has(t)) continue;
    for (const x of [...expand(w).map(stemOf), ...(q.related.get(t) ?? [])]) if (!forms.has(x)) forms.set(x, t);
  }
  return forms;
}

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
  // "What did Sayers say has replaced the optimism?": what the quotation says is in its place.
  if (asksReplacement(q)) {
    for (const x of speakerQuotes) {
      const answer = replacedIn(x.text);
      if (answer) return { answer, sentence: sentenceHolding(facts, x, answer), ...(x.personId ? { people: [x.personId] } : {}) };
    }
  }
  // "What did she say about the deal?": the story's own event is no topic to match; all she said is on it.
  const named = q.topic.filter((t) => !GENERIC_TOPICS.has(t));
  // What the question asks beyond naming the speaker ("... say it was good to be opening?").
  const first = speakerQuotes[0];
  const firstSpeaker = first.personId ? facts.people.find((p) => p.id === first.personId) : undefined;
  const aboutSpeaker = new Set([first.speaker, ...(firstSpeaker ? [firstSpeaker.name, ...firstSpeaker.roles, ...firstSpeaker.aliases] : [])].flatMap((t) => words(t)).map(stemOf));
  const sideCues = new Set(facts.sides.filter((s) => s.id === first.side).flatMap((s) => s.cues).flatMap((t) => words(t)).map(stemOf));
  // Another person named ("... say Verstraete would bring") tells the quotes apart; the speaker does not.
  const speakerIds = new Set(speakerQuotes.map((x) => x.personId));
  const namedAs = (t: string, speaking: boolean) => q.people.some((p) => speakerIds.has(p.id) === speaking && p.text.split(" ").map(stemOf).includes(t));
  const beyondSpeaker = q.terms.filter((t) => !aboutSpeaker.has(t) && !sideCues.has(t) && !countryOf(t) && !namedAs(t, true));
  // What is asked beyond naming anyone ("approach", "differ").
  const asked = beyondSpeaker.filter((t) => !namedAs(t, false));
  const asksMore = asked.length > 0;
  // Quotes are told apart by what is asked of them, not by the speaker's name around them.
  const topic = new Set(named.length ? named : asksMore ? beyondSpeaker : q.terms);
  // "... say they came to defend": coming is how they got there; what they came to do is asked.
  q.words.forEach((w, i) => q.words[i + 1] === "to" && MOTION.test(w) && topic.delete(stemOf(w)));
  // Each asked word once (the sentence repeats the quotation's words), and a little more in the quotation itself.
  // A word for an asked one counts as it ("kids" -> "children").
  const asWords = topicForms(q, topic, new Set(named), articleStems(facts));
  const hitsIn = (text: string) => new Set(words(text).map((w) => asWords.get(stemOf(w))).filter((t) => t !== undefined));
  // "What did Cui say the delegation came to Alaska to do?": a quote said as a purpose ("... Wednesday
  // night to “firmly defend ...”") answers before any that only names the trip.
  const purposeAsked = asksPurpose(q);
  const scored = speakerQuotes.map((x) => {
    const own = hitsIn(x.text);
    return { x, hits: new Set([...own, ...hitsIn(facts.sentences[x.sentence].text)]).size + own.size / 2 + (purposeAsked && isPurpose(facts.sentences[x.sentence].text, x.text) ? 3 : 0) };
  });
  // Best on the topic; with no topic, the speaker's first words in the article (the lead quote).
  // When no quote holds what is asked, nothing tells them apart but the order: the lead quote.
  const focused = (named.length > 0 || asksMore) && scored.some((x) => x.hits > 0);
  scored.sort((a, b) =>
    focused
      ? b.hits - a.hits || b.x.text.length - a.x.text.length || a.x.sentence - b.x.sentence
      : (b.x.text.split(/\s+/).length >= 4 ? 1 : 0) - (a.x.text.split(/\s+/).length >= 4 ? 1 : 0) || a.x.sentence - b.x.sentence,
  );
  const best = scored[0];
  if (named.length && best.hits === 0) return undefined;
  // "How do they say their approach differs from Trump's?": no quote of theirs speaks of it, and a
  // sentence about them does ("Both men have promised ... a more nuanced approach").
  if (!named.length && best.hits === 0 && toldOfSpeaker(facts, best.x, asked)) return undefined;
  // "What did Cui say he hoped the two sides would leave with?": what follows that verb and preposition in the quote.
  const object = objectIn(best.x.text, q);
  if (object) return { answer: object.answer, sentence: sentenceHolding(facts, best.x, object.answer), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
  if (named.length) {
    // "What did X say about Y": the sentence of the quote that speaks of Y.
    const parts = best.x.text.split(/(?<=[.!?…])\s+/);
    const hit = parts.find((p) => words(p).some((w) => asWords.has(stemOf(w))));
    if (hit && hit.split(/\s+/).length <= SHORT) return { answer: `“${hit}”`, sentence: sentenceHolding(facts, best.x, hit), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
    // A long one: its clause about the topic's first word, or a word for it ("the weather" -> "still freezingly cold").
    const first = q.words.find((w) => stemOf(w) === named[0]);
    const forms = new Set(first ? [first, ...expand(first)].map(stemOf) : []);
    const clause = hit && forms.size ? hit.split(/,\s+/).find((p) => words(p).map(stemOf).some((t) => forms.has(t))) : undefined;
    if (hit && clause && clause.split(/\s+/).length >= 2) return { answer: `“${tidy(clause)}”`, sentence: sentenceHolding(facts, best.x, clause), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
  }
  // A question with more to it than "what did X say" gets the part of the quote that answers it.
  const speaker = best.x.personId ? facts.people.find((p) => p.id === best.x.personId) : undefined;
  const speakerWords = new Set([best.x.speaker, ...(speaker ? [speaker.name, ...speaker.roles, ...speaker.aliases] : [])].flatMap((t) => words(t)).map(stemOf));
  const sideWords = new Set(facts.sides.filter((s) => s.id === best.x.side).flatMap((s) => s.cues).flatMap((t) => words(t)).map(stemOf));
  const asks = q.terms.filter((t) => !speakerWords.has(t) && !sideWords.has(t) && !countryOf(t) && !q.people.some((p) => p.text.split(" ").map(stemOf).includes(t)));
  // The sentence of the quote that holds most of what is asked, cut to its answering clause.
  const held = (p: string) => asks.filter((t) => words(p).map(stemOf).includes(t)).length;
  const sentence = best.x.text.split(/(?<=[.!?…])\s+/).reduce((a, b) => (held(b) > held(a) ? b : a));
  const found = asks.length > 0 ? clauseAnswer(sentence, q, SHORT) : undefined;
  // "What would China do when its interests are at stake?" "When its core interests are involved,
  // China has no room to back down": the clause that echoes the question's "when" sets the scene;
  // the answer is the main clause after it.
  const main = found && /^(when|if|once|unless|as long as|whenever)\b/i.test(found) ? new RegExp(`^\\W*${escapeRegExp(found)}\\s*,\\s*([^.;!?]+)`).exec(sentence)?.[1] : undefined;
  // "What should Beijing do if anyone thinks they came to compromise?" "If anyone believes ..., then I would
  // suggest ...": a question with a condition asks for what follows from it.
  const then = q.words.includes("if") ? /\bif\b.+?,\s*then\s+([^.;!?]+)/i.exec(sentence)?.[1] : undefined;
  const part = then ?? main ?? found;
  const answer = part && part.split(/\s+/).length >= 4 ? `“${part}”` : `“${clipQuote(best.x.text, topic)}”`;
  return { answer, sentence: sentenceHolding(facts, best.x, answer.replace(/[“”…]/g, "").trim()), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
}
const MOTION = /^(come|comes|came|coming|go|goes|went|going|travel|travels|travelled|traveled|fly|flew)$/;

/** "came to Alaska to do what", "... in Alaska to defend?", "why did they make the trip": asks what someone went somewhere for. */
function asksPurpose(q: Question): boolean {
  // Not a purpose in a condition: "... should do if people think China came to Alaska to compromise".
  const text = q.words.join(" ").split(/ (?:if|when|unless|because) /)[0];
  return /\bto (?:do|achieve|accomplish|defend|get|win|protect|secure)(?: what)?$/.test(text) || /\b(?:come|comes|came|coming|go|went|travel|travelled|traveled|fly|flew|here|there|in \w+) to \w+$/.test(text) || /^why did .+ (?:make the trip|come|travel|go)\b/.test(text);
}

/** Whether a quotation is given as a purpose: "arrived ... to “firmly defend ...”". */
function isPurpose(sentence: string, quote: string): boolean {
  const at = sentence.indexOf(quote.slice(0, 30));
  return at > 0 && /\bto\s*[“"]?\s*$/.test(sentence.slice(Math.max(0, at - 6), at));
}

/** Whether a sentence about the quote's speaker, outside their quotes, holds any of the terms (of two or more asked). */
function toldOfSpeaker(facts: ArticleFacts, quote: Quote, terms: string[]): boolean {
  if (terms.length < 2 || !quote.personId) return false;
  const quoted = new Set(facts.quotes.flatMap((x) => Array.from({ length: (x.lastSentence ?? x.sentence) - x.sentence + 1 }, (_, i) => x.sentence + i)));
  for (const [i, people] of referredPeople(facts)) {
    if (quoted.has(i) || !people.some((p) => p.id === quote.personId)) continue;
    const stems = stemSet(facts.sentences[i].text);
    if (terms.some((t) => stems.has(t))) return true;
  }
  return false;
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
