import { organizationNouns, referredOrganizations } from "../../knowledge/coreference.ts";
import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import { attributionOf } from "../../knowledge/quotes.ts";
import type { ArticleFacts, Mention, Person } from "../../knowledge/types.ts";
import { countryOf, countryOfWords } from "../../lexicon/places.ts";
import { expand, titlesFor } from "../../lexicon/synonyms.ts";
import { isVerb } from "../../lexicon/wordnet.ts";
import { NUMBER_WORDS, ORG_KINDS, ORG_NOUNS, ROLE_VERBS, ROLE_WORDS } from "../../lexicon/words.ts";
import { tidy } from "../clauses.ts";
import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { isStopWord, stemOf, stemSet, words, wordsOf } from "../text.ts";
import { organizationIn } from "./organization.ts";
import type { Extracted } from "./shared.ts";
import { describe, homeCountry, listText, personById } from "./shared.ts";

/** "Who" questions: a person by role, by what they did, or by the side they speak for. */

/** Who is described by the question's words in someone's roles ("Who is China's foreign minister?"). */
export function personByRole(facts: ArticleFacts, q: Question): Person | undefined {
  // Asked once per article and question, though several candidate sentences may ask it.
  let byFacts = roleCache.get(q);
  if (!byFacts) roleCache.set(q, (byFacts = new Map()));
  if (byFacts.has(facts)) return byFacts.get(facts);
  const found = findPersonByRole(facts, q);
  byFacts.set(facts, found);
  return found;
}
const roleCache = new WeakMap<Question, Map<ArticleFacts, Person | undefined>>();
/**
 * The role words a question asks about: "the ambassador", or the role its verb names ("who chairs
 * the panel" -> "chair").
 */
export function askedRoleWords(q: Question): string[] {
  // "Who leads (runs) the board?" asks for its head; "who leads the delegation?" for whoever the story puts first.
  // "Who runs Kenya Wildlife Service?": a body named by its name too.
  // "Who runs the regional emergency service?": a service or an office is run by its head too.
  const leadsBody = q.kind === "who" && (q.words.some((w) => ORG_NOUNS.has(w) || /^(services?|units?|offices?|programmes?|programs?|operations?|agencies)$/.test(w)) || q.things.length > 0 || q.orgWords.length > 0) && !q.words.some((w) => GROUPS.test(w));
  // "President Sarr": a title before a name the question gives says who that is, not what is asked.
  const titles = (i: number) => q.people.some((p) => p.text.split(" ")[0] === q.words[i + 1]);
  // "Who won the governor by-election?": a role word before an election says which election, not whom.
  const modifies = (i: number) => /^(elections?|by-elections?|races?|contests?|seats?|votes?|primary|primaries|campaigns?|candidates?|ballots?|polls?)$/.test(q.words[i + 1] ?? "") || (q.words[i + 1] === "by" && /^elections?$/.test(q.words[i + 2] ?? ""));
  return q.words.flatMap((w, i) => ((titles(i) || modifies(i)) && w !== q.head ? [] : ROLE_WORDS.has(w) || w === q.head ? [w] : ROLE_VERBS.has(w) && q.kind === "who" ? [ROLE_VERBS.get(w)!] : leadsBody && LEAD_VERBS.test(w) ? ["head"] : []));
}
const LEAD_VERBS = /^(leads|leading|led|lead|runs|running|ran|run|heads|headed|heading)$/;
const GROUPS = /^(delegations?|sides?|teams?|missions?|opposition|talks|campaigns?|protests?|negotiations?)$/;

/** What a question asks of a role, worked out once per question (it is asked of every article with the role). */
interface RoleAsk {
  askedRoles: string[];
  qs: Set<string>;
  roleStems: Set<string>;
  plainTerms: number;
  roleModifiers: string[];
  qualifiers: string[];
  orgNouns: string[];
  /** People named with a possessive ("Trump's"), lower case: whose the asked role is. */
  owners: string[];
}
const roleAsks = new WeakMap<Question, RoleAsk>();

