import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import type { Mention } from "../../knowledge/types.ts";
import { countryOf, countryOfCapital, countryOfRegion, isDemonym, isKnownPlace, isLocalDemonym, isRegionDemonym } from "../../lexicon/places.ts";
import { isVerb, kindSense } from "../../lexicon/wordnet.ts";
import type { Question } from "../question.ts";
import { mentionedInQuestion } from "../retrieve.ts";
import type { Candidate } from "../retrieve.ts";
import { escapeRegExp, isStopWord, stemOf, stemSet, words } from "../text.ts";
import { ofNextRound } from "../event.ts";
import { PLACE_WORDS } from "../../lexicon/words.ts";
import type { Extracted } from "./shared.ts";
import { clauseDistance, listText, mentionsInAnswerClause, nearness, sortedBy } from "./shared.ts";

/** "Where" questions: the places of the answering clause. */

/** "Anchorage, Alaska": the places in the answering clause that the question does not name. */
/** Kinds of natural feature whose names hold the word: "the Carrow River", "Lake Kivu", "Mount Kenya". */
const NATURAL_FEATURE = /^(?:rivers?|lakes?|mountains?|valleys?|seas?|bays?|straits?)$/;

export function wherePlace(c: Candidate, q: Question): Extracted | undefined {
  // "Where is X based?": "the Toronto-based software maker", "a drugmaker based in Copenhagen, Denmark".
  // "Where is the shipping line registered?": "Singapore-registered Coral Sea Container Lines".
  // ("Which country was the trawler registered in?": "a Spanish-flagged trawler", a ship's flag is where it is registered; "Spain" for a country asked.)
  const registered = /\b(registered|flagged|incorporated)\b/.exec(q.words.join(" "))?.[1];
  if (registered) {
    const said = registered === "incorporated" ? registered : "registered|flagged";
    const m = new RegExp(`\\b([A-Z][\\w.’'-]*(?:\\s[A-Z][\\w.’'-]*)?)-(?:${said})\\b|\\b(?:${said}) in ((?:[A-Z][\\w.’'-]*\\s?)+)`).exec(c.sentence.text);
    const where = (m?.[1] ?? m?.[2])?.trim();
    if (where) return { answer: q.head === "country" || isDemonym(where) ? (countryOf(where)?.name ?? where) : where };
  }
  // "Where is the institute?": where something named is based; not "where did X work before the institute?".
  if (q.words.includes("based") || q.words.includes("headquartered") || ((q.things.length > 0 || q.orgWords.length > 0) && /^where (?:is|are|was|were)\b/.test(q.words.join(" ")))) {
    const m = /\b([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)-based\b/.exec(c.sentence.text) ?? /\b(?:based|headquartered) in ((?:[A-Z][\w.’'-]*\s?)+(?:,\s[A-Z][\w.’'-]*)?)/.exec(c.sentence.text);
    if (m) return { answer: m[1].trim() };
  }
  // "Which river does the tunnel go under?": a name with the word ("the Carrow River", "Lake Kivu").
  const feature = q.head !== undefined && NATURAL_FEATURE.test(q.head) ? q.head.replace(/s$/, "") : undefined;
  if (feature) {
    const word = `[${feature[0].toUpperCase()}${feature[0]}]${escapeRegExp(feature.slice(1))}`;
    const named = new RegExp(`((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}${word}\\b|\\b${word}\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s?){1,3})`, "u").exec(c.sentence.text)?.[1].trim();
    if (named && !/^(?:The|A|An)\s/.test(named)) return { answer: named };
  }
  // "Where was she born?": "the Swedish-born conductor" was born in Sweden; "Leeds-born" in Leeds.
  const born = q.words.includes("born") ? /\b([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)-born\b/.exec(c.sentence.text)?.[1].replace(/^(?:The|A|An|Its|Her|His)\s+/, "") : undefined;
  if (born) return { answer: countryOf(born)?.name ?? born };
  // "which opened in this Estmarkian port on Monday": "this" port is the one the story is filed from.
  const here = /\bin this (?:[A-Z][\w’'-]*\s+|[a-z]+\s+)?(?:port|city|town|capital|village|resort|harbou?r|seaside town|border town|island)\b/.exec(c.sentence.text);
  const dateline = c.facts.dateline?.split(",")[0].trim();
  if (here && dateline) return { answer: dateline };
  const containing = Boolean(q.head && /^(state|region|province|country|county|island)$/.test(q.head));
  // "Anchorage, Alaska" answers "in which state is Anchorage?" with its other part, and nothing else
  // where the question already names Anchorage.
  // "Which Chinese region ...?": a region of the country the question names is what it asks, not something it names.
  const partAsked = q.head !== undefined && /^(region|province|state|city|town|area|district|village|county)$/.test(q.head);
  const regionOfNamed = (m: Mention) => partAsked && !countryOf(m.text) && !words(m.text).some((w) => q.words.includes(w));
  let places = mentionsInAnswerClause(c, q)
    .filter((m) => m.kind === "place" && (!mentionedInQuestion(m, q) || regionOfNamed(m)) && (containing || !inNamedPlace(c, m, q)))
    .flatMap((m) => {
      const parts = m.text.split(/,\s*/);
      // ("Pinal County" for "which county": the kind asked is no name the question gives.)
      const named = parts.filter((part) => words(part).some((w) => q.words.includes(w) && w !== q.head));
      if (named.length === 0) return [m];
      return containing ? [{ ...m, text: parts.filter((p) => !named.includes(p)).join(", "), start: -1 }] : [];
    });
  // "In which state is Anchorage?": only "Anchorage, Alaska" says which state Anchorage is in.
  // A country the question names is where the region asked lies, not what it asks about ("what region ... China ...?").
  // (Not "ABANCAY, Peru" for "which region of Peru": the country is no place asked about.)
  const askedPlace = c.facts.mentions.some((m) => m.kind === "place" && !countryOf(m.text) && m.text.split(/,\s*/).filter((part) => !countryOf(part)).some((part) => words(part).some((w) => q.words.includes(w))));
  // Or "Casa Grande, which sits in Pinal County", "Casa Grande in Pinal County": the place it is said to lie in.
  const liesIn = (m: Mention) => { const before = /([A-Z][\w’'-]*)(?:,\s+(?:which|that)\s+(?:sits|lies|is|was)|\s+(?:in|,))\s+(?:in\s+)?$/.exec(c.sentence.text.slice(Math.max(0, m.start - 40), m.start)); return before !== null && q.words.includes(before[1].toLowerCase()); };
  if (containing && askedPlace && !/^(country|countries|island)$/.test(q.head ?? "")) places = places.filter((m) => m.start === -1 || liesIn(m));
  // "Which region...", "which city...": a place inside a country, not the country.
  if (q.head && /^(region|city|town|state|province|area|district|village)$/.test(q.head)) places = places.filter((m) => !countryOf(m.text));
  // "In what town...": a city, not a state or region ("Anchorage, Alaska" stays; "Alaska" alone does not).
  // Nor "Welsh": a people's word names no town.
  if (q.head && /^(city|town|village)$/.test(q.head)) places = places.filter((m) => (m.text.includes(",") || !isKnownPlace(m.text) || countryOfCapital(m.text)) && !isDemonym(m.text) && !isRegionDemonym(m.text) && !isLocalDemonym(m.text));
  // "Which countries...": countries only.
  if (q.head && /^(country|countries|nation|nations)$/.test(q.head)) places = places.filter((m) => countryOf(m.text));
  // "Where was the ship headed?", "which port was it bound for?": the place it was going to ("sailing from Shanghai to Rotterdam").
  // (Not "where was the clinic the team was heading to?": that asks where the clinic is.)
  const ofThing = /^where (?:is|was|are|were) (?:the|a|an) [a-z-]+ (?:that |which )?(?:the |a |an |they |he |she |it |we )/.test(q.words.join(" "));
  if (!ofThing && /\b(?:headed|heading|bound|destined|going|sailing|travelling|traveling|flying|en route)(?:\s+(?:to|for))?$/.test(q.words.join(" "))) {
    const to = places.filter((m) => /\b(?:to|for|toward|towards)\s+(?:the\s+)?$/i.test(c.sentence.text.slice(Math.max(0, m.start - 10), m.start)));
    if (to.length === 0) return undefined;
    places = to;
  }
  // "two Arizona towns, Casa Grande and Buckeye": the places listed right after the word asked
  // (before WordNet's kinds: it knows the dateline's Phoenix as a city, not the towns).
  const listed = q.head && /^(countries|nations|cities|towns|villages|places|states|regions|islands|districts|counties)$/.test(q.head) ? listedAfter(c.sentence.text, q.head, places) : [];
  if (listed.length >= 2) return { answer: listText(listed.map(placeName)) };
  places = ofTheKindAsked(places, q.head);
  // "Which region?": "Peru's southern Apurimac region" says which, whatever WordNet knows of Apurimac.
  // (One place: "between Vikstad and Orm islands" names two, the first without the word.)
  // Or "the northern port city of Lindmark", "the village of Tervik".
  const calledSo = q.head && !/s$/.test(q.head) ? places.filter((m) => new RegExp(`^\\s+${escapeRegExp(q.head!)}\\b`, "i").test(c.sentence.text.slice(m.end)) || new RegExp(`\\b${escapeRegExp(q.head!)}\\s+of\\s+$`, "i").test(c.sentence.text.slice(Math.max(0, m.start - q.head!.length - 8), m.start))) : [];
  if (calledSo.length) places = calledSo;
  // ("the Henderson shipyard" does say where the shipyard asked about is.)
  // (The noun that heads the question's phrase: not "water" of "the water talks".)
  const headsPhrase = (w: string) => { const i = q.words.indexOf(w); return i >= 0 && q.pos.get(w) === "NOUN" && q.pos.get(q.words[i + 1] ?? "") !== "NOUN"; };
  const beforeAskedNoun = (m: Mention) => { const next = /^\s+([a-z]+)/.exec(c.sentence.text.slice(m.end))?.[1]; return next !== undefined && headsPhrase(next); };
  if (!q.head) places = places.filter((m) => !locatesNothing(c.sentence.text, m) || beforeAskedNoun(m));
  // "a Toronto-listed company" says where nothing is, whatever kind of place is asked.
  else places = places.filter((m) => !/^-[a-z]/.test(c.sentence.text.slice(m.end)));
  // "Where were the talks held?" is not answered by where they will "meet again".
  if (/^where (?:were|was|did)\b/.test(q.words.join(" "))) places = places.filter((m) => !ofNextRound(c.sentence.text, m.start));
  // "Negotiators from Velmora and Kastrany": where people come from is not where anything happens,
  // unless that is what is asked.
  if (!q.words.includes("from")) {
    const text = c.sentence.text;
    // But "said in a telephone interview from Accra" says where the speaker was.
    const origins = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "place" && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start)) && !SPEAKING_FROM.test(text.slice(Math.max(0, m.start - 40), m.start)));
    // ... and the places listed with them ("from Velmora and Kastrany").
    const listed = places.filter((m) => origins.some((o) => o.end <= m.start && /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+|\s*,\s*[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*\s*,?\s*(?:and|or)?\s*)$/.test(text.slice(o.end, m.start))));
    places = places.filter((m) => !origins.some((o) => o.start === m.start) && !listed.includes(m));
  }
  // "Which two islands was the boat crossing between?": the places right after "between" ("between Tarvik and Elsholm").
  if (q.words[q.words.length - 1] === "between") {
    const after = places.filter((m) => /\bbetween\s+(?:the\s+)?$/i.test(c.sentence.text.slice(Math.max(0, m.start - 12), m.start)));
    // A sentence that names no two places that way does not say it.
    if (after.length === 0) return undefined;
    places = places.filter((m) => m.start >= after[0].start);
  } else {
    // "talks ... between Tarsana and Meridia": a pair after "between" is who takes part, not where.
    const text = c.sentence.text;
    const named = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "place");
    // Unless the sentence puts something there: "fishing in the waters between Norway and Greenland".
    const locates = (m: Mention) => /\b(?:in|on|at|along|across|near|off|over|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}between\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 60), m.start));
    const pair = named.filter((m) => /\bbetween\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 12), m.start)) && !locates(m) && named.some((o) => o.start > m.end && /^\s+and\s+(?:the\s+)?$/.test(text.slice(m.end, o.start))));
    const second = (m: Mention) => pair.some((p) => m.start > p.end && /^\s+and\s+(?:the\s+)?$/.test(text.slice(p.end, m.start)));
    places = places.filter((m) => !pair.includes(m) && !second(m));
  }
  // "Where did Blinken fly in from?": a place the sentence says came before ("arrived from visits to Japan").
  if (q.words[q.words.length - 1] === "from") {
    const origin = places.find((m) => /\bfrom\b(?:\s+[\w’'-]+){0,3}\s*$/i.test(c.sentence.text.slice(Math.max(0, m.start - 40), m.start)));
    // The first of them, and those listed with it.
    if (origin) places = places.filter((m) => m.start >= origin.start);
  }
  // "Where is the American site?": a place in that country ("Dayton, Ohio"), of those the sentence lists.
  const described = q.words.filter((w, i) => isDemonym(w) && i + 1 < q.words.length && !countryOf(q.words[i + 1])).map((w) => countryOf(w)!.name);
  const inDescribed = described.length ? places.filter((m) => m.text.split(/,\s*/).some((part) => described.includes((countryOf(part) ?? countryOfCapital(part) ?? countryOfRegion(part))?.name ?? ""))) : [];
  if (inDescribed.length) places = inDescribed;
  // "Where will Norvania lodge its complaint?" -> "would file a complaint with the World Trade
  // Organization": the body the asked thing goes to, whatever place sets the scene ("In Vessling, ...").
  const goesTo = mentionsIn(c.facts, c.sentence.sentence).find((m) => m.kind === "organization" && !mentionedInQuestion(m, q) && q.terms.includes(stemOf(/\b([a-z]+)\s+(?:with|to|before)\s+(?:the\s+)?$/i.exec(c.sentence.text.slice(Math.max(0, m.start - 30), m.start))?.[1].toLowerCase() ?? "")));
  if (goesTo && q.head === undefined) return { answer: goesTo.text };
  if (places.length === 0) {
    // "Where will X appeal?" -> "to the Competition Tribunal": an institution can be the where.
    const near = nearness(c.sentence.text, q);
    const org = sortedBy(
      mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "organization" && !mentionedInQuestion(m, q) && /\b(to|at|in|before|outside|inside|near|opposite)\s+(the\s+)?$/i.test(c.sentence.text.slice(0, m.start))),
      near,
    )[0];
    if (org && near(org) < 60) return { answer: org.text };
    // "will hold a rally outside the partnership's headquarters", "outside the Tarsanan embassy in
    // the Meridian capital, Ostrava Nova": a building is a where too.
    const venue = VENUE.exec(c.sentence.text);
    return venue && near({ start: venue.index, end: venue.index + venue[0].length } as Mention) < 60 ? { answer: venue[0].trim() } : undefined;
  }
  // "union president Marta Kjellin, who farms ... near the village of Tervik, told a rally ... in Brask":
  // a place in an aside about someone is where they are, not where the asked thing happens (unless the aside says it).
  const asides = [...c.sentence.text.matchAll(/,\s+who\s+[^,]+,/g)].filter((a) => !q.terms.some((t) => stemSet(a[0]).has(t)));
  const inAside = (m: Mention) => asides.some((a) => m.start > a.index! && m.end < a.index! + a[0].length);
  if (places.some((m) => !inAside(m))) places = places.filter((m) => !inAside(m));
  // "... minorities in Xinjiang, ... aggression toward Taiwan": of the places of the answering clause, the one next to the question's words.
  const inClause = clauseDistance(c, q);
  const near = nearness(c.sentence.text, q);
  const first = inClause ? [...places].sort((x, y) => (inClause(x) === 0 ? 0 : 1) - (inClause(y) === 0 ? 0 : 1) || near(x) - near(y))[0] : places[0];
  // Places listed together with the first ("Japan and South Korea"), not every place in the sentence.
  // "Which countries ...?" asks for all of them: "Japan pledged ..., while Chile said ...".
  const plural = /^(countries|nations|cities|towns|places|states|regions)$/.test(q.head ?? "");
  const together = places.filter((m) => plural || m === first || /^[\s,]*(and|or)?\s*$/.test(c.sentence.text.slice(Math.min(m.end, first.end), Math.max(m.start, first.start))));
  // "outside the Belmarkian embassy in the capital, Orlova": the building the place is given with.
  const venue = !plural ? VENUE.exec(c.sentence.text) : null;
  if (venue && venue.index + venue[0].length === first.end && /\bthe (?:capital|city|town|village|port)(?: city)?,\s+[^,]+$/.test(venue[0])) return { answer: venue[0].trim() };
  // A list asked for in the plural is given whole ("Nigeria, Congo, Uganda and Mozambique").
  return { answer: listText(together.sort((x, y) => x.start - y.start).slice(0, plural ? 6 : 3).map(placeName)) };
}

/** The places listed right after "<head>," (or a dash) in a text ("towns, Casa Grande and Buckeye"), in order, while only commas and "and" part them. */
function listedAfter(text: string, head: string, places: Mention[]): Mention[] {
  const at = new RegExp(`\\b${escapeRegExp(head)}(?:,|:|\\s+[-–—])\\s*`, "i").exec(text);
  if (!at) return [];
  const out: Mention[] = [];
  let end = at.index + at[0].length;
  for (const m of [...places].sort((x, y) => x.start - y.start)) {
    if (m.start < end) continue;
    if (!/^[\s,]*(?:and|or)?\s*$/.test(text.slice(end, m.start))) break;
    out.push(m);
    end = m.end;
  }
  return out;
}

/** Where a speaker was: "said by telephone from Accra", "speaking from Geneva", "told Reuters from Kyiv". */
const SPEAKING_FROM = /\b(?:interview|speaking|spoke|said|says|told\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|telephone|phone|call|video(?:\s+link)?|briefing)\s+from\s+(?:the\s+)?$/;

/** "BRENNICK, August 14 -": a dateline's capitals are its style, not the name ("Brennick"). */
function placeName(m: Mention): string {
  return m.start === 0 ? m.text.replace(/\b([A-Z])([A-Z]{3,})\b/g, (_all, a: string, b: string) => a + b.toLowerCase()) : m.text;
}
/**
 * Whether a place, named this way, says where nothing happens:
 * - it qualifies a noun: "antithetical to U.S. interests", "an Asia-Pacific expert", "Washington-based";
 * - it acts, standing for its government: "the belief that Beijing is ready";
 * - it is part of a title: "the Chinese ambassador to the U.S.";
 * - it is where an organization is based, which only "where is it based" asks: "a carrier based in Moncton".
 */
function locatesNothing(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return qualifiesNoun(text.slice(m.end)) || actsAsSubject(text, m) || POSTED_TO.test(before) || /\b(?:based|headquartered)\s+in\s+$/.test(before) || ofAThing(before);
}

/**
 * "to share the waters of the Koval River", "the future of Hong Kong": a place after "of" that
 * completes a noun for no area ("the outskirts of Kyiv", "north of Gaza", "the city of Lyon" locate).
 */
function ofAThing(before: string): boolean {
  const noun = /\b([a-z]+)\s+of\s+(?:the\s+)?$/.exec(before)?.[1];
  // "in the waters of the Red Sea", "at the gates of Rome": a noun after "in" or "at" is a where itself.
  const located = /\b(?:in|at|on|near|into|inside|outside|across|throughout|around|off|within)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){1,2}of\s+(?:the\s+)?$/.test(before);
  return noun !== undefined && !located && !isStopWord(noun) && !PLACE_WORDS.has(noun) && !AREA_NOUNS.test(noun) && !/^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/.test(noun);
}
const AREA_NOUNS = /^(?:outskirts|centre|center|heart|edge|edges|part|parts|area|areas|rest|south|north|coast|shores?|banks?|mouth|suburbs?|streets|capital|territory|side|middle|corner|tip|end|border|borders|municipality|commune|parish|department|governorate|prefecture|oblast|state|states|republic|island|islands)$/;
const POSTED_TO = /\b(?:ambassadors?|envoys?|representative|delegate|consul|emissary)\s+to\s+(?:the\s+)?$/i;

