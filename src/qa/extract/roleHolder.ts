import { headWordOf, organizationNouns, referredOrganizations, referredPeopleOf } from "../../knowledge/coreference.ts";
import { ledeIndex } from "../../knowledge/extract.ts";
import type { ArticleFacts, Person } from "../../knowledge/types.ts";
import { shortNames } from "../../knowledge/nameIndex.ts";
import { countryOf, countryOfCapital, countryOfRegionWords, countryOfWords, peoplesPlace } from "../../lexicon/places.ts";
import { expand, titlesFor } from "../../lexicon/synonyms.ts";
import { isEnglishWord } from "../../lexicon/wordnet.ts";
import { COURT_WORDS, isSpecialist, ORG_KINDS, orgKindOf, ORG_NOUNS, ORG_WORDS, PLACE_WORDS, ROLE_VERBS, ROLE_WORDS } from "../../lexicon/words.ts";
import type { Question } from "../question.ts";
import { escapeRegExp, isStopWord, stemOf, stemSet, words, wordsOf } from "../text.ts";
import { datelineCountry, homeCountry } from "./shared.ts";

/**
 * Who holds a role the question describes: "Who is China's foreign minister?", "who heads the
 * union?". A person's written roles are matched against the asked title, its stand-ins and its
 * qualifiers, the organization, country and place the question names, and the rank asked.
 */

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
  // "Who runs the CNT?": initials typed in capitals name a body too.
  const leadsBody = q.kind === "who" && (q.words.some((w) => ORG_NOUNS.has(w) || /^(services?|units?|offices?|programmes?|programs?|operations?|agencies|panels?|taskforces?)$/.test(w)) || q.things.length > 0 || q.orgWords.length > 0 || /(?<!^)\b[A-Z]{2,6}\b/.test(q.text)) && !q.words.some((w) => GROUPS.test(w));
  // "President Sarr": a title before a name the question gives says who that is, not what is asked.
  const titles = (i: number) => q.people.some((p) => p.text.split(" ")[0] === q.words[i + 1]);
  const modifies = (i: number) => namesContest(q, i);
  // "Who's the hydrologist quoted?": an occupation by its ending too.
  const occupation = (w: string) => q.kind === "who" && isSpecialist(w);
  // "Who accused the finance minister of ...?": a role after the question's own verb is whom it acted on.
  const acted = q.words[0] === "who" && q.pos.get(q.words[1] ?? "") === "VERB" && !ROLE_VERBS.has(q.words[1]) && !LEAD_VERBS.test(q.words[1]) && !/^(is|are|was|were|be|been|has|have|had|does|did|do|will|would|could|can|should|may|might)$/.test(q.words[1]) ? 2 : 0;
  return roleSpan(q).flatMap((w, i) => (acted && i >= acted && q.words[i] === w ? [] : [w])).flatMap((w, i) => ((titles(i) || modifies(i)) && w !== q.head ? [] : ROLE_WORDS.has(w) || w === q.head || occupation(w) ? [w] : ROLE_VERBS.has(w) && q.kind === "who" ? [ROLE_VERBS.get(w)!] : leadsBody && LEAD_VERBS.test(w) ? ["head"] : []));
}
/** "Who won the governor by-election?": a role word before an election says which election, not whom. */
export function namesContest(q: Question, i: number): boolean {
  return /^(elections?|by-elections?|races?|contests?|seats?|votes?|primary|primaries|campaigns?|candidates?|ballots?|polls?)$/.test(q.words[i + 1] ?? "") || (q.words[i + 1] === "by" && /^elections?$/.test(q.words[i + 2] ?? ""));
}
/** The question's words that may name the role asked: all, or for "Which MP wants the minister to quit?" those before the asked role's verb (a role after it is whom it acts on). */
export function roleSpan(q: Question): string[] {
  const headAt = q.head && ROLE_WORDS.has(q.head) ? q.words.indexOf(q.head) : -1;
  // Not a verb that says what the role holder is: "which official is described as the top diplomat".
  // ("Which journalist did the president honour?": the auxiliary opens the clause too; the president is its subject.)
  const verbAt = headAt < 0 ? -1 : q.words.findIndex((w, i) => i > headAt && ((q.pos.get(w) === "VERB" && !/^(?:describ|call|nam|know|consider|seen|regard|dub|refer|titl)/.test(w)) || (/^(?:did|does|do|will|would|has|have|had)$/.test(w) && i === headAt + 1)));
  // "Who is running the bank until a permanent CEO is found?": a clause of time or condition names no role asked.
  const clauseAt = q.words.findIndex((w, i) => i > 1 && /^(until|till|while|unless|once|after|before|because|since)$/.test(w));
  // "What is the name of the prefect who suspended the mayor?": a relative clause after the role names whom it acted on.
  const relativeAt = q.words.findIndex((w, i) => i > 1 && /^(?:who|that|which)$/.test(w) && q.pos.get(q.words[i + 1] ?? "") === "VERB");
  const cut = [verbAt, clauseAt, relativeAt].filter((i) => i > 0);
  return cut.length ? q.words.slice(0, Math.min(...cut)) : q.words;
}
/** The first word of what the question's verb of leading is about: "who runs Olympia Airways" -> "olympia". */
function ledBody(q: Question): string | undefined {
  const at = q.words.findIndex((w) => LEAD_VERBS.test(w));
  return at < 0 ? undefined : q.words.slice(at + 1).find((w) => !/^(?:the|a|an)$/.test(w));
}
/** Titles of whoever runs a whole organization. */
const TOP_TITLE = /^(?:the\s+)?(?:chief executive(?: officer)?|ceo|managing director|director[- ]general|general manager|executive director)$/i;
export const LEAD_VERBS = /^(leads|leading|led|lead|runs|running|ran|run|heads|headed|heading)$/;
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
  /** Roles that own the asked one ("the president's spokeswoman", "spokesman for the mayor"), lower case. */
  ownerRoles: string[];
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
    ownerRoles: ownerRoles(q, askedRoles),
  };
  roleAsks.set(q, ask);
  return ask;
}

