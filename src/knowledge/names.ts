import type { Token } from "./nlp.ts";
import { CAUSE_GROUPS, COMMON_ACRONYM_LIST, HONORIFICS, NOT_GIVEN_NAMES, NOT_NAMES, ORG_NOUNS, ORG_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS, POST_NOMINALS, ROLE_WORDS, SPEECH_VERBS } from "../lexicon/words.ts";
import { countryOf, countryOfCapital, isDemonym, isKnownPlace, isPeopleAdjective, key } from "../lexicon/places.ts";
import { isEnglishWord, isVerb } from "../lexicon/wordnet.ts";

/**
 * Finds the names in one sentence and types them (person, organization, place, nationality).
 *
 * Sketch: runs of capitalised tokens (joined by "of"/"for"/"de"... inside organization names) are
 * cut at country names and at the end of a leading title ("Secretary of State | Antony Blinken").
 * Each piece is typed by its words (ORG_WORDS, PLACE_WORDS), by general knowledge of countries,
 * by a title or role next to it, by the preposition before it, and by speech verbs after it.
 * Single words that are neither stay "unknown" until the whole article is seen (aliases.ts).
 */

export type NameKind = "person" | "organization" | "place" | "nationality" | "unknown";

export interface NameSpan {
  kind: NameKind;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  text: string;
  /** Titles written next to a person's name, in the order found. */
  roles: string[];
  /** Where a leading title starts ("Secretary" of "Secretary of State Antony Blinken"), when there is one. */
  titleFirst?: number;
}

const CONNECTORS = new Set(["of", "for", "de", "des", "du", "del", "da", "das", "do", "dos", "di", "van", "von", "al", "bin", "la", "&", "and", "y", "the", "on", "with"]);

function isCapitalised(t: Token): boolean {
  if (t.type !== "word" && t.type !== "abbreviation") return false;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (/^[A-Z][a-z]+-[a-z]/.test(t.text) && !titleWord(t.text.toLowerCase())) return false; // "Washington-based" is an adjective; "Co-leader" a title
  return true;
}

/** The first word of a sentence is capitalised anyway: count it only when it looks like a name. */
function startsSentence(tokens: Token[], i: number): boolean {
  for (let j = 0; j < i; j++) if (tokens[j].type === "word" || tokens[j].type === "number") return false;
  return true;
}

function nameLike(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalised(t)) return false;
  const low = t.text.toLowerCase();
  if (/^[A-Z]['’][a-z]/.test(t.text)) return false; // "I'm", "I'll"
  // "Vote-buying claims cloud ...": a compound of English words opening a headline names no one ("Marsh-Whitaker" does).
  const joined = tokens[i + 1]?.text === "-" && /^[a-z]+$/.test(tokens[i + 2]?.text ?? "") ? `${t.text}-${tokens[i + 2].text}` : t.text;
  // ("Co-leader Anna Lis said": a title before a name.)
  const titled = ROLE_WORDS.has(joined.toLowerCase()) || /^\p{Lu}/u.test(tokens[i + (joined === t.text ? 1 : 3)]?.text ?? "");
  if (startsSentence(tokens, i) && !titled && /^[A-Z][a-z]+-[a-z]+$/.test(joined) && joined.split("-").every((w) => isEnglishWord(w.toLowerCase()))) return false;
  // "Professor Jan Borowiec", "Dr April Ryan": after a title, a month's name before a surname is a given name.
  // ("Jan" as a month is written before a day, "Jan 5": before a surname it is a given name anywhere.)
  const givenAfterTitle = (low === "jan" && t.text === "Jan" && givenNameFirst(tokens, i)) || (/^(?:jan|april|may|june|july|august)$/.test(low) && i > 0 && /^\p{Lu}/u.test(tokens[i - 1].text) && (ROLE_WORDS.has(tokens[i - 1].text.toLowerCase()) || HONORIFICS.has(`${tokens[i - 1].text.toLowerCase().replace(/\.$/, "")}.`) || HONORIFICS.has(tokens[i - 1].text.toLowerCase())) && givenNameFirst(tokens, i));
  if (NOT_NAMES.has(low) && !(low === "may" && t.pos === "PROPN") && !givenAfterTitle) return false;
  // "Housing Minister Rosa Quispe said ...": a sentence's first word before a capitalised title is part of the title.
  const beforeTitle = tokens[i + 1] !== undefined && /^\p{Lu}/u.test(tokens[i + 1].text) && ROLE_WORDS.has(tokens[i + 1].text.toLowerCase()) && /^[a-z]+$/.test(low);
  if (startsSentence(tokens, i) && t.pos !== "PROPN" && !countryOf(t.text) && !ROLE_WORDS.has(low) && !givenNameFirst(tokens, i) && !beforeTitle) return false;
  // "Representing Prime Minister Jan Kowal are ...": a sentence's first word that is a verb's "-ing" form opens no name.
  // ("Housing Minister Rosa Quispe" is a title, though.)
  if (startsSentence(tokens, i) && /^[A-Z][a-z]+ing$/.test(t.text) && isVerb(low) && !beforeTitle) return false;
  return true;
}

/**
 * "Grant Whitaker, the managing partner, said...": a sentence's first word that the tagger reads
 * as a common word ("grant") is a given name when a surname-like word follows it.
 */
function givenNameFirst(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "Badr al-Harthy, the sultanate's undersecretary, ...": or a surname with a particle.
  if (next !== undefined && particleAt(tokens, i + 1) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) && next.start === tokens[i].end + 1) return true;
  return next !== undefined && next.pos === "PROPN" && isCapitalised(next) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) && !countryOf(next.text) && !isDemonym(next.text) && !NOT_NAMES.has(next.text.toLowerCase()) && next.start === tokens[i].end + 1;
}

