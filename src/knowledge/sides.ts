import type { Mention, NamedThing, Person, Quote, Sentence, Side } from "./types.ts";
import { countryOf, countryOfCapital, key } from "../lexicon/places.ts";
import { COUNTRIES } from "../lexicon/countries.ts";
import { ROLE_WORDS } from "../lexicon/words.ts";
import { escapeRegExp } from "../qa/text.ts";
import { slug } from "./people.ts";
import { whoseOrganization } from "./roles.ts";
import { demonymsOf, unlistedNations } from "./nations.ts";

/**
 * Works out the parties to a story and who belongs to which.
 *
 * Sketch: a side is a country (named, as a demonym, or as its capital: "Beijing") or an organization
 * that people speak for. A person's side comes, strongest first, from their roles ("Chinese
 * ambassador", "China's foreign minister", "spokeswoman for Northwind"); then from the people they
 * are paired with ("Blinken and Sullivan") or who they work for ("Biden's advisers, Blinken and
 * Sullivan"); then from sentences that name only one side. An unnamed speaker ("a senior U.S.
 * official") takes the country in the description, or that of the last description with the same
 * title ("the senior officials"). Sides with no people or quotes, or named only once, are dropped.
 * Sides are ordered by name, which favours none.
 */
export interface SideFinder {
  sides: Side[];
  /** The side of a speaker as the article describes them at a given sentence. */
  sideOfSpeaker(phrase: string, sentence: number, personId?: string): string | undefined;
}

