import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Position } from "../knowledge/types.ts";
import { editDistance } from "./typos.ts";
import { isEnglishWord } from "../lexicon/wordnet.ts";
import { evidence } from "./evidence.ts";
import { sidesOfCountries } from "./extract/person.ts";
import { itemNaming } from "./extract/listItem.ts";
import type { Question } from "./question.ts";
import type { Candidate } from "./retrieve.ts";
import type { Answer } from "./types.ts";
import { isStopWord, stemOf, stemSet } from "./text.ts";
import { countryOf } from "../lexicon/places.ts";
import { expand } from "../lexicon/synonyms.ts";

/**
 * "What does South Korea want on fishing quotas?", "Where does Tokyo stand on compensation?": a
 * side's stance on a topic, from the positions the article reports for that side ("South Korea
 * wants its fleet's quota raised to 60,000 tonnes"). Only the articles the question matched are read.
 */

const STANCE_WORDS = ["stand", "stands", "position", "positions", "stance", "want", "wants", "asking", "ask", "asks", "demand", "demands", "propose", "proposes", "seek", "seeks", "seeking", "view", "views", "think", "thinks", "offer", "offered", "offers", "insist", "insists"];
const STANCE_SET = new Set(STANCE_WORDS);

/** Whether the question asks a stance: one of the words above, or a slip of a long one ("positon"). */
export function asksSideStance(q: Question): boolean {
  return q.words.some((w) => STANCE_SET.has(w) || (w.length >= 6 && !isEnglishWord(w) && STANCE_WORDS.some((s) => s.length >= 6 && editDistance(w, s, 1) <= 1)));
}

export function sideStance(kb: KnowledgeBase, q: Question, candidates: Candidate[]): Answer | undefined {
  // Not "what percentage of Americans view China favorably": that asks a number.
  // Nor "which polling organization is cited for American views": that asks a name.
  if (q.people.length || q.wants === "organization" || !(q.kind === "what" || q.kind === "quote" || q.kind === "role") || !asksSideStance(q)) return undefined;
  // "What domestic legislation did officials cite?": a kind of thing the articles never name is no side's stance.
  if (q.head && q.unknownWords.includes(q.head)) return undefined;
  const articles = [...new Set(candidates.slice(0, 5).map((c) => c.sentence.article))];
  for (const a of articles) {
    const facts = kb.articles[a];
    // The side the question names first is the one asked about: "What does South Korea want Japanese companies to do?"
    const sides = sidesOfCountries(facts, q).map((id) => facts.sides.find((s) => s.id === id)!);
    const at = (s: (typeof sides)[number]) => Math.min(...[s.name, ...s.cues].map((c) => q.words.join(" ").indexOf(c.toLowerCase())).filter((i) => i >= 0), Infinity);
    const side = sides.sort((x, y) => at(x) - at(y))[0];
    if (!side) continue;
    const cues = new Set([side.name, ...side.cues].flatMap((c) => c.toLowerCase().split(/\s+/)).map(stemOf));
    // What it is about: the question's terms, less the side's names and the stance words.
    const topic = (q.topic.length ? q.topic : q.terms).filter((t) => !cues.has(t) && !STANCE_WORDS.map(stemOf).includes(t) && !isStopWord(t));
    if (topic.length === 0) continue;
    // Another country's name alone does not make a position about the topic: "... common ground with
    // China" is about the ground, not China.
    const country = (t: string) => t.startsWith("@") || countryOf(t) !== undefined;
    const asked = topic.filter((t) => !country(t));
    // A word listed for a topic word counts as it ("concerns" for "complaints").
    const standIns = new Map(topic.map((t) => [t, q.words.filter((w) => stemOf(w) === t).flatMap((w) => expand(w)).map(stemOf)]));
    const holds = (set: ReadonlySet<string>, t: string) => set.has(t) || (standIns.get(t) ?? []).some((x) => set.has(x));
    let best: { p: Position; score: number } | undefined;
    for (const p of facts.positions) {
      // Quotations are what someone said, not the side's stated position.
      if (p.side !== side.id || /^[“"]/.test(p.text)) continue;
      // The topic may be named earlier in the paragraph ("On wartime labor, Seoul wants ... Tokyo maintains ..."): that counts half.
      const own = facts.sentences[p.sentence];
      // The sentence goes on to name the topic after the position's words ("to raise X, Y and Hong
      // Kong's ..."): its clause on the topic answers better. A topic named first ("On wartime labor,
      // Seoul wants ...") is what the position is about.
      const end = own.text.indexOf(p.text.slice(0, 40));
      const after = end < 0 ? "" : own.text.slice(end + p.text.length);
      const mine = stemSet(p.text);
      if (topic.some((t) => stemSet(after).has(t)) && !topic.some((t) => mine.has(t))) continue;
      const stems = stemSet(`${p.text} ${own.text}`);
      const context = stemSet(facts.sentences.filter((x) => x.paragraph === own.paragraph && x.index < own.index).map((x) => x.text).join(" "));
      if (asked.length && !asked.some((t) => holds(stems, t) || holds(context, t))) continue;
      const score = topic.filter((t) => holds(stems, t)).length + topic.filter((t) => !holds(stems, t) && holds(context, t)).length / 2;
      if (score > 0 && (!best || score > best.score)) best = { p, score };
    }
    if (!best) continue;
    const { p } = best;
    // "would call for a review of the rules when ministers meet": what is wanted is the review, not who wants it or when.
    const wanted = /^(?:would |will )?(?:call(?:s|ed)? for|demand(?:s|ed)?|seeks?|sought|ask(?:s|ed)? for)\s+(.+)$/.exec(p.text)?.[1].replace(/\s+(?:when|while|once|before|after|until|as)\s.*$/, "");
    // "What's the Hong Kong issue the US wants to raise?": of a list, the item that names Hong Kong.
    // The side's own names ("China") say whose position it is, not which item.
    const item = itemNaming(facts.sentences[p.sentence].text, q, new Set([side.name, ...side.cues].flatMap((x) => x.toLowerCase().split(/\s+/))));
    const text = item ?? wanted ?? (/^[a-z]/.test(p.text) ? `${p.speaker} ${p.text}` : p.text);
    return { answered: true, answer: text.split(/\s+/).slice(0, 30).join(" ").replace(/[,;:]+$/, ""), evidence: [evidence(kb, a, p.sentence)], confidence: 0.7, kind: "quote" };
  }
  return undefined;
}