/** Maximal runs of name-like tokens, allowing connectors between them ("Bank of England"). */
function capitalRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    // "al-Harthy told reporters": a surname that starts with a particle.
    const particleFirst = particleAt(tokens, i);
    if (!nameLike(tokens, i) && !particleFirst) {
      i++;
      continue;
    }
    let j = particleFirst ? i + 2 : i;
    // ("End-of-Life Review Board": after a lower-case part joined by hyphens, the name goes on.)
    for (let grown = true; grown; ) {
      const from = j;
      while (j + 1 < tokens.length) {
        // "a Maritime Connect Airlines De Havilland Dash 8": a company's name ends at its last word.
        if (j > i && COMPANY_END.test(tokens[j].text) && !COMPANY_END.test(tokens[j + 1].text)) break;
        if (nameLike(tokens, j + 1)) j++;
        // "Khalid al-Harthy", "Omar el-Sayed": a lower-case particle joined to the surname by a hyphen.
        else if (particleAt(tokens, j + 1)) j += 3;
        // "International Committee of the Red Cross": "of the" inside an organization's name.
        // "Dutch Authority for the Financial Markets": "for the" too.
        else if (/^(of|for)$/i.test(tokens[j + 1].text) && tokens[j + 2]?.text.toLowerCase() === "the" && nameLike(tokens, j + 3) && tokens.slice(i, j + 1).some((t) => ORG_WORDS.has(t.text.toLowerCase()))) j += 3;
        else if (CONNECTORS.has(tokens[j + 1].text.toLowerCase()) && j + 2 < tokens.length && nameLike(tokens, j + 2) && connectorFits(tokens, i, j + 1)) j += 2;
        // "Joris van der Berg", "María de la Cruz": two particles before the surname.
        else if (NAME_PARTICLES.test(tokens[j + 1].text) && NAME_PARTICLES.test(tokens[j + 2]?.text ?? "") && nameLike(tokens, j + 3)) j += 3;
        // "St. Aldric's Hospital", "Macy's Group": a possessive inside an organization's name.
        // "Supporters' Trust": a plural possessive too.
        // "the Citizens' List": a party's list too.
        // "Prisoners' Rights Watch": after a plural possessive the organization word may come a word or two later.
        else if (/^['’]s?$/.test(tokens[j + 1].text) && nameLike(tokens, j + 2) && (ORG_WORDS.has(tokens[j + 2].text.toLowerCase()) || (/^['’]$/.test(tokens[j + 1].text) && orgWordWithin(tokens, j + 2)) || tokens[j + 2].text === "List") && !ORG_WORDS.has(tokens[j].text.toLowerCase())) j += 2;
        // "Asia-Pacific", "Rolls-Royce": a hyphen with no space around it joins two names.
        else if (tokens[j + 1].text === "-" && tokens[j + 1].start === tokens[j].end && tokens[j + 2]?.start === tokens[j + 1].end && nameLike(tokens, j + 2)) j += 2;
        // "Barrow, Keene & Listrom LLP": partners' names listed before the "&" make one firm.
        else if (tokens[j + 1].text === "," && nameLike(tokens, j + 2) && tokens[j + 3]?.text === "&" && nameLike(tokens, j + 4)) j += 2;
        else break;
      }
      // "Seo Jae-hwan", "Ahn Min-seo": a lower-case part joined by a hyphen belongs to the name.
      // Not a word that makes the name an adjective: "San Francisco-based", "Kremlin-backed".
      while (tokens[j + 1]?.text === "-" && tokens[j + 1].start === tokens[j].end && /^[a-z]+$/.test(tokens[j + 2]?.text ?? "") && !NAME_SUFFIX_WORDS.test(tokens[j + 2].text) && tokens[j + 2].start === tokens[j + 1].end && /^[A-Z][a-z]+$/.test(tokens[j].text)) j += 2;
      const joinedOn = /^[a-z]+$/.test(tokens[j].text) && j > i && tokens[j - 1]?.text === "-" && tokens[j + 1]?.text === "-" && tokens[j + 1].start === tokens[j].end && tokens[j + 2]?.start === tokens[j + 1].end && nameLike(tokens, j + 2);
      if (joinedOn) j += 2;
      grown = joinedOn && j > from;
    }
    // "Transit Workers United Local 268", "Engine Company No. 7": a local's or unit's number is part of the name.
    if (/^(Local|No\.?|Unit|Chapter|District)$/.test(tokens[j].text) && tokens[j + 1]?.type === "number") j++;
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Whether an organization word is among the name-like words from `k` on, at most three. */
function orgWordWithin(tokens: Token[], k: number): boolean {
  for (let i = k; i < k + 3 && nameLike(tokens, i); i++) if (ORG_WORDS.has(tokens[i].text.toLowerCase())) return true;
  return false;
}

/** Words for a ship, right before its name. */
const VESSELS = /^(ship|tanker|vessel|ferry|freighter|trawler|yacht|frigate|destroyer|submarine|liner|carrier|barge|tug|tugboat|schooner|boat|cutter|dredger|icebreaker)$/;

/** Words that end a company's name: what follows them is something else ("... Airlines De Havilland Dash 8"). */
const COMPANY_END = /^(Airlines|Airways|Ferries|Inc\.?|Ltd\.?|Plc|PLC|LLC|LLP|Corp\.?|GmbH)$/;

const NAME_SUFFIX_WORDS = /^(based|led|born|backed|owned|run|funded|made|bound|style|era|area|wide|like|level|linked|allied|controlled|held|registered|listed|focused|sponsored|friendly|leaning|aligned|born|educated|trained|built|language|speaking|american|british|african)$/;

const SURNAME_PARTICLES = /^(al|el|ad|ar|as|ash|at|az|abd|abu|bin|ibn|ben)$/;

/** Whether tokens `i..i+2` are a surname with a particle: "al", "-", "Harthy" written together. */
function particleAt(tokens: Token[], i: number): boolean {
  const [p, dash, name] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return p !== undefined && dash?.text === "-" && name !== undefined && SURNAME_PARTICLES.test(p.text) && dash.start === p.end && name.start === dash.end && /^\p{Lu}\p{Ll}/u.test(name.text);
}