export function findSides(sentences: Sentence[], people: Person[], things: NamedThing[], mentions: Mention[], quotes: Quote[]): SideFinder {
  const all = new Map<string, Side>();
  const weight = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const t of things) if (t.kind === "organization") heads.set(t.name.split(/\s+/).pop()!.toLowerCase(), (heads.get(t.name.split(/\s+/).pop()!.toLowerCase()) ?? 0) + 1);
  const headCue = (org: NamedThing) => (heads.get(org.name.split(/\s+/).pop()!.toLowerCase()) === 1 ? uniqueHeadCue(org) : []);
  const nations = unlistedNations(things, sentences);
  // "Tarsanan Foreign Minister": the article's own word for an unlisted country's people.
  const demonyms = new Map(nations.map((t) => [t.name, demonymsOf(t.name, sentences)]));
  const sideOfText = (text: string): Side | undefined => {
    const c = countryOf(text) ?? countryOfCapital(text);
    if (c) return ensure(all, `s:${slug(c.name)}`, c.name, [c.name, ...c.aliases, ...c.demonyms, c.capital].filter(Boolean));
    const nation = nations.find((t) => [t.name, ...t.aliases, ...(demonyms.get(t.name) ?? [])].some((a) => key(a) === key(text)));
    if (nation) return ensure(all, `s:${slug(nation.name)}`, nation.name, [nation.name, ...nation.aliases, ...(demonyms.get(nation.name) ?? [])]);
    const org = things.find((t) => t.kind === "organization" && (key(t.name) === key(text) || t.aliases.some((a) => key(a) === key(text))));
    if (org) return ensure(all, `s:${slug(org.name)}`, org.name, [org.name, ...org.aliases, ...headCue(org)]);
    return undefined;
  };
  for (const m of mentions) {
    if (m.kind !== "place" && m.kind !== "nationality" && m.kind !== "organization") continue;
    const s = sideOfText(m.text);
    if (s) weight.set(s.id, (weight.get(s.id) ?? 0) + 1);
  }
  // "the union", "the authority": an organization is also named by its head word.
  for (const t of things) {
    if (t.kind !== "organization" || !t.name.includes(" ")) continue;
    const head = t.name.split(/\s+/).pop()!.toLowerCase();
    if (things.filter((o) => o.kind === "organization" && o.name.split(/\s+/).pop()!.toLowerCase() === head).length !== 1) continue;
    const side = sideOfText(t.name);
    if (!side) continue;
    const re = new RegExp(`\\bthe ${head}\\b`, "gi");
    for (const s of sentences) weight.set(side.id, (weight.get(side.id) ?? 0) + (s.text.match(re)?.length ?? 0));
  }
  const major = (id: string) => (weight.get(id) ?? 0) >= 2;

  // 1. Roles. An organization in a role is a side when the article names it more than once, or the
  // person speaks for it; an expert's or analyst's institute is not a party to the story.
  const speaks = new Set(quotes.map((q) => q.personId));
  for (const p of people) {
    for (const role of p.roles) {
      // "a former ambassador to Turkey" serves no side now; "China's ambassador to the U.S." serves China, not where he is posted.
      if (/^former\b/i.test(role)) continue;
      // "the country's chief negotiator": the country the text named just before.
      const country = /^(?:the )?(?:country|nation)['’]s\b/i.test(role) ? countryNamedBefore(p, mentions) : undefined;
      const s = country ? sideOfText(country) : sideInPhrase(role.split(/\bto\b/)[0], things, sideOfText, demonyms);
      const commentator = /\b(expert|analyst|economist|professor|researcher|fellow|scholar|strategist|consultant|specialist)\b/i.test(role);
      if (s && (s.name === countryOf(s.name)?.name || nations.some((t) => t.name === s.name) || ((major(s.id) || speaks.has(p.id)) && !commentator))) {
        p.side = s.id;
        break;
      }
    }
  }
  // 1b. "Harcourt, whose Civic Alliance holds 82 seats".
  for (const m of mentions) {
    const p = m.kind === "person" ? people.find((x) => x.id === m.entity) : undefined;
    const org = p && !p.side ? whoseOrganization(sentences[m.sentence].text, m.end) : undefined;
    const s = org ? sideOfText(org) : undefined;
    if (p && s) p.side = s.id;
  }
  // 2. Pairs and employers; the governing party's ministers; then sentences that point to one
  // country only; then pairs again.
  const links = personLinks(sentences, people, mentions);
  propagate(links);
  const governing = things.find((t) => t.kind === "organization" && sentences.some((s) => new RegExp(`\\b(ruling|governing)\\s+${escapeRegExp(t.name)}`).test(s.text)));
  const governingSide = governing ? sideOfText(governing.name) : undefined;
  if (governingSide) for (const p of people) if (!p.side && p.roles.some((r) => /\b(minister|premier|cabinet|government|treasurer|chancellor)\b/i.test(r))) p.side = governingSide.id;
  // A city's people (mayor, council members, city attorney) belong to the city's organization.
  const cityOrg = things.find((t) => t.kind === "organization" && /\b(City|Council|Municipal|Town|County)\b/.test(t.name) && major(sideOfText(t.name)?.id ?? ""));
  const citySide = cityOrg ? sideOfText(cityOrg.name) : undefined;
  if (citySide) for (const p of people) if (!p.side && p.roles.some((r) => /\b(mayor|council\w*|city attorney|city manager|alder\w*|municipal|district \d+)\b/i.test(r))) p.side = citySide.id;
  for (const p of people) {
    if (p.side) continue;
    const found = new Map<string, number>();
    const capital = governmentCapital(p, sentences, mentions) ?? announcingFor(p, sentences, mentions);
    if (capital) {
      p.side = sideOfText(capital)?.id;
      continue;
    }
    for (const i of p.sentences) {
      // A sentence that names two countries points to neither ("State media in Oskara accused Maradia ... and said Kalvan ...").
      const inSentence = new Set<string>();
      // What the person says about others (inside quotation marks) or their counterparts is not their side.
      const own = sentences[i].text.split(/\bcounterparts?\b/)[0];
      const quoted = quotedRanges(own);
      for (const m of mentions) {
        // Only countries: an organization named near a person may be the one they regulate or analyse.
        if (m.sentence !== i || !["place", "nationality"].includes(m.kind) || m.end > own.length) continue;
        // A capital speaks for its country when it acts ("Astana could not accept"), not where someone is ("in Astana").
        if (!countryOf(m.text) && !nations.some((t) => key(t.name) === key(m.text)) && !(countryOfCapital(m.text) && !/\b(in|at|to|from|into|near|via|toward|towards)\s+$/i.test(own.slice(Math.max(0, m.start - 8), m.start)))) continue;
        if (quoted.some(([a, b]) => m.start >= a && m.end <= b) || /^-based/.test(own.slice(m.end))) continue;
        // "a former ambassador to Turkey", "travelled to Oman": where someone goes or is posted is not their side.
        if (/\bto\s+(?:the\s+)?$/i.test(own.slice(Math.max(0, m.start - 10), m.start))) continue;
        const s = sideOfText(m.text);
        if (s && major(s.id)) inSentence.add(s.id);
      }
      if (inSentence.size === 1) found.set([...inSentence][0], (found.get([...inSentence][0]) ?? 0) + 1);
    }
    // One country, or one named with them at least twice as often as any other.
    const [first, second] = [...found].sort((a, b) => b[1] - a[1]);
    if (first && (!second || (first[1] >= 2 && first[1] >= 2 * second[1]))) p.side = first[0];
  }
  propagate(links);

  // 3. Unnamed speakers: descriptions with a country, remembered by their title word.
  const described: { head: string; side: string; sentence: number }[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\b(?:a|an|the)\s+/gi)) {
      const words = s.text.slice(m.index + m[0].length).split(/\s+/).slice(0, 6);
      const at = words.findIndex((w) => ROLE_WORDS.has(singular(w.replace(/[^\w.-]+$/, ""))));
      if (at < 0) continue;
      const phrase = words.slice(0, at + 1).join(" ");
      const side = sideInPhrase(phrase, things, sideOfText, demonyms);
      if (side) described.push({ head: singular(words[at].replace(/[^\w.-]+$/, "")), side: side.id, sentence: s.index });
    }
  }
  const sideOfSpeaker = (phrase: string, sentence: number, personId?: string): string | undefined => {
    const person = personId ? people.find((p) => p.id === personId) : undefined;
    if (person) return person.side;
    const named = people.find((p) => phrase.includes(p.name) || p.aliases.some((a) => a.includes(" ") && phrase.includes(a)));
    if (named) return named.side;
    const s = sideInPhrase(phrase, things, sideOfText, demonyms);
    if (s) return s.id;
    const head = headNoun(phrase);
    if (head) return [...described].reverse().find((d) => d.head === head && d.sentence <= sentence)?.side;
    // "the first", "the second": the earlier speaker called by that word ("the first official").
    const ordinal = /^the (first|second|third|other|former|latter)$/i.exec(phrase.trim())?.[1].toLowerCase();
    const earlier = ordinal ? [...quotes].reverse().find((x) => x.sentence <= sentence && x.speaker !== phrase && x.speaker.toLowerCase().includes(ordinal)) : undefined;
    return earlier ? sideOfSpeaker(earlier.speaker, earlier.sentence, earlier.personId) : undefined;
  };
  for (const q of quotes) {
    const side = sideOfSpeaker(q.speaker, q.sentence, q.personId);
    if (side) q.side = side;
  }

  const used = new Map<string, number>();
  for (const id of [...people.map((p) => p.side), ...quotes.map((q) => q.side)]) if (id) used.set(id, (used.get(id) ?? 0) + 1);
  const kept = [...all.values()].filter((s) => (major(s.id) && used.has(s.id)) || (used.get(s.id) ?? 0) >= 2);
  const keptIds = new Set(kept.map((s) => s.id));
  for (const p of people) if (p.side && !keptIds.has(p.side)) delete p.side;
  for (const q of quotes) if (q.side && !keptIds.has(q.side)) delete q.side;
  const sides = kept.sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ ...s, cues: [...new Set(s.cues)] }));
  return {
    sides,
    sideOfSpeaker: (phrase, sentence, personId) => {
      const id = sideOfSpeaker(phrase, sentence, personId);
      return id && keptIds.has(id) ? id : undefined;
    },
  };
}