function roleAsk(q: Question): RoleAsk {
  let ask = roleAsks.get(q);
  if (ask) return ask;
  // When the question names a role ("the lawyer"), that role, not one its verbs suggest ("representing").
  const askedRoles = askedRoleWords(q);
  const titles = askedRoles.flatMap(titlesFor).map(stemOf);
  const roleAt = q.words.findIndex((w) => ROLE_WORDS.has(w));
  ask = {
    askedRoles,
    qs: new Set([...q.terms, ...(q.head ? [stemOf(q.head)] : []), ...q.words.flatMap((w) => expand(w)).map(stemOf), ...titles]),
    roleStems: new Set(titles),
    plainTerms: q.terms.filter((t) => !t.startsWith("@")).length,
    roleModifiers: roleAt > 0 ? q.words.slice(Math.max(0, roleAt - 3), roleAt).filter((w) => !isStopWord(w)).map(stemOf) : [],
    qualifiers: roleQualifiers(q),
    // "Who heads the union?": the kind of organization the question names, when it is not the role asked.
    orgNouns: q.words.filter((w) => ORG_NOUNS.has(w) && !askedRoles.includes(w)).map(stemOf),
    owners: owners(q).map((o) => o.toLowerCase()),
  };
  roleAsks.set(q, ask);
  return ask;
}

