import { GENERIC_HEADS, type Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { isStopWord, stemOf } from "../text.ts";
import { isEnglishWord } from "../../lexicon/wordnet.ts";
import type { Extracted } from "./shared.ts";

/**
 * "What bacteria did the tests find?": the name the sentence gives a thing of the asked kind,
 * set beside it ("Legionella, a bacterium", "the bacterium Cronobacter sakazakii").
 */

/** Heads that ask for a list or a description (GENERIC_HEADS), or for a name, a time or a role itself: not a kind of thing. */
const NOT_A_KIND = /^(names?|time|day|date|year|role|job|title|position)$/;

/** Words for a road. */
export const ROADS = /^(?:highways?|roads?|routes?|motorways?|freeways?|expressways?|streets?|avenues?)$/;
/** A road's name: "Route 12", "Highway 1A", "Harbour Road". */
export const ROAD_NAME = /\b(?:Route|Highway|Interstate|Motorway|Autoroute|Autobahn|Ruta|Rodovia|National Road)\s+\d{1,4}[A-Z]?\b|\b(?!(?:The|A|An|This|That|Its|Their|Our)\s)(?:[A-Z][a-z]+\s+){1,2}(?:Road|Street|Avenue|Highway|Boulevard|Expressway|Motorway|Freeway|Bridge|road|highway|motorway|expressway|freeway)\b/;

export function namedInstance(c: Candidate, q: Question): Extracted | undefined {
  if (q.kind !== "what" || !q.head || q.wants || GENERIC_HEADS.test(q.head) || NOT_A_KIND.test(q.head)) return undefined;
  const head = stemOf(q.head);
  const text = c.sentence.text;
  // "Which highway have they shut?" with "they blocked Route 12": a road goes by its number or its name.
  if (ROADS.test(q.head)) {
    const road = ROAD_NAME.exec(text)?.[0];
    if (road && !/^(?:The|A|An|This|That)\s/.test(road)) return { answer: road, fits: true };
  }
  for (const m of text.matchAll(/[A-Za-z][\w’'-]*/g)) {
    if (stemOf(m[0].toLowerCase()) !== head) continue;
    // "Legionella, a bacterium": the name right before ", a (adjective) <head>".
    // "the African Vaccine Acquisition Trust, the AU's pooled procurement mechanism" too.
    // "the Tennyson Crossing, one of Brisbane's busiest road bridges": one of them.
    const before = /,\s+(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,2}|one of\s+(?:[\w’'-]+\s+){0,4}|the\s+(?:[\w’'-]+\s+){0,4})$/.exec(text.slice(0, m.index));
    const name = before ? nameEndingAt(text.slice(0, before.index)) : undefined;
    if (name) return { answer: name, fits: true };
    // "the bacterium Cronobacter sakazakii": the name right after it.
    const next = text.slice(m.index! + m[0].length).trim().split(/\s+/).slice(0, 4);
    const after = nameStartingAt(next);
    if (after) return { answer: after, fits: true };
  }
  return undefined;
}

/** The name that starts a run of words, the same way. */
function nameStartingAt(ws: string[]): string | undefined {
  const out: string[] = [];
  for (const w of ws) {
    const plain = w.replace(/[,.;:]+$/, "");
    const bare = plain.toLowerCase().replace(/[’'].*$/, "");
    if (/^[A-Z]/.test(plain) ? out.length === 0 && isEnglishWord(bare) : out.length === 0 || isEnglishWord(bare) || isStopWord(bare)) break;
    out.push(plain);
    if (plain !== w) break;
  }
  return out.length ? out.join(" ") : undefined;
}

/** The name that ends a text: capitalised words and words no dictionary has ("Cronobacter sakazakii"), not "Tests found". */
function nameEndingAt(text: string): string | undefined {
  const ws = text.trim().split(/\s+/);
  let from = ws.length;
  while (from > 0 && from > ws.length - 4) {
    const w = ws[from - 1];
    const plain = w.toLowerCase().replace(/[’'].*$/, "");
    if (/^[A-Z]/.test(w) ? isStopWord(plain) : isEnglishWord(plain) || isStopWord(plain)) break;
    from--;
  }
  const name = ws.slice(from).join(" ");
  return /^[A-Z]/.test(name) ? name : undefined;
}
