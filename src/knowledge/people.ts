import type { Token } from "./nlp.ts";
import type { NameSpan } from "./names.ts";
import { peopleInGeneral } from "./names.ts";
import type { Mention, NamedThing, Person } from "./types.ts";
import { roleAfter, roleAs, roleLedBy, roleServedAs, roleBefore, roleBeforeTitle, roleOfList, roleWho } from "./roles.ts";
import { countryOf, isDemonym, isKnownPlace, isRegionDemonym, key } from "../lexicon/places.ts";
import { CAUSE_GROUPS, ORG_NOUNS, ORG_WORDS } from "../lexicon/words.ts";
import { isEnglishWord } from "../lexicon/wordnet.ts";
import { ledeRoles } from "./ledeRole.ts";
import { describedRoles } from "./roleDescribed.ts";
import { hasDemonym, NATION_NOUNS, NATION_OF } from "./nations.ts";
import { escapeRegExp } from "../qa/text.ts";

/** One sentence as the entity resolver sees it. */
export interface NamedSentence {
  index: number;
  text: string;
  tokens: Token[];
  names: NameSpan[];
}

export interface ResolvedNames {
  people: Person[];
  things: NamedThing[];
  mentions: Mention[];
}

/** Titles in a company, as a pattern to build on: "chief executive", "spokeswoman", "founder". */
const COMPANY_TITLES = "[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hief [Oo]perating [Oo]fficer|[Cc]hief [Ff]inancial [Oo]fficer|CEO|[Cc]hairman|[Cc]hairwoman|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|[Cc]o-founder|[Ff]ounder";
/** A one-word name before a company title: "Greenvale" in "Greenvale chief executive". */
const COMPANY_TITLE = new RegExp(`(?:^|[^\\w’'-])([A-Z][\\w-]*(?:['’][A-Z][\\w-]*)?)(?:['’]s?)?\\s+(?:${COMPANY_TITLES})\\s+$`);
/** The same title after a name: "Martín Solórzano, Vialcosta's chief executive,". */
const COMPANY_TITLE_AFTER = new RegExp(`^,\\s+([A-Z][\\w-]*)['’]s?\\s+(?:${COMPANY_TITLES})\\b`);