function findPersonByRole(facts: ArticleFacts, q: Question): Person | undefined {
  const { askedRoles, qs, roleStems, plainTerms, roleModifiers, orgNouns, owners: ownedBy, ownerRoles: ownedByRole } = roleAsk(q);
  // "chief financial officer": words that qualify the asked role must be in the person's role too,
  // or "Chief Executive Officer" would answer it.
  // Unless a word that is also in a name here qualifies someone's role: "finance chief" is the "Chief
  // Financial Officer" though the article names an "Authority for the Financial Markets".
  const all = roleAsk(q).qualifiers;
  // ("the Ostravian prime minister" in a story about Ostravia: the place's people's word says whose, like a country's.)
  const isPlace = (name: string) => facts.things.some((t) => t.kind === "place" && t.name.toLowerCase() === name);
  const qualifiers = facts.people.some((p) => p.roles.some((r) => qualifiedBy(r, all))) ? all : all.filter((w) => !placeOrOrgStems(facts).has(stemOf(w)) && peoplesPlace(w, isPlace) === undefined);
  let best: { p: Person; score: number } | undefined;
  const pastAsked = q.words.some((w) => /^(former|previous|previously|ex|before|earlier|was|were|did|used)$/.test(w));
  // ("Who heads the agency?": right after "who", "heads" is the verb, whatever the tagger says.)
  const leadAsked = askedRoles.includes("head") && (!q.words.some((w) => /^heads?$/.test(w) && q.pos.get(w) === "NOUN") || (q.words[0] === "who" && LEAD_VERBS.test(q.words[1] ?? ""))) && q.words.some((w) => LEAD_VERBS.test(w));
  const leaderAsked = askedRoles.some((r) => /^(?:head|heads|leader|leaders|chief|boss)$/.test(r));
  const ofCountryItself = asksCountrysOwnRole(q);
  const headedFunction = functionHeaded(q);
  const roleVerbStems = new Set(q.words.filter((w) => ROLE_VERBS.has(w)).map(stemOf));
  const placeOwners = placeOwnersAsked(facts, q);
  for (const p of facts.people) {
    if (q.people.some((x) => x.id === p.id)) continue;
    const sideName = facts.sides.find((s) => s.id === p.side)?.name;
    for (const written of p.roles) {
      // "the board's investigator-in-charge" heads the investigation (not the board).
      // A union's or a party's "General Secretary" (or "national secretary") leads it: "who leads the union?".
      const role = !/charge|secretary/i.test(written) ? written : written.replace(/\b([a-z]+)[- ]in[- ]charge\b/gi, (all, noun: string) => (q.terms.includes(stemOf(noun)) ? `${noun} head` : all)).replace(/\b(?:general[- ]secretary|national[- ]secretary|secretary[- ]general)\b/gi, (all) => (leaderAsked ? `${all} head` : all));
      const rs = [...stemSet(role)].filter((t) => qs.has(t));
      if (rs.length === 0) continue;
      // "a former chief economist at Vltava Bank" heads nothing now: only a question about the past asks for them.
      if (/^(?:a\s+|the\s+)?(?:former|ex-)/i.test(role) && !pastAsked) continue;
      const roleWords = wordsOf(role);
      if (!qualifiedBy(role, qualifiers)) continue;
      // "head of European operations" leads a part of the company, not the company: only a question about that part asks for them.
      if (headsAPart(role, q)) continue;
      // "Who chairs the board's risk committee?" is not answered by the board's chairman: the role must name the part asked.
      const part = partOfBodyAsked(q);
      if (part && !roleWords.some((w) => stemOf(w) === stemOf(part))) continue;
      // ("president of the Argentine Federation of Industry" names Argentina only in the body's name;
      // "WHO representative in Mozambique" names it as where the role is.)
      const atOtherBody = ofCountryItself && atNonStateBody(facts, role);
      const outsideNames = atOtherBody ? withoutOrganizationNames(facts, role) : role;
      const roleCountries = wordsOf(outsideNames).map((w) => countryOf(w)?.name).filter(Boolean);
      // Every country the question names must be the person's side or be in the role ("ambassador to Japan").
      // A minister in a story filed from Mozambique ("NAMPULA, Mozambique") is Mozambique's, unless another country is their side.
      // Not the "president of FAIC", whose role is at a body of its own: "Argentina's president" is no president of an industry group.
      const home = (!sideName || !countryOf(sideName)) && !atOtherBody ? homeCountry(facts, p.roles) : undefined;
      // ("the IMF mission chief for Kenya" in a story filed from Nairobi: a body's role for the story's country is posted there.)
      const postedFor = (c: string) => atOtherBody && datelineCountry(facts) === c && new RegExp(`\\bfor\\s+(?:the\\s+)?${escapeRegExp(c)}\\b`, "i").test(q.text);
      const countryOk = roleCountriesAsked(q).every((c) => c === sideName || roleCountries.includes(c) || outsideNames.includes(c) || home === c || postedFor(c));
      if (!countryOk) continue;
      // A role at one organization does not answer for another: "Who leads Kesterton Borough Council?"
      // is not answered by "Meridian's chief executive" (a role that names no employer, "Judge", may).
      // (Not when they did something for the body asked: "a lawyer at Hartwell & Pike who represented Veltara".)
      if (employedElsewhere(facts, role, q) && !actsForAskedBody(p, q)) continue;
      // "Who is the H&L spokeswoman?" is not answered by a lawyer who "represents the heirs": a role
      // said by its verb names whom it serves, and that must be the body asked.
      if (ROLE_VERBS.has(roleWords[0] ?? "") && roleWords.length > 1 && askedBodies(q).length && !askedBodies(q).some((o) => namesOf(facts, o).some((n) => plain(role).includes(n)))) continue;
      const asked = askedBodies(q);
      // And an organization the question asks about (not one that only qualifies another noun, "the
      // Ostrander case") must come up where the person does.
      // "Corvane" and "Corvane Health" are one organization: its mentions count, by any of its names.
      // The place a story is filed from goes without saying: "the mayor of Palmerston North" in a story from there.
      // "the company's general counsel, Peter Laszlo" in a sentence that means Corvane by "the company"
      // is Corvane's (when the question names no other body: "the office that Corvane notified").
      // (Here by any of its names; below, for a leader, only by the very name asked.)
      const ownedRole = (names: readonly string[]) => /^(?:the\s+)?[a-z]+['’]s\b/i.test(role) && p.sentences.some((i) => names.includes(plain(referredOrganizations(facts).get(i) ?? "")));
      if (asked.length && asked.every((o) => !qualifiesNoun(q.words, o)) && !asked.some((o) => { const said = plain(`${role} ${sideName ?? ""} ${p.sentences.map((i) => facts.sentences[i].text).join(" ")}`); return namesOf(facts, o).some((n) => said.includes(n)); }) && !namedWith(facts, p, asked) && !asked.some((o) => storyPlace(facts, o)) && !asked.some((o) => ownedByWord(facts, role, o)) && !(asked.length === 1 && ownedRole(namesOf(facts, asked[0])))) continue;
      // "Who leads Labour and Solidarity?" asks for its head: a president named beside it heads something else.
      // "the agency's director-general" is the head of the agency the sentence refers to.
      // "the harbour union" for the "Harbour and General Workers Union", whose "HGWU General Secretary" leads it.
      // ("Chief Executive Nikos Vardakis" in sentences about Olympia Airways runs it: a top title needs no name in it.)
      // (Only the body the verb is about: "heads the Office for Civil Rights that Corvane notified" does not run Corvane.)
      const runsNamed = () => TOP_TITLE.test(role) && asked.every((o) => ledBody(q) === o.split(" ")[0] && namedWith(facts, p, [o]));
      if (leadAsked && asked.length && !asked.some((o) => namesOf(facts, o).some((n) => plain(role).includes(n) || plain(sideName ?? "") === n) || ownedRole([o]) || ownedByWord(facts, role, o)) && !runsNamed()) continue;
      // "Who was Trump's secretary of state?": someone the articles name with Trump, or whose role says so.
      // "Who is Mutai's lawyer?": "His lawyer, David Wekesa" after a sentence about Mutai, before a lawyer only named beside him.
      // "Who is Qasirah's trade minister?" is not answered by the trade minister of the country the story is about:
      // another place the question makes the owner must be said with the person.
      // ("Andalusia's regional government defended ... Regional Environment Minister Lucia Carmona": or the sentence before.)
      if (placeOwners.some((w) => !`${role} ${sideName ?? ""} ${p.sentences.flatMap((i) => [facts.sentences[i - 1]?.text ?? "", facts.sentences[i].text]).join(" ")}`.toLowerCase().includes(w))) continue;
      const possessed = ownedBy.length > 0 && p.sentences.some((i) => roleOwnedBy(facts, i, p, role, ownedBy));
      if (ownedBy.length && !possessed && !ownedBy.every((o) => `${role} ${p.sentences.map((i) => facts.sentences[i].text).join(" ")}`.toLowerCase().includes(o))) continue;
      // "Who is the president's spokeswoman?" is not answered by a pressure group's spokesman: the
      // owning role ("president", "presidential") must be said with the person.
      // (And the role held is the one owned: the president is not his own spokeswoman.)
      if (ownedByRole.length && (!ownedByRole.every((o) => `${role} ${p.sentences.map((i) => facts.sentences[i].text).join(" ")}`.toLowerCase().includes(o.replace(/s$/, ""))) || !roleWords.some((w) => askedRoles.some((a) => !ownedByRole.includes(a) && stemOf(a) === stemOf(w))))) continue;
      // The very role asked ("president") before one of its stand-ins ("head"); the organization
      // the question names ("the union") in the role itself before a role elsewhere.
      const exact = roleWords.some((w) => askedRoles.some((a) => stemOf(a) === stemOf(w)));
      const ownOrg = orgNouns.some((n) => roleWords.some((w) => stemOf(w) === n));
      // "Who is the water minister?" is the minister, before the deputy minister, unless a deputy is asked.
      const lesser = LESSER_RANK.test(role) && !q.words.some((w) => LESSER_RANK.test(w));
      // "Who is the mayor of Denver?" is not answered by the deputy mayor.
      if (lowerRank(role, q)) continue;
      const score = rs.length + 0.5 + (exact ? 1 : 0) + (ownOrg ? 1 : 0) - (lesser ? 1.5 : 0) + (possessed ? 2 : 0);
      if (best && score <= best.score) continue;
      // "Who is the mayor of Cleveland?": the role word, and the rest of the question said where the person is named.
      // A role word must match ("chief executive", "spokeswoman"), not only the employer's name.
      // "chaired the advisory panel" holds the role "chair" as a verb.
      // "commands the gendarmerie unit" holds the role "commander" as a verb.
      const roleWord = roleWords.some((w) => (ROLE_WORDS.has(w) || w === q.head || ROLE_WORDS.has(stemOf(w)) || ROLE_VERBS.has(w) || isSpecialist(w)) && (askedRoles.length ? roleStems.has(stemOf(w)) : qs.has(stemOf(w))));
      if (!roleWord) continue;
      // "Who is Veltara's chief executive?" is not answered by its "chief legal officer": the asked
      // title's last word (or a word for it other than the question's own) must be in the role.
      if (!holdsTitleHead(roleWords, askedRoles, q)) continue;
      // "Who is the head of compliance?": a function, not a body, is headed; only a role with it answers ("Chief Executive" does not).
      if (headedFunction && !roleWords.some((w) => stemOf(w) === headedFunction)) continue;
      // (Not the verb the role was read from: "prosecuting" is said by "prosecutor".)
      const rest = q.terms.filter((t) => !rs.includes(t) && !countryOf(t) && !roleVerbStems.has(t));
      // The sentences about them; for words other than a name, also the quotations they are the speaker of
      // ("... around 6% or 7% ..."): a barrister who speaks of Lumora is not Lumora's.
      const inName = (t: string) => [...q.orgWords, ...q.things].some((n) => words(n).map(stemOf).includes(t));
      let quoted: number[] | undefined;
      const held = (t: string) => p.sentences.some((i) => stemSet(facts.sentences[i].text).has(t)) || (!inName(t) && (quoted ??= quotedSentences(facts, p.id)).some((i) => stemSet(facts.sentences[i].text).has(t)));
      // Words that qualify the role ("natural resources minister") must be the person's own, not any name in the article.
      const ownOrNamed = (t: string) => held(t) || (!roleModifiers.includes(t) && placeOrOrgStems(facts).has(t));
      // "Who was the referee in the final?": what the whole story is about ("final") goes without
      // saying, when it is all the question adds to the role.
      const restHeld = rest.every((t) => ownOrNamed(t) || storyWide(facts, t)) ? rest.length : rest.filter(ownOrNamed).length;
      const enough = rs.length >= Math.min(2, plainTerms) || restHeld >= Math.min(1, rest.length);
      if (enough || possessed) best = { p, score };
    }
  }
  return best?.p;
}
/**
 * Whether sentence `i` gives `p` the role as someone's whose name has all of `owners`: "Mutai's
 * lawyer, David Wekesa", or "His lawyer, ..." where "his" is another person the sentence refers to.
 */
function roleOwnedBy(facts: ArticleFacts, i: number, p: Person, role: string, owners: string[]): boolean {
  const last = wordsOf(role).at(-1);
  if (!last) return false;
  const m = new RegExp(`\\b(his|her|their|[A-Z][\\w-]*['’]s?)\\s+(?:[a-z-]+\\s+){0,2}${escapeRegExp(last)}\\b`, "i").exec(facts.sentences[i].text);
  if (!m) return false;
  const whose = /^(his|her|their)$/i.test(m[1]) ? (referredPeopleOf(facts).get(i) ?? []).filter((x) => x !== p).map((x) => x.name.toLowerCase()) : [m[1].toLowerCase()];
  return whose.some((n) => owners.every((o) => n.includes(o)));
}
/** The stem of a function a question asks the head of ("head of compliance", "heads compliance"), not a body or a name; or undefined. */
export function functionHeaded(q: Question): string | undefined {
  // (The last word of its phrase: "heads the safety regulator" heads a body.)
  const m = /\bhead(?:s|ed)?(?: of)? (?:the |its |their )?([a-z]+)(?= (?:at|in|for|of|who|that|which|with|on|did|does|is|was)\b|$)/.exec(q.words.join(" "));
  const x = m?.[1];
  if (!x || isStopWord(x) || ORG_NOUNS.has(x) || ORG_WORDS.has(x) || PLACE_WORDS.has(x) || countryOf(x) || ROLE_WORDS.has(x) || !/ion$|ance$|ence$|ing$|ics$|ity$|ment$|y$/.test(x)) return undefined;
  if ([...q.orgWords, ...q.things, ...q.people.map((p) => p.text)].some((n) => n.split(" ").includes(x))) return undefined;
  return stemOf(x);
}

/** The names, in lower-case words, of what a question's name `o` stands for here: itself, and the full name and other names of an organization it is a short form of. */
function namesOf(facts: ArticleFacts, o: string): string[] {
  return [o, ...(organizationForms(facts).get(o) ?? [])];
}

/** For each of an article's organizations, every form of its name (lower-case words) -> all its names. Worked out once per article. */
function organizationForms(facts: ArticleFacts): Map<string, string[]> {
  let forms = formsCache.get(facts);
  if (!forms) {
    forms = new Map();
    for (const t of facts.things) {
      if (t.kind !== "organization") continue;
      const names = [t.name, ...t.aliases, ...(coreName(t).length > 3 ? [coreName(t)] : [])].map(plain);
      for (const n of [t.name, ...t.aliases, ...shortNames(t)].map(plain)) forms.set(n, [...(forms.get(n) ?? []), ...names]);
    }
    formsCache.set(facts, forms);
  }
  return forms;
}
const formsCache = new WeakMap<ArticleFacts, Map<string, string[]>>();

/** An organization's name without its words for a body: "Levantino" of "Banco Levantino". */
function coreName(t: { name: string }): string {
  return t.name.split(/\s+/).filter((w) => !ORG_WORDS.has(w.toLowerCase())).join(" ");
}

/** A text as the question's names are written: lower-case words, without apostrophes ("highland pensioners forum"). */
const plain = (text: string) => words(text).join(" ");

/** The word for a body that owns a role: "the federation's president" -> "federation". */
function bodyWordOwning(role: string): string | undefined {
  return /^(?:the\s+)?([a-z]+)['’]s\s/i.exec(role)?.[1].toLowerCase();
}

/** The kind of body a role names after its verb or "of": "chairs a cooperative of 40 farmers" -> "cooperative". */
function bodyWordHeld(role: string): string | undefined {
  const m = /\b(?:chairs?|chaired|heads?|headed|leads?|led|runs?|ran|of)\s+(?:a|an|the)\s+((?:[a-z’'-]+\s+){0,2}[a-z’'-]+)/i.exec(role);
  return m?.[1].toLowerCase().split(/\s+/).find((w) => ORG_NOUNS.has(w));
}

/** "the district's health officer" works at the "Spokane Regional Health District": the body by the last word of its name. */
function ownedByWord(facts: ArticleFacts, role: string, o: string): boolean {
  const owner = bodyWordOwning(role);
  if (owner !== undefined && namesOf(facts, o).some((n) => n === owner || n.endsWith(` ${owner}`))) return true;
  // "museum director Helene Vandamme" directs the Royal Museum of Civilisations, the one museum the question names.
  const compound = /^(?:the\s+)?([a-z]+)\s+([a-z]+)$/i.exec(role);
  const body = compound && ROLE_WORDS.has(compound[2].toLowerCase()) && !ROLE_WORDS.has(compound[1].toLowerCase()) ? compound[1].toLowerCase() : undefined;
  return body !== undefined && namesOf(facts, o).some((n) => headWordOf(n) === body);
}

/** The sentences of the quotations a person is the speaker of. */
function quotedSentences(facts: ArticleFacts, id: string): number[] {
  return facts.quotes.filter((x) => x.personId === id).flatMap((x) => Array.from({ length: (x.lastSentence ?? x.sentence) - x.sentence + 1 }, (_, k) => x.sentence + k));
}

/** The organizations a question names: by name, by a word of a name, or by initials typed in capitals ("the head of YLB", not "the NGO" or "the CEO"). */
function askedBodies(q: Question): string[] {
  let found = bodiesOf.get(q);
  if (!found) bodiesOf.set(q, (found = findAskedBodies(q)));
  return found;
}
const bodiesOf = new WeakMap<Question, string[]>();

function findAskedBodies(q: Question): string[] {
  const initials = (q.text.match(/(?<=\s)[A-Z]{2,6}\b/g) ?? []).map((w) => w.toLowerCase()).filter((w) => !q.things.includes(w) && !q.orgWords.includes(w) && countryOf(w) === undefined && !ORG_NOUNS.has(w) && !ROLE_WORDS.has(w));
  return [...q.things, ...q.orgWords, ...initials];
}

/** Words in the name of a body of the state, whose officers serve the country: "the Ministry of Health", "the National Police". */
const STATE_BODY = /\b(?:ministry|ministries|government|parliament|police|army|navy|armed forces|presidency|cabinet|senate|congress|assembly|department|state)\b/i;

/** "Who is Argentina's president?": a role of a country itself, at no body the question names. */
function asksCountrysOwnRole(q: Question): boolean {
  return q.countries.length > 0 && q.things.length === 0 && q.orgWords.length === 0 && !q.words.some((w) => ORG_NOUNS.has(w));
}

/** Whether a role answers for another body than the country whose role is asked: "president of FAIC" is not "Argentina's president". */
export function servesOtherBody(facts: ArticleFacts, role: string, q: Question): boolean {
  return asksCountrysOwnRole(q) && atNonStateBody(facts, role);
}

/** Whether a role names an organization of the article that is no body of the state ("president of the National Chamber of Exporters"). */
function atNonStateBody(facts: ArticleFacts, role: string): boolean {
  // "the federation's president": a body by its word.
  const owner = bodyWordOwning(role);
  if (owner && ORG_NOUNS.has(owner) && !STATE_BODY.test(owner)) return true;
  return facts.things.some((t) => t.kind === "organization" && !STATE_BODY.test(t.name) && [t.name, ...t.aliases].some((n) => n.length > 2 && new RegExp(`\\b${escapeRegExp(n)}\\b`).test(role)));
}

/** A role without the names of the organizations in it: "president of Argentine Federation of Industry" -> "president of ". */
function withoutOrganizationNames(facts: ArticleFacts, role: string): string {
  let out = role;
  for (const t of facts.things) if (t.kind === "organization") for (const n of [t.name, ...t.aliases]) if (n.length > 2) out = out.replace(new RegExp(`\\b${escapeRegExp(n)}\\b`, "g"), " ");
  return out;
}

/** Whether one of a person's roles is a deed done for the body the question names ("represented Veltara at trial"), whoever employs them. */
export function actsForAskedBody(p: Person, q: Question): boolean {
  // ("Which lawyer represented the unions?": "a lawyer at Berthier & Associes, who represented the unions".)
  const asked = [...q.things, ...q.orgWords, ...q.words.filter((w) => ORG_KIND_WORDS.has(w))];
  return asked.length > 0 && p.roles.some((r) => /^[a-z]+ed\b/.test(r) && asked.some((o) => new RegExp(`\\b${escapeRegExp(o)}\\b`).test(r.toLowerCase())));
}

/** Whether a role names an organization, and not the one the question asks about ("heads the consumer group Forbrukerlaget"). */
export function employedElsewhere(facts: ArticleFacts, role: string, q: Question): boolean {
  // ("the city council president in Millbridge": a place says where, not which body; the kind asked, "council", says which.)
  const isPlace = (o: string) => facts.things.some((t) => t.kind === "place" && [t.name, ...t.aliases].some((n) => plain(n) === o));
  const named = askedBodies(q);
  const asked = named.some(isPlace) && q.words.some((w) => ORG_KIND_WORDS.has(w)) ? named.filter((o) => !isPlace(o)) : named;
  // "Who heads the Czech central bank?" names a kind of organization: a council's director heads no bank.
  const kinds = asked.length ? [] : q.words.filter((w) => ORG_KIND_WORDS.has(w));
  // "the federation's president" serves a federation, not the mining committee asked about.
  const owner = bodyWordOwning(role) ?? bodyWordHeld(role);
  const bodiesAsked = owner ? q.words.filter((w) => ORG_NOUNS.has(w)) : [];
  // (A "company's" officer may be the retailer's or the airline's: any business is a company. Another
  // word as general, "firm", may be another company's.)
  const business = (k: string) => /^(?:company|companies|firm|firms|group|business|corporation)$/.test(owner ?? "") && BUSINESSES.test(k);
  if (owner && ORG_NOUNS.has(owner) && bodiesAsked.length && !bodiesAsked.some((k) => k === owner || (orgKindOf(k) ?? []).includes(owner) || business(k))) return true;
  if (asked.length === 0 && kinds.length === 0) return false;
  // "Levantino chief executive" works at Banco Levantino: a name without its word for a body names it too.
  const employers = employersIn(facts, role);
  // Compared word by word: "Scottish Parents' Network" is the question's "scottish parents network".
  // "the electoral commission" is the "National Electoral Committee": the words before the kind are in its name.
  const isAsked = (t: Organization) => (asked.length ? asked.some((o) => [t.name, ...t.aliases, ...shortNames(t)].some((n) => plain(n).includes(o) || o.includes(plain(n)))) : kinds.some((k) => ofKind(facts, t, k) || namedByModifiers(t, q.words, k)));
  return employers.length > 0 && !employers.some(isAsked);
}

type Organization = ArticleFacts["things"][number];

/** Words for a business, which the story may also call "the company". */
const BUSINESSES = /^(?:retailer|retailers|chain|chains|lender|lenders|bank|banks|insurer|insurers|carrier|carriers|airline|airlines|drugmaker|carmaker|automaker|chipmaker|maker|manufacturer|startup|start-up|developer|supplier|provider|operator|producer|publisher|broadcaster|utility|conglomerate|subsidiary|brand|platform|brokerage|consultancy)$/;

/** The article's organizations a role names ("chief executive of Banco Levantino", "Levantino chief executive"), worked out once per article and role. */
function employersIn(facts: ArticleFacts, role: string): Organization[] {
  let byRole = employersCache.get(facts);
  if (!byRole) employersCache.set(facts, (byRole = new Map()));
  let found = byRole.get(role);
  if (!found) {
    found = facts.things.filter((t) => t.kind === "organization" && [t.name, ...t.aliases, ...(coreName(t).length > 3 ? [coreName(t)] : [])].some((n) => n.length > 2 && new RegExp(`\\b${escapeRegExp(n)}\\b`).test(role)));
    byRole.set(role, found);
  }
  return found;
}
const employersCache = new WeakMap<ArticleFacts, Map<string, Organization[]>>();

/** Whether an organization is of a kind: by its name ("Czech National Bank" is a bank) or by what the article calls it ("the union"). */
function ofKind(facts: ArticleFacts, t: Organization, kind: string): boolean {
  const group = orgKindOf(kind) ?? [kind];
  const calledSo = [...(organizationNouns(facts).get(t.name) ?? [])];
  return [t.name, ...t.aliases, ...calledSo].some((n) => words(n).some((w) => group.includes(w)));
}
/** Whether the words right before a kind of body in the question ("electoral" in "the electoral commission") are all in an organization's name. */
function namedByModifiers(t: Organization, ws: string[], kind: string): boolean {
  const at = ws.indexOf(kind);
  const before: string[] = [];
  for (let i = at - 1; i >= 0 && !isStopWord(ws[i]) && ws[i].length >= 3; i--) before.push(ws[i]);
  const name = new Set(words(t.name));
  return before.length > 0 && before.every((w) => name.has(w));
}
const ORG_KIND_WORDS = new Set(ORG_KINDS.flat());
/** A leading role over a part of an organization ("head of European operations", "director of communications") the question does not name. */
export function headsAPart(role: string, q: Question): boolean {
  // "heads the charity's investigations unit".
  const unit = /\bheads?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?((?:[\w-]+\s+){0,3})(?:unit|division|department|team|desk|section|branch|programme|program|operations)\b/.exec(role);
  if (unit) return !words(unit[1]).some((w) => q.terms.includes(stemOf(w)));
  // "the company's operations director": a function before the title is the part they head.
  const fn = /\b(operations|finance|financial|marketing|sales|communications|technical|technology|production|engineering|safety|compliance|legal|research|development|strategy|human resources|personnel|regional|commercial|logistics|planning)\s+(?:director|manager|chief|head)\b/i.exec(role);
  if (fn && !/\b(?:chief executive|president|chair(?:man|woman|person)?|managing director|general manager)\b/i.test(role)) return !words(fn[1]).some((w) => q.terms.includes(stemOf(w)));
  // ("head of compliance at the bank": where the part is, after it, changes nothing.)
  const m = /\b(?:head|chief|director|leader|manager)\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,3}?([a-z][\w-]*))(?:\s+(?:at|in|for|with)\s+[^,;]+)?$/.exec(role);
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

/**
 * A deputy's or an assistant's role, when the question does not ask for one: "Deputy Mayor" does not
 * answer "who is the mayor". But a deputy prosecutor prosecutes, and an assistant attorney argues the
 * case: in the courtroom the title is no lower rank of another person's.
 */
export function lowerRank(role: string, q: Question): boolean {
  return /\b(deputy|vice|assistant|junior)\b/i.test(role) && !q.words.some((w) => LESSER_RANK.test(w)) && !/\b(?:prosecutors?|attorneys?|counsel|judges?)\b/i.test(role);
}
const GENERIC_RANK = /^(top|senior|current|new|main|lead|leading|head|chief|sitting|incumbent|outgoing|serving|government|cabinet|best)$/;
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
  // "Which minister called a meeting of EU trade ministers?": the role asked is the head's, not the last one.
  const headAt = q.head && ROLE_WORDS.has(q.head) ? q.words.indexOf(q.head) : -1;
  const lastRole = headAt >= 0 ? headAt : q.words.reduce((at, w, i) => (ROLE_WORDS.has(w) ? i : at), -1);
  const names = new Set([...q.people.flatMap((x) => x.text.split(" ")), ...q.things.flatMap((t) => t.split(" ")), ...q.orgWords]);
  const out: string[] = [];
  for (let k = lastRole - 1; k >= 0 && !isStopWord(q.words[k]) && !/^(who|whom|whose|what|which)$/.test(q.words[k]); k--) {
    const w = q.words[k];
    // Not the employer either: "the union's president", "oskaras trade negotiator" (a name's possessive typed without its apostrophe).
    // Nor a word of the employer's kind: "think tank expert" is an expert at a think tank.
    const ofOrgKind = ORG_NOUNS.has(q.words[k + 1] ?? "") && k + 1 < lastRole;
    // Nor a verb: "who was named best actor" asks who was named, not a "named" actor.
    // Nor a person, by what they are, whose the role is: "the scientist's lawyer" (not "Castellan's fire chief").
    // Nor a body by a common noun: "the orchestra's music director" directs the orchestra ("loopline's ceo" names one).
    const owner = (ROLE_WORDS.has(w) || isSpecialist(w) || PERSON_OWNERS.test(w) || (q.pos.get(w) === "NOUN" && isEnglishWord(w))) && new RegExp(`\\b${escapeRegExp(w)}(?:['’]s|s['’])(?=\\s)`, "i").test(q.text);
    if (!owner && !names.has(w) && !names.has(w.replace(/s$/, "")) && !countryOf(w) && !GENERIC_RANK.test(w) && !ORG_NOUNS.has(w) && !ofOrgKind && !(q.pos.get(w) === "VERB" && /(ed|ing)$/.test(w))) out.push(w);
  }
  return out;
}
/** People by what they are, whose lawyer or spokesman a question may ask for: "the player's agent". */
const PERSON_OWNERS = /^(?:man|woman|player|athlete|patient|victim|family|suspect|defendant|plaintiff|scientist|researcher|doctor|owner|driver|pilot|captain|singer|actor|author|writer)$/;

/** Whether a role has every qualifying word (or a word for it). */
export function qualifiedBy(role: string, qualifiers: string[]): boolean {
  if (qualifiers.length === 0) return true;
  const stems = stemSet(role);
  // "the state transport minister": "Queensland Transport Minister" names the state.
  const namesRegion = () => wordsOf(role).some((w, i, all) => countryOfRegionWords(w, all[i + 1]) !== undefined);
  return qualifiers.every((w) => [w, ...expand(w)].some((x) => stems.has(stemOf(x))) || (/^(?:state|provincial|regional)$/.test(w) && namesRegion()));
}
/** Whether a sentence that names the person also mentions an organization the question names (by any of its names). */
function namedWith(facts: ArticleFacts, p: Person, asked: string[]): boolean {
  const orgs = facts.things.filter((t) => t.kind === "organization" && asked.some((o) => t.name.toLowerCase() === o || t.aliases.some((a) => a.length > 3 && a.toLowerCase() === o)));
  if (orgs.length === 0) return false;
  const ids = new Set(orgs.map((t) => t.id));
  const own = new Set(p.sentences);
  // ... or as "the company".
  const referred = referredOrganizations(facts);
  // ... or speaking for it right after a sentence that names it ('"... our brand," marketing director Chileshe Mumba said').
  const forIt = (i: number) => /\b(?:our|we)\b/i.test(facts.sentences[i].text) && facts.mentions.some((m) => m.entity !== undefined && ids.has(m.entity) && m.sentence === i - 1);
  return facts.mentions.some((m) => m.entity !== undefined && ids.has(m.entity) && own.has(m.sentence)) || p.sentences.some((i) => orgs.some((t) => referred.get(i) === t.name) || forIt(i));
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
  // "Who is prosecuting the case?": in a story from a court, "the case" is the story's own.
  if (term === CASE && COURT_STEMS.some((w) => (counts!.get(w) ?? 0) > 0)) return true;
  return (counts.get(term) ?? 0) >= STORY_WIDE;
}
const CASE = stemOf("case");
const COURT_STEMS = COURT_WORDS.map(stemOf);
const STORY_WIDE = 3;
const termCounts = new WeakMap<ArticleFacts, Map<string, number>>();

/** People named with a possessive in the question ("Trump's", "bidens"): whose the asked role is. */
/** The country whose own role a question asks, by its possessive: "Argentina's president" -> "Argentina". */
export function countryOwningRole(q: Question): string | undefined {
  if (!asksCountrysOwnRole(q)) return undefined;
  return q.countries.find((c) => new RegExp(`\\b${escapeRegExp(c)}['’]s\\b`, "i").test(q.text));
}

/** "the board's risk committee", "the bank's audit panel": a part of a body, whose own head is asked. */
function partOfBodyAsked(q: Question): string | undefined {
  return PART_OF_BODY.exec(q.text)?.[2].toLowerCase();
}
const PART_OF_BODY = /\b[\w-]+['’]s\s+((?:[a-z-]+\s+){1,2})(committee|subcommittee|panel|unit|division|desk|department|taskforce)\b/i;

/** The words of that part: "risk committee". */
export function partPhraseAsked(q: Question): string | undefined {
  const m = PART_OF_BODY.exec(q.text);
  return m ? `${m[1]}${m[2]}`.toLowerCase() : undefined;
}

/** The first place the question makes a role's owner, away from where the story is ("Kastel's culture minister"). */
export function placeOwnerAsked(facts: ArticleFacts, q: Question): string | undefined {
  return placeOwnersAsked(facts, q)[0];
}

/** Places the question makes a role's owner ("Qasirah's trade minister") that are not where the story is (its title and first sentence). */
function placeOwnersAsked(facts: ArticleFacts, q: Question): string[] {
  const setting = `${facts.article.title ?? ""} ${facts.sentences[ledeIndex(facts.sentences)]?.text ?? ""}`.toLowerCase();
  return q.words.filter((w) => w.length > 2 && new RegExp(`\\b${escapeRegExp(w)}(?:['’]s|s['’])(?=\\s)`, "i").test(q.text) && facts.things.some((t) => t.kind === "place" && t.name.toLowerCase() === w) && !setting.includes(w) && !countryOf(w) && !countryOfCapital(w));
}

/** The roles that own the asked one, as in "Who is the president's spokeswoman?" ("president"). */
export function ownerRolesAsked(q: Question): string[] {
  return roleAsk(q).ownerRoles;
}

/** "the president's spokeswoman", "the spokesman for the mayor": the owning role, without its plural "s". */
function ownerRoles(q: Question, askedRoles: string[]): string[] {
  const out: string[] = [];
  for (const w of q.words) {
    const others = askedRoles.filter((r) => r !== w);
    // (A person described by their work owns nothing here: "the scientist's lawyer" is whoever acts for him.)
    if (!ROLE_WORDS.has(w) || PERSON_OWNERS.test(w) || isSpecialist(w) || others.length === 0) continue;
    const possessive = new RegExp(`\\b${escapeRegExp(w)}(?:['’]s|s['’])\\s+(?:[a-z-]+\\s+)?(?:${others.map(escapeRegExp).join("|")})\\b`, "i");
    const ofIt = new RegExp(`\\b(?:${others.map(escapeRegExp).join("|")})\\s+(?:for|to)\\s+(?:the\\s+)?${escapeRegExp(w)}\\b`, "i");
    if (possessive.test(q.text) || ofIt.test(q.text)) out.push(w);
  }
  return out;
}

export function owners(q: Question): string[] {
  return q.people.flatMap((p) => new RegExp(`\\b(${p.text})(?:['’]s|s)\\b`, "i").exec(q.text)?.[1] ?? []);
}