/** "and"/"the"/"on" join names only inside organizations ("Central Commission for Foreign Affairs", "Committee on Ways and Means"). */
function connectorFits(tokens: Token[], first: number, at: number): boolean {
  const word = tokens[at].text.toLowerCase();
  const before = tokens.slice(first, at).map((t) => t.text.toLowerCase());
  // "Cruz y Vidal", "Ortega y Gasset": Spanish "y" joins the parts of one name.
  if (word === "y") return true;
  // "Banco do Brasil", "Pescas Atlanticas do Sul": Portuguese "do" too, inside a name (not "Why do Americans ...").
  if (word === "do") return before.length >= 2 || !startsSentence(tokens, first);
  // "Halden & Moss", "Marks & Spencer": an ampersand between names joins partners into one firm.
  if (word === "&" && /^\p{Lu}/u.test(tokens[at + 1]?.text ?? "")) return true;
  if (word === "and" || word === "&") {
    // "Bakery and Confectionery Workers Union": joined when an organization word ends what follows.
    let k = at + 1;
    while (k < tokens.length && /^[A-Z]/.test(tokens[k].text)) k++;
    // "Wildlife Conservation and Management Act": or a word for a document or an event.
    // "the centre-left Labour and Solidarity", "the Farmers and Regions party": a party's name.
    const party = (POLITICS.test(tokens[first - 1]?.text ?? "") || /^(party|alliance|bloc)$/.test(tokens[k]?.text ?? "")) && k - at === 2 && at - first === 1;
    // "Federal Employment and Workplace Relations Minister Lydia Nguyen": a portfolio in two parts before a title.
    const titleAfter = tokens.slice(at + 1, k - 1).some((t) => ROLE_WORDS.has(t.text.toLowerCase()));
    const title = titleAfter && before.length <= 3 && !before.some((w) => ROLE_WORDS.has(w)) && before.every((w) => isEnglishWord(w));
    // "Energy Minister Anna Lis and Deputy Minister Piotr Zaj": two people, each with a title.
    if (titleAfter && before.some((w) => ROLE_WORDS.has(w))) return false;
    // "Banco Levantino and Caja Meridional": two names, each opened by a word for a body.
    if (before.length >= 2 && ORG_WORDS.has(before[0]) && ORG_WORDS.has(tokens[at + 1]?.text.toLowerCase() ?? "") && !before.some((w) => /^(of|for|the)$/.test(w))) return false;
    // "Aoraki Insurance and Harbourline Insurance Group": two names, each ending in a word for a body.
    if (before.length >= 2 && ORG_WORDS.has(before[before.length - 1]) && !ORG_WORDS.has(tokens[at + 1]?.text.toLowerCase() ?? "") && k - 1 > at + 1 && ORG_WORDS.has(tokens[k - 1].text.toLowerCase()) && !before.some((w) => /^(of|for|the|and|&)$/.test(w))) return false;
    return before.some((w) => ORG_WORDS.has(w)) || party || title || (k - 1 > at && (ORG_WORDS.has(tokens[k - 1].text.toLowerCase()) || NOT_A_PERSON_END.test(tokens[k - 1].text)));
  }
  if (word === "the" || word === "on") return before.some((w) => ORG_WORDS.has(w));
  // "Foundation for People with Diabetes": "with" after "for" inside an organization's name.
  if (word === "with") return before.some((w) => ORG_WORDS.has(w)) && before.includes("for");
  if (word === "of" || word === "for") {
    // "Secretary of State", "University of Leeds", "Bank of England": a role or org word comes first.
    // A title earlier in the run does not join a person to a place: "Senator Daniel Okafor | of New Jersey".
    const last = before[before.length - 1] ?? "";
    // "Parents for Safe Schools", "Logan Neighbors for Responsible Growth": a group of people for a cause.
    return before.some((w) => ORG_WORDS.has(w)) || ROLE_WORDS.has(last) || PLACE_WORDS.has(last) || (word === "for" && CAUSE_GROUPS.test(last));
  }
  return true;
}


/** Splits a run at known country names: "U.S. Cui Tiankai" -> "U.S." + "Cui Tiankai". */
function splitAtCountries(tokens: Token[], [a, b]: [number, number]): [number, number][] {
  // "American Enterprise Institute", "U.S. Chamber of Commerce": the country is part of an organization's name.
  if (tokens.slice(a + 1, b + 1).some((t) => ORG_WORDS.has(t.text.toLowerCase()))) return [[a, b]];
  const out: [number, number][] = [];
  let start = a;
  // "North America", "South Asia": a known place that holds a country's name is one place.
  if (b > a && isKnownPlace(joinTokens(tokens, a, b))) return [[a, b]];
  // "the Liechtenstein Palace", "Japan Square": a building or a place named after a country is one name.
  if (b > a && (PLACE_WORDS.has(tokens[b].text.toLowerCase()) || BUILDINGS.test(tokens[b].text))) return [[a, b]];
  let i = a;
  while (i <= b) {
    let matched = 0;
    for (let n = Math.min(4, b - i + 1); n >= 1; n--) {
      const text = joinTokens(tokens, i, i + n - 1);
      if (countryOf(text) && !(n === 1 && i > a && ORG_WORDS.has(tokens[i + 1]?.text.toLowerCase() ?? ""))) {
        matched = n;
        break;
      }
    }
    // "Health Canada", "Bank Indonesia", "Air France": one word for an organization, then the country, is its name.
    const orgOfCountry = i === a + 1 && i + matched - 1 === b && (ORG_WORDS.has(tokens[a].text.toLowerCase()) || /^(Air|Radio|Telecom)$/.test(tokens[a].text));
    // "Elephant Lifeline Kenya", "Save the Rivers Kenya": words of English, then the country, name a body's branch.
    const branch = matched > 0 && i + matched - 1 === b && i - a >= 2 && tokens.slice(a, i).every((t) => /^[A-Z][a-z]+$/.test(t.text) && isEnglishWord(t.text.toLowerCase()) && !ROLE_WORDS.has(t.text.toLowerCase()));
    // "La Trinidad", "New Jersey": a place's article or first word before a country's name makes another place.
    const placeWord = matched > 0 && i === a + 1 && /^(?:La|Le|Las|Los|El|San|Santa|Sao|São|Saint|St\.?|New|Nueva|Nuevo|Nova|Port|Puerto|Porto|Villa|Vila)$/.test(tokens[a].text);
    const insideOrg = matched > 0 && (ORG_WORDS.has(tokens[i + matched]?.text.toLowerCase() ?? "") || tokens[i - 1]?.text.toLowerCase() === "of" || orgOfCountry || branch || placeWord);
    if (matched > 0 && !insideOrg && (i > start || i + matched - 1 < b)) {
      if (i > start) out.push([start, i - 1]);
      out.push([i, i + matched - 1]);
      start = i + matched;
      i = start;
    } else i++;
  }
  if (start <= b) out.push([start, b]);
  return out;
}

export function joinTokens(tokens: Token[], first: number, last: number): string {
  let s = "";
  for (let i = first; i <= last; i++) s += (i > first && tokens[i].start > tokens[i - 1].end ? " " : "") + tokens[i].text;
  return s;
}

/** Titles that are common given names too. */
const GIVEN_NAME_TITLES = /^(?:Dean|Earl)$/;

/** A word for a role, or one with a prefix that keeps it one: "co-leader", "vice-chair", "acting-director". */
function titleWord(low: string): boolean {
  const prefixed = /^(?:co|vice|deputy|acting|interim)-([a-z]+)$/.exec(low);
  return ROLE_WORDS.has(low) || (prefixed !== null && ROLE_WORDS.has(prefixed[1]));
}

/**
 * Index of the last token of a leading title, or -1. The title runs to the last role word, and
 * through an "of X" after it: "Secretary of State | Antony Blinken", "Minister of Finance | Carla Mendes".
 */
function lastRoleWord(tokens: Token[], a: number, b: number): number {
  for (let i = b; i >= a; i--) {
    if (!titleWord(tokens[i].text.toLowerCase())) continue;
    // "said Dean Whitlow": a title that is a given name too, before one name alone, is his given name ("Dean Jane Ross" keeps it).
    if (i === a && b === a + 1 && GIVEN_NAME_TITLES.test(tokens[i].text)) continue;
    let end = i;
    if (["of", "for"].includes(tokens[i + 1]?.text.toLowerCase() ?? "") && i + 2 <= b) {
      end = i + 2;
      while (end + 1 <= b && (ORG_WORDS.has(tokens[end + 1].text.toLowerCase()) || CONNECTORS.has(tokens[end + 1].text.toLowerCase()))) end++;
    }
    return end;
  }
  return -1;
}

