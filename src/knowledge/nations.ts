import type { NamedThing, Sentence } from "./types.ts";
import { countryOf, countryOfCapital, isKnownPlace } from "../lexicon/places.ts";
import { escapeRegExp } from "../qa/text.ts";

/**
 * Countries the lexicon does not know ("Velmora", "Kastrany"), told by how the article uses them:
 * a place that has what a country has ("Kastrany's capital", "Velmora's Ministry of Water").
 */

/** What a country has, said after its name: "Kastrany's capital", "Kastrany's foreign ministry". */
export const NATION_NOUNS = /^(capital|government|foreign|prime|parliament|army|military|embassy|border|borders|territory|defence|defense|interior|state|economy|inflation|exports|imports|currency|citizens|navy|constitution|ministry|minister|ministers|delegation|negotiators?)$/i;

/** What a country has, said before "of" its name: "the government of Dervania". */
export const NATION_OF = /^(government|president|minister|people|parliament|army|capital|citizens|ministry)$/i;

/**
 * The places of an article that it uses as countries, and are no country or capital the lexicon
 * knows: one that has what a country has, or a word for its people ("Norvian farmland"), and one
 * named together with such a country ("talks between Norvia and Caldeth").
 */
export function unlistedNations(things: NamedThing[], sentences: Sentence[]): NamedThing[] {
  const places = things.filter((t) => t.kind === "place" && !t.name.includes(",") && !t.name.includes(" ") && !countryOf(t.name) && !countryOfCapital(t.name) && !isKnownPlace(t.name));
  const nations = places.filter((t) => usedAsNation(t.name, sentences) || hasDemonym(t.name, sentences));
  const paired = places.filter((t) => !nations.includes(t) && nations.some((n) => namedTogether(t.name, n.name, sentences)));
  return [...nations, ...paired];
}

function usedAsNation(name: string, sentences: Sentence[]): boolean {
  const re = new RegExp(`\\b${escapeRegExp(name)}['’]s\\s+([A-Za-z]+)`, "g");
  // "the government of Dervania", "the president of Varnia".
  const of = new RegExp(`\\b([A-Za-z]+)\\s+of\\s+${escapeRegExp(name)}\\b`, "g");
  return sentences.some((s) => [...s.text.matchAll(of)].some((m) => NATION_OF.test(m[1])) || [...s.text.matchAll(re)].some((m) => NATION_NOUNS.test(m[1])));
}

/** "Norvian" for Norvia, "Kastranian" for Kastrany, "Velmoran" for Velmora. */
export function hasDemonym(name: string, sentences: { text: string }[]): boolean {
  return demonymsOf(name, sentences).length > 0;
}

/** The words the article uses for the people of an unlisted country: "Tarsanan" for Tarsana. */
export function demonymsOf(name: string, sentences: { text: string }[]): string[] {
  const stem = escapeRegExp(name.replace(/[aeiouy]$/, ""));
  const re = new RegExp(`\\b${stem}(?:an|ian|ean|ese|i|n)\\b`, "g");
  const own = new RegExp(`\\b${escapeRegExp(name)}\\b`, "g");
  return [...new Set(sentences.flatMap((s) => s.text.replace(own, "").match(re) ?? []))];
}

function namedTogether(a: string, b: string, sentences: Sentence[]): boolean {
  const [x, y] = [escapeRegExp(a), escapeRegExp(b)];
  const re = new RegExp(`\\b(?:${x}\\s+(?:and|or)\\s+${y}|${y}\\s+(?:and|or)\\s+${x})\\b`);
  return sentences.some((s) => re.test(s.text));
}