/** Character ranges inside quotation marks, including a quotation that began or ends in another sentence. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const marks = [...text.matchAll(/[“”"]/g)].map((m) => ({ at: m.index!, open: m[0] === "“" }));
  if (marks.length && marks[0].open === false && text[marks[0].at] === "”") out.push([0, marks[0].at]);
  for (let i = 0; i < marks.length; i++) {
    if (!marks[i].open && text[marks[i].at] !== '"') continue;
    const close = marks.slice(i + 1).find((m) => !m.open);
    out.push([marks[i].at, close ? close.at : text.length]);
    if (close) i = marks.indexOf(close);
  }
  return out;
}

/** "the union" for the one organization whose name ends in "Union": how the article refers to it later. */
function uniqueHeadCue(org: NamedThing): string[] {
  const head = org.name.split(/\s+/).pop()!;
  return org.name.includes(" ") && /^[A-Z][a-z]+$/.test(head) && !/^(Inc|Corp|Co|Ltd|Group|Holdings|Systems|Foods)$/.test(head) ? [`the ${head.toLowerCase()}`] : [];
}

/** The country "the country's" means: named before the person in the sentence, or first in the sentence before. */
function countryNamedBefore(p: Person, mentions: Mention[]): string | undefined {
  const at = mentions.find((m) => m.kind === "person" && m.entity === p.id);
  if (!at) return undefined;
  // Mentions come in order of sentence and place in it.
  const countries = mentions.filter((m) => (m.kind === "place" || m.kind === "nationality") && countryOf(m.text));
  // In the same sentence, the nearest before the name; else the one the sentence before opens with (its subject).
  const here = countries.filter((m) => m.sentence === at.sentence && m.start < at.start).pop();
  const opening = countries.find((m) => m.sentence === at.sentence - 1);
  const found = here ?? opening;
  return found ? countryOf(found.text)!.name : undefined;
}

