import winkNLP, { type ItemEntity, type ItemSentence, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { WEEKDAYS } from "../lexicon/words.ts";

const WEEKDAY = new RegExp(`^(${WEEKDAYS.join("|")})$`, "i");

/** One token of a sentence, with its character span in the sentence text. */
export interface Token {
  text: string;
  /** Lower-cased, with contractions expanded by the model ("n't" -> "not"). */
  normal: string;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, ADP, PUNCT, ... */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, currency, symbol, ... */
  type: string;
  start: number;
  end: number;
}

/** A unit written as one letter with a full stop: "27 C.", "80 F.". */
const UNIT_LETTER = /^[CFK]\.$/;

/** A numeric or temporal span that wink-nlp recognised, as token indexes (inclusive). */
export interface NlpEntity {
  type: string;
  first: number;
  last: number;
}

export interface AnalysedSentence {
  text: string;
  tokens: Token[];
  entities: NlpEntity[];
}

let instance: ReturnType<typeof winkNLP> | undefined;
let tagger: ReturnType<typeof winkNLP> | undefined;

/** The wink-nlp pipeline, created once: loading the model takes a moment. */
function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}

/**
 * Splits a paragraph into sentences and tokens. wink-nlp keeps closing quotes with their sentence
 * and finds dates, numbers, percentages and money; people, places and organizations are ours to find.
 */
export function analyseParagraph(paragraph: string): AnalysedSentence[] {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(paragraph);
  const tokens: Token[] = [];
  let offset = 0;
  doc.tokens().each((t: ItemToken) => {
    offset += String(t.out(its.precedingSpaces)).length;
    const text = String(t.out());
    tokens.push({ text, normal: String(t.out(its.normal)), pos: String(t.out(its.pos)), type: String(t.out(its.type)), start: offset, end: offset + text.length });
    offset += text.length;
  });
  const entities: NlpEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const prev = entities[entities.length - 1];
    // "Saturday, Feb. 3" is one day: wink finds the weekday and the date apart.
    if (prev?.type === "DATE" && String(e.out(its.type)) === "DATE" && first === prev.last + 2 && tokens[prev.last + 1]?.text === "," && WEEKDAY.test(tokens[prev.first].text)) prev.last = last;
    else entities.push({ type: String(e.out(its.type)), first, last });
  });
  const spans: [number, number][] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const prev = spans[spans.length - 1];
    // “Why bother coming?” he added. — a sentence cannot start in lower case: it continues the last one.
    if (prev && /^[a-z]/.test(tokens[first]?.text ?? "")) prev[1] = last;
    else spans.push([first, last]);
  });
  // "... not falling below 27 C. Javier Montalban said ...": a unit letter after a number ends the
  // sentence; it is no initial of the name after it.
  for (let k = 0; k < spans.length; k++) {
    const [first, last] = spans[k];
    for (let i = first + 1; i < last; i++) {
      if (UNIT_LETTER.test(tokens[i].text) && /^[\d.,]+°?$/.test(tokens[i - 1].text) && /^[A-Z]/.test(tokens[i + 1].text)) {
        spans.splice(k, 1, [first, i], [i + 1, last]);
        break;
      }
    }
  }
  const out: AnalysedSentence[] = [];
  spans.forEach(([first, last]) => {
    const own = tokens.slice(first, last + 1);
    if (own.length === 0) return;
    const base = own[0].start;
    const text = paragraph.slice(base, own[own.length - 1].end);
    out.push({
      text,
      tokens: own.map((t) => ({ ...t, start: t.start - base, end: t.end - base })),
      entities: entities.filter((e) => e.first >= first && e.last <= last).map((e) => ({ ...e, first: e.first - first, last: e.last - first })),
    });
  });
  return out;
}

/** Tokens of a short text (a question), without sentence splitting. */
export function analyseText(text: string): Token[] {
  return analyseParagraph(text).flatMap((s, i, all) => {
    const shift = i === 0 ? 0 : text.indexOf(s.text, all.slice(0, i).reduce((n, x) => n + x.text.length, 0));
    return s.tokens.map((t) => ({ ...t, start: t.start + Math.max(shift, 0), end: t.end + Math.max(shift, 0) }));
  });
}

/** A word of a short text with its part of speech. */
export interface TaggedWord {
  text: string;
  normal: string;
  pos: string;
}

/**
 * Parts of speech of a short text (a question), from a wink-nlp pipeline that only tags: no
 * sentence splitting, entities or negation, which a question does not need.
 */
export function tagWords(text: string): TaggedWord[] {
  tagger ??= winkNLP(model, ["pos"]);
  const its = tagger.its;
  const tokens = tagger.readDoc(text).tokens();
  const texts = tokens.out() as string[];
  const normals = tokens.out(its.normal) as string[];
  const pos = tokens.out(its.pos) as string[];
  return texts.map((t, i) => ({ text: t, normal: normals[i], pos: pos[i] }));
}