/** Finds and types the names in a sentence. */
export function findNames(tokens: Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const run of capitalRuns(tokens)) {
    for (const [a, end] of splitAtCountries(tokens, run)) {
      // "Simon Achterberg KC", "Dame Ann Lowe MP": letters after a name are not part of it.
      const b = end - a >= 2 && POST_NOMINALS.test(tokens[end].text) ? end - 1 : end;
      const text = joinTokens(tokens, a, b);
      const words = tokens.slice(a, b + 1).map((t) => t.text.toLowerCase());
      const country = countryOf(text);
      if (country) {
        const nat = isDemonym(text) && !/^[A-Z]+$/.test(text.replace(/\./g, ""));
        spans.push({ kind: nat ? "nationality" : "place", first: a, last: b, text, roles: [] });
        continue;
      }
      // "Judge Marguerite Olsen of Pierce County Superior Court": a titled person, then their organization.
      const of = words.indexOf("of");
      if (of > 1 && ROLE_WORDS.has(words[0]) && !ORG_WORDS.has(words[of - 1]) && !ROLE_WORDS.has(words[of - 1]) && words.slice(of + 1).some((w) => ORG_WORDS.has(w))) {
        spans.push(personWithTitle(tokens, a, lastRoleWord(tokens, a, a + of - 1), a + of - 1));
        spans.push({ kind: "organization", first: a + of + 1, last: b, text: joinTokens(tokens, a + of + 1, b), roles: [] });
        continue;
      }
      // "“Insurance is the last line of defense”": a word for a kind of body, opening a sentence, names none.
      // ("Federation president Raul Chaves": before a title it is that body, named short.)
      // ("Union leaders said ...": a plural role with no name after it is no title of anyone's.)
      if (a === b && ORG_WORDS.has(words[0]) && startsSentence(tokens, a) && !(ROLE_WORDS.has(tokens[a + 1]?.text.toLowerCase() ?? "") && /^\p{Lu}/u.test(tokens[a + 2]?.text ?? ""))) continue;
      // ("the Association of Resident Nurses": a body of a group, whose name ends in a plural noun for people.)
      const plural = /s$/.test(words[b - a]) && isEnglishWord(words[b - a]) && (isEnglishWord(words[b - a].slice(0, -1)) || isEnglishWord(words[b - a].replace(/es$/, "")));
      const ofAt = words.indexOf("of");
      const groupOf = plural && ofAt > 0 && ORG_WORDS.has(words[ofAt - 1]);
      if (words.some((w) => ORG_WORDS.has(w) || w === "&") && (!ROLE_WORDS.has(words[words.length - 1]) || groupOf)) {
        const role = lastRoleWord(tokens, a, b);
        // "The governing Social Alliance of Prime Minister Andres Lepik": the organization, then a
        // titled person after its "of" (the title starts right after it).
        const titleOf = role >= 0 && role < b ? words.findIndex((w, k) => w === "of" && k > 0 && ORG_WORDS.has(words[k - 1]) && ROLE_WORDS.has(words[k + 1] ?? "") && a + k < role) : -1;
        // (Not "the National Association of Resident Doctors": a plural noun after the title is a group the body is of.)
        const group = groupOf || (role === b - 1 && plural);
        if (titleOf > 0 && !group && !words.slice(role - a + 1).some((w) => ORG_WORDS.has(w))) {
          spans.push({ kind: "organization", first: a, last: a + titleOf - 1, text: joinTokens(tokens, a, a + titleOf - 1), roles: [] });
          spans.push(personWithTitle(tokens, a + titleOf + 1, role, b));
        // "Party Chairman Li Wei": an org word inside a title before a name.
        } else if (role >= 0 && role < b && !group && !words.slice(role - a + 1).some((w) => ORG_WORDS.has(w))) {
          spans.push(personWithTitle(tokens, a, role, b));
        } else spans.push({ kind: "organization", first: a, last: b, text, roles: [] });
        continue;
      }
      // "the Crescent Ranger District": a name that ends in a word for a place is one, whatever title it holds.
      if (b > a && PLACE_WORDS.has(words[words.length - 1]) && !/^[A-Z]+$/.test(tokens[b].text)) {
        spans.push({ kind: "place", first: a, last: b, text, roles: [] });
        continue;
      }
      // "the General Fisheries and Aquaculture Law": a name that ends in a word for a document or an event has no title in it.
      if (b > a && NOT_A_PERSON_END.test(tokens[b].text)) {
        spans.push({ kind: "organization", first: a, last: b, text, roles: [] });
        continue;
      }
      const role = lastRoleWord(tokens, a, b);
      if (role >= 0) {
        // "the Archivo General de Indias": no one's name starts with a lower-case particle after a title.
        if (role < b && /^\p{Ll}/u.test(tokens[role + 1].text) && CONNECTORS.has(tokens[role + 1].text)) spans.push({ kind: "unknown", first: a, last: b, text, roles: [] });
        else if (role < b) spans.push(personWithTitle(tokens, a, role, b));
        // "Civic Forward leader Tomas Hrubec", "the centre-right Civic Forward": a name that ends in a
        // word for a role ("forward") but has a leader, or a politics, is a party's.
        else if (b > a && !words.slice(0, -1).some((w) => ROLE_WORDS.has(w)) && partyCue(tokens, a, b)) spans.push({ kind: "organization", first: a, last: b, text, roles: [] });
        // A title alone ("the Secretary of State") names no one.
        continue;
      }
      if (PLACE_WORDS.has(words[words.length - 1]) || isKnownPlace(text) || countryOfCapital(text)) {
        spans.push({ kind: "place", first: a, last: b, text, roles: [] });
        continue;
      }
      spans.push({ kind: guessKind(tokens, a, b), first: a, last: b, text, roles: [] });
    }
  }
  return withNationalTitles(tokens, peopleOfLists(tokens, mergePossessiveOrgs(tokens, mergeCityRegion(tokens, spelledByInitials(tokens, spans)))));
}

/** Small words inside a name that its initials skip: "Advisory, Conciliation and Arbitration Service (ACAS)". */
const INITIALS_SKIP = /^(?:,|and|&|of|for|the|on|in|de|du|des|la|le|y|et)$/i;

/**
 * "the Advisory, Conciliation and Arbitration Service (ACAS)": a name cut into pieces (at its commas,
 * or at "and" and "in") is one organization when the initials in brackets after it spell it whole.
 */