/**
 * "In Tehran, foreign ministry spokesman Reza Tavakoli described ...": a government's voice, placed in
 * its capital at the head of the sentence that names them (or in one the article calls a capital).
 */
function governmentCapital(p: Person, sentences: Sentence[], mentions: Mention[]): string | undefined {
  if (!p.roles.some((r) => GOVERNMENT_ROLE.test(r))) return undefined;
  for (const m of mentions) {
    if (m.kind !== "person" || m.entity !== p.id) continue;
    const opening = /^In ([A-Z][\w'’ -]+?), (?:the ([A-Z][\w'’-]+) capital, )?[^,]*$/.exec(sentences[m.sentence].text.slice(0, m.start));
    if (opening && countryOfCapital(opening[1])) return opening[1];
    // "In Vessling, the Norvanian capital, Economy Minister Tomas Brenner ...": the article says whose capital.
    if (opening?.[2]) return opening[2];
  }
  return undefined;
}

/**
 * "Castelmar will impose tariffs ... on imports from Norvania, Trade Minister Elena Sorvino announced":
 * a government's voice, announcing what the country the sentence opens with will do.
 */
function announcingFor(p: Person, sentences: Sentence[], mentions: Mention[]): string | undefined {
  if (!p.roles.some((r) => GOVERNMENT_ROLE.test(r))) return undefined;
  for (const m of mentions) {
    if (m.kind !== "person" || m.entity !== p.id) continue;
    const text = sentences[m.sentence].text;
    if (!/^\s+(?:said|says|announced|announces|told|confirmed)\b/.test(text.slice(m.end)) || !/,\s+(?:[A-Z][\w'’-]*\s+){0,4}$/.test(text.slice(0, m.start))) continue;
    const opens = DATELINE.exec(text)?.[0].length ?? 0;
    const subject = mentions.find((x) => x.sentence === m.sentence && x.start === opens && (x.kind === "place" || x.kind === "nationality"));
    if (subject) return subject.text;
  }
  return undefined;
}
/** Titles of those who speak for a government. */
const GOVERNMENT_ROLE = /\b(ministry|minister|government|president|premier|presidency|cabinet|secretary|representative|ambassador|envoy|spokes(?:man|woman|person))\b/i;
/** "PUERTO ALBA, March 14 - ": where and when a story was filed, before its first sentence's words. */
const DATELINE = /^[A-Z][A-Z .'’-]+(?:\([^)]*\))?,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*[-–—]+\s*/;

function propagate(links: [Person, Person][]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of links) {
      if (a.side && !b.side) (b.side = a.side), (changed = true);
      else if (b.side && !a.side) (a.side = b.side), (changed = true);
    }
  }
}

function ensure(sides: Map<string, Side>, id: string, name: string, cues: string[]): Side {
  let s = sides.get(id);
  if (!s) {
    s = { id, name, cues };
    sides.set(id, s);
  }
  return s;
}

/**
 * The first country or organization named in a phrase ("Chinese ambassador to the U.S." -> China).
 * A country inside an organization's name ("American Enterprise Institute") stands for the organization.
 */
function sideInPhrase(written: string, things: NamedThing[], sideOfText: (t: string) => Side | undefined, demonyms: Map<string, string[]>): Side | undefined {
  // "chief Latin America economist": a region, not the United States (blanked, so offsets hold).
  // "of Copenhagen-based Nordmark Container Lines": where a body is based is not whose side it is.
  const phrase = written.replace(/\b(?:Latin|South|North|Central) America\b|\b[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?-based\b/g, (all) => " ".repeat(all.length));
  const hits: { at: number; end: number; side: Side | undefined }[] = [];
  const lower = phrase.toLowerCase();
  const orgs = things.filter((t) => t.kind === "organization");
  // A country the lexicon does not know is found by its name, as an organization is.
  const nations = things.filter((t) => t.kind === "place" && !countryOf(t.name) && !countryOfCapital(t.name) && sideOfText(t.name) !== undefined);
  for (const t of [...orgs, ...nations]) {
    // "the authority" for the one organization whose name ends in "Authority".
    const headWord = t.name.split(/\s+/).pop()!.toLowerCase();
    const byHead = orgs.filter((o) => o.name.split(/\s+/).pop()!.toLowerCase() === headWord).length === 1 && t.name.includes(" ") ? [`the ${headWord}`] : [];
    for (const form of [t.name, ...t.aliases, ...byHead, ...(demonyms.get(t.name) ?? [])]) {
      const at = wordAt(lower, form.toLowerCase());
      if (at >= 0 && form.length > 2) hits.push({ at, end: at + form.length, side: sideOfText(t.name) });
    }
  }
  for (const re of COUNTRY_FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
      const at = m.index + m[1].length;
      const form = m[2];
      if (hits.some((h) => h.at <= at && at < h.end)) continue;
      const c = countryOf(form) ?? countryOfCapital(form);
      if (c) hits.push({ at, end: at + form.length, side: sideOfText(c.name) });
    }
  }
  return hits.sort((a, b) => a.at - b.at)[0]?.side;
}

/** Where a phrase holds a form as whole words ("air" is not in "airline's" or "chairs"), or -1. */
function wordAt(text: string, form: string): number {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!/\w/.test(text[at - 1] ?? "") && !/\w/.test(text[at + form.length] ?? "")) return at;
  }
  return -1;
}

