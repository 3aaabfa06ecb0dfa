import type { ArticleFacts, Mention, NamedThing, Person, Quote } from "../knowledge/types.ts";
import type { Question } from "./question.ts";
import type { Candidate } from "./retrieve.ts";
import { kindFits, mentionedInQuestion } from "./retrieve.ts";
import { anchorTerms, answeringClause, clauseAnswer, splitClauses, tidy } from "./clauses.ts";
import { attributionOf } from "../knowledge/quotes.ts";
import { mentionsIn } from "../knowledge/mentionsBySentence.ts";
import { countryOf, countryOfCapital, isKnownPlace } from "../lexicon/places.ts";
import { formatDate } from "../knowledge/dates.ts";
import { NEGATIONS } from "../lexicon/words.ts";
import { isStopWord, stemOf, stemSet, tokenStem, words } from "./text.ts";
import { ORG_NOUNS, ROLE_WORDS } from "../lexicon/words.ts";
import { expand } from "../lexicon/synonyms.ts";
import { isVerb, kindSense } from "../lexicon/wordnet.ts";

/** A short answer taken from one sentence, with the people it names (for follow-ups). */
export interface Extracted {
  answer: string;
  people?: string[];
  /** The sentence the answer came from, when it is not the candidate's own (a role or a quote). */
  sentence?: number;
  /** Characters between the answer and the question's words in the sentence: nearer is likelier. */
  distance?: number;
  /** True when the answer is only "someone the sentence names", not someone the sentence says did it. */
  weak?: boolean;
}


/** The sentence's mentions, nearest to the clause that answers first (those inside it, then its neighbours, then the rest). */
function mentionsInAnswerClause(c: Candidate, q: Question): readonly Mention[] {
  const all = mentionsIn(c.facts, c.sentence.sentence);
  const clauses = splitClauses(c.sentence.text);
  const at = answeringClause(clauses, q);
  if (at < 0) return all;
  const from = clauses[at].start;
  const to = from + clauses[at].text.length;
  const distance = (m: Mention) => (m.start >= from && m.end <= to ? 0 : m.end <= from ? from - m.end : m.start - to);
  return [...all].sort((x, y) => distance(x) - distance(y) || x.start - y.start);
}