function findPersonByRole(facts: ArticleFacts, q: Question): Person | undefined {
  const { askedRoles, qs, roleStems, plainTerms, roleModifiers, orgNouns, owners: ownedBy } = roleAsk(q);
  // "chief financial officer": words that qualify the asked role must be in the person's role too,
  // or "Chief Executive Officer" would answer it.
  const qualifiers = roleAsk(q).qualifiers.filter((w) => !placeOrOrgStems(facts).has(stemOf(w)));
  let best: { p: Person; score: number } | undefined;
  const pastAsked = q.words.some((w) => /^(former|previous|previously|ex|before|earlier|was|were|did|used)$/.test(w));
  const leadAsked = askedRoles.includes("head") && !q.words.some((w) => /^heads?$/.test(w) && q.pos.get(w) === "NOUN") && q.words.some((w) => LEAD_VERBS.test(w));
  for (const p of facts.people) {
    if (q.people.some((x) => x.id === p.id)) continue;
    const sideName = facts.sides.find((s) => s.id === p.side)?.name;
    for (const written of p.roles) {
      // "the board's investigator-in-charge" heads the investigation (not the board).
      const role = written.replace(/\b([a-z]+)[- ]in[- ]charge\b/gi, (all, noun: string) => (q.terms.includes(stemOf(noun)) ? `${noun} head` : all));
      const rs = [...stemSet(role)].filter((t) => qs.has(t));
      if (rs.length === 0) continue;
      // "a former chief economist at Vltava Bank" heads nothing now: only a question about the past asks for them.
      if (/^(?:a\s+|the\s+)?(?:former|ex-)/i.test(role) && !pastAsked) continue;
      const roleWords = wordsOf(role);
      if (!qualifiedBy(role, qualifiers)) continue;
      // "head of European operations" leads a part of the company, not the company: only a question about that part asks for them.
      if (headsAPart(role, q)) continue;
      const roleCountries = roleWords.map((w) => countryOf(w)?.name).filter(Boolean);
      // Every country the question names must be the person's side or be in the role ("ambassador to Japan").
      // A minister in a story filed from Mozambique ("NAMPULA, Mozambique") is Mozambique's, unless another country is their side.
      const home = !sideName || !countryOf(sideName) ? homeCountry(facts, p.roles) : undefined;
      const countryOk = roleCountriesAsked(q).every((c) => c === sideName || roleCountries.includes(c) || role.includes(c) || home === c);
      if (!countryOk) continue;
      // A role at one organization does not answer for another: "Who leads Kesterton Borough Council?"
      // is not answered by "Meridian's chief executive" (a role that names no employer, "Judge", may).
      if (employedElsewhere(facts, role, q)) continue;
      const asked = [...q.things, ...q.orgWords];
      // And an organization the question asks about (not one that only qualifies another noun, "the
      // Ostrander case") must come up where the person does.
      // "Corvane" and "Corvane Health" are one organization: its mentions count, by any of its names.
      // The place a story is filed from goes without saying: "the mayor of Palmerston North" in a story from there.
      if (asked.length && asked.every((o) => !qualifiesNoun(q.words, o)) && !asked.some((o) => `${role} ${sideName ?? ""} ${p.sentences.map((i) => facts.sentences[i].text).join(" ")}`.toLowerCase().includes(o)) && !namedWith(facts, p, asked) && !asked.some((o) => storyPlace(facts, o))) continue;
      // "Who leads Labour and Solidarity?" asks for its head: a president named beside it heads something else.
      // "the agency's director-general" is the head of the agency the sentence refers to.
      const ownedRole = (o: string) => /^(?:the\s+)?[a-z]+['’]s\b/i.test(role) && p.sentences.some((i) => (referredOrganizations(facts).get(i) ?? "").toLowerCase() === o);
      if (leadAsked && asked.length && !asked.some((o) => role.toLowerCase().includes(o) || (sideName ?? "").toLowerCase() === o || ownedRole(o))) continue;
      // "Who was Trump's secretary of state?": someone the articles name with Trump, or whose role says so.
      if (ownedBy.length && !ownedBy.every((o) => `${role} ${p.sentences.map((i) => facts.sentences[i].text).join(" ")}`.toLowerCase().includes(o))) continue;
      // The very role asked ("president") before one of its stand-ins ("head"); the organization
      // the question names ("the union") in the role itself before a role elsewhere.
      const exact = roleWords.some((w) => askedRoles.some((a) => stemOf(a) === stemOf(w)));
      const ownOrg = orgNouns.some((n) => roleWords.some((w) => stemOf(w) === n));
      // "Who is the water minister?" is the minister, before the deputy minister, unless a deputy is asked.
      const lesser = LESSER_RANK.test(role) && !q.words.some((w) => LESSER_RANK.test(w));
      // "Who is the mayor of Denver?" is not answered by the deputy mayor.
      if (lowerRank(role, q)) continue;
      const score = rs.length + 0.5 + (exact ? 1 : 0) + (ownOrg ? 1 : 0) - (lesser ? 1.5 : 0);
      if (best && score <= best.score) continue;
      // "Who is the mayor of Cleveland?": the role word, and the rest of the question said where the person is named.
      // A role word must match ("chief executive", "spokeswoman"), not only the employer's name.
      // "chaired the advisory panel" holds the role "chair" as a verb.
      const roleWord = roleWords.some((w) => (ROLE_WORDS.has(w) || w === q.head || ROLE_WORDS.has(stemOf(w))) && (askedRoles.length ? roleStems.has(stemOf(w)) : qs.has(stemOf(w))));
      if (!roleWord) continue;
      // "Who is Veltara's chief executive?" is not answered by its "chief legal officer": the asked
      // title's last word (or a word for it other than the question's own) must be in the role.
      if (!holdsTitleHead(roleWords, askedRoles, q)) continue;
      const rest = q.terms.filter((t) => !rs.includes(t) && !countryOf(t));
      const held = (t: string) => p.sentences.some((i) => stemSet(facts.sentences[i].text).has(t));
      // Words that qualify the role ("natural resources minister") must be the person's own, not any name in the article.
      const ownOrNamed = (t: string) => held(t) || (!roleModifiers.includes(t) && placeOrOrgStems(facts).has(t));
      // "Who was the referee in the final?": what the whole story is about ("final") goes without
      // saying, when it is all the question adds to the role.
      const restHeld = rest.every((t) => ownOrNamed(t) || storyWide(facts, t)) ? rest.length : rest.filter(ownOrNamed).length;
      const enough = rs.length >= Math.min(2, plainTerms) || restHeld >= Math.min(1, rest.length);
      if (enough) best = { p, score };
    }
  }
  return best?.p;
}
/** Whether a role names an organization, and not the one the question asks about ("heads the consumer group Forbrukerlaget"). */
function employedElsewhere(facts: ArticleFacts, role: string, q: Question): boolean {
  const asked = [...q.things, ...q.orgWords];
  // "Who heads the Czech central bank?" names a kind of organization: a council's director heads no bank.
  const kinds = asked.length ? [] : q.words.filter((w) => ORG_KIND_WORDS.has(w));
  if (asked.length === 0 && kinds.length === 0) return false;
  const employers = facts.things.filter((t) => t.kind === "organization" && [t.name, ...t.aliases].some((n) => n.length > 2 && role.includes(n)));
  // Compared word by word: "Scottish Parents' Network" is the question's "scottish parents network".
  const plain = (n: string) => words(n).join(" ");
  const isAsked = (t: Organization) => (asked.length ? asked.some((o) => [t.name, ...t.aliases].some((n) => plain(n).includes(o) || o.includes(plain(n)))) : kinds.some((k) => ofKind(facts, t, k)));
  return employers.length > 0 && !employers.some(isAsked);
}

type Organization = ArticleFacts["things"][number];

/** Whether an organization is of a kind: by its name ("Czech National Bank" is a bank) or by what the article calls it ("the union"). */
function ofKind(facts: ArticleFacts, t: Organization, kind: string): boolean {
  const group = ORG_KINDS.find((g) => g.includes(kind)) ?? [kind];
  const calledSo = [...(organizationNouns(facts).get(t.name) ?? [])];
  return [t.name, ...t.aliases, ...calledSo].some((n) => words(n).some((w) => group.includes(w)));
}
const ORG_KIND_WORDS = new Set(ORG_KINDS.flat());
/** A leading role over a part of an organization ("head of European operations", "director of communications") the question does not name. */
function headsAPart(role: string, q: Question): boolean {
  // "heads the charity's investigations unit".
  const unit = /\bheads?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?((?:[\w-]+\s+){0,3})(?:unit|division|department|team|desk|section|branch|programme|program|operations)\b/.exec(role);
  if (unit) return !words(unit[1]).some((w) => q.terms.includes(stemOf(w)));
  const m = /\b(?:head|chief|director|leader|manager)\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,3}([a-z][\w-]*))$/.exec(role);
  if (!m || ORG_NOUNS.has(m[2]) || ORG_NOUNS.has(m[2].replace(/s$/, ""))) return false;
  return !words(m[1]).some((w) => q.terms.includes(stemOf(w)));
}
/**
 * The countries that qualify the role asked: not those of a relative clause after it ("Biden's
 * predecessor, whose China approach ..." asks for no Chinese person).
 */