/** An id from a name: "Tomás Brito" -> "tomas-brito" (accents dropped, not the letters under them). */
export function slug(s: string): string {
  return key(s).normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * Turns the names found in each sentence into people, organizations and places for the whole
 * article, so that "Blinken", "Secretary Blinken" and "Antony Blinken" are one person.
 *
 * Sketch: full names (two or more words) make people first. A one-word name then joins the person
 * whose name has that word, the most recently mentioned one when several do ("Ambassador Cui" and
 * "Ambassador Tiankai" both join "Cui Tiankai"). A one-word name that joins no one is a person of its
 * own only when a title or a speech verb says so; otherwise it may be a short form of an
 * organization ("Pew" for "Pew Research Center") or a place seen elsewhere in the article.
 */
/** A company's name with its legal form: "tropimar fresh bv" -> "tropimar fresh". */
/** What may stand before an organization named as a sentence's subject: "The", and capitalised words ("The Alzheimer's ..."). */
const OPENING_NAME = /^(?:The\s+)?(?:[A-Z][\w'’-]*\s+)*$/;
const CORPORATE_SUFFIX = /^(.+\s.+) (?:bv|nv|inc|ltd|llc|plc|corp|co|sa|ag|gmbh|spa|srl|ab|asa|oy|as|kk|pty|pte|bhd)\.?$/;

export function resolveNames(sentences: NamedSentence[]): ResolvedNames {
  const people = new Map<string, Person>();
  const things = new Map<string, NamedThing>();
  const mentions: Mention[] = [];
  const lastSeen = new Map<string, number>();

  // "Van Acker" after "Tom Van Acker": a surname with a particle is two words, and still a short form.
  const bySurname = (text: string) => (SURNAME_PARTICLE.test(text) ? [...people.values()].find((p) => key(p.name).endsWith(` ${key(text)}`)) : undefined);
  const personByFullName = (text: string) => people.get(`p:${slug(text)}`) ?? bySurname(text);
  // "Hollow Oak" when the article also says "Hollow Oak Foods": the short form of the longer name.
  const orgSpans = sentences.flatMap((s) => s.names.filter((n) => n.kind === "organization").map((n) => key(n.text)));
  const isShortForm = (text: string) => orgSpans.some((o) => o !== key(text) && ((o.startsWith(`${key(text)} `) && !namesOwnBody(key(text), o)) || (!key(text).includes(" ") && o.endsWith(` ${key(text)}`))));
  const addPerson = (name: string): Person => {
    const id = `p:${slug(name)}`;
    let p = people.get(id);
    if (!p) {
      p = { id, name, aliases: [], roles: [], sentences: [] };
      people.set(id, p);
    }
    return p;
  };
  const addThing = (kind: "organization" | "place", name: string): NamedThing => {
    const id = `${kind === "place" ? "l" : "o"}:${slug(name)}`;
    let t = things.get(id);
    if (!t) {
      t = { id, kind, name, aliases: [], sentences: [] };
      things.set(id, t);
    }
    return t;
  };

  // Pass 0: "Alvera Biologics, a drugmaker based in Copenhagen": an untitled name described as a company is one.
  const orgNames = new Set<string>();
  const placeNames = new Set<string>();
  for (const s of sentences) {
    for (const n of s.names) {
      // "BlackMantis, a criminal gang": a name of no clear kind is an organization when described as one.
      if ((n.kind !== "person" && n.kind !== "unknown") || n.roles.length) continue;
      const described = roleAfter(s.tokens, n.last, true);
      // "Gregory Hale, the Phoenix-based real estate developer who bought the club": "who" is said of a person.
      const who = /^,\s+(?:a|an|the)\s[^,.;]*\bwho\b/.test(s.text.slice(s.tokens[n.last].end));
      // "Sean Doyle, a 52-year-old crane operator": an age says a person, whatever the noun.
      const aged = described !== undefined && /\b\d+-year-old\b/.test(described);
      // "Halvorsen-Briggs Construction, which leads a consortium": "which" is said of a thing, not a person.
      // (A name ending in a common word: "a task force headed by Margaret Nyirenda, which will report" says it of the task force.)
      const which = n.kind === "person" && n.text.includes(" ") && isEnglishWord(s.tokens[n.last].text.toLowerCase()) && /^,\s+which\b/.test(s.text.slice(s.tokens[n.last].end));
      if ((described && ORG_NOUNS.has(headOf(described)) && !who && !aged) || which) orgNames.add(key(n.text));
      // "Riverbend Commons, a 412-home development": a place or a project, not a person.
      else if (described && PLACE_NOUNS.test(headOf(described)) && n.kind === "person") placeNames.add(key(n.text));
      // "Aldero's provincial capital, Brask", "the village of Tervik": a name the word for a place comes before.
      else if (SETTLEMENT.test(s.tokens[n.first - 2]?.text ?? "") && /^(?:,|of)$/.test(s.tokens[n.first - 1]?.text ?? "") && /^[,.;]?$/.test(s.tokens[n.last + 1]?.text ?? "")) placeNames.add(key(n.text));
    }
  }
  // "Negotiators from Velmora and Kastrany", "Kastrany's capital": a name the lexicon does not know,
  // used as a country is used, is a place.
  // "Tarsanan Foreign Minister": a one-word name the article makes a word for a people of is a country.
  // And "between Tarsana and Meridia" once Meridia is known as one, however late in the article.
  const demonymChecked = new Map<string, boolean>();
  const withDemonym = (n: NameSpan) => {
    const k = `${n.kind}|${n.roles.length}|${n.text}`;
    let found = demonymChecked.get(k);
    if (found === undefined) demonymChecked.set(k, (found = hasDemonymFor(n, sentences)));
    return found;
  };
  // (Such a country is itself, not the short name of a body named after it: "Castelmar" and the Castelmar Steel Producers' Association.)
  const countries = new Set<string>();
  for (const s of sentences) for (const n of s.names) if (usedAsCountry(s, n, placeNames) || withDemonym(n)) countries.add(key(n.text)), placeNames.add(key(n.text));
  for (const s of sentences) for (const n of s.names) if (usedAsCountry(s, n, placeNames)) countries.add(key(n.text)), placeNames.add(key(n.text));
  // "the Lumora Market app store", when the article calls Lumora Inc "Lumora": a product or a
  // division named after the organization, not a person.
  const singles = new Set(sentences.flatMap((s) => s.names.filter((n) => !n.text.includes(" ")).map((n) => key(n.text))));
  const orgFirstWords = new Set(orgSpans.map((o) => o.split(" ")).filter((w) => w.length >= 2 && singles.has(w[0])).map((w) => w[0]));
  // "Halvorsen-Briggs Construction" when the article also writes "Halvorsen-Briggs' chief executive": the whole name of that organization.
  // "Greenvale chief executive Catherine Munro", "Harwick spokeswoman": a name before a company title is the company's.
  // ("Corvane Chief Executive Dana Whitfield": the title may be part of the name's span.)
  // ("Martín Solórzano, Vialcosta's chief executive, said": the title after the name.)
  const titledAfter = (s: NamedSentence, n: NameSpan) => COMPANY_TITLE_AFTER.exec(s.text.slice(s.tokens[n.last]?.end ?? s.text.length))?.[1];
  const titledBy = sentences.flatMap((s) => s.names.flatMap((n) => (n.kind === "person" ? [COMPANY_TITLE.exec(s.text.slice(0, s.tokens[n.first].start))?.[1], titledAfter(s, n), ...n.roles.map((r) => COMPANY_TITLE.exec(`${r} `)?.[1])].filter((w): w is string => w !== undefined) : []))).filter((w) => !/^(?:Vice|Deputy|Acting|Interim|Senior|Former|Executive|Chief|Assistant|Associate|General)$/.test(w));
  const oneWordOrgs = new Set([...orgSpans.filter((o) => !o.includes(" ")), ...titledBy.map(key)]);
  // ("The operator, Vialcosta Concesiones," gives a "role" that is a word for a company.)
  const untitled = (n: { roles: string[] }) => n.roles.every((r) => ORG_NOUNS.has(r.toLowerCase()));
  for (const s of sentences) for (const n of s.names) if (n.kind === "person" && untitled(n) && n.text.includes(" ") && (orgFirstWords.has(key(n.text).split(" ")[0]) || oneWordOrgs.has(key(n.text).split(" ")[0]))) orgNames.add(key(n.text));
  // "Kestrel Aerospace said ..." after "Bengaluru-based Kestrel Aerospace": a name the article once gives an organization is one throughout.
  // So is the name without its legal form: "a lawyer for Tropimar Fresh" when the article also writes "Tropimar Fresh BV".
  const orgForms = new Set(orgSpans.flatMap((o) => [o, CORPORATE_SUFFIX.exec(o)?.[1] ?? o]));
  for (const s of sentences) for (const n of s.names) if (n.kind === "person" && untitled(n) && orgForms.has(key(n.text))) orgNames.add(key(n.text));
  // "Casa Grande has offered ..." after "two Arizona towns, Casa Grande and Buckeye": a name of two
  // words or more that the article gives a place is that place wherever no title makes it a person.
  const placeSpans = new Set(sentences.flatMap((s) => s.names.filter((n) => n.kind === "place" && n.text.includes(" ")).map((n) => key(n.text))));
  // (Not the short form of an organization's name: "Al Dhafra" is Al Dhafra Ports Group.)
  const orgShort = (k: string) => orgSpans.some((o) => o.startsWith(`${k} `));
  for (const s of sentences) for (const n of s.names) if (n.kind === "person" && !n.roles.length && placeSpans.has(key(n.text)) && !orgShort(key(n.text))) placeNames.add(key(n.text));
  for (const s of sentences) for (const n of s.names) if (orgNames.has(key(n.text))) n.kind = "organization";
  for (const s of sentences) for (const n of s.names) if (placeNames.has(key(n.text))) n.kind = "place";
  // "Union president Carlos Mendonca": a body's common noun, capitalised to open a sentence, names none.
  // ("Police arrested the mayor": the police, no body of that name.)
  for (const s of sentences) for (const n of s.names) if (n.kind === "organization" && !n.text.includes(" ") && (ORG_NOUNS.has(n.text.toLowerCase()) || n.text === "Police")) n.kind = "unknown";

  // Pass 1: every full name, so that a short form early in the article finds its person.
  for (const s of sentences) for (const n of s.names) if (n.kind === "person" && wordCount(n.text) >= 2 && !bySurname(n.text)) addPerson(n.text);
  // (The city a story is filed from is a place, though a body is named after it: "SEVILLE, July 16" and the "Seville Medical Association".)
  const filedFrom = datelineOf(sentences);
  for (const s of sentences) for (const n of s.names) if ((n.kind === "organization" || n.kind === "place") && (!isShortForm(n.text) || (n.kind === "place" && key(n.text) === filedFrom))) addThing(n.kind, n.text);

  for (const s of sentences) {
    for (const n of s.names) {
      let person: Person | undefined;
      const single = wordCount(n.text) === 1;
      // "according to Ortega", "said Mercer": a surname after a preposition is still the person.
      const mayBePerson = n.kind === "person" || n.kind === "unknown" || (n.kind === "place" && single && !isKnownPlace(n.text));
      if (n.kind === "person" && !single) person = personByFullName(n.text);
      else if (mayBePerson && single) person = personWithWord(people, n.text, lastSeen);
      // "Brightwater said...": one word that starts an organization's name is that organization.
      if (!person && single && n.kind === "person" && n.roles.length === 0 && (shortFormOf(things, n.text) || peopleInGeneral(n.text.toLowerCase()))) n.kind = "unknown";
      if (!person && n.kind === "person") person = addPerson(n.text);

      if (person) {
        const alias = [...n.roles.slice(-1), n.text].join(" ");
        for (const a of [n.text, alias]) if (key(a) !== key(person.name) && !person.aliases.includes(a)) person.aliases.push(a);
        const firstPerson = s.names.find((x) => x.kind === "person" || x.kind === "unknown") === n;
        const sentenceText = s.tokens.length ? s.text : "";
        const roles = [
          ...n.roles,
          // "the report's lead author, Dr. Anjali Menon": before the honorific.
          // "Kastrany's chief negotiator, Deputy Foreign Minister Ilse Marovec": an appositive before the title too.
          !n.roles.length || s.tokens[(n.titleFirst ?? n.first) - 1]?.text === "," ? roleBefore(s.tokens, n.titleFirst ?? n.first) : undefined,
          n.roles.length ? undefined : roleBeforeTitle(s.tokens, n.first),
          roleAfter(s.tokens, n.last, false, s.names.find((x) => x.first > n.last && x.kind === "person")?.first),
          firstPerson ? roleAs(sentenceText, s.tokens[n.last].end) : undefined,
          roleServedAs(sentenceText, s.tokens[n.last].end),
          roleWho(sentenceText, s.tokens[n.last].end),
          roleLedBy(sentenceText.slice(0, s.tokens[n.first]?.start ?? 0)),
          roleOfList(s.tokens, s.names, s.names.indexOf(n)),
        ];
        // "said its chair, Linda Okafor": "its" is the organization named last before her.
        const owned = (r: string | undefined) => {
          // ", a retired nurse who chairs the group": the group is the organization named last before her.
          const theBody = r ? /^((?:co-)?[a-z]+s) the ([a-z]+)$/.exec(r) : null;
          if (theBody && ORG_NOUNS.has(theBody[2])) {
            // ("who chairs the board": the board named last, if the article names one, before any other body.)
            const earlier = mentions.filter((m) => m.kind === "organization" && (m.sentence < s.index || m.start < s.tokens[n.first].start));
            const nameOf = (m: Mention | undefined) => [...things.values()].find((t) => t.id === m?.entity)?.name ?? m?.text;
            const body = earlier.findLast((m) => key(nameOf(m) ?? "").split(" ").includes(theBody[2])) ?? earlier[earlier.length - 1];
            const name = nameOf(body);
            return name ? `${theBody[1]} ${name}` : r;
          }
          const its = r && !r.includes(" of ") ? new RegExp(`\\b(?:its|their|whose) ${escapeRegExp(r)}\\b`, "i").exec(sentenceText) : null;
          if (!r || !its) return r;
          // "...; Brazil is sending its foreign minister, Leila Choi": the country or organization named
          // last before "its" in the same sentence.
          const before = mentions.findLast((m) => m.sentence === s.index && m.end <= its.index && (m.kind === "organization" || (m.kind === "place" && countryOf(m.text) !== undefined)) && /^\s+(?:is|are|was|were|has|have|had|will|would)?\s*[a-z]+\s+$/.test(sentenceText.slice(m.end, its.index)));
          if (before) return `${r} of ${before.text}`;
          // Or the country a sentence just before was about: "Velmora rejects any cut. Its chief negotiator, ...".
          // The organization the sentence opens with is its subject: "The National Mining Safety Service
          // (SENASEM) last inspected Santa Rosalia ..., its director, Patricio Morales, said".
          const subject = mentions.find((m) => m.kind === "organization" && m.sentence === s.index && /^(?:the\s+)?$/i.test(sentenceText.slice(0, m.start)) && m.start < s.tokens[n.first].start);
          // Or the body the sentence before opens with by its common noun: "The association, which says ... Its president, Carla Mendonca".
          const opener = /^The ([a-z]+)\b/.exec(sentences.find((x) => x.index === s.index - 1)?.text ?? "")?.[1];
          const byNoun = opener && ORG_NOUNS.has(opener) ? mentions.findLast((m) => m.kind === "organization" && m.sentence < s.index && key(m.text).split(" ").includes(opener)) : undefined;
          // Or by its name: "The Alzheimer's Families Alliance, which ..., urged Veltrane to ... Its
          // president, Rosa Delacroix": a sentence opening with "Its" goes on about the last one's subject.
          const lastSentence = its.index === 0 ? sentences.find((x) => x.index === s.index - 1)?.text : undefined;
          const previousSubject = lastSentence !== undefined ? mentions.find((m) => m.kind === "organization" && m.sentence === s.index - 1 && OPENING_NAME.test(lastSentence.slice(0, m.start))) : undefined;
          const owner = subject ?? byNoun ?? previousSubject ?? mentions.findLast((m) => (m.kind === "organization" || (m.kind === "place" && m.start === 0)) && (m.sentence < s.index || m.start < s.tokens[n.first].start));
          return owner ? `${r} of ${owner.text}` : r;
        };
        // "Vistula's Chief Executive Agnieszka Dombrowska": the title is the company's, said before it.
        const titleAt = n.titleFirst ?? n.first;
        const possessor = n.roles.length && /^['’]s?$/.test(s.tokens[titleAt - 1]?.text ?? "") && /^\p{Lu}/u.test(s.tokens[titleAt - 2]?.text ?? "") ? shortFormOf(things, s.tokens[titleAt - 2].text) : undefined;
        const ofPossessor = (r: string | undefined) => (r && possessor?.kind === "organization" && n.roles.includes(r) && !/\bof\b/.test(r) ? `${r} of ${possessor.name}` : r);
        for (const r of roles.map(ofPossessor).map(owned)) if (r && !person.roles.some((x) => key(x) === key(r))) person.roles.push(r);
        if (!person.sentences.includes(s.index)) person.sentences.push(s.index);
        lastSeen.set(person.id, s.index);
        mentions.push(mention("person", n, s, person.id));
        continue;
      }
      // "the National Heritage Institute (INP)": capitals in brackets right after an organization's
      // name are its own, whatever language the letters come from.
      const named = bracketedInitials(s, n);
      const short = named ? addThing("organization", named.text) : n.kind === "unknown" || n.kind === "organization" || (n.kind === "place" && single && !isKnownPlace(n.text) && !countries.has(key(n.text))) ? shortFormOf(things, n.text) : undefined;
      const thing = short ?? (n.kind === "organization" || n.kind === "place" ? addThing(n.kind, n.text) : undefined);
      if (thing) {
        if (key(thing.name) !== key(n.text) && !thing.aliases.includes(n.text)) thing.aliases.push(n.text);
        if (!thing.sentences.includes(s.index)) thing.sentences.push(s.index);
        mentions.push(mention(thing.kind, n, s, thing.id));
      } else if (n.kind === "nationality") {
        mentions.push(mention("nationality", n, s));
      }
    }
  }
  unspottedNames(sentences, things, mentions);
  const found = [...people.values()].filter((p) => p.sentences.length > 0);
  ledeRoles(sentences, found);
  describedRoles(sentences, found);
  // "to Kovarikova" read as a place, when she is Jana Kovarikova: a name nothing refers to is no thing.
  return { people: found, things: [...things.values()].filter((t) => t.sentences.length > 0), mentions };
}

/** One word the tagger could not place, joined to a place ("Velmora and Kastrany") or followed by what a country has. */
/** "second-largest lender", "biggest port": what a country has the first few of (not "largest shareholder", which a company has). */
const RANKED_IN_COUNTRY = /^\s+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|oldest|busiest|richest|poorest|most populous|leading)\s+(?:[a-z]+\s+)?(?:lender|bank|city|port|airline|carrier|employer|exporter|producer|insurer|retailer|river|lake|island|province|region|state|telecom|operator|newspaper|broadcaster|university|carmaker|steelmaker|miner|refinery|airport)s?\b/;

function usedAsCountry(s: NamedSentence, n: NameSpan, placeNames: Set<string>): boolean {
  if (n.text.includes(" ") || (n.kind !== "unknown" && n.kind !== "place" && !(n.kind === "person" && n.roles.length === 0)) || isKnownPlace(n.text)) return false;
  if (/^['’]s$/.test(s.tokens[n.last + 1]?.text ?? "") && NATION_NOUNS.test(s.tokens[n.last + 2]?.text ?? "")) return true;
  // "Aldermark's second-largest lender", "Norland's biggest port": the first of its kind in a country.
  if (/^['’]s$/.test(s.tokens[n.last + 1]?.text ?? "") && RANKED_IN_COUNTRY.test(s.text.slice(s.tokens[n.last + 1].end))) return true;
  // "the government of Dervania".
  if (s.tokens[n.first - 1]?.text === "of" && NATION_OF.test(s.tokens[n.first - 2]?.text ?? "")) return true;
  const i = s.names.indexOf(n);
  const joined = (a: NameSpan, b: NameSpan) => b.first > a.last + 1 && s.tokens.slice(a.last + 1, b.first).every((t) => /^(and|or|,)$/.test(t.text));
  const prev = s.names[i - 1];
  const next = s.names[i + 1];
  const isPlace = (x: NameSpan | undefined) => x !== undefined && (x.kind === "place" || placeNames.has(key(x.text)));
  return (isPlace(prev) && joined(prev, n)) || (isPlace(next) && joined(n, next));
}

/** "Tarsanan" for "Tarsana", "Kastranian" for "Kastrany": an untitled one-word name with a word for its people. */
function hasDemonymFor(n: NameSpan, sentences: NamedSentence[]): boolean {
  if (n.text.includes(" ") || (n.kind !== "unknown" && n.kind !== "place" && !(n.kind === "person" && n.roles.length === 0)) || isKnownPlace(n.text)) return false;
  return hasDemonym(n.text, sentences);
}

/**
 * "Civic Forward won 61 seats" after "the centre-right Civic Forward": an organization's name of
 * two words or more, where the finder saw no name, is still that organization.
 */
function unspottedNames(sentences: NamedSentence[], things: Map<string, NamedThing>, mentions: Mention[]): void {
  const orgs = [...things.values()].filter((t) => t.kind === "organization" && t.name.includes(" "));
  if (orgs.length === 0) return;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const t of orgs) {
    const re = new RegExp(`(?<![\\w-])${escapeRegExp(t.name)}(?![\\w-])`, "g");
    for (const s of sentences) {
      for (const hit of s.text.matchAll(re)) {
        const [start, end] = [hit.index!, hit.index! + t.name.length];
        const taken = bySentence.get(s.index) ?? [];
        if (taken.some((m) => m.start < end && start < m.end)) continue;
        const m: Mention = { kind: "organization", text: t.name, sentence: s.index, start, end, entity: t.id };
        mentions.push(m);
        bySentence.set(s.index, [...taken, m]);
        if (!t.sentences.includes(s.index)) t.sentences.push(s.index);
      }
    }
  }
}

/** What a described name may be besides a person or an organization: a place or a project. */
/** Words for a settlement or an area, that may stand before its name ("the capital, Brask", "the town of Orm"). */
const SETTLEMENT = /^(?:capital|city|town|village|port|province|region|district|county|hamlet|suburb|island)$/;
const PLACE_NOUNS = /^(development|project|complex|building|buildings|tower|site|park|plant|mine|dam|facility|stadium|arena|bridge|road|highway|estate|scheme|village|town|city|neighborhood|neighbourhood|district|suburb|island|river|lake|reservoir|port|airport|station|field|farm|resort|hotel|venue|mall|reserve)$/;

/** The last noun of a description: "a drugmaker based in Copenhagen" -> "drugmaker". */
function headOf(description: string): string {
  const words = description.toLowerCase().split(/\s+/);
  // "a security firm hired by the trust": the noun ends where a participle after it starts a clause.
  // So does "a lawyer representing the association" at its "-ing" verb (not "a leading firm", "a mining company").
  const cut = words.findIndex((w, i) => i > 0 && (/^(based|in|at|of|for|with|that|which|who|from|on|by)$/.test(w) || (i > 1 && /[a-z]ed$/.test(w) && !/ly$/.test(words[i - 1])) || /^(?:represent|act|work|speak|advis|lead|run|head|manag|own)ing$/.test(w)));
  const head = cut > 0 ? words.slice(0, cut) : words;
  return head[head.length - 1] ?? "";
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** "van", "de", "al" ...: the first word of a surname of two ("Van Acker", "de Wit", "Al Mansouri"). */
const SURNAME_PARTICLE = /^(?:van|von|de|da|di|del|della|der|den|du|dos|das|la|le|al|el|bin|ben|ter|ten)\s\S+$/i;

function personWithWord(people: Map<string, Person>, word: string, lastSeen: Map<string, number>): Person | undefined {
  const w = key(word);
  const candidates = [...people.values()].filter((p) => key(p.name).split(" ").includes(w));
  if (candidates.length <= 1) return candidates[0];
  // The most recently mentioned wins; a surname match beats a given-name match.
  return candidates.sort((a, b) => (lastSeen.get(b.id) ?? -1) - (lastSeen.get(a.id) ?? -1) || surnameFirst(b, w) - surnameFirst(a, w))[0];
}

function surnameFirst(p: Person, w: string): number {
  const parts = key(p.name).split(" ");
  return parts[parts.length - 1] === w ? 1 : 0;
}

/** The city in capitals that opens the dateline ("SEVILLE, July 16 - ..."), as a key, or undefined. */
function datelineOf(sentences: NamedSentence[]): string | undefined {
  for (const s of sentences.slice(0, 2)) {
    const m = /^([A-Z][A-Z.'’ -]{1,40}?),\s/.exec(s.text);
    if (m) return key(m[1]);
  }
  return undefined;
}

/** The words after a natural feature's name that its short form drops: "the Koval" for the Koval River. */
const NAMED_ALONE = /^ (?:river|canal|strait|glacier|creek)$/;
/** The word before a natural feature's name that its short form drops: "the Teme" for the River Teme. */
const NAMED_BEFORE = /^(?:river|lake|loch|mount|lough) $/;

/** The words a company's name may end in that name no other body: "Deutsche Bank AG" is Deutsche Bank. */
const SAME_BODY_ENDS = /^(?:company|co|corp|corporation|inc|incorporated|ltd|limited|llc|llp|plc|group|holdings|ag|sa|se|nv|bv|gmbh|spa|srl|ab|asa|as|oy|oyj|pty|bhd)\.?$/;

/**
 * Whether the start of a longer name (keys) is a whole body's name of its own: "Ashcombe United" is
 * the club, not short for the "Ashcombe United Supporters' Trust", since it ends in a word for a body
 * and the longer name goes on to name another ("Supporters' Trust", not "AG" or "Group").
 */
function namesOwnBody(short: string, long: string): boolean {
  const words = short.split(" ");
  const rest = long.slice(short.length + 1).split(" ");
  return words.length >= 2 && ORG_WORDS.has(words[words.length - 1]) && !rest.every((w) => SAME_BODY_ENDS.test(w));
}

/** Whether a word is the people's word of a place the article names: "sardinian" for Sardinia, "sicilian" for Sicily. */
function demonymOfPlace(things: Map<string, NamedThing>, k: string): boolean {
  const m = /^([a-z]{3,}?)(?:ian|an|ese|ish|i)$/.exec(k);
  if (!m) return false;
  const bases = [m[1], `${m[1]}a`, `${m[1]}ia`, `${m[1]}y`, `${m[1]}e`, `${m[1]}o`];
  return [...things.values()].some((t) => t.kind === "place" && bases.includes(key(t.name).split(",")[0]));
}

/** "Pew" for "Pew Research Center", "NATO" for "North Atlantic Treaty Organization", or a place seen before. */
function shortFormOf(things: Map<string, NamedThing>, text: string): NamedThing | undefined {
  const k = key(text);
  // "the province of Nampula" after the dateline "NAMPULA, Mozambique": the place, not "Nampula Central Hospital".
  const place = [...things.values()].find((t) => t.kind === "place" && key(t.name).startsWith(`${k},`));
  if (place) return place;
  // "The Koval rises in the mountains" after "the Koval River": a river is named without its word.
  // ("the Teme" for the River Teme too.)
  const feature = [...things.values()].find((t) => t.kind === "place" && ((NAMED_ALONE.test(key(t.name).slice(k.length)) && key(t.name).startsWith(k)) || (NAMED_BEFORE.test(key(t.name).slice(0, -k.length)) && key(t.name).endsWith(` ${k}`))));
  if (feature) return feature;
  // "ANMR said ..." after "the National Association of Resident Doctors (ANMR)": initials in brackets are its name
  // wherever they come again, though they spell its name in another language.
  const initialled = /^[A-Z]{2,8}$/.test(text) ? [...things.values()].find((t) => t.kind === "organization" && t.aliases.includes(text)) : undefined;
  if (initialled) return initialled;
  // "the Council" for the one organization whose name ends in "Council".
  // Not a place the name ends in: "Tarvik" is no short form of "University of Tarvik".
  const byHead = ORG_WORDS.has(k) ? [...things.values()].filter((t) => t.kind === "organization" && key(t.name) !== k && key(t.name).endsWith(` ${k}`)) : [];
  if (byHead.length === 1 && !k.includes(" ")) return byHead[0];
  for (const t of things.values()) {
    const words = key(t.name).split(" ");
    const acronym = words.filter((w) => !["of", "for", "the", "and", "on"].includes(w)).map((w) => w[0]).join("");
    // "European" alone is an adjective for a continent's people, not the European Union.
    // ("Sardinian" is Sardinia's people's word, not the Sardinian Self-Rule League, when the article names Sardinia.)
    const adjective = isDemonym(text) || isRegionDemonym(text) || demonymOfPlace(things, k);
    // Nor is "Logan" short for "Logan Neighbors for Responsible Growth": the start of a group's name may be its place.
    const causeGroup = words.includes("for") && CAUSE_GROUPS.test(words[1] ?? "");
    // Nor is "Indigenous" short for the "Indigenous Consultation Law": a law goes by its whole name.
    const law = /\b(?:law|act|bill|convention|treaty|agreement|accord|code|charter|protocol|directive|constitution)$/.test(key(t.name));
    if (key(t.name) === k || (t.kind === "organization" && !adjective && !causeGroup && (((words[0] === k || (key(t.name).startsWith(`${k} `) && !namesOwnBody(k, key(t.name)))) && !law) || acronym === k.replace(/\s/g, "")))) return t;
  }
  return undefined;
}

/**
 * The organization's name right before its short name, if that is what `n` is: capitals in brackets
 * ("... Institute (INP)"), one word in brackets after a long name ("National Fisheries and
 * Aquaculture Service (Sernapesca)"), or initials it is said to be known by ("the General Fisheries
 * and Aquaculture Law, known by its Spanish initials LGPA").
 */
function bracketedInitials(s: NamedSentence, n: NameSpan): NameSpan | undefined {
  const initials = /^[A-Z]{2,8}$/.test(n.text);
  if (s.tokens[n.first - 1]?.text === "(" && s.tokens[n.last + 1]?.text === ")") {
    const before = s.names.find((x) => x.kind === "organization" && x.last === n.first - 2);
    return before && (initials || (n.first === n.last && /^[A-Z][a-z]{3,}[A-Za-z]*$/.test(n.text) && before.last - before.first >= 2)) ? before : undefined;
  }
  if (!initials) return undefined;
  // (A name of no clear kind that goes by initials is a body's: "Pescas Atlanticas do Sul, known in the trade as PAS".)
  const before = s.names.filter((x) => (x.kind === "organization" || x.kind === "unknown") && x.last < n.first).pop();
  const between = before ? s.text.slice(s.tokens[before.last].end, s.tokens[n.first].start) : "";
  // ("..., known in the industry as PAN": where it is so known may come between.)
  return before && /^,?\s+(?:also\s+)?known\s+(?:by\s+its\s+(?:[A-Za-z]+\s+)?(?:initials|acronym|abbreviation)|(?:(?:locally|widely|commonly|simply|informally)\s+|in\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?as)\s+$/.test(between) ? before : undefined;
}

function mention(kind: Mention["kind"], n: NameSpan, s: NamedSentence, entity?: string): Mention {
  return {
    kind,
    text: n.text,
    sentence: s.index,
    start: s.tokens[n.first].start,
    end: s.tokens[n.last].end,
    ...(entity ? { entity } : {}),
  };
}