/**
 * Every way to name a country, as two patterns made once: all-capital short forms ("US", "UK") match
 * only in capitals; the rest in any case.
 */
const COUNTRY_FORMS: RegExp[] = (() => {
  const forms = COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms, c.capital]).filter(Boolean).sort((a, b) => b.length - a.length);
  const alternation = (list: string[]) => list.map(escapeRegExp).join("|");
  const upper = forms.filter((f) => f === f.toUpperCase());
  const other = forms.filter((f) => f !== f.toUpperCase());
  return [
    new RegExp(`(^|[^\\w.])(${alternation(upper)})(?=$|[^\\w]|['’]s)`, "g"),
    new RegExp(`(^|[^\\w.])(${alternation(other)})(?=$|[^\\w]|['’]s)`, "gi"),
  ];
})();


function singular(w: string): string {
  const low = w.toLowerCase();
  if (ROLE_WORDS.has(low) && !low.endsWith("s")) return low;
  if (low.endsWith("men")) return low.replace(/men$/, "man");
  return low.replace(/s$/, "");
}

/** The role noun of a description: "a senior U.S. administration official" -> "official". */
function headNoun(phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/).map(singular);
  return [...words].reverse().find((w) => ROLE_WORDS.has(w));
}

/** Pairs of people the text ties together: "A and B", "A's advisers, B and C", "A's predecessor B". */
function personLinks(sentences: Sentence[], people: Person[], mentions: Mention[]): [Person, Person][] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const links: [Person, Person][] = [];
  for (const s of sentences) {
    const ms = mentions.filter((m) => m.sentence === s.index && m.kind === "person" && m.entity).sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = byId.get(ms[i].entity!);
      const b = byId.get(ms[i + 1].entity!);
      if (!a || !b || a === b) continue;
      const between = s.text.slice(ms[i].end, ms[i + 1].start);
      const paired = /^\s*(,\s*)?and\s+(?:[A-Z][\w.]*\s+){0,5}$/.test(between) || /^\s*,\s*$/.test(between);
      const employs = /^['’]s\s[^.;:]{0,80}$/.test(between) && !/\b(counterparts?|rivals?|opponents?|critics?)\b/.test(between);
      if (paired || employs) links.push([a, b]);
    }
  }
  return links;
}