function listText(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

function personById(facts: ArticleFacts, id: string | undefined): Person | undefined {
  return facts.people.find((p) => p.id === id);
}

/** "Anchorage, Alaska": the places in the answering clause that the question does not name. */
export function wherePlace(c: Candidate, q: Question): Extracted | undefined {
  // "Where is X based?": "the Toronto-based software maker", "a drugmaker based in Copenhagen, Denmark".
  if (q.words.includes("based") || q.words.includes("headquartered") || q.things.length > 0 || q.orgWords.length > 0) {
    const m = /\b([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)-based\b/.exec(c.sentence.text) ?? /\b(?:based|headquartered) in ((?:[A-Z][\w.’'-]*\s?)+(?:,\s[A-Z][\w.’'-]*)?)/.exec(c.sentence.text);
    if (m) return { answer: m[1].trim() };
  }
  const containing = Boolean(q.head && /^(state|region|province|country|county|island)$/.test(q.head));
  // "Anchorage, Alaska" answers "in which state is Anchorage?" with its other part, and nothing else
  // where the question already names Anchorage.
  let places = mentionsInAnswerClause(c, q)
    .filter((m) => m.kind === "place" && !mentionedInQuestion(m, q))
    .flatMap((m) => {
      const parts = m.text.split(/,\s*/);
      const named = parts.filter((part) => words(part).some((w) => q.words.includes(w)));
      if (named.length === 0) return [m];
      return containing ? [{ ...m, text: parts.filter((p) => !named.includes(p)).join(", "), start: -1 }] : [];
    });
  // "In which state is Anchorage?": only "Anchorage, Alaska" says which state Anchorage is in.
  const askedPlace = c.facts.mentions.some((m) => m.kind === "place" && words(m.text).some((w) => q.words.includes(w)));
  if (containing && askedPlace && !/^(country|countries|island)$/.test(q.head ?? "")) places = places.filter((m) => m.start === -1);
  // "Which region...", "which city...": a place inside a country, not the country.
  if (q.head && /^(region|city|town|state|province|area|district|village)$/.test(q.head)) places = places.filter((m) => !countryOf(m.text));
  // "In what town...": a city, not a state or region ("Anchorage, Alaska" stays; "Alaska" alone does not).
  if (q.head && /^(city|town|village)$/.test(q.head)) places = places.filter((m) => m.text.includes(",") || !isKnownPlace(m.text) || countryOfCapital(m.text));
  // "Which countries...": countries only.
  if (q.head && /^(country|countries|nation|nations)$/.test(q.head)) places = places.filter((m) => countryOf(m.text));
  places = ofTheKindAsked(places, q.head);
  if (places.length === 0) {
    // "Where will X appeal?" -> "to the Competition Tribunal": an institution can be the where.
    const near = nearness(c.sentence.text, q);
    const org = mentionsIn(c.facts, c.sentence.sentence)
      .filter((m) => m.kind === "organization" && !mentionedInQuestion(m, q) && /\b(to|at|in|before)\s+(the\s+)?$/i.test(c.sentence.text.slice(0, m.start)))
      .sort((a, b) => near(a) - near(b))[0];
    return org && near(org) < 60 ? { answer: org.text } : undefined;
  }
  const first = places[0];
  // Places listed together with the first ("Japan and South Korea"), not every place in the sentence.
  const together = places.filter((m) => m === first || /^[\s,]*(and|or)?\s*$/.test(c.sentence.text.slice(Math.min(m.end, first.end), Math.max(m.start, first.start))));
  return { answer: listText(together.sort((x, y) => x.start - y.start).slice(0, 3).map((m) => m.text)) };
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

/**
 * "asking judges to quash the permit that the ministry granted on Aug. 29", "ruled that ... when it
 * voted on April 15": a date inside a relative or subordinate clause dates that clause's event, not
 * the one asked about, unless the clause (or what it hangs on) has the question's words.
 */
function inOtherRelativeClause(text: string, m: Mention, q: Question): boolean {
  const before = text.slice(0, m.start);
  const rel = [...before.matchAll(/\b(that|which|who|whom|when|after|before|since|because|while)\s/g)].pop();
  if (!rel || /[,;:—]/.test(before.slice(rel.index!))) return false;
  // What the clause is about: the words before the pronoun ("site clearing, which ... will begin on Oct. 1").
  const antecedent = words(before.slice(0, rel.index)).slice(-3).map(stemOf);
  const clause = stemSet(text.slice(rel.index!, m.end));
  return !anchorTerms(q).some((t) => clause.has(t) || antecedent.includes(t));
}

/** "Wednesday night (17 March 2021)". */
export function whenDate(c: Candidate, q: Question): Extracted | undefined {
  const wantsTime = /\btime of day\b|\bwhat time\b/.test(q.words.join(" "));
  const dates = mentionsInAnswerClause(c, q).filter((m) => kindFits(m, "date") && !mentionedInQuestion(m, q) && !inOtherRelativeClause(c.sentence.text, m, q));
  const times = dates.filter((m) => m.kind === "time" || /night|morning|evening|afternoon|noon|\d\s*[ap]\.?m\b|o['’]clock/i.test(m.text));
  // "At what time...": a day is not an answer.
  const pick = wantsTime ? times[0] : dates[0];
  if (!pick) return undefined;
  const sameDay = dates.filter((m) => m !== pick && m.start > pick.start && m.start - pick.end < 10 && /^\s*(and|or|to|-)\s*$/.test(c.sentence.text.slice(pick.end, m.start)));
  const text = sameDay.length ? `${pick.text} and ${sameDay[0].text}` : pick.text;
  return { answer: pick.date ? `${text} (${formatDate(pick.date)})` : text };
}

/** Character offsets in the sentence of the words that match the question's anchor terms. */
function anchorOffsets(text: string, q: Question): number[] {
  // The question's words, and the words listed as standing for them ("blaze" for "fire").
  const anchors = new Set(anchorTerms(q).flatMap((t) => [t, ...expand(q.words.find((w) => stemOf(w) === t) ?? t).map(stemOf)]));
  const out: number[] = [];
  for (const { at, stem } of tokenStems(text)) if (anchors.has(stem)) out.push(at);
  return out;
}

const tokenStemLists = new Map<string, { at: number; stem: string }[]>();

/** Where each word of a sentence starts, with its stem; kept per sentence text (up to a bound). */
function tokenStems(text: string): { at: number; stem: string }[] {
  let list = tokenStemLists.get(text);
  if (!list) {
    list = [];
    for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
      const w = words(m[0])[0];
      if (w) list.push({ at: m.index!, stem: stemOf(w) });
    }
    if (tokenStemLists.size >= 50_000) tokenStemLists.clear();
    tokenStemLists.set(text, list);
  }
  return list;
}

/** Distance from a mention to the nearest anchor word: the answer usually stands next to what the question asks about. */
function nearness(text: string, q: Question): (m: Mention) => number {
  const anchors = anchorOffsets(text, q);
  // After the anchor counts less than before it: "fined the company $310 million".
  // An anchor inside the mention itself ("American" in "American Enterprise Institute") says nothing about it.
  return (m) => {
    const outside = anchors.filter((a) => a < m.start || a >= m.end);
    return outside.length ? Math.min(...outside.map((a) => (a < m.start ? m.start - a : 2 * (a - m.end)))) : m.start;
  };
}

/** Words that end the counted noun after a number: "3.8 billion cubic metres if ..." stops before "if". */
const STOP_NOUN = /^(of|and|or|to|in|the|a|an|were|was|had|have|who|that|which|would|will|are|is|if|by|for|from|with|than|on|at|as|but|so|since|after|before|while|when|a|this|its|their)$/;
const HUMAN_COUNT = /^(people|persons|adults|patients|participants|individuals|residents|members|voters|workers|employees|staff|children|men|women|students|users|customers|drivers|recipients)$/;
const FRACTIONS = /^(nearly |about |almost |roughly |some |more than |less than )?(half|a half|a third|a quarter|two[- ]thirds|three[- ]quarters|one[- ]third|one[- ]quarter|a fifth|a tenth)$/i;
const MONEY_WORDS = /\b(money|cost|costs|pay|paid|pays|price|priced|worth|fine|fined|budget|revenue|revenues|sales|profit|profits|earn|earns|earned|salary|salaries|wage|wages|spend|spent|value|valued|allocate|allocated|invest|invested|raise|raised|fund|funding|receive|received|get|gets|payment|payments|grant|award|compensation|fee|fees|dollars?|euros?|pounds?|billion|million)\b/;
const CHANGE_WORDS = /\b(likely|percent|percentage|rate|share|proportion|less|more|reduc\w*|cut|cuts|fell|fall|drop\w*|rise|rose|increase\w*|decrease\w*|grow\w*|grew|change\w*|lower|higher|raise)\b/;

const TALLY = /^\d{1,4}[-–]\d{1,4}$|^\d{1,4} votes? to \d{1,4}$/;

/** "20 percent", "41 of the 76 seats", "$4.2 billion": the quantity that stands next to what is asked. */
export function quantity(c: Candidate, q: Question): Extracted | undefined {
  const text = c.sentence.text;
  const asked = q.words.join(" ");
  if (q.head === "old") {
    // "How old is X?": an age, written as one.
    const age = /\b(\d{1,3})[- ]years?[- ]old\b|\baged? (\d{1,3})\b|,\s(\d{1,3}),/.exec(text);
    return age ? { answer: `${age[1] ?? age[2] ?? age[3]} years old` } : undefined;
  }
  // "how many Senate seats does...": the counted thing is the last noun before the verb.
  const at = q.words.indexOf("many");
  const run: string[] = [];
  for (let i = at + 1; at >= 0 && i < q.words.length && run.length < 4; i++) {
    const p = q.pos.get(q.words[i]);
    if (p !== "NOUN" && p !== "PROPN" && p !== "ADJ" && p !== "NUM") break;
    run.push(q.words[i]);
  }
  // "how many of the strikers are mechanics": what is counted is after "are".
  const ofThe = at >= 0 && q.words[at + 1] === "of" ? /\b(?:are|were|is|was)\s+(?:the\s+)?([a-z-]+)/.exec(q.words.slice(at).join(" "))?.[1] ?? q.words[at + 3] : undefined;
  const counted = ofThe ?? (run.length ? run[run.length - 1] : at >= 0 ? q.words[at + 1] : undefined);
  const durationAsked = /\bhow long\b/.test(asked) || /^(years?|months?|weeks?|days?|hours?|minutes?)$/.test(counted ?? "");
  const moneyAsked = !counted && /\bhow (much|large|big|high|small)\b|\bwhat (amount|sum|value|price)\b/.test(asked) && MONEY_WORDS.test(asked);
  const percentAsked = q.wants === "percent" || (!counted && CHANGE_WORDS.test(asked) && !moneyAsked);
  let ms = mentionsIn(c.facts, c.sentence.sentence).filter((m) => ["percent", "number", "money", "duration"].includes(m.kind) && !mentionedInQuestion(m, q));
  if (counted) ms = ms.filter((m) => m.kind === (durationAsked ? "duration" : "number") && !FRACTIONS.test(m.text) && !/^(19|20)\d\d$/.test(m.text));
  // "Of the workers on strike, about 2,300 are drivers": a part of the whole, not how many in all.
  if (counted && new RegExp(`^of the ${counted}\\b[^,.;]*,`, "i").test(text)) ms = [];
  // "How much revenue...": only money answers; "how long": only a duration.
  if (moneyAsked) ms = ms.filter((m) => m.kind === "money");
  if (durationAsked && !counted) ms = ms.filter((m) => m.kind === "duration");
  // "What share...", "what tax rate...": a percentage or a fraction.
  if (q.wants === "percent") ms = ms.filter((m) => m.kind === "percent" || FRACTIONS.test(m.text));
  const want = counted ? [stemOf(counted), ...(q.related.get(stemOf(counted)) ?? []), ...expand(counted).map(stemOf)] : [];
  // "How many recipients..." is answered by "19 people": a count of people fits any word for people.
  const human = (w: string) => HUMAN_COUNT.test(w) || (/(ers|ants|ents|ists|ees)$/.test(w) && !/^(numbers|others|letters|centers|orders|papers)$/.test(w));
  const countsIt = (m: Mention) => {
    const next = m.kind === "duration" ? words(m.text) : words(text.slice(m.end)).slice(0, 5);
    return next.map(stemOf).some((w) => want.includes(w)) || (counted !== undefined && human(counted) && next.slice(0, 2).some((w) => HUMAN_COUNT.test(w)));
  };
  const near = nearness(text, q);
  // "41 of the 76 seats": the part, not the whole.
  const isPart = (m: Mention) => /^\s+of\s+(?:the|its|their|his|her)?\s*[\d,.]+/.test(text.slice(m.end));
  // "How many permanent jobs": a count followed by the asked modifier ("380 permanent positions") is the more exact one.
  const modifiers = run.slice(0, -1).filter((w) => q.pos.get(w) === "ADJ" || q.pos.get(w) === "NOUN").map(stemOf);
  const modified = (m: Mention) => modifiers.length > 0 && words(text.slice(m.end)).slice(0, 3).map(stemOf).some((w) => modifiers.includes(w));
  // "What was the vote?": a tally, not any number.
  const tallyAsked = /^(vote|score|tally|margin)$/.test(q.head ?? "");
  if (tallyAsked) ms = ms.filter((m) => TALLY.test(m.text));
  const score = (m: Mention) => (counted && countsIt(m) ? -1000 : 0) + (counted && modified(m) ? -1500 : 0) + (isPart(m) ? -50 : 0) + (percentAsked && m.kind === "percent" ? -500 : 0) + (m.kind === "duration" && !durationAsked ? 300 : 0) + near(m);
  const pick = [...ms].sort((a, b) => score(a) - score(b) || a.start - b.start)[0];
  if (!pick) return undefined;
  // A number far from anything the question asks about answers something else; so does a count of
  // other things ("38 clinics" for "how many participants").
  const counts = (m: Mention) => countsIt(m) || modified(m);
  if (near(pick) > 90 && !(counted && counts(pick))) return undefined;
  if (counted && !counts(pick) && /^\s+[a-z]/.test(text.slice(pick.end)) && !/^\s+(of|are|were|had|have|in|at|to|and)\b/.test(text.slice(pick.end))) return undefined;
  // Keep the counted noun: "about 2,800 bus drivers", "41 of the 76 seats".
  const after = text.slice(pick.end);
  const part = /^\s+of\s+(?:the|its|their|his|her)?\s*[\d,.]+\s+[a-z][\w-]*/.exec(after)?.[0];
  const noun = pick.kind === "number" ? /^(\s+[a-z][\w-]*){1,3}/.exec(after)?.[0] : undefined;
  const nounText = noun ? noun.split(/\s+/).filter(Boolean).slice(0, 3).filter((w, i, all) => !STOP_NOUN.test(w) && all.slice(0, i).every((x) => !STOP_NOUN.test(x))) : [];
  return { answer: `${pick.text}${part ?? (nounText.length ? ` ${nounText.join(" ")}` : "")}`, distance: near(pick) };
}

/** Who is described by the question's words in someone's roles ("Who is China's foreign minister?"). */
export function personByRole(facts: ArticleFacts, q: Question): Person | undefined {
  const qs = new Set([...q.terms, ...(q.head ? [stemOf(q.head)] : []), ...q.words.flatMap((w) => expand(w)).map(stemOf)]);
  // When the question names a role ("the lawyer"), that role, not one its verbs suggest ("representing").
  const askedRoles = q.words.filter((w) => ROLE_WORDS.has(w) || w === q.head);
  const roleStems = new Set(askedRoles.flatMap((w) => [w, ...expand(w)]).map(stemOf));
  const plainTerms = q.terms.filter((t) => !t.startsWith("@")).length;
  const roleAt = q.words.findIndex((w) => ROLE_WORDS.has(w));
  const roleModifiers = roleAt > 0 ? q.words.slice(Math.max(0, roleAt - 3), roleAt).filter((w) => !isStopWord(w)).map(stemOf) : [];
  let best: { p: Person; score: number } | undefined;
  for (const p of facts.people) {
    if (q.people.some((x) => x.id === p.id)) continue;
    const sideName = facts.sides.find((s) => s.id === p.side)?.name;
    let around: Set<string> | undefined;
    for (const role of p.roles) {
      const roleWords = words(role);
      const rs = [...stemSet(role)].filter((t) => qs.has(t));
      if (rs.length === 0) continue;
      const roleCountries = roleWords.map((w) => countryOf(w)?.name).filter(Boolean);
      // Every country the question names must be the person's side or be in the role ("ambassador to Japan").
      const countryOk = q.countries.every((c) => c === sideName || roleCountries.includes(c) || role.includes(c));
      if (!countryOk) continue;
      // A role at one organization does not answer for another: "Who leads Kesterton Borough Council?"
      // is not answered by "Meridian's chief executive" (a role that names no employer, "Judge", may).
      const employers = facts.things.filter((t) => t.kind === "organization" && [t.name, ...t.aliases].some((n) => n.length > 2 && role.includes(n)));
      const asked = [...q.things, ...q.orgWords];
      if (asked.length && employers.length && !employers.some((t) => asked.some((o) => [t.name, ...t.aliases].some((n) => n.toLowerCase().includes(o) || o.includes(n.toLowerCase()))))) continue;
      // And an organization the question asks about (not one that only qualifies another noun, "the
      // Ostrander case") must come up where the person does.
      if (asked.length && asked.every((o) => !qualifiesNoun(q.words, o)) && !asked.some((o) => `${role} ${sideName ?? ""} ${p.sentences.map((i) => facts.sentences[i].text).join(" ")}`.toLowerCase().includes(o))) continue;
      const score = rs.length + 0.5;
      if (best && score <= best.score) continue;
      // "Who is the mayor of Cleveland?": the role word, and the rest of the question said where the person is named.
      // A role word must match ("chief executive", "spokeswoman"), not only the employer's name.
      const roleWord = roleWords.some((w) => ROLE_WORDS.has(w) && (askedRoles.length ? roleStems.has(stemOf(w)) : qs.has(stemOf(w))));
      if (!roleWord) continue;
      const rest = q.terms.filter((t) => !rs.includes(t) && !countryOf(t));
      around ??= new Set(p.sentences.flatMap((i) => [...stemSet(facts.sentences[i].text)]));
      const held = around;
      // Words that qualify the role ("natural resources minister") must be the person's own, not any name in the article.
      const restHeld = rest.filter((t) => held.has(t) || (!roleModifiers.includes(t) && placeOrOrgStems(facts).has(t))).length;
      const enough = rs.length >= Math.min(2, plainTerms) || restHeld >= Math.min(1, rest.length);
      if (enough) best = { p, score };
    }
  }
  return best?.p;
}

/** Whether the name is followed in the question by a noun it qualifies: "the ostrander case". */
function qualifiesNoun(ws: string[], name: string): boolean {
  const parts = name.split(" ");
  const at = ws.findIndex((_, i) => parts.every((p, k) => ws[i + k] === p));
  const next = at < 0 ? undefined : ws[at + parts.length];
  return next !== undefined && !isStopWord(next);
}

const placeOrOrgCache = new WeakMap<ArticleFacts, Set<string>>();

/** Stems of the words of every place and organization the article names. */
function placeOrOrgStems(facts: ArticleFacts): Set<string> {
  let set = placeOrOrgCache.get(facts);
  if (!set) {
    set = new Set(facts.mentions.filter((m) => m.kind === "place" || m.kind === "organization").flatMap((m) => [...stemSet(m.text)]));
    placeOrOrgCache.set(facts, set);
  }
  return set;
}

function describe(p: Person): string {
  return p.roles.length ? `${p.name} (${p.roles[0]})` : p.name;
}

/** People in the answering part of the sentence, minus those the question names. */
export function whoPerson(c: Candidate, q: Question): Extracted | undefined {
  if (q.head === "speaker") return speakerOf(c, q);
  const principal = principalOf(c, q);
  if (principal) return principal;
  // "On whose behalf...": only a sentence that says whom someone represents answers it.
  if (/\bwhose behalf\b/.test(q.words.join(" "))) return undefined;
  const byRole = personByRole(c.facts, q);
  if (byRole) return { answer: describe(byRole), people: [byRole.id], sentence: firstRoleSentence(c.facts, byRole) };
  const group = sideGroup(c.facts, q);
  if (group) return group;
  const phrase = headPhrase(c, q);
  if (phrase) return { answer: phrase };
  const text = c.sentence.text;
  let ms = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "person" && !q.people.some((p) => p.id === m.entity));
  // "Representing Chinese leader Xi are A and B": who is represented is not who represents, unless
  // that is what the question asks ("on whose behalf...", "whom do A and B represent?").
  const represented = (m: Mention) => /\b(representing|on behalf of|for)\s+(\S+\s+){0,3}$/i.test(text.slice(0, m.start));
  const asksPrincipal = /\bwhose behalf\b|\b(whom|who) .*\brepresent/.test(q.words.join(" ")) && (q.people.length > 0 || /\bwhose behalf\b/.test(q.words.join(" ")));
  if (asksPrincipal && ms.some(represented)) ms = ms.filter(represented);
  else if (q.people.length === 0 && /\b(represent|speak|delegation|team|behalf)/.test(q.words.join(" "))) ms = ms.filter((m) => !represented(m));
  const wantedSides = sidesOfCountries(c.facts, q);
  const people = [...new Set(ms.map((m) => m.entity!))].map((id) => personById(c.facts, id)).filter((p): p is Person => Boolean(p));
  const onSide = wantedSides.length ? people.filter((p) => p.side && wantedSides.includes(p.side)) : people;
  const chosen = (onSide.length ? onSide : people).slice(0, 4);
  const agent = agentOf(c, q);
  if (agent) return agent;
  if (chosen.length === 0) {
    // "Who is the resources minister?" asks for a person: an organization does not answer it.
    const asksForPerson = q.words.some((w) => ROLE_WORDS.has(w) && !ORG_NOUNS.has(w));
    const other = (q.people.length ? addressee(c) ?? objectOfVerb(c, q) : undefined) ?? (asksForPerson ? undefined : organizationIn(c, q)) ?? speakerOf(c, q);
    return other ? { ...other, weak: true } : undefined;
  }
  return { answer: listText(chosen.map((p) => p.name)), people: chosen.map((p) => p.id), weak: true };
}

/** "On whose behalf...", "Whom do A and B represent?": the person after "representing" / "on behalf of". */
function principalOf(c: Candidate, q: Question): Extracted | undefined {
  const text = q.words.join(" ");
  if (!/\bwhose behalf\b|\b(whom|who)\b.*\brepresent/.test(text)) return undefined;
  const ms = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "person" && /\b(representing|on behalf of)\s+(\S+\s+){0,3}$/i.test(c.sentence.text.slice(0, m.start)));
  const people = ms.map((m) => personById(c.facts, m.entity)).filter((p): p is Person => Boolean(p));
  return people.length ? { answer: listText(people.map(describe)), people: people.map((p) => p.id) } : undefined;
}

const GROUP_WORDS = /\b(delegation|delegations|team|side|officials|represent|represents|representing|speaks?|lead|leads|negotiators?|representatives)\b/;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, both: 2, pair: 2 };

/** "Which two officials lead the American delegation?": the most mentioned people of that side. */
function sideGroup(facts: ArticleFacts, q: Question): Extracted | undefined {
  const sides = sidesOfCountries(facts, q);
  if (sides.length !== 1 || !GROUP_WORDS.test(q.words.join(" ")) || q.people.length) return undefined;
  const n = q.words.map((w) => NUMBER_WORDS[w] ?? Number(w)).find((x) => Number.isInteger(x) && x > 0 && x < 10) ?? 4;
  // Who is represented ("Representing Chinese leader Xi are ...") does not speak for the side at the talks.
  const principal = (p: Person) => p.sentences.every((i) => {
    const m = facts.mentions.find((x) => x.sentence === i && x.entity === p.id);
    return m !== undefined && /\b(representing|on behalf of)\s+(\S+\s+){0,3}$/i.test(facts.sentences[i].text.slice(0, m.start));
  });
  const people = facts.people
    .filter((p) => p.side === sides[0] && !principal(p))
    .sort((a, b) => b.sentences.length - a.sentences.length || a.name.localeCompare(b.name))
    .slice(0, n);
  if (people.length === 0) return undefined;
  // Cite the sentence that names most of them.
  const ids = new Set(people.map((p) => p.id));
  const counts = new Map<number, number>();
  for (const m of facts.mentions) if (m.entity && ids.has(m.entity)) counts.set(m.sentence, (counts.get(m.sentence) ?? 0) + 1);
  const sentence = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? people[0].sentences[0];
  return { answer: listText(people.map((p) => p.name)), people: people.map((p) => p.id), sentence };
}

/** "Which counterparts did Sullivan call?" -> "British, French, and German counterparts": the asked-for noun with its modifiers. */
function headPhrase(c: Candidate, q: Question): string | undefined {
  if (!q.head || /^(person|people|official|officials|man|woman|men|women)$/.test(q.head)) return undefined;
  const re = new RegExp(`((?:[A-Z][\\w’'-]*,?\\s+(?:and\\s+|or\\s+)?){1,6})${q.head}\\b`);
  const m = re.exec(c.sentence.text);
  return m ? tidy(`${m[1]}${q.head}`) : undefined;
}

function firstRoleSentence(facts: ArticleFacts, p: Person): number | undefined {
  const role = p.roles[0];
  return role ? p.sentences.find((i) => facts.sentences[i].text.includes(role)) : p.sentences[0];
}

/** Sides of the article that the question's country words point to. */
export function sidesOfCountries(facts: ArticleFacts, q: Question): string[] {
  return facts.sides.filter((s) => q.countries.includes(s.name) || s.cues.some((cue) => q.words.includes(cue.toLowerCase()))).map((s) => s.id);
}

/** The speaker of the quote or statement in the sentence: "Who said China has no room to back down?". */
export function speakerOf(c: Candidate, _q: Question): Extracted | undefined {
  const i = c.sentence.sentence;
  const quote = c.facts.quotes.find((x) => x.sentence <= i && i <= (x.lastSentence ?? x.sentence));
  if (quote) return { answer: quote.speaker, ...(quote.personId ? { people: [quote.personId] } : {}) };
  const phrase = attributionOf(c.sentence.text);
  return phrase ? { answer: tidy(phrase) } : undefined;
}

/** "Who makes the spray?" -> "is made by Alvera Biologics": the name after "by" that follows the question's verb. */
function agentOf(c: Candidate, q: Question): Extracted | undefined {
  const verbs = new Set(q.words.filter((w) => q.pos.get(w) === "VERB").flatMap((w) => [w, ...expand(w)]).map(stemOf));
  if (verbs.size === 0) return undefined;
  for (const m of c.sentence.text.matchAll(/\b([a-z]+)\s+(?:for\s+|out\s+|up\s+)?by\s+(?:the\s+)?/g)) {
    if (!verbs.has(stemOf(m[1]))) continue;
    const at = m.index! + m[0].length;
    const who = mentionsIn(c.facts, c.sentence.sentence).find((x) => (x.kind === "person" || x.kind === "organization") && x.start >= at - 4 && x.start <= at + 4);
    if (who) return { answer: who.text, ...(who.kind === "person" && who.entity ? { people: [who.entity] } : {}) };
  }
  return undefined;
}

/** The organization in the sentence nearest to what the question asks about. */
/**
 * The news outlet that carries the story ("PORT ELLERY, Maine (Northeast Ledger) —", the article's
 * source): it reports the news, it is not in it.
 */
function isOutlet(facts: ArticleFacts, m: Mention | string): boolean {
  const name = typeof m === "string" ? m : m.text;
  const source = facts.article.source?.toLowerCase() ?? "";
  if (name.length > 2 && source.includes(name.toLowerCase())) return true;
  if (typeof m === "string") return false;
  const text = facts.sentences[m.sentence]?.text ?? "";
  return m.sentence === 0 && text.charAt(m.start - 1) === "(" && /^\)\s*[—–-]/.test(text.slice(m.end));
}