function spelledByInitials(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i];
    const initials = tokens[s.last + 1]?.text === "(" && tokens[s.last + 3]?.text === ")" ? tokens[s.last + 2].text : "";
    if (!/^[A-Z]{3,8}$/.test(initials)) continue;
    let letters = "";
    let first = -1;
    for (let k = s.last; k >= 0 && letters.length < initials.length; k--) {
      const t = tokens[k].text;
      if (/^\p{Lu}/u.test(t)) letters = t[0] + letters;
      else if (!INITIALS_SKIP.test(t)) break;
      if (/^\p{Lu}/u.test(t)) first = k;
    }
    // Cut at commas, or at a small word the runs do not cross ("Organization for Security and
    // Co-operation in Europe (OSCE)"), when a word for a body says it is an organization's name.
    const pieces = tokens.slice(first, s.last + 1);
    if (letters !== initials || first >= s.first || !pieces.some((t) => t.text === "," || ORG_WORDS.has(t.text.toLowerCase()))) continue;
    const joined = spans.filter((x) => x.first >= first && x.last <= s.last);
    spans.splice(spans.indexOf(joined[0]), joined.length, { kind: "organization", first, last: s.last, text: joinTokens(tokens, first, s.last), roles: [] });
  }
  return namedBeforeInitials(tokens, spans);
}

/**
 * "a spokeswoman for the UN High Commissioner for Refugees (UNHCR)": words the runs did not take for
 * a name (a title word inside) are an organization's name when the initials in brackets after them
 * spell them whole.
 */
function namedBeforeInitials(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i];
    const end = s.first - 2;
    if (s.first !== s.last || tokens[s.first - 1]?.text !== "(" || tokens[s.last + 1]?.text !== ")" || !/^[A-Z]{3,8}$/.test(s.text)) continue;
    if (spans.some((x) => x.last === end)) continue;
    let letters = "";
    let first = -1;
    for (let k = end; k >= 0 && letters.length < s.text.length; k--) {
      const t = tokens[k].text;
      if (/^\p{Lu}/u.test(t)) {
        // "UN" stands for its letters: "UN High Commissioner for Refugees (UNHCR)".
        letters = (/^[A-Z]{2,3}$/.test(t) ? t : t[0]) + letters;
        first = k;
      } else if (!INITIALS_SKIP.test(t)) break;
    }
    if (letters !== s.text || first < 0 || spans.some((x) => x.first >= first && x.last <= end)) continue;
    spans.splice(i - 0, 0, { kind: "organization", first, last: end, text: joinTokens(tokens, first, end), roles: [] });
  }
  return spans;
}

/**
 * "board members Lenka Dolezalova and Pavel Kriz voting for ...": a name written like a person's,
 * joined by "and" or a comma to a person's name, is a person's too (however the word after it reads).
 */
function peopleOfLists(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  spans.forEach((s, i) => {
    const prev = spans[i - 1];
    if (s.kind !== "unknown" || prev?.kind !== "person" || !personalName(tokens, s.first, s.last, 2)) return;
    const between = tokens.slice(prev.last + 1, s.first).map((t) => t.text.toLowerCase()).join(" ");
    if (/^(and|,|, and)$/.test(between)) s.kind = "person";
  });
  return spans;
}

/** "Japanese Foreign Minister Haruka Minegishi": the nationality right before a title is part of it. */
function withNationalTitles(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  spans.forEach((s, i) => {
    const prev = spans[i - 1];
    if (s.kind !== "person" || s.roles.length !== 1 || !prev || (prev.kind !== "nationality" && prev.kind !== "place")) return;
    // The title stands between the nationality and the name.
    const title = s.roles[0];
    if (prev.last + 1 < s.first && joinTokens(tokens, prev.last + 1, s.first - 1) === title && countryOf(prev.text)) s.roles = [`${prev.text} ${title}`];
  });
  return spans;
}

/** "the Communist Party's Central Commission for Foreign Affairs": one organization inside another is one name. */
function mergePossessiveOrgs(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    // "the Transport and Allied Workers' Union": a plural possessive too.
    if (prev?.kind === "organization" && s.kind === "organization" && s.first === prev.last + 2 && (/^['’]s$/.test(tokens[prev.last + 1].text) || (/^['’]$/.test(tokens[prev.last + 1].text) && /s$/.test(tokens[prev.last].text)))) {
      out[out.length - 1] = { ...prev, last: s.last, text: joinTokens(tokens, prev.first, s.last) };
      continue;
    }
    out.push(s);
  }
  return out;
}

function personWithTitle(tokens: Token[], a: number, role: number, b: number): NameSpan {
  // "Secretary of State for Infrastructure Duarte Neves": a title that ends on "for" or "of" takes
  // the portfolio after it, when a name of two words or more is left.
  while (/^(?:for|of)$/i.test(tokens[role]?.text ?? "") && b - role >= 3) role++;
  const title = joinTokens(tokens, a, role);
  const honorific = HONORIFICS.has(title.toLowerCase());
  return { kind: "person", first: role + 1, last: b, text: joinTokens(tokens, role + 1, b), roles: honorific ? [] : [title], titleFirst: a };
}

/** Acronyms of things, times and titles, not of bodies. */
const NOT_BODIES = new RegExp(`^(?:${COMMON_ACRONYM_LIST}|NZ|UK|US|USA|UAE|EU|UN)$`);

const NOT_A_PERSON_END = /^(Report|Act|Law|Code|Bill|Plan|Policy|Strategy|Agreement|Treaty|Accord|Pact|Compact|Memorandum|Doctrine|Directive|Regulation|Resolution|Amendment|Program|Programme|Index|Survey|Review|Summit|Conference|Forum|Games|Cup|Award|Prize|Day|Week|Festival|Championship|Championships|Tournament|Open|Marathon|Scheme|Initiative|Framework|Protocol|Convention|Declaration|Charter|System|Network|Service|Register|Registry|Database|Mechanism|Fire|Fires|Blaze|Wildfire|Complex|Flood|Floods|Earthquake|Quake|Spill|Outbreak|Pandemic|Epidemic|Crisis|War|Eruption|Disaster|Riots?|Massacre|Shooting|Bombing|Attacks?|Uprising|Revolution)$/;

/**
 * A name with no title: a place after "in/at/from"; a person before "said", or with two or three
 * words that look like a given name and a surname. "The Northern Corridor" (after "the", or with a
 * first word no one is named) is not a person.
 */
/** Buildings named after a country or a person: "the Liechtenstein Palace". */
const BUILDINGS = /^(Palace|Castle|Hotel|Hall|House|Tower|Stadium|Arena|Gardens|Centre|Center|Cathedral|Embassy)$/;

/** Words for a party's politics before its name: "the centre-right Civic Forward", "the nationalist ...". */
const POLITICS = /^(?:centre|center|far|hard|left|right|nationalist|conservative|liberal|socialist|populist|opposition|ruling|governing|green|communist|libertarian|christian|social|democratic|progressive|anti-\w+|pro-\w+|centrist|separatist)$/i;