/** Whether a place is the subject of a verb right after it, with no preposition before it: "that Beijing is ready". */
function actsAsSubject(text: string, m: Mention): boolean {
  const before = /([A-Za-z]+)\W*$/.exec(text.slice(0, m.start))?.[1]?.toLowerCase() ?? "";
  return !PLACE_PREPOSITION.test(before) && /^\s+(is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|says?|said|wants?|wanted|[a-z]{3,}ed)\b/.test(text.slice(m.end));
}
const PLACE_PREPOSITION = /^(in|at|to|from|near|outside|inside|across|throughout|around|into|toward|towards|via|within|between|over|through|of)$/;

/** Whether the text after a name makes it a modifier: "'s behaviour", " interests". */
function qualifiesNoun(after: string): boolean {
  if (/^['’]s\s|^-[a-z]/.test(after)) return true;
  const m = /^\s+([a-z]+)\b(?:\s+(\S+))?/.exec(after);
  const next = m?.[1];
  // "whose plant in Hamilton employs 340 people": a verb with its object after it, not a noun.
  if (next && /[^s]s$/.test(next) && isVerb(next) && /^(?:\d|the\b|a\b|an\b|its\b|his\b|her\b|their\b|some\b|about\b|more\b|nearly\b|around\b|over\b|up\b|to\b)/.test(m?.[2] ?? "")) return false;
  // "the Vell crossing", "the Gaza border" are places themselves.
  return next !== undefined && !isStopWord(next) && !NOT_A_NOUN.test(next) && !PLACE_WORDS.has(next) && !/^(border|frontier|coast|capital|embassy)$/.test(next);
}
const NOT_A_NOUN = /^(said|says|say|told|added|last|next|this|earlier|later|today|yesterday|tomorrow|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|hours|days|weeks|months|years|where|when|while|since|until|after|before|during|early|late|overnight|instead|too|again|also|alone|itself|proper)$|(?:ed|ly)$/;

/** "Where did Blinken go before Alaska?": "Anchorage", which the article calls "Anchorage, Alaska", is the place the question names. */
function inNamedPlace(c: Candidate, m: Mention, q: Question): boolean {
  const thing = c.facts.things.find((t) => t.id === m.entity);
  return thing !== undefined && thing.name.includes(",") && thing.name.split(/,\s*/).slice(1).some((part) => words(part).every((w) => q.words.includes(w)));
}

/** Heads that ask for any place (they say nothing about which), and for countries. */
// Countries are told by the lexicon of countries, which knows them all.
const ANY_PLACE = /^(place|places|location|locations|venue|site|where|area|areas|country|countries|nation|nations)$/;
/**
 * "Which island...", "which river...": of the places found, those WordNet files under that kind,
 * in their most common sense first ("Taiwan" is an island first of all; "China" only in a rare
 * sense). All of them when WordNet knows none of them as one.
 */
function ofTheKindAsked<M extends { text: string }>(places: M[], head: string | undefined): M[] {
  if (!head || ANY_PLACE.test(head) || places.length < 2) return places;
  const kind = head.replace(/ies$/, "y").replace(/s$/, "");
  const ranked = places.map((m) => ({ m, sense: kindSense(m.text.split(",")[0], kind) })).filter((r) => r.sense >= 0);
  if (ranked.length === 0) return places;
  const best = Math.min(...ranked.map((r) => r.sense));
  return ranked.filter((r) => r.sense === best).map((r) => r.m);
}

/** A building or site after a preposition of place, with the town it is in: "outside the partnership's headquarters". */
const VENUE = /\b(?:outside|at|in front of|near|inside|opposite|on the steps of)\s+(?:the|a|its|their)\s+(?:[\w’'-]+\s+){0,3}(?:headquarters|embassy|consulate|offices?|building|courthouse|court|parliament|hall|station|gates|ministry|palace|square|stadium|plant|factory|hospital|school|church|mosque|temple|airport|terminal|site|mine|port)\b(?:\s+in\s+[^.;]*?(?=,\s+(?:on|and|which|who|where|adding|saying|at|from|to|after|before|while)\b|[.;]|$))?/;