function roleCountriesAsked(q: Question): string[] {
  const roleAt = q.words.findIndex((w) => ROLE_WORDS.has(w));
  const clause = roleAt < 0 ? -1 : q.words.findIndex((w, i) => i > roleAt && /^(whose|who|that|which|whom)$/.test(w));
  if (clause < 0) return q.countries;
  const before = q.words.slice(0, clause);
  return q.countries.filter((c) => before.some((w, i) => countryOfWords(w, before[i + 1])?.name === c || countryOfWords(w)?.name === c));
}
/** Words that do not tell one role from another: "the top diplomat", "the sitting prime minister". */
const LESSER_RANK = /\b(deputy|vice|assistant|acting|junior|former|ex)\b/i;

/** A deputy's or an assistant's role, when the question does not ask for one: "Deputy Mayor" does not answer "who is the mayor". */
function lowerRank(role: string, q: Question): boolean {
  return /\b(deputy|vice|assistant|junior)\b/i.test(role) && !q.words.some((w) => LESSER_RANK.test(w));
}
const GENERIC_RANK = /^(top|senior|current|new|main|lead|leading|head|chief|sitting|incumbent|outgoing|serving)$/;
/**
 * The words that qualify the role a question asks about, "financial" in "Corvane Health's chief
 * financial officer": not names, countries or mere rank.
 */