function organizationIn(c: Candidate, q: Question): Extracted | undefined {
  const near = nearness(c.sentence.text, q);
  const orgs = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "organization" && !mentionedInQuestion(m, q) && !isOutlet(c.facts, m));
  const pick = [...orgs].sort((a, b) => near(a) - near(b))[0];
  return pick ? { answer: pick.text } : undefined;
}

/**
 * "Which union...", "which journal...": an organization that the article calls by that word,
 * in its name ("European Journal of ...") or around it ("the union" where its people speak).
 */
function organizationOfKind(facts: ArticleFacts, head: string): NamedThing | undefined {
  const forms = [head, ...expand(head)].map((w) => w.toLowerCase());
  const re = new RegExp(`\\b(${forms.join("|")})\\b`, "i");
  let best: { t: NamedThing; score: number } | undefined;
  for (const t of facts.things) {
    if (t.kind !== "organization" || isOutlet(facts, t.name)) continue;
    const sideId = facts.sides.find((s) => s.name === t.name)?.id;
    const sentences = new Set([...t.sentences, ...facts.people.filter((p) => sideId && p.side === sideId).flatMap((p) => p.sentences)]);
    // Named so ("European Journal of ..."), called so right next to its name ("AEI, a Washington-based
    // think tank"), or in the sentences about it and its people.
    const beside = facts.mentions.some((m) => m.entity === t.id && calledSo(facts.sentences[m.sentence].text, m, forms));
    const score = (re.test(t.name) ? 3 : 0) + (beside ? 5 : 0) + [...sentences].filter((i) => re.test(facts.sentences[i].text)).length;
    if (score > 0 && (!best || score > best.score)) best = { t, score };
  }
  return best?.t;
}

