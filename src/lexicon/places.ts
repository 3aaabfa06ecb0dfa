import { COUNTRIES, COUNTRY_OF_REGION, REGIONS, type Country } from "./countries.ts";

/** Normalised form for matching names: lower case, no dots, straight apostrophes. */
export function key(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, "").replace(/\s+/g, " ").trim();
}

const byName = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
const byCapital = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) byName.set(key(n), c);
  for (const d of c.demonyms) byDemonym.set(key(d), c);
  if (c.capital) byCapital.set(key(c.capital), c);
}
const regions = new Set([...REGIONS].map(key));
/** First words of two-word country names and demonyms ("united", "south"): only these can start one. */
const multiWordStarts = new Set([...byName.keys(), ...byDemonym.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]));

const countryCache = new Map<string, Country | null>();

/** The country a name, short form ("U.S.") or demonym ("Chinese") refers to. */
export function countryOf(text: string): Country | undefined {
  let c = countryCache.get(text);
  if (c === undefined) {
    const k = key(text).replace(/'s$/, "");
    c = byName.get(k) ?? byDemonym.get(k) ?? null;
    if (countryCache.size < 100_000) countryCache.set(text, c);
  }
  return c ?? undefined;
}

/** The country whose capital this is, for "Beijing says" style references. */
export function countryOfCapital(text: string): Country | undefined {
  return byCapital.get(text) ?? (/^[a-z]+$/.test(text) ? undefined : byCapital.get(key(text)));
}

const byRegion = new Map([...COUNTRY_OF_REGION].map(([region, country]) => [key(region), byName.get(key(country))!]));

/** The country a state or province is in: "Ohio" -> the United States. */
export function countryOfRegion(text: string): Country | undefined {
  return byRegion.get(key(text));
}

/** `countryOfRegion` for lower-case words, a two-word name first ("new", "york"). */
export function countryOfRegionWords(word: string, next?: string): Country | undefined {
  return (next !== undefined ? byRegion.get(`${word} ${next}`) : undefined) ?? byRegion.get(word);
}

/** Adjectives of nations and regions within a country: "Scottish Labour", "Catalan nationalists". */
const REGIONAL_DEMONYMS = new Set(["scottish", "welsh", "english", "catalan", "basque", "bavarian", "flemish", "walloon", "kurdish", "tibetan", "texan", "californian", "quebecois", "corsican", "sicilian", "punjabi", "tamil", "sindhi"]);

/** A people's adjective, of a country ("Chinese") or of a nation or region within one ("Scottish"). */
export function isPeopleAdjective(text: string): boolean {
  return isDemonym(text) || REGIONAL_DEMONYMS.has(key(text));
}

/**
 * The place whose people's word `word` is, by the usual endings, for a place general knowledge does
 * not know: "ostravian" of "ostravia", "calabrian" of "calabria", "norlandish" of "norland". The
 * candidates come from the word's own letters; `isPlace` says which the articles name. Lower case.
 */
export function peoplesPlace(word: string, isPlace: (name: string) => boolean): string | undefined {
  for (let cut = word.length - 1; cut >= Math.max(4, word.length - 3); cut--) {
    const stem = word.slice(0, cut);
    for (const place of [stem, `${stem}a`, `${stem}ia`, `${stem}e`, `${stem}y`]) if (demonymOf(word, place) && isPlace(place)) return place;
  }
  return undefined;
}

/** Whether `word` ends as a people's word made from `place` ("ostravian", "norlandish"). */
function demonymOf(word: string, place: string): boolean {
  const bare = place.replace(/[aeiouy]$/, "");
  return [`${place}n`, `${place}an`, `${place}ian`, ...["an", "ian", "ese", "i", "ish"].map((e) => bare + e)].includes(word);
}

export function isDemonym(text: string): boolean {
  return byDemonym.has(key(text));
}

/** True for a country, capital, region, state or continent that general knowledge knows. */
export function isKnownPlace(text: string): boolean {
  const k = key(text);
  return byName.has(k) || byCapital.has(k) || regions.has(k);
}

/** Demonyms of regions: "European allies", "Asian markets". They describe, but name no country. */
const REGION_DEMONYMS = new Set(["european", "asian", "african", "latin american", "middle eastern", "western", "eastern", "arab", "nordic", "scandinavian", "pacific", "atlantic", "caribbean"]);

/** Peoples of a part of a country: "Welsh", "Catalan", "Bavarian". They name no town. */
const LOCAL_DEMONYMS = new Set(["welsh", "scottish", "scots", "cornish", "catalan", "basque", "flemish", "walloon", "bavarian", "kurdish", "tibetan", "texan", "californian", "sicilian", "corsican", "breton", "quebecois"]);

export function isLocalDemonym(text: string): boolean {
  return LOCAL_DEMONYMS.has(text.toLowerCase());
}

export function isRegionDemonym(text: string): boolean {
  // "Europeans", "Asians": the people of a region.
  const one = /ans$/i.test(text) ? text.slice(0, -1) : text;
  return REGION_DEMONYMS.has(one) || (!/^[a-z]+$/.test(one) && REGION_DEMONYMS.has(key(one)));
}

/** The longest number of words of any known place or country name, for phrase matching. */
export const MAX_PLACE_WORDS = 4;

/**
 * The country one lower-case word of a text names ("chinese", "u.s", "beijing"), or the two-word
 * name it starts with `next` ("south korea"). The same answer as `countryOf` then `countryOfCapital`,
 * by direct look-ups: it runs for every word of every article.
 */
export function countryOfWords(word: string, next?: string): Country | undefined {
  const w = word.includes(".") ? word.replace(/\./g, "") : word;
  if (next !== undefined && multiWordStarts.has(w)) {
    const two = `${w} ${next.includes(".") ? next.replace(/\./g, "") : next}`;
    const c = byName.get(two) ?? byDemonym.get(two);
    if (c) return c;
  }
  return byName.get(w) ?? byDemonym.get(w) ?? byCapital.get(w);
}
