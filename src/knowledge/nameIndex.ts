import type { KnowledgeBase } from "./base.ts";
import { isStopWord, stemOf, words } from "../qa/text.ts";
import { ORG_WORDS } from "../lexicon/words.ts";

/** Where a name points: an article and the id of a person, organization or place in it. */
export interface NameRef {
  article: number;
  id: string;
  kind: "person" | "organization" | "place";
}

/**
 * Look-up tables from names to the people and things of every article, built once per knowledge
 * base, so reading a question costs the same with ten articles or ten thousand. Keys are the words
 * of a name in lower case, joined by one space ("antony blinken", "pew research center"); a person
 * is also found by each word of their name ("blinken"). Role words map to the people who hold them.
 */
export interface NameIndex {
  people: Map<string, NameRef[]>;
  /** One word of a person's name -> the people with it. */
  personWords: Map<string, NameRef[]>;
  things: Map<string, NameRef[]>;
  /** Lower-case texts of every place mention. */
  places: Set<string>;
  /** The stem of a word of a role -> the people holding a role with that word. */
  roleWords: Map<string, NameRef[]>;
  /** The longest name, in words: questions are scanned for names up to this length. */
  longest: number;
  /** Lower-case initials of an organization's name of three or more words -> that name ("aei" -> "American Enterprise Institute"). */
  initials: Map<string, string>;
}

const cache = new WeakMap<KnowledgeBase, NameIndex>();
const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ter", "ten"]);
const CONNECTORS = new Set(["of", "for", "the", "and", "on", "in", "&"]);

function add(map: Map<string, NameRef[]>, key: string, ref: NameRef): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [ref]);
  else if (!list.some((r) => r.article === ref.article && r.id === ref.id)) list.push(ref);
}

export function nameIndex(kb: KnowledgeBase): NameIndex {
  let index = cache.get(kb);
  if (index) return index;
  index = { people: new Map(), personWords: new Map(), things: new Map(), places: new Set(), roleWords: new Map(), longest: 1, initials: new Map() };
  const ix = index;
  kb.articles.forEach((facts, article) => {
    for (const p of facts.people) {
      const ref: NameRef = { article, id: p.id, kind: "person" };
      for (const form of [p.name, ...p.aliases]) {
        const k = words(form).join(" ");
        add(ix.people, k, ref);
        ix.longest = Math.max(ix.longest, k.split(" ").length);
      }
      // A Roman numeral after a name ("Henry VIII") is no name of its own; "Xi" first in "Xi Jinping" is.
      // Nor a particle of a surname ("al" of "al-Mashriqi", "van", "bin"): many share it.
      words(p.name).forEach((w, i, ws) => {
        if (w.length >= 2 && !isStopWord(w) && !(i > 0 && i === ws.length - 1 && /^[ivxl]+$/.test(w)) && !(i < ws.length - 1 && NAME_PARTICLES.has(w))) add(ix.personWords, w, ref);
      });
      // Not "of" or "the": every role would have them.
      for (const r of p.roles) for (const w of words(r)) if (!isStopWord(w)) add(ix.roleWords, stemOf(w), ref);
    }
    for (const t of facts.things) {
      const ref: NameRef = { article, id: t.id, kind: t.kind };
      for (const form of [t.name, ...t.aliases, ...shortNames(t)]) {
        const k = words(form).join(" ");
        add(ix.things, k, ref);
        ix.longest = Math.max(ix.longest, k.split(" ").length);
      }
      const initials = t.kind === "organization" ? words(t.name).filter((w) => !CONNECTORS.has(w)).map((w) => w[0]).join("") : "";
      if (initials.length >= 3 && !ix.initials.has(initials)) ix.initials.set(initials, t.name);
    }
    for (const m of facts.mentions) if (m.kind === "place") ix.places.add(m.text.toLowerCase());
  });
  cache.set(kb, index);
  return index;
}

/**
 * Shorter names an organization goes by in a question:
 * - "the Spanish athletics federation" for the "Royal Spanish Athletics Federation": a name of four
 *   words or more without its first words, down to its last three. Not two: "the canal authority"
 *   describes the "Corvina Canal Authority" more than it names it.
 * - "the dockworkers union" for the "Dockworkers and Allied Trades Union": its first word and the
 *   word for what it is, when the name has more between them.
 */
export function shortNames(t: { kind: string; name: string }): string[] {
  const ws = words(t.name);
  if (t.kind !== "organization" || ws.length < 3) return [];
  const last = ws[ws.length - 1];
  const head = ORG_WORDS.has(last) && !CONNECTORS.has(ws[0]) && !isStopWord(ws[0]) ? [`${ws[0]} ${last}`] : [];
  if (ws.length < 4 || ws.some((w) => CONNECTORS.has(w))) return head;
  return [...ws.slice(1, -2).map((_, i) => ws.slice(i + 1).join(" ")), ...head];
}

/** Every run of one to `longest` words of a question, as lower-case keys. */
export function phrases(ws: string[], longest: number): string[] {
  const out: string[] = [];
  for (let n = Math.min(longest, ws.length); n >= 1; n--) for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(" "));
  return out;
}