export function roleQualifiers(q: Question): string[] {
  let out = qualifierCache.get(q);
  if (!out) qualifierCache.set(q, (out = findQualifiers(q)));
  return out;
}
const qualifierCache = new WeakMap<Question, string[]>();
function findQualifiers(q: Question): string[] {
  const lastRole = q.words.reduce((at, w, i) => (ROLE_WORDS.has(w) ? i : at), -1);
  const names = new Set([...q.people.flatMap((x) => x.text.split(" ")), ...q.things.flatMap((t) => t.split(" ")), ...q.orgWords]);
  const out: string[] = [];
  for (let k = lastRole - 1; k >= 0 && !isStopWord(q.words[k]) && !/^(who|whom|whose|what|which)$/.test(q.words[k]); k--) {
    const w = q.words[k];
    // Not the employer either: "the union's president", "oskaras trade negotiator" (a name's possessive typed without its apostrophe).
    // Nor a word of the employer's kind: "think tank expert" is an expert at a think tank.
    const ofOrgKind = ORG_NOUNS.has(q.words[k + 1] ?? "") && k + 1 < lastRole;
    if (!names.has(w) && !names.has(w.replace(/s$/, "")) && !countryOf(w) && !GENERIC_RANK.test(w) && !ORG_NOUNS.has(w) && !ofOrgKind) out.push(w);
  }
  return out;
}
/** Whether a role has every qualifying word (or a word for it). */
export function qualifiedBy(role: string, qualifiers: string[]): boolean {
  if (qualifiers.length === 0) return true;
  const stems = stemSet(role);
  return qualifiers.every((w) => [w, ...expand(w)].some((x) => stems.has(stemOf(x))));
}
/** Whether a sentence that names the person also mentions an organization the question names (by any of its names). */
function namedWith(facts: ArticleFacts, p: Person, asked: string[]): boolean {
  const orgs = facts.things.filter((t) => t.kind === "organization" && asked.some((o) => t.name.toLowerCase() === o || t.aliases.some((a) => a.length > 3 && a.toLowerCase() === o)));
  if (orgs.length === 0) return false;
  const ids = new Set(orgs.map((t) => t.id));
  const own = new Set(p.sentences);
  // ... or as "the company".
  const referred = referredOrganizations(facts);
  return facts.mentions.some((m) => m.entity !== undefined && ids.has(m.entity) && own.has(m.sentence)) || p.sentences.some((i) => orgs.some((t) => referred.get(i) === t.name));
}
/** Whether a name is the place the story is filed from (its dateline). */
function storyPlace(facts: ArticleFacts, name: string): boolean {
  return (facts.dateline ?? "").toLowerCase().includes(name) && facts.things.some((t) => t.kind === "place" && t.name.toLowerCase().includes(name));
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
/** Whether a role holds the head of a title asked in two or more words ("chief executive": "executive", "CEO", "head"; not "chief" alone). */
function holdsTitleHead(roleWords: readonly string[], askedRoles: readonly string[], q: Question): boolean {
  if (askedRoles.length < 2) return true;
  const last = askedRoles[askedRoles.length - 1];
  const before = askedRoles[askedRoles.length - 2];
  // Only a title in words side by side: "chief executive", not "the chair of the expert panel".
  const at = q.words.indexOf(last);
  if (at < 1 || q.words[at - 1] !== before) return true;
  const others = new Set(askedRoles.slice(0, -1).map(stemOf));
  const heads = new Set(titlesFor(last).map(stemOf).filter((t) => !others.has(t)));
  return roleWords.some((w) => heads.has(stemOf(w)));
}

/** A word the story keeps coming back to: in three of its sentences or more ("the final" of a cup final). */
function storyWide(facts: ArticleFacts, term: string): boolean {
  let counts = termCounts.get(facts);
  if (!counts) {
    counts = new Map();
    for (const s of facts.sentences) for (const t of stemSet(s.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
    termCounts.set(facts, counts);
  }
  return (counts.get(term) ?? 0) >= STORY_WIDE;
}
const STORY_WIDE = 3;
const termCounts = new WeakMap<ArticleFacts, Map<string, number>>();

/** People in the answering part of the sentence, minus those the question names. */
export function whoPerson(c: Candidate, q: Question): Extracted | undefined {
  if (q.head === "speaker") return speakerOf(c, q);
  const principal = principalOf(c, q);
  if (principal) return principal;
  // "Who did Cui give his remarks to?", "to whom did she speak?": the one the sentence says was told.
  // "Who did Sullivan speak to?" is answered only by a sentence that says so.
  const asked = q.words.join(" ");
  const told = q.people.length && /^to whom\b|\bto$/.test(asked) ? addressee(c) : undefined;
  if (told) return told;
  if (q.people.length && /\b(?:speak|spoke|speaking|talk|talked|talking)\s+(?:to|with)\b/.test(asked)) return addressee(c);
  // "On whose behalf...": only a sentence that says whom someone represents answers it.
  if (/\bwhose behalf\b/.test(asked)) return undefined;
  // "Who leads X's delegation?" with "X's delegation is led by Y": the sentence names the agent of
  // the question's verb, which beats a role the verb only suggests ("chief ...").
  const asksRole = askedRoleWords(q).some((w) => !/^(members?|officials?|people|persons?)$/.test(w));
  // "Who leads Labour and Solidarity?" with "Labour and Solidarity, led by ... Jana Kovarikova": the agent too.
  const agentFirst = asksRole && !q.words.some((w) => LEAD_VERBS.test(w)) ? undefined : agentOf(c, q);
  if (agentFirst) return agentFirst;
  // "Which council members voted against it?" with "Council members A and B voted against": the
  // people the sentence says did what the question asks, before anyone merely holding the role.
  const doers = asksRole ? undefined : doersOf(c, q);
  if (doers) return doers;
  // Only a role the question names (not "members" of something that did what it asks) is looked up by role.
  const acts = q.words.some((w) => q.pos.get(w) === "VERB" && !LIGHT.test(w) && !isStopWord(w));
  const byRole = asksRole || !acts ? personByRole(c.facts, q) : undefined;
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
  const asksPrincipal = /\bwhose behalf\b|\b(whom|who) .*\brepresent/.test(asked) && (q.people.length > 0 || /\bwhose behalf\b/.test(asked));
  if (asksPrincipal && ms.some(represented)) ms = ms.filter(represented);
  else if (q.people.length === 0 && /\b(represent|speak|delegation|team|behalf|send|sending|sent|dispatch)/.test(asked)) ms = ms.filter((m) => !represented(m));
  const wantedSides = sidesOfCountries(c.facts, q);
  // "Who is the chief executive?" is not answered by someone the article gives another role.
  // An officer or official is anyone with a role.
  // A role asked by its verb ("who chaired the panel?") may be held by someone with another title ("Justice").
  const specific = askedRoleWords(q).filter((w) => !/^(members?|officials?|officers?|people|persons?|staff)$/.test(w));
  const titles = new Set(specific.flatMap(titlesFor).map(stemOf));
  const named = specific.filter((w) => q.words.includes(w));
  const namedTitles = new Set(named.flatMap(titlesFor).map(stemOf));
  const holds = (r: string, ts: Set<string>) => [...stemSet(r)].some((t) => ts.has(t));
  const elsewhere = (r: string) => headsAPart(r, q) || employedElsewhere(c.facts, r, q);
  // Someone whose only role of that kind is over a part or at another organization ("heads the charity's legal unit").
  const otherRole = (p: Person) =>
    (named.length > 0 && p.roles.length > 0 && !p.roles.some((r) => holds(r, namedTitles) && !elsewhere(r) && !lowerRank(r, q))) ||
    (p.roles.some((r) => holds(r, titles)) && p.roles.filter((r) => holds(r, titles)).every(elsewhere));
  const people = [...new Set(ms.map((m) => m.entity!))].map((id) => personById(c.facts, id)).filter((p): p is Person => Boolean(p) && !otherRole(p!));
  const onSide = wantedSides.length ? people.filter((p) => p.side && wantedSides.includes(p.side)) : people;
  const chosen = (onSide.length ? onSide : people).slice(0, 4);
  const agent = agentOf(c, q);
  // Not one the article gives another role: "Kweka, who heads the charity's legal unit" does not head the charity.
  const heldElsewhere = (found: Extracted) => (found.people ?? []).some((id) => { const p = personById(c.facts, id); return p !== undefined && otherRole(p); });
  if (agent && !heldElsewhere(agent)) return agent;
  if (chosen.length === 0) {
    // "Who is the resources minister?" asks for a person: an organization does not answer it.
    // Nor does the organization a sentence is attributed to ("who are his counterparts?" ... "the White House said").
    // "Who heads the team?": someone heads it, not an organization.
    const asksForPerson = named.length > 0 || q.words.some((w) => (ROLE_WORDS.has(w) && !ORG_NOUNS.has(w)) || PERSON_NOUNS.test(w) || /^(head|heads|headed|lead|leads|led|chair|chairs|chaired)$/.test(w));
    // "Whom did Tembe tell?" asks for the addressee; "who was minister before Tembe?" does not.
    const toWhom = /\b(tell|tells|told|brief|briefed|write|wrote|speak|spoke|say|said|address|addressed)\b/.test(asked);
    const other = (q.people.length ? (toWhom ? addressee(c) : undefined) ?? objectOfVerb(c, q) : undefined) ?? (asksForPerson ? undefined : organizationIn(c, q) ?? speakerOf(c, q));
    return other && !heldElsewhere(other) ? { ...other, weak: true } : undefined;
  }
  return { answer: listText(chosen.map((p) => p.name)), people: chosen.map((p) => p.id), weak: true };
}
/** People named with a possessive in the question ("Trump's", "bidens"): whose the asked role is. */
export function owners(q: Question): string[] {
  return q.people.flatMap((p) => new RegExp(`\\b(${p.text})(?:['’]s|s)\\b`, "i").exec(q.text)?.[1] ?? []);
}

/** Nouns for people that are not roles: "his counterparts", "the delegates". */
const PERSON_NOUNS = /^(counterparts?|envoys?|delegates?|person|people|man|men|woman|women)$/;
const LIGHT = /^(is|are|was|were|be|been|has|have|had|do|does|did|make|makes|made|take|takes|took|get|gets|got|say|said|says|lead|leads|led|head|heads|run|runs|ran|speak|speaks|represent|represents|chair|chairs|serve|serves|work|works)$/;
/** The people right before the question's own verb in the sentence: "A and B voted against". */
function doersOf(c: Candidate, q: Question): Extracted | undefined {
  const verbs = q.words.filter((w) => q.pos.get(w) === "VERB" && !LIGHT.test(w) && !isStopWord(w));
  if (verbs.length === 0) return undefined;
  const forms = new Set(verbs.flatMap((w) => [w, ...expand(w)]).map(stemOf));
  const text = c.sentence.text;
  const hit = [...text.matchAll(/[A-Za-z]+/g)].find((m) => forms.has(stemOf(m[0].toLowerCase())));
  if (!hit) return undefined;
  const at = hit.index!;
  // "voted against" is not "voted in favor": the word after the question's verb must follow the sentence's too.
  const particle = q.words[q.words.indexOf(verbs[0]) + 1];
  if (particle && /^(against|for|in|favor|favour|no|yes|down|up|out|off)$/.test(particle) && !words(text.slice(at + hit[0].length)).slice(0, 3).includes(particle)) return undefined;
  // The subject: people named in the words just before the verb, with only names, titles and "and" between them.
  const ms = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "person" && m.end <= at && !q.people.some((p) => p.id === m.entity));
  const subject = ms.filter((m) => /^[\s,]*(?:(?:and|,)\s+(?:[A-Z][\w’'-]*\s+)*)?$/.test(text.slice(m.end, at)) || ms.some((x) => x.start > m.end && /^\s*(?:,|,?\s*and)\s+(?:[\w’'-]+\s+){0,3}$/.test(text.slice(m.end, x.start))));
  const lastEnd = Math.max(...subject.map((m) => m.end));
  if (subject.length === 0 || !/^\s*$/.test(text.slice(lastEnd, at))) return undefined;
  const people = [...new Set(subject.map((m) => m.entity!))].map((id) => personById(c.facts, id)).filter((p): p is Person => Boolean(p));
  return people.length ? { answer: listText(people.map((p) => p.name)), people: people.map((p) => p.id) } : undefined;
}
/** "On whose behalf...", "Whom do A and B represent?": the person after "representing" / "on behalf of". */
function principalOf(c: Candidate, q: Question): Extracted | undefined {
  const text = q.words.join(" ");
  if (!/\bwhose behalf\b|\b(whom|who)\b.*\brepresent/.test(text)) return undefined;
  // "Who is representing Xi Jinping?", "who represents China?": "who" is the one representing; only
  // "whom does X represent" and "on whose behalf" ask for the one represented.
  const verb = q.words.findIndex((w) => /^represent/.test(w));
  const namedBefore = q.people.some((p) => { const at = q.words.indexOf(p.text.split(" ")[0]); return at >= 0 && at < verb; });
  if (!/\bwhose behalf\b|\bwhom\b/.test(text) && !namedBefore) return undefined;
  const ms = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "person" && /\b(representing|on behalf of)\s+(\S+\s+){0,3}$/i.test(c.sentence.text.slice(0, m.start)));
  const people = ms.map((m) => personById(c.facts, m.entity)).filter((p): p is Person => Boolean(p));
  return people.length ? { answer: listText(people.map(describe)), people: people.map((p) => p.id) } : undefined;
}
const GROUP_WORDS = /\b(delegation|delegations|team|side|officials|represent|represents|representing|speaks?|lead|leads|negotiators?|representatives)\b/;
/** "Which two officials lead the American delegation?": the most mentioned people of that side. */
function sideGroup(facts: ArticleFacts, q: Question): Extracted | undefined {
  const sides = sidesOfCountries(facts, q);
  if (sides.length !== 1 || !GROUP_WORDS.test(q.words.join(" ")) || q.people.length) return undefined;
  const asked = q.words.map((w) => NUMBER_WORDS.get(w) ?? Number(w)).find((x) => Number.isInteger(x) && x > 0 && x < 10);
  const counted = asked !== undefined;
  const n = asked ?? 4;
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
  // With no number asked, the people that sentence names: "who speaks for Beijing at the talks?" is
  // answered by the delegation it lists, not also by the ambassador quoted elsewhere.
  const inSentence = people.filter((p) => facts.mentions.some((m) => m.sentence === sentence && m.entity === p.id));
  const shown = !counted && inSentence.length >= 2 ? inSentence : people;
  return { answer: listText(shown.map((p) => p.name)), people: shown.map((p) => p.id), sentence };
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
  // Cues of several words too: "south korea" (a place the articles name, so not among the question's countries).
  const text = ` ${q.words.join(" ")} `;
  return facts.sides.filter((s) => q.countries.includes(s.name) || s.cues.some((cue) => text.includes(` ${cue.toLowerCase()} `))).map((s) => s.id);
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
    // Right after "by", or after a title: "led by Foreign Minister Katarina Velkova".
    const who = mentionsIn(c.facts, c.sentence.sentence).find((x) => (x.kind === "person" || x.kind === "organization") && x.start >= at - 4 && (x.start <= at + 4 || /^(?:[A-Z][\w.’'-]*\s+){1,4}$/.test(c.sentence.text.slice(at, x.start))));
    if (who) return { answer: who.text, ...(who.kind === "person" && who.entity ? { people: [who.entity] } : {}) };
  }
  return undefined;
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
export function addressee(c: Candidate): Extracted | undefined {
  // A quotation that runs on is attributed where it ends: "... no room to back down. This position ...," X told Y.
  const at = c.sentence.sentence;
  const runsOn = c.facts.quotes.find((x) => x.sentence === at && (x.lastSentence ?? at) > at);
  for (const i of runsOn ? [at, runsOn.lastSentence!] : [at]) {
    // "held a call with his counterparts" too.
    const m = /\b(?:told|tells|telling|briefed|wrote to|spoke to|speaking to|spoke with|said to|addressed|(?:held|had|holds|has) (?:a |an )?(?:call|phone call|video call|talks|meeting|conversation) with)\s+([^,.;:“”"]+(?:,\s+[A-Z][^,.;:“”"]*,?\s+and\s+[^,.;:“”"]+)?)/.exec(c.facts.sentences[i].text);
    if (!m) continue;
    const phrase = m[1].replace(/\s+(?:on|in|at|during|before|after|last|this|next)\b.*$/i, "").replace(/\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b.*$/i, "");
    if (phrase.trim()) return { answer: tidy(phrase), ...(i !== at ? { sentence: i } : {}) };
  }
  return undefined;
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