/** Whether what stands around a name makes it a party's: a leader or spokeswoman after it, or its politics before it. */
function partyCue(tokens: Token[], a: number, b: number): boolean {
  const next = tokens[b + 1];
  const after = next && /^['’]s$/.test(next.text) ? tokens[b + 2] : next;
  if (after && /^[a-z]+$/.test(after.text) && ROLE_WORDS.has(after.text) && (/^[A-Z]/.test(tokens[b + 2]?.text ?? "") || after !== next)) return true;
  if (next && /^(party|alliance|bloc|coalition)$/.test(next.text)) return true;
  const prev = tokens[a - 1]?.text ?? "";
  return POLITICS.test(prev);
}

/** A word ending in a word for a body ("Weltmuseum", "Rabobank") names a body, not a person. */
const BODY_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:museum|bank|pharma|telecom|airways|airlines)$/u;

/** Whether the name at `a` is in a list right after a plural word for places and a comma or dash ("two towns, X and Y", "three districts - X, Y and Z"). */
function listedAfterPlaces(tokens: Token[], a: number): boolean {
  for (let i = a - 1; i >= Math.max(0, a - 12); i--) {
    const t = tokens[i].text;
    if (/^(?:,|:|-|–|—)$/.test(t) && PLURAL_PLACES.test(tokens[i - 1]?.text ?? "")) return true;
    if (!/^(?:,|and|or|\p{Lu}[\p{L}’'-]*)$/u.test(t)) return false;
  }
  return false;
}
const PLURAL_PLACES = /^(?:towns|cities|villages|islands|countries|states|provinces|regions|districts|counties|ports|suburbs|capitals|nations)$/;

/** A company's legal form, written after its name. */
const LEGAL_FORM = /^(?:S\.?A\.?|Inc\.?|Ltd\.?|plc|PLC|AG|GmbH|LLC|Corp\.?|N\.?V\.?|B\.?V\.?|SpA|S\.p\.A\.|SE|Oyj|ASA|AS|ApS|Oy|AB|Pty|SAS|SARL|Srl|Ltda|Bhd)$/;
/** Words for a part of a country by its direction. */
const COMPASS = /^(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|coastal|rural)$/;

function guessKind(tokens: Token[], a: number, b: number): NameKind {
  const prev = tokens[a - 1]?.text.toLowerCase() ?? "";
  const next = tokens[b + 1]?.text.toLowerCase() ?? "";
  const n = b - a + 1;
  const first = tokens[a].text.toLowerCase();
  // "PORT ALDEN, March 14 -": a dateline's place, in capitals at the start.
  // (Not "NVF, a subsidiary of ...": a dateline's comma is followed by a date or a place.)
  if (a === 0 && next === "," && /^[A-Z0-9]/.test(tokens[b + 2]?.text ?? "") && tokens.slice(a, b + 1).every((t) => /^[A-Z][A-Z.'’-]+$/.test(t.text))) return "place";
  // "Parents for Safe Schools", "Logan Neighbors for Responsible Growth": a group campaigning for a cause.
  if (tokens.slice(a + 1, b).some((t, i) => t.text === "for" && CAUSE_GROUPS.test(tokens[a + i].text.toLowerCase()))) return "organization";
  // "OSLO (Nordic Wire) -": the agency a story comes from, in brackets before the dash.
  if (prev === "(" && next === ")" && /^[—–-]+$/.test(tokens[b + 2]?.text ?? "")) return "organization";
  // "The Schools (Mobile Devices) Bill": other words in brackets name no one.
  if (prev === "(" && next === ")") return "unknown";
  // "her first feature, “The Salt Keepers”": a title in quotation marks names a work, not a person or a body.
  const title = (t: Token | undefined) => t !== undefined && /^[“”"]$/.test(t.text);
  if (title(tokens[a - 1]) && title(tokens[b + 1]) || (prev === "the" && title(tokens[a - 2]) && title(tokens[b + 1]))) return "unknown";
  // "the tanker Nordvik Aurora", "container ship OML Harmony": a vessel's name is no one's.
  if (VESSELS.test(prev)) return "unknown";
  // "Norte Verde Forestal S.A.", "Boreal Crest Ltd": a company by its legal form.
  if (n >= 2 && LEGAL_FORM.test(tokens[b].text)) return "organization";
  // "in eastern Sarrano", "across northern Veldria": a region of a country, or the country.
  if (n === 1 && COMPASS.test(prev) && PLACE_PREPOSITIONS.has(tokens[a - 2]?.text.toLowerCase() ?? "")) return "place";
  // "the 2011 Indigenous Consultation Law", "the Clean Air Act": a law or a treaty by its name is no one's name
  // (kept with the bodies, as the things a question may name).
  if (n >= 2 && /^(?:Law|Act|Bill|Convention|Treaty|Agreement|Accord|Code|Charter|Protocol|Directive|Constitution)$/.test(tokens[b].text)) return "organization";
  // "Strait of Malacca", "Gulf of Mexico": a word for a place, then "of".
  if (n >= 3 && PLACE_WORDS.has(first) && tokens[a + 1]?.text === "of") return "place";
  // "Chipmaker Veridian narrows search": a headline's word for a company, capitalised as its first word, then the name.
  if (n >= 2 && startsSentence(tokens, a) && ORG_NOUNS.has(first) && !ORG_WORDS.has(first)) return "organization";
  // "two Arizona towns, Casa Grande and Buckeye": names listed after a plural word for places are places.
  if (listedAfterPlaces(tokens, a)) return "place";
  // "Port Dickson", "Mount Kenya", "Lake Toba": a place by its first word.
  if (n >= 2 && /^(Port|Fort|Mount|Mt\.?|Lake|Cape|Lac|Puerto|Porto|Bandar|Kota|Kuala)$/.test(tokens[a].text)) return "place";
  // "Minera Cordillera Norte (MCN)": a name given with its initials in brackets is an organization's.
  const initials = tokens.slice(a, b + 1).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join("");
  // ("Havenwerkers Unie (HWU)": a word made of two may give two letters, first and last as the name's.)
  const bracketed = tokens[b + 2]?.text ?? "";
  const initialsLike = bracketed === initials || (/^[A-Z]{2,6}$/.test(bracketed) && bracketed.length > initials.length && bracketed[0] === initials[0] && bracketed.endsWith(initials[initials.length - 1]));
  if (n >= 2 && next === "(" && tokens[b + 3]?.text === ")" && initialsLike) return "organization";
  // "Borussia Dortmund have signed ...": one person never takes a plural verb; a club or a company may.
  // Only as the subject that opens a sentence (or follows a dateline): "Representing leader Xi Jinping are ..." is inverted.
  if (n >= 2 && /^(have|are|were)$/.test(next) && (a === 0 || /^[—–-]+$/.test(prev)) && !/^(have|are|were)$/.test(tokens[b + 2]?.text.toLowerCase() ?? "") && /^[a-z]/.test(tokens[b + 1].text)) return "organization";
  // "Scottish Labour", "French Socialists": a nationality first makes a party or a group, not a person.
  if (n >= 2 && isPeopleAdjective(tokens[a].text)) return "organization";
  // "Weltmuseum Wien", "Rabobank": a word made with a word for a body names one.
  if (tokens.slice(a, b + 1).some((t) => BODY_COMPOUND.test(t.text))) return "organization";
  // "the Industrifacket union", "a Corvane company": a name right before a word for an organization is its name.
  if (ORG_NOUNS.has(next) && /^(a|an|the|its|their)$/.test(prev)) return "organization";
  // "a Meridian Insight survey found", "a Gallup poll": who made the survey.
  if (/^(survey|surveys|poll|polls|polling|study|report|analysis)$/.test(next) && /^(a|an|the)$/.test(prev)) return "organization";
  // "the San Francisco-based company": where something is based is a place.
  if (next === "-" && tokens[b + 2]?.text.toLowerCase() === "based") return "place";
  // "the centre-left Labour and Solidarity", "Civic Forward leader Tomas Hrubec": a party.
  if (n >= 2 && partyCue(tokens, a, b)) return "organization";
  // "a Hollow Oak spokeswoman": a name right before a role word is the employer.
  if (ROLE_WORDS.has(next) && /^(a|an|the)$/.test(prev)) return "organization";
  // "the forensic firm Ardent Forensics", "a ransomware group calling itself Black Lantern".
  const before = tokens.slice(Math.max(0, a - 3), a).map((t) => t.text.toLowerCase());
  // ("the family business Caves Vasseur", "Geneva auction house Maison Eberhardt".)
  const firmWord = /^(?:business|businesses)$/.test(prev) || (prev === "house" && /^(?:auction|fashion|publishing|trading|brokerage|investment|design)$/.test(before[before.length - 2] ?? ""));
  if (ORG_NOUNS.has(prev) || firmWord || (/^(itself|themselves)$/.test(prev) && before.some((w) => ORG_NOUNS.has(w))) || (/^(called|named)$/.test(prev) && ORG_NOUNS.has(before[before.length - 2] ?? ""))) return "organization";
  // "Amersfoort-based Nordvale Nutrition": what is based somewhere is an organization.
  // ("His agent, Lisbon-based Ricardo Almeida, said": a role before, and a surname that is no English word, make a person.)
  if (prev === "based" && tokens[a - 2]?.text === "-") {
    const placeAt = a - 3;
    const roleBefore = [tokens[placeAt - 1], tokens[placeAt - 2]].some((t) => t !== undefined && ROLE_WORDS.has(t.text.toLowerCase()));
    const plainName = n >= 2 && n <= 3 && personalName(tokens, a, b, 2) && !isEnglishWord(tokens[b].text.toLowerCase());
    return plainName && (roleBefore || SPEECH_VERBS.has(next)) ? "person" : "organization";
  }
  // "SafeFeed Europe", "Amnesty International": a name that ends in a continent or "International" is a body's.
  if (n >= 2 && /^(Europe|Asia|Africa|America|Americas|International|Global|Worldwide)$/.test(tokens[b].text)) return "organization";
  // "an analyst at ING": an acronym that is no known place is an organization's; not in a dateline
  // written in capitals ("NAVAN, Sept 16 -", "THE HAGUE").
  const capitals = (t: Token | undefined) => t !== undefined && /^[A-Z]{2,}$/.test(t.text);
  if (n === 1 && a > 0 && /^[A-Z]{2,6}$/.test(tokens[a].text) && !capitals(tokens[a - 1]) && !capitals(tokens[a + 1]) && !NOT_BODIES.test(tokens[a].text) && !isKnownPlace(tokens[a].text) && !countryOf(tokens[a].text)) return "organization";
  // "the chief executive of Meridianline Grocers", "Meridianline Grocers's board": a role held in it, or
  // what only a company has, makes a name a body's, whatever verb follows ("... of Iron Air said").
  if (n >= 2 && !isKnownPlace(joinTokens(tokens, a, b)) && !countryOf(joinTokens(tokens, a, b)) && (heldIn(tokens, a) || companyOwns(tokens, b))) return "organization";
  // "Iron Mobile, which sells mobile and broadband service": "which" is said of a thing, and selling of a business.
  if (n >= 2 && next === "," && tokens[b + 2]?.text.toLowerCase() === "which" && BUSINESS_VERBS.test(tokens[b + 3]?.text ?? "") && !isKnownPlace(joinTokens(tokens, a, b))) return "organization";
  const notAPerson = prev === "the" || NOT_GIVEN_NAMES.has(first);
  if (SPEECH_VERBS.has(next) && !notAPerson) return "person";
  // "after captain Euan McGarvey converted", "by referee Fraser Niven": a lower-case title right before a name.
  if (ROLE_WORDS.has(prev) && /^[a-z]/.test(tokens[a - 1].text) && personalName(tokens, a, b, 1, true)) return "person";
  // "According to Lachance, ...": a source, a person or an organization, not a place.
  // "According to Lena Vogt, a senior analyst at ...": a person, when the words after say so.
  // ("according to Fatou Ndiaye-Sarr, who heads the programme": "who" right after the source is said of a person.)
  const who = tokens[b + 1]?.text === "," && tokens[b + 2]?.text === "who";
  if (prev === "to" && tokens[a - 2]?.text.toLowerCase() === "according") return personalName(tokens, a, b, 2) && (describedAsSomeone(tokens, b) || who) ? "person" : "unknown";
  // "through Tobi Adeyemi, the 24-year-old Nigerian striker": a place preposition, but the words after the name describe a person.
  if (PLACE_PREPOSITIONS.has(prev)) return personalName(tokens, a, b) && describedAsSomeone(tokens, b) ? "person" : "place";
  // "the Vell crossing", "the Kakuma camp": a name before a word for a place.
  if (n === 1 && PLACE_WORDS.has(next) && /^[a-z]/.test(tokens[b + 1]?.text ?? "")) return "place";
  // "between Wat Thong Lang and Saphan Kluai stations": names joined before a plural word for places are places.
  // (Not one name alone: "the Waikaru villages" are a people's.)
  const placesAfter = (i: number) => { const w = tokens[i]?.text ?? ""; return /^[a-z]+s$/.test(w) && PLACE_WORDS.has(w.slice(0, -1)); };
  if (placesAfter(b + 1) && prev === "and" && /^\p{Lu}/u.test(tokens[a - 2]?.text ?? "")) return "place";
  if (next === "and") {
    let k = b + 2;
    while (/^\p{Lu}/u.test(tokens[k]?.text ?? "")) k++;
    if (k > b + 2 && placesAfter(k)) return "place";
  }
  // "the neighbouring district of Chacarpampa", "the province of Nampula".
  if (prev === "of" && PLACE_WORDS.has(tokens[a - 2]?.text.toLowerCase() ?? "")) return "place";
  if (notAPerson) return n >= 2 ? "organization" : "unknown";
  // "Monetary Policy Report", "Clean Air Act": a name ending in a word for a document or an event names no one.
  if (NOT_A_PERSON_END.test(tokens[b].text)) return n >= 2 ? "organization" : "unknown";
  // "Social Security numbers": a name used to qualify a common noun is rarely a person's.
  if (tokens[b + 1]?.pos === "NOUN" && /^[a-z]+$/.test(tokens[b + 1].text)) return "unknown";
  // "a De Havilland Dash 8", "an Airbus A340": a name right before a number is a make or a model.
  if (tokens[b + 1]?.type === "number" && tokens[b + 1].start === tokens[b].end + 1) return "unknown";
  return personalName(tokens, a, b, 2) ? "person" : "unknown";
}

/** What a business does, right after "X, which": "sells", "makes", "runs", "employs". */
const BUSINESS_VERBS = /^(?:sells|makes|runs|operates|owns|employs|provides|supplies|produces|manufactures|builds|designs|develops|offers|serves|manages|distributes|ships|flies|insures|lends|trades|publishes|broadcasts)$/;

/** Roles held in an organization, whose "of" names it: "chief executive of", "founder of". Not "mayor of" or "governor of", held in a place. */
const HELD_IN = /^(?:executive|ceo|cfo|coo|cto|chairman|chairwoman|chairperson|founder|co-founder|owner|director|treasurer|shareholders?|spokesman|spokeswoman|spokesperson|president|dean|provost|principal|editor)$/;

/** "the chief executive of X", "a co-founder of X": a name right after a role held in an organization and "of". */
function heldIn(tokens: Token[], a: number): boolean {
  const role = tokens[a - 2]?.text ?? "";
  return tokens[a - 1]?.text === "of" && /^[a-z]/.test(role) && HELD_IN.test(role);
}

/** "X's board", "X's share price", "X's chief executive": what only a company has. */
function companyOwns(tokens: Token[], b: number): boolean {
  if (!/^['’]s?$/.test(tokens[b + 1]?.text ?? "")) return false;
  const [x, y] = [tokens[b + 2]?.text ?? "", tokens[b + 3]?.text ?? ""];
  return /^(?:board|shares|shareholders|headquarters|subsidiary|subsidiaries|workforce|ceo|cfo)$/.test(x) || (x === "share" && y === "price") || (x === "chief" && y === "executive") || (x === "closing" && y === "share");
}

/** Whether tokens `a..b` are written like a person's name: `fewest` to three parts ("Seo Jae-hwan" is two), each a capitalised word or an initial. */
function personalName(tokens: Token[], a: number, b: number, fewest = 1, afterTitle = false): boolean {
  const parts = joinTokens(tokens, a, b).split(" ");
  // "lawyer Marc-Olivier Brandt": after a title, a hyphenated given name (of words WordNet may know) before a surname.
  const surnamed = (w: string) => afterTitle && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w) && parts.indexOf(w) < parts.length - 1 && namePart(parts[parts.length - 1]);
  // "Pieter van Rossum", "Femke de Wit": a lower-case particle inside the name is part of the surname.
  const particle = (w: string, i: number) => i > 0 && i < parts.length - 1 && NAME_PARTICLES.test(w);
  const named = parts.filter((w, i) => !particle(w, i));
  // "Gareth Lloyd-Evans": a hyphenated surname of English-looking words after a given name no dictionary knows.
  const doubleBarrelled = (w: string, i: number) => i > 0 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w) && parts.slice(0, i).some((x) => namePart(x) && !isEnglishWord(x.toLowerCase()));
  return named.length >= fewest && named.length <= 3 && parts.every((w, i) => namePart(w) || /^[A-Z]\.$/.test(w) || surnamed(w) || particle(w, i) || doubleBarrelled(w, i));
}

/** Lower-case words inside European surnames. */
const NAME_PARTICLES = /^(?:van|von|de|da|di|del|della|der|den|du|dos|das|ter|ten|le|la)$/;

/** "Okafor-Reyes" and "McGarvey" are surnames; "Right-Size" (two words of English) is not. */
function namePart(w: string): boolean {
  if (/^(?:Mc|Mac|O['’]|D['’])\p{Lu}\p{Ll}+$/u.test(w)) return true;
  // "al-Harthy", "el-Sayed": a surname with its particle.
  if (/^([a-z]+)-\p{Lu}\p{Ll}+$/u.test(w) && SURNAME_PARTICLES.test(w.split("-")[0])) return true;
  // "Ba-Karim", "Abu-Zeid", "Bin-Laden": a capitalised particle joined to a surname, whatever English its parts spell.
  if (/^(?:Ba|Bin|Ben|Abu|Al|El|Ibn|Bou|Ould|Ait)-\p{Lu}\p{Ll}+$/u.test(w)) return true;
  // "Leitão", "Tomás", "Øyen": letters of any European alphabet.
  return /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?$/u.test(w) && !(w.includes("-") && w.split("-").every((x) => isEnglishWord(x.toLowerCase())));
}

/** ", the 24-year-old Nigerian striker": a description with a role word right after the name. */
function describedAsSomeone(tokens: Token[], b: number): boolean {
  if (tokens[b + 1]?.text !== "," || !/^(the|a|an)$/i.test(tokens[b + 2]?.text ?? "")) return false;
  for (let i = b + 3; i < tokens.length && i <= b + 10; i++) {
    if (ROLE_WORDS.has(tokens[i].text.toLowerCase())) return true;
    if (/^[,.;:()—–]$/.test(tokens[i].text)) return false;
  }
  return false;
}

/**
 * "Critics say ...", "Officials said ...": a plural noun for people, capitalised at the start of a
 * sentence, names no one (unless it is the surname of someone named in full: "Sanders").
 */
export function peopleInGeneral(word: string): boolean {
  if (!/s$/.test(word)) return false;
  // "Authorities said ...", "Officials said ...".
  const one = /ies$/.test(word) ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return ROLE_WORDS.has(one) || ORG_WORDS.has(one) || (/(ic|ist|ent|ant|ian|or|er|ee)$/.test(one) && isEnglishWord(one) && isEnglishWord(word));
}

/** "Anchorage, Alaska": a place, a comma and a region read as one place. */
function mergeCityRegion(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && (prev.kind === "place" || prev.kind === "unknown") && s.kind === "place" && s.first === prev.last + 2 && tokens[prev.last + 1].text === "," && isKnownPlace(s.text) && !countryOf(prev.text)) {
      out[out.length - 1] = { kind: "place", first: prev.first, last: s.last, text: joinTokens(tokens, prev.first, s.last), roles: [] };
      continue;
    }
    out.push(s);
  }
  return out;
}

export { key };