/**
 * Whether the text calls the mentioned organization by one of the words, right beside its name
 * ("AEI, a Washington-based think tank", "Local 268, said the union"), and not as another party
 * joined to it ("talks between their union and Rivergate Transit") or acting on it ("the union
 * would picket Rivergate's garages").
 */
function calledSo(text: string, m: Mention, forms: string[]): boolean {
  const re = new RegExp(`\\b(${forms.join("|")})\\b`, "gi");
  for (const hit of text.matchAll(re)) {
    const at = hit.index!;
    const between = at < m.start ? text.slice(at + hit[0].length, m.start) : text.slice(m.end, at);
    // Side by side ("the think tank AEI"), or set off by a comma or a dash ("Local 268, said the union").
    const beside = between.trim() === "" || /^\s*[,(—–]/.test(between);
    if (beside && between.length <= 40 && !/\b(and|or|between|with|against|versus|vs)\b/i.test(between)) return true;
  }
  return false;
}

/** "Who did Sullivan call?" -> "held a call with his British, French, and German counterparts": who the question's verb reaches. */
function objectOfVerb(c: Candidate, q: Question): Extracted | undefined {
  const verbs = new Set(q.words.filter((w) => q.pos.get(w) === "VERB" || isVerb(w)).filter((w) => !/^(do|does|did|is|are|was|were|be|have|has|had)$/.test(w)).flatMap((w) => [w, ...expand(w)]).map(stemOf));
  const text = c.sentence.text;
  for (const w of text.matchAll(/[a-z]+/g)) {
    if (!verbs.has(stemOf(w[0]))) continue;
    const after = text.slice(w.index! + w[0].length);
    const m = /^\s+(?:with|to)?\s*((?:his|her|their|its|the|a|an)\s+[^.;:]+?)(?=\s+(?:on|in|at|during|before|after|to|for|about|over|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|next|this)\b|[.;:]|$)/.exec(after);
    if (m && m[1].split(/\s+/).length <= 10) return { answer: tidy(m[1]) };
  }
  return undefined;
}

/** "To whom did Cui speak?": who was told ("told Chinese state media Wednesday" -> "Chinese state media"). */
function addressee(c: Candidate): Extracted | undefined {
  const m = /\b(?:told|tells|telling|briefed|wrote to|spoke to|speaking to|said to|addressed)\s+([^,.;:“”"]+)/.exec(c.sentence.text);
  if (!m) return undefined;
  const phrase = m[1].replace(/\s+(?:on|in|at|during|before|after|last|this|next)\b.*$/i, "").replace(/\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b.*$/i, "");
  return phrase.trim() ? { answer: tidy(phrase) } : undefined;
}

/** "Secretary of State": the roles of the person the question names. */
export function roleOf(c: Candidate, q: Question): Extracted | undefined {
  const ref = q.people.find((p) => p.article === c.sentence.article) ?? q.people[0];
  if (!ref) return undefined;
  const facts = c.facts;
  const p = personById(facts, ref.id);
  if (!p || p.roles.length === 0) return undefined;
  // "Besides foreign minister, what title does Wang Yi hold?": leave out the role the question gives.
  const qs = new Set(q.terms);
  const roles = p.roles.filter((r) => !words(r).map(stemOf).every((t) => qs.has(t)) && !(words(r).length <= 3 && words(r).some((w) => qs.has(stemOf(w)) && w !== "of")));
  const shown = roles.length ? roles : p.roles;
  return { answer: `${p.name}: ${shown.slice(0, 2).join("; ")}`, people: [p.id], sentence: p.sentences.find((i) => facts.sentences[i].text.includes(shown[0])) ?? p.sentences[0] };
}

/** The quote of the named speaker that best matches the question's topic. */
export function quoteOf(facts: ArticleFacts, q: Question, speakerQuotes: Quote[]): Extracted | undefined {
  if (speakerQuotes.length === 0) return undefined;
  const topic = new Set(q.topic.length ? q.topic : q.terms);
  const scored = speakerQuotes.map((x) => ({ x, hits: words(`${x.text} ${facts.sentences[x.sentence].text}`).map(stemOf).filter((t) => topic.has(t)).length }));
  // What the question asks beyond naming the speaker ("... say it was good to be opening?").
  const first = speakerQuotes[0];
  const firstSpeaker = first.personId ? facts.people.find((p) => p.id === first.personId) : undefined;
  const aboutSpeaker = new Set([first.speaker, ...(firstSpeaker ? [firstSpeaker.name, ...firstSpeaker.roles, ...firstSpeaker.aliases] : [])].flatMap((t) => words(t)).map(stemOf));
  const sideCues = new Set(facts.sides.filter((s) => s.id === first.side).flatMap((s) => s.cues).flatMap((t) => words(t)).map(stemOf));
  const asksMore = q.terms.some((t) => !aboutSpeaker.has(t) && !sideCues.has(t) && !countryOf(t) && !q.people.some((p) => p.text.split(" ").map(stemOf).includes(t)));
  // Best on the topic; with no topic, the speaker's first words in the article (the lead quote).
  const focused = q.topic.length > 0 || asksMore;
  scored.sort((a, b) =>
    focused
      ? b.hits - a.hits || b.x.text.length - a.x.text.length || a.x.sentence - b.x.sentence
      : (b.x.text.split(/\s+/).length >= 4 ? 1 : 0) - (a.x.text.split(/\s+/).length >= 4 ? 1 : 0) || a.x.sentence - b.x.sentence,
  );
  const best = scored[0];
  if (q.topic.length && best.hits === 0) return undefined;
  if (q.topic.length) {
    // "What did X say about Y": the sentence of the quote that speaks of Y.
    const parts = best.x.text.split(/(?<=[.!?…])\s+/);
    const hit = parts.find((p) => words(p).map(stemOf).some((t) => topic.has(t)));
    if (hit && hit.split(/\s+/).length <= 30) return { answer: `“${hit}”`, sentence: sentenceHolding(facts, best.x, hit), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
  }
  // A question with more to it than "what did X say" gets the part of the quote that answers it.
  const speaker = best.x.personId ? facts.people.find((p) => p.id === best.x.personId) : undefined;
  const speakerWords = new Set([best.x.speaker, ...(speaker ? [speaker.name, ...speaker.roles, ...speaker.aliases] : [])].flatMap((t) => words(t)).map(stemOf));
  const sideWords = new Set(facts.sides.filter((s) => s.id === best.x.side).flatMap((s) => s.cues).flatMap((t) => words(t)).map(stemOf));
  const asks = q.terms.filter((t) => !speakerWords.has(t) && !sideWords.has(t) && !countryOf(t) && !q.people.some((p) => p.text.split(" ").map(stemOf).includes(t)));
  const part = asks.length > 0 ? clauseAnswer(best.x.text, q, 25) : undefined;
  const answer = part && part.split(/\s+/).length >= 4 ? `“${part}”` : `“${clipQuote(best.x.text, topic)}”`;
  return { answer, sentence: sentenceHolding(facts, best.x, answer.replace(/[“”…]/g, "").trim()), ...(best.x.personId ? { people: [best.x.personId] } : {}) };
}

/** The sentence of a quotation that holds a part of it (a quotation may run over several sentences). */
function sentenceHolding(facts: ArticleFacts, quote: Quote, part: string): number {
  const probe = part.split(/\s+/).slice(0, 6).join(" ");
  for (let i = quote.sentence; i <= (quote.lastSentence ?? quote.sentence); i++) if (facts.sentences[i].text.includes(probe)) return i;
  return quote.sentence;
}

function clipQuote(text: string, topic: Set<string>): string {
  const ws = text.split(/\s+/);
  if (ws.length <= 30) return text;
  const hit = ws.findIndex((w) => topic.has(stemOf(words(w)[0] ?? "")));
  const start = Math.max(0, Math.min(hit < 0 ? 0 : hit - 8, ws.length - 30));
  return `${start > 0 ? "… " : ""}${ws.slice(start, start + 30).join(" ")} …`;
}

/** "No. The meetings will not conclude with a joint statement". */
export function yesNo(c: Candidate, q: Question): Extracted | undefined {
  const identity = identityYesNo(c.facts, q);
  if (identity) return identity;
  // "Are the talks being held in Beijing?": the sentence about the talks names another place.
  const askedPlaces = q.words.filter((w) => c.facts.mentions.some((m) => m.kind === "place" && words(m.text).includes(w)));
  const here = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "place" && !mentionedInQuestion(m, q));
  if (askedPlaces.length && /\b(in|at)\s+\w+\??$/.test(q.words.join(" ")) && here.length && !askedPlaces.some((w) => words(c.sentence.text).includes(w))) {
    return { answer: `No: ${listText(here.slice(0, 2).map((m) => m.text))}` };
  }
  const clause = clauseAnswer(c.sentence.text, q, 22);
  if (!clause) return undefined;
  const negative = words(clause).some((w) => NEGATIONS.has(w)) || /n['’]t\b/.test(clause);
  const qNegative = q.words.some((w) => NEGATIONS.has(w));
  return { answer: `${negative !== qNegative ? "No" : "Yes"}: ${clause}` };
}

/** "Is Eric Sayers a Chinese official?": compared with what the article says the person is. */
function identityYesNo(facts: ArticleFacts, q: Question): Extracted | undefined {
  const ref = q.people[0];
  // Only "Is <person> a/an/the <description>?".
  if (!ref || !new RegExp(`^(is|was) ${ref.text} (a|an|the|still)\\b`).test(q.words.join(" "))) return undefined;
  const p = personById(facts, ref.id);
  if (!p || p.roles.length === 0) return undefined;
  const nameWords = new Set(p.name.toLowerCase().split(" "));
  const described = q.words.filter((w) => !nameWords.has(w) && !/^(is|was|are|were|a|an|the|still|really)$/.test(w));
  const roleText = p.roles.join(" ").toLowerCase();
  const sideName = facts.sides.find((s) => s.id === p.side)?.name;
  const countriesOk = q.countries.every((c) => c === sideName || roleText.includes(c.toLowerCase()));
  const rolesOk = described.filter((w) => !countryOf(w)).every((w) => roleText.includes(w) || roleText.includes(stemOf(w)));
  return { answer: `${countriesOk && rolesOk ? "Yes" : "No"}: ${p.name} is ${p.roles[0]}`, people: [p.id] };
}

/** "Which side does Cui Tiankai represent?": the side of the person, or of who acts in the sentence. */
export function sideOf(c: Candidate, q: Question): Extracted | undefined {
  const facts = c.facts;
  const name = (id: string | undefined) => facts.sides.find((s) => s.id === id)?.name;
  for (const ref of q.people) {
    const p = personById(facts, ref.id);
    if (p?.side) return { answer: name(p.side)!, people: [p.id], sentence: p.sentences[0] };
  }
  const i = c.sentence.sentence;
  const position = facts.positions.find((x) => x.sentence === i);
  if (position) return { answer: `${name(position.side)} (${position.speaker})` };
  const quote = facts.quotes.find((x) => x.sentence <= i && i <= (x.lastSentence ?? x.sentence) && x.side);
  if (quote) return { answer: `${name(quote.side)} (${quote.speaker})` };
  return undefined;
}

/** "What issues will they raise?": what follows the question's verb in the sentence, a list kept whole. */
export function listAfterVerb(c: Candidate, q: Question): Extracted | undefined {
  const text = c.sentence.text;
  const verbs = q.words.filter((w) => q.pos.get(w) === "VERB" && !/^(do|does|did|is|are|was|were|will|would)$/.test(w)).map(stemOf);
  for (const v of verbs.reverse()) {
    const m = new RegExp(`\\b(${v}\\w*)\\s+(.+?)(?:,\\s+(?:the|a|an)\\s+[^,]{0,50}\\b(?:said|says)\\b.*)?[.!?”"]*$`, "i").exec(text);
    if (m && m[2].split(/\s+/).length >= 3) {
      const ws = m[2].split(/\s+/);
      return { answer: tidy(ws.slice(0, 35).join(" ")) };
    }
  }
  return undefined;
}

/** The noun phrase that ends with `head` in the text: "the COVID-19 stimulus package’s passage" -> "COVID-19 stimulus package". */
function nounPhrase(text: string, head: string): string | undefined {
  const stem = stemOf(head);
  const tokens = text.split(/\s+/);
  const at = tokens.findIndex((t) => tokenStem(t) === stem);
  if (at < 0) return undefined;
  let from = at;
  while (from > 0 && from > at - 4 && !/[,.;:—–“”"]$/.test(tokens[from - 1]) && !/^(the|a|an|of|in|on|at|to|for|with|through|by|and|or|his|her|their|its|this|that|these|those)$/i.test(tokens[from - 1])) from--;
  if (from === at) return undefined;
  return tidy(tokens.slice(from, at + 1).join(" ").replace(/['’]s$/, ""));
}

function echoes(answer: string, q: Question): boolean {
  const qs = new Set(q.words.map(stemOf));
  return words(answer).every((w) => qs.has(stemOf(w)));
}

/** "Why": the purpose or cause clause ("to firmly defend core national interests"), else the answering clause. */
export function why(c: Candidate, q: Question): Extracted | undefined {
  const text = c.sentence.text.replace(/“|”/g, "");
  // "Under what condition...?": the "if" or "unless" clause.
  if (q.head === "condition") {
    const cond = /\b(if|unless|provided that|as long as|only when|on condition that)\s+[^.;]{6,}/i.exec(text);
    return cond ? { answer: tidy(cond[0].split(/\s+/).slice(0, 20).join(" ")) } : undefined;
  }
  // A stated cause first, then what someone calls important, then a purpose ("to ...").
  const cause = /\b(because|since|as a result of|due to|after|given that)\s+[^,.;]{6,}/i.exec(text);
  const important = /\b(?:it is|it’s|it's|is)\s+(?:important|necessary|essential|vital|crucial)\s+(?:that|to)\s+[^,.;]{6,}/i.exec(text);
  // What the people who acted gave as their reason: "residents, who said the generators would bring noise".
  const given = /\b(?:who|which|they|he|she)\s+(?:said|say|says|argued|argue|complained|warned|feared|fear)\s+(?:that\s+)?[^.;]{6,}?\b(?:would|will|could|might)\b[^.;]{4,}/i.exec(text);
  const purpose = [...text.matchAll(/\b(in order to|so that|to)\s+[^,.;]{6,}/gi)].find((m) => !/^to\s+(the|a|an|be|this|that)\b/i.test(m[0]));
  const m = cause ?? important ?? given ?? purpose;
  if (m) return { answer: tidy(m[0].replace(/^(who|which|they|he|she)\s+/i, "").split(/\s+/).slice(0, 20).join(" ")) };
  // No reason given in so many words: the answering clause, a weaker answer than a stated reason.
  const clause = clauseAnswer(text, q);
  return clause ? { answer: clause, weak: true } : undefined;
}

/** Endings that make a name a company's. */
const CORPORATE = /\b(corp|corporation|inc|incorporated|ltd|limited|llc|plc|co|company|group|holdings|partners|ag|sa|gmbh|nv)\.?$/i;

/** Any other question: the clause that answers. */
export function clause(c: Candidate, q: Question): Extracted | undefined {
  // "Which package passed ...?" -> "the COVID-19 stimulus package": the asked-for noun with its modifiers.
  if (q.kind === "what" && q.head && !q.wants && /^(which|what)\b/.test(q.words.join(" "))) {
    // Only a name-like phrase ("COVID-19 stimulus package"): "a 9 percent raise" is better told by its clause.
    const phrase = nounPhrase(c.sentence.text, q.head);
    if (phrase && !echoes(phrase, q) && /(^|\s)[A-Z][\w-]*\s/.test(phrase)) return { answer: phrase };
  }
  if (q.wants === "organization") {
    const generic = !q.head || /^(organization|organisation|organizations|body|group|firm|company|companies|outlet|agency)$/.test(q.head);
    const kindOrg = generic ? undefined : organizationOfKind(c.facts, q.head!);
    const near = nearness(c.sentence.text, q);
    let orgs = mentionsIn(c.facts, c.sentence.sentence)
      .filter((m) => m.kind === "organization" && !mentionedInQuestion(m, q) && !isOutlet(c.facts, m) && (generic || !kindOrg || m.entity === kindOrg.id))
      .sort((a, b) => near(a) - near(b));
    // "Which company...": a name that says it is one ("Borealis Lithium Corp.") over a community or a ministry.
    if (/^(company|companies|firm|business)$/.test(q.head ?? "")) {
      const corporate = orgs.filter((m) => CORPORATE.test(c.facts.things.find((t) => t.id === m.entity)?.name ?? m.text));
      if (corporate.length) orgs = corporate;
    }
    if (orgs.length) return { answer: orgs[0].text, distance: near(orgs[0]) };
    // The sentence does not name it, but the article has one organization of that kind.
    if (kindOrg) return { answer: kindOrg.name, sentence: kindOrg.sentences[0] };
    return undefined;
  }
  const text = clauseAnswer(c.sentence.text, q);
  if (!text) return undefined;
  if (q.wants === "nationality" || q.head === "counterparts") {
    const nat = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "nationality");
    if (nat.length) return { answer: listText(nat.map((m) => m.text)) };
  }
  return { answer: text };
}
