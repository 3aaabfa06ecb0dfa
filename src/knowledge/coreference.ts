import type { ArticleFacts, Mention, NamedThing, Person } from "./types.ts";
import { escapeRegExp, isStopWord, words } from "../qa/text.ts";
import { isOutlet } from "./outlet.ts";
import { orgKindOf, ORG_NOUNS, PLACE_WORDS, ROLE_WORDS } from "../lexicon/words.ts";
import { expand } from "../lexicon/synonyms.ts";

/**
 * What a sentence refers to without naming it: the people of "he", "they" and of a quotation, the
 * organization of "the company", the named thing of "the blaze". The index adds those names to the
 * sentence, so a question that names them finds it.
 */

/**
 * The people each sentence refers to: those it names; for a sentence that opens with a pronoun
 * ("They arrived...", "Both men have promised..."), those the sentence before names; and for every
 * sentence of a quotation, its speaker.
 */
export function referredPeople(facts: ArticleFacts): Map<number, Person[]> {
  const out = new Map<number, Person[]>();
  const add = (i: number, p: Person) => {
    const list = out.get(i) ?? [];
    if (!list.includes(p)) list.push(p), out.set(i, list);
  };
  for (const p of facts.people) for (const i of p.sentences) add(i, p);
  // The speaker of a quotation, over every sentence of it.
  const speakers: [number, Person][] = facts.quotes.flatMap((q) => {
    const p = facts.people.find((x) => x.id === q.personId);
    return p ? Array.from({ length: (q.lastSentence ?? q.sentence) - q.sentence + 1 }, (_, k): [number, Person] => [q.sentence + k, p]) : [];
  });
  // Who the sentence before names or quotes: '"... for weeks." He has asked ...'.
  const named = new Map([...out].map(([i, ps]) => [i, [...ps]]));
  for (const [i, p] of speakers) if (!(named.get(i) ?? []).includes(p)) named.set(i, [...(named.get(i) ?? []), p]);
  for (const s of facts.sentences) {
    // "The family filed a lawsuit": the person whose family the article named before ("For the family
    // of Lindsay Carrow, ..."); a "Their attorney" right after it is theirs too.
    const family = FAMILY_SAID.test(s.text) && !out.has(s.index) ? familyNamedBefore(facts, s.index) : undefined;
    if (family) {
      add(s.index, family);
      named.set(s.index, [family]);
    }
    // ("He added that ... His agent, ...": a sentence before that names no one passes on whom its own pronoun meant.)
    if (s.index > 0 && OPENING_PRONOUN.test(s.text)) {
      for (const p of named.get(s.index - 1) ?? (OPENING_PRONOUN.test(facts.sentences[s.index - 1].text) ? out.get(s.index - 1) : undefined) ?? []) add(s.index, p);
    }
    // "The 21-year-old passed his medical": the person the sentence before named (one with a role first).
    // ("The club said ... that the 54-year-old had been relieved of his duties": anywhere, when no noun follows it.)
    if (s.index > 0 && (/^\W*the \d{1,3}-year-old\b/i.test(s.text) || /\bthe \d{1,3}-year-old(?:\s+(?:had|has|was|is|said|says|will|would|who)\b|\s*[,.;])/.test(s.text))) {
      const before = named.get(s.index - 1) ?? [];
      const p = before.find((x) => x.roles.length > 0) ?? before[0];
      if (p) add(s.index, p);
    }
    // "The midfielder ...", "the minister said": the last person named before whose role has that word.
    // "The Swedish-born conductor, who ...": with words before it too; and when no one's role has the
    // word, the one person the sentence before names, when the words before the role describe them (a reporter's second name).
    const opening = /^\W*the ((?:[a-z-]+ ){0,2}[a-z-]+)/i.exec(s.text)?.[1].toLowerCase().split(" ") ?? [];
    const noun = opening.find((w) => ROLE_WORDS.has(w));
    if (noun) {
      const holders = facts.people.filter((p) => p.roles.some((r) => words(r).includes(noun)) && p.sentences.some((i) => i < s.index));
      const before = named.get(s.index - 1) ?? [];
      if (holders.length === 1) add(s.index, holders[0]);
      // (Only a described one, "the Swedish-born conductor": "The chief executive will travel" may be someone else.)
      else if (holders.length === 0 && before.length === 1 && opening.indexOf(noun) > 0) add(s.index, before[0]);
    }
  }
  for (const [i, p] of speakers) add(i, p);
  // "By his estimate, the first week cost ...": "his" early in a sentence that names no one is the
  // one person the sentence before is about (named there, or quoted).
  for (const s of facts.sentences) {
    const before = out.get(s.index - 1) ?? [];
    if (s.index > 0 && /^\W*(?:[A-Za-z]+\s+){1,3}(his|her)\b/.test(s.text) && before.length === 1 && !out.has(s.index)) add(s.index, before[0]);
    // "Tolley's contract ... British newspapers reported on Monday that he would receive ...": "he" or "she" in a
    // sentence that names no one, outside a quotation, is the one person the sentence before refers to.
    else if (s.index > 0 && /\b(?:he|she)\b/i.test(s.text.replace(/["“][^"”]*["”]/g, "")) && before.length === 1 && !out.has(s.index) && facts.sentences[s.index - 1]?.paragraph === s.paragraph) add(s.index, before[0]);
  }
  return out;
}

/** "the family", "the family's": a family the sentence does not name. */
const FAMILY_SAID = /\b[Tt]he family(?:['’]s)?\b/;

/** The last person before sentence `i` whose family the article names: "the family of Lindsay Carrow", "Carrow's family". */
function familyNamedBefore(facts: ArticleFacts, i: number): Person | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const text = facts.sentences[j].text;
    const p = facts.people.find((x) => [x.name, ...x.aliases].some((n) => new RegExp(`\\bfamily of ${escapeRegExp(n)}\\b|\\b${escapeRegExp(n)}['’]s family\\b`).test(text)));
    if (p) return p;
  }
  return undefined;
}

/** `referredPeople`, worked out once per article: answering asks it of many sentences. */
export function referredPeopleOf(facts: ArticleFacts): Map<number, Person[]> {
  let m = referredByArticle.get(facts);
  if (!m) referredByArticle.set(facts, (m = referredPeople(facts)));
  return m;
}
const referredByArticle = new WeakMap<ArticleFacts, Map<number, Person[]>>();

/**
 * What may come before a sentence's subject: a short opening phrase ("Under cross-examination,
 * however, he ..."), or a participle's phrase however long ("Speaking at a breakfast in Cork a few
 * hours later, he said ...").
 */
const OPENING = `^\\W*(?:[^,.;:"“”]{1,40},\\s+(?:(?:however|though|meanwhile|instead|too|still),\\s+)?|[A-Z][a-z]+ing\\b[^.;:"“”]{0,100}?,\\s+)?`;
/** A sentence whose subject is a pronoun or a pair, after an opening phrase too. */
const OPENING_PRONOUN = new RegExp(`${OPENING}(he|she|they|both|the two|the pair|his|her|their|the men|the women)\\b`, "i");
/** A sentence that opens with "He" or "She" as its subject, after an opening phrase too ("On Tuesday, she ..."). */
const OPENING_HE_OR_SHE = new RegExp(`${OPENING}(?:he|she)\\s+(?:also\\s+|later\\s+|then\\s+)?[a-z]`, "i");

/**
 * The person a sentence's opening "He" or "She" is: the one person the sentence before refers to
 * (by name, as the speaker of a quotation, or by a pronoun in turn). "She called on Treasurer Adam
 * Falconer to block the sale", after a sentence about Senator Kirwan, is Kirwan's doing. Undefined
 * when the sentence opens otherwise or the sentence before refers to several people.
 */
export function pronounSubject(facts: ArticleFacts, sentence: number): Person | undefined {
  const s = facts.sentences[sentence];
  if (!s || sentence === 0 || !OPENING_HE_OR_SHE.test(s.text)) return undefined;
  const before = referredPeopleOf(facts).get(sentence - 1) ?? [];
  return before.length === 1 ? before[0] : undefined;
}

/**
 * The organization a sentence means by "the company", "the union", "the council": the one the
 * article names most whose name has that word ("the alliance" -> "Salmon Flats Neighbors Alliance");
 * else, of the organizations named in the sentence and the two before it, the one the article names
 * most (the story's subject, not a firm named in passing), the latest on a tie. And the one a
 * sentence opening with "Its" means: the organization the sentence before opens with.
 */
export function referredOrganizations(facts: ArticleFacts): Map<number, string> {
  let found = referredCache.get(facts);
  if (!found) referredCache.set(facts, (found = withIt(facts, new Map([...organizationNounsBySentence(facts)].map(([i, r]) => [i, r.name])))));
  return found;
}

/**
 * "The bank has hired a forensics firm. In a trading update on Tuesday, it said it had set aside
 * 18 million pounds": "it", as the subject of a sentence that names no organization before it,
 * is the organization the sentence before, in the same paragraph, is about (by name or by its noun).
 */
function withIt(facts: ArticleFacts, referred: Map<number, string>): Map<number, string> {
  const names = new Map(facts.things.map((t) => [t.id, t.name]));
  for (const s of facts.sentences) {
    const prev = facts.sentences[s.index - 1];
    if (!prev || prev.paragraph !== s.paragraph || referred.has(s.index)) continue;
    const it = IT_SUBJECT.exec(s.text);
    if (!it || facts.mentions.some((m) => m.sentence === s.index && m.start < it.index && (m.kind === "organization" || m.kind === "person"))) continue;
    const opener = facts.mentions.find((m) => m.sentence === prev.index && m.kind === "organization" && m.entity && /^(?:The\s+)?$/.test(prev.text.slice(0, m.start)));
    const about = referred.get(prev.index) ?? (opener ? names.get(opener.entity!) : undefined);
    if (about) referred.set(s.index, about);
  }
  return referred;
}
/** "it said", "..., it has", "It estimated that": "it" as a subject, first in the sentence or after a comma. */
const IT_SUBJECT = /(?:^|,\s+)[Ii]t\s+(?:also\s+)?(?:said|says|added|has|had|have|is|was|will|would|plans|planned|expects|expected|reported|announced|posted|made|set|took|agreed|put|sold|paid|estimates|estimated|warned|forecast|predicted|blamed|denied|disputed|confirmed|admitted|argued|insisted|hired|told|raised|cut|lowered)\b/;
/** Worked out once per article: the question answerer asks it of many sentences. */
const referredCache = new WeakMap<ArticleFacts, Map<number, string>>();

const GENERIC_ORG_NOUNS = /^(company|companies|firm|firms|group|organization|organisation|body|brand|maker|chain|business)$/;

/**
 * The words the article uses for each organization instead of its name: "the regulator" and "the
 * watchdog" for the Competition and Markets Authority, "a Manchester-based union" for the App
 * Developers Guild. A question may use them ("when will the regulator consult?").
 */
/** The word for a body written right before a name: "brokerage" in "the brokerage Cruz y Vidal". */
export function bodyWordBefore(text: string, m: Mention): string | undefined {
  const w = /([a-z-]+)\s+$/.exec(text.slice(0, m.start))?.[1];
  return w !== undefined && ORG_NOUNS.has(w) ? w : undefined;
}

/** A verb right after "the <noun>": it is the subject of something ("the watchdog would", "the regulator said"). */
const SUBJECT_NEXT = /^\s+(?:would|will|could|can|may|might|must|should|has|had|have|is|was|are|were|did|does|do|said|says|told|added|also|now|then|[a-z]+ed|[a-z]+[^s\s]s)\b/;

export function organizationNouns(facts: ArticleFacts): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // "the company", "the group": words for any organization say nothing a question could look for.
  const add = (name: string, noun: string) => {
    if (!GENERIC_ORG_NOUNS.test(noun)) out.set(name, (out.get(name) ?? new Set()).add(noun));
  };
  const names = new Map(facts.things.map((t) => [t.id, t.name]));
  // "Owen Pritchard-Lowe, the CMA's director, said the watchdog would ...": a sentence that names one
  // organization, then "the <noun>", means it; unless another organization's name has the noun.
  const orgs = facts.things.filter((t) => t.kind === "organization").map((t) => ({ name: t.name, words: new Set(words(t.name)) }));
  const bySentence = new Map<number, Mention[]>();
  for (const m of facts.mentions) if (m.kind === "organization" && m.entity) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const s of facts.sentences) {
    const here = bySentence.get(s.index) ?? [];
    for (const hit of s.text.matchAll(/\bthe ([a-z-]+)\b/g)) {
      const noun = hit[1];
      if (!ORG_NOUNS.has(noun) || GENERIC_ORG_NOUNS.test(noun)) continue;
      const byName = orgs.find((t) => t.words.has(noun) || t.words.has(`${noun}s`));
      const before = here.filter((m) => m.start < hit.index);
      const ids = new Set(before.map((m) => m.entity!));
      // Not one the sentence calls something else ("the brokerage Cruz y Vidal ... expected the regulator to"),
      // nor "the <noun>" that does nothing ("how much of the network they will give away").
      const calledOther = before.some((m) => { const w = bodyWordBefore(s.text, m); return w !== undefined && w !== noun; });
      const acts = SUBJECT_NEXT.test(s.text.slice(hit.index + hit[0].length));
      const name = byName?.name ?? (ids.size === 1 && new Set(here.map((m) => m.entity)).size === 1 && !calledOther && acts ? names.get([...ids][0]) : undefined);
      if (name) add(name, noun);
    }
  }
  for (const m of facts.mentions) {
    const name = m.kind === "organization" && m.entity ? names.get(m.entity) : undefined;
    // ", a criminal gang that ...", ", a Toronto-based security firm", ", the country's competition watchdog,": the word for a body among its first words.
    const phrase = name ? /^,\s+(?:a|an|the)\s+((?:[\w$.’'-]+\s+){0,3}[a-z]{4,})(?=\s|,|\.)/.exec(facts.sentences[m.sentence].text.slice(m.end))?.[1] : undefined;
    const described = phrase?.split(/\s+/).filter((w) => ORG_NOUNS.has(w)).pop();
    if (name && described) add(name, described);
    // "The kidnappers, who call themselves the Shabwa Tribes Defence Council": what the article calls them.
    const selfNamed = name ? /\b[Tt]he\s+([a-z]{4,}),?\s+(?:who|which)\s+(?:call|calls|called)\s+(?:themselves|itself)\s+(?:the\s+)?$/.exec(facts.sentences[m.sentence].text.slice(0, m.start))?.[1] : undefined;
    if (name && selfNamed && !isStopWord(selfNamed)) add(name, selfNamed);
  }
  // "The union is demanding ..." about the National Association of Resident Doctors: a word of its kind the article calls it by.
  for (const r of organizationNounsBySentence(facts).values()) if (orgKindOf(r.noun)?.includes(headWordOf(r.name)) && !words(r.name).includes(r.noun)) add(r.name, r.noun);
  return out;
}

function organizationNounsBySentence(facts: ArticleFacts): Map<number, { name: string; noun: string }> {
  const out = new Map<number, { name: string; noun: string }>();
  const count = new Map<string, number>();
  const bySentence = new Map<number, string[]>();
  for (const m of facts.mentions) {
    // The agency that carries the story ("(Northgate News Agency) -") is in none of it.
    if (m.kind !== "organization" || !m.entity || isOutlet(facts, m)) continue;
    count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
    // "told Reuters": the outlet spoken to is no body the sentence is about.
    if (/\btold\s+$/.test(facts.sentences[m.sentence].text.slice(Math.max(0, m.start - 6), m.start))) continue;
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m.entity]);
  }
  if (count.size === 0) return out;
  const organizations = facts.things.filter((t) => t.kind === "organization" && count.has(t.id));
  const ofPeople = bodiesOfPeopleBySentence(facts, organizations);
  const mostNamed = (ids: string[]) => {
    let best: string | undefined;
    for (const id of ids) if (!best || (count.get(id) ?? 0) >= (count.get(best) ?? 0)) best = id;
    return best;
  };
  for (const s of facts.sentences) {
    // "the company", "the medical center": an organization noun within the first three words after "the".
    // In the headline and the lede, which hold back the name for the next paragraph, "a public
    // hospital group" and a headline's "regional hospital group" mean it too.
    // (The phrase's last such word: "a public hospital group" is a group, not a hospital.)
    const opening = s.paragraph <= 1 && !bySentence.has(s.index) ? /(?:^(?:[A-Z][a-z-]+\s+)?|\b[Aa]n?\s+)((?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(s.text)?.[1].split(/\s+/).filter((n) => ORG_NOUNS.has(n)).pop() : undefined;
    // "the Toronto-based company's": a place joined to a participle, and a possessive, still say "the company".
    const noun = opening ?? [...s.text.matchAll(/\b(?:[Tt]he|[Tt]his)((?:\s+(?:[A-Z][a-z]+-[a-z]+|[a-z-]+)){1,3})/g)].flatMap((m) => m[1].trim().split(/\s+/).map((w) => w.replace(/['’]s?$/, ""))).find((n) => ORG_NOUNS.has(n));
    if (!noun) {
      // "Veltara ... said it would appeal. Its shares fell 4.2 percent": "its" is the organization
      // the sentence before opens with.
      // "... is owned by Cordillera Copper Corp. Its shares fell": shares are a company's, the one named there.
      const listed = /^Its\s+(?:shares|stock|share price|market value)\b/.test(s.text) ? facts.mentions.filter((m) => m.sentence === s.index - 1 && m.kind === "organization" && m.entity && COMPANY_NAME.test(m.text)).pop() : undefined;
      const opener = listed ?? (/^Its\s/.test(s.text) ? facts.mentions.find((m) => m.sentence === s.index - 1 && m.start <= 4 && m.kind === "organization" && m.entity) : undefined);
      const thing = opener ? organizations.find((t) => t.id === opener.entity) : undefined;
      // ("Carvalho said the union would attend ... Its national council will meet": or the body the sentence before means by its noun.)
      const meant = !thing && /^Its\s/.test(s.text) ? out.get(s.index - 1) : undefined;
      if (thing) out.set(s.index, { name: thing.name, noun: "its" });
      else if (meant) out.set(s.index, { name: meant.name, noun: "its" });
      continue;
    }
    const named = organizations.filter((t) => hasNounWord(t.name, noun)).map((t) => t.id);
    const near = [s.index - 2, s.index - 1, s.index].flatMap((i) => bySentence.get(i) ?? []);
    // "the union" for the Air Line Pilots Association: the one organization of that kind the article names.
    const kindred = named.length ? [] : sameKind(organizations, noun);
    // With none named nearby, the organization the story names most ("the company" in a story about one).
    // Of several of that kind, the one named nearby ("the agency" after the Kenya Wildlife Service, not the Revenue Authority).
    // "The company" is not a public body named nearby ("the Indian Space Research Organisation").
    // (Its head word says what a body is: "Ministry of Enterprise" is a ministry.)
    const headOf = (x: string) => headWordOf(organizations.find((t) => t.id === x)?.name ?? "");
    const business = COMMERCIAL_NOUNS.test(noun) ? near.filter((x) => !PUBLIC_BODY.test(headOf(x))) : near;
    // "Patients should have been told," Ellery said. "The group is calling for ...": the body of the people just quoted or named.
    const viaPeople = [s.index - 2, s.index - 1, s.index].flatMap((i) => ofPeople.get(i) ?? []);
    // Then one named a little further back ("The kidnappers, who call themselves the ... Council" three sentences before "the group's spokesman").
    const further = [s.index - 5, s.index - 4, s.index - 3].flatMap((i) => bySentence.get(i) ?? []);
    // ("the company's offer" after an appeal to a ministry: with no business named nearby, the business the article names most.)
    const businesses = COMMERCIAL_NOUNS.test(noun) ? [...count.keys()].filter((x) => !PUBLIC_BODY.test(headOf(x)) && !NOT_A_BUSINESS.test(headOf(x))) : [];
    // (Not a rival named in passing nearby, "starting against Tyneside", over the club the story is about: named three times as often, it is still "the club".)
    const kinNear = mostNamed([...near, ...viaPeople].filter((x) => kindred.includes(x)));
    const kinMost = mostNamed(kindred);
    const kin = kindred.length === 1 ? kindred[0] : kinNear && kinMost && (count.get(kinMost) ?? 0) >= 3 * (count.get(kinNear) ?? 0) ? kinMost : kinNear;
    const id = mostNamed(named) ?? kin ?? mostNamed(business) ?? mostNamed(businesses) ?? mostNamed(near) ?? mostNamed(viaPeople) ?? mostNamed(further) ?? mostNamed([...count.keys()]);
    const thing = organizations.find((t) => t.id === id);
    if (thing) out.set(s.index, { name: thing.name, noun });
  }
  return out;
}

/** The one organization of the article a person's roles name ("chair of the Hypertension Patients Alliance"), or undefined. */
export function bodyOfPerson(facts: ArticleFacts, person: Person): NamedThing | undefined {
  const roles = person.roles.join(" | ");
  if (!roles) return undefined;
  // (A plain look first: most names are not in the roles at all, and a pattern costs more.)
  const bodies = facts.things.filter((t) => t.kind === "organization" && [t.name, ...t.aliases].some((n) => n.length > 1 && roles.includes(n) && new RegExp(`\\b${escapeRegExp(n)}\\b`).test(roles)));
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** By sentence, the organizations of the people it names or quotes (see `bodyOfPerson`). */
function bodiesOfPeopleBySentence(facts: ArticleFacts, organizations: NamedThing[]): Map<number, string[]> {
  const bodyOf = new Map<string, string>();
  for (const p of facts.people) {
    const body = bodyOfPerson(facts, p);
    if (body && organizations.includes(body)) bodyOf.set(p.id, body.id);
  }
  const out = new Map<number, string[]>();
  const add = (sentence: number, person: string | undefined) => {
    const body = person ? bodyOf.get(person) : undefined;
    if (body) out.set(sentence, [...(out.get(sentence) ?? []), body]);
  };
  for (const m of facts.mentions) if (m.kind === "person") add(m.sentence, m.entity);
  for (const q of facts.quotes) for (let i = q.sentence; i <= (q.lastSentence ?? q.sentence); i++) add(i, q.personId);
  return out;
}

/** The last word of a company's name: "Cordillera Copper Corp", "Halden Holdings". */
const COMPANY_NAME = /\b(?:Corp|Corporation|Inc|Ltd|Limited|plc|PLC|Group|Holdings|Co|SA|AG|NV|GmbH|LLC)\.?$/;

/** Nouns for a business, and the last words of names of public bodies, which "the company" does not mean. */
const COMMERCIAL_NOUNS = /^(company|companies|firm|firms|business|maker|carrier|operator|manufacturer|developer|retailer|lender|insurer)$/;
const PUBLIC_BODY = /^(organisation|organization|agency|authority|ministry|department|commission|service|office|council|court|tribunal|parliament|centre|center|government|administration|directorate|bureau|institute|university)$/;
/** Last words of the names of bodies that are no business either: "United Auto Workers", "the Farmers' Union". */
const NOT_A_BUSINESS = /^(?:union|unions|workers|association|federation|confederation|party|alliance|coalition|league|foundation|society|church|campaign|movement|network|forum|committee|organisation|organization|fund|trust|charity|club|team)$/;

/** Whether a name has the noun, singular or plural: "the airline" is Maritime Connect Airlines. */
function hasNounWord(name: string, noun: string): boolean {
  const ws = words(name);
  return ws.includes(noun) || ws.includes(`${noun}s`);
}

/** The organizations whose name ends in a word for the same kind of body as the noun ("union": an "Association"). */
function sameKind(organizations: { id: string; name: string }[], noun: string): string[] {
  const kind = orgKindOf(noun);
  if (!kind) return [];
  return organizations.filter((t) => kind.includes(headWordOf(t.name))).map((t) => t.id);
}

/** The word that says what an organization is: its last, or the last before "of"/"for" ("Authority for the Financial Markets"). */
export function headWordOf(name: string): string {
  return words(name.split(/\s+(?:of|for|on)\s+/i)[0]).pop() ?? "";
}

/**
 * What "the fire", "the blaze" or "the deal" means: a name followed by that noun, or a word listed
 * for it, elsewhere in the article ("the Harlow Ridge fire", "the Brightwater deal").
 */
export function referredEvents(facts: ArticleFacts): Map<number, string> {
  const byNoun = new Map<string, string>();
  const held = heldBackName(facts);
  if (held) for (const n of [...held.nouns, ...expand(held.noun)]) byNoun.set(n, held.name);
  for (const m of facts.mentions) {
    if (m.kind !== "place" && m.kind !== "organization") continue;
    const after = facts.sentences[m.sentence].text.slice(m.end);
    const noun = /^\s([a-z]{3,})\b/.exec(after)?.[1];
    if (noun && !isStopWord(noun)) {
      const phrase = `${m.text} ${noun}`;
      for (const n of [noun, ...expand(noun)]) if (!byNoun.has(n)) byNoun.set(n, phrase);
      // "Koval River water treaty talks collapse in Vienna": "the talks" are the Koval River's too.
      const compound = /^((?:\s[a-z]{3,}){2,4})(?=\s+(?:in|at|on|as|after|over|with|for|to)\b|[,.:;]|$)/.exec(after)?.[1].trim().split(/\s+/) ?? [];
      if (compound.every((w) => !isStopWord(w))) for (const w of compound.slice(1)) if (!byNoun.has(w)) byNoun.set(w, m.text);
    }
    // "Riverbend Commons, a 412-home development on ...": "the development", "the project".
    const described = /^,\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,3}?([a-z]{4,})(?=\s+(?:on|in|at|of|for|near|that|which|with|by|along)\b|,|\.)/.exec(after)?.[1];
    if (described && !isStopWord(described)) for (const n of [described, ...expand(described)]) if (!byNoun.has(n)) byNoun.set(n, m.text);
  }
  // "the river", "the strait": the one place of the article whose name ends in that word ("the Koval River").
  const byLastWord = new Map<string, Set<string>>();
  for (const t of facts.things) {
    const last = t.kind === "place" && t.name.includes(" ") ? words(t.name).pop() : undefined;
    if (last && PLACE_WORDS.has(last)) byLastWord.set(last, (byLastWord.get(last) ?? new Set()).add(t.name));
  }
  for (const [noun, names] of byLastWord) if (names.size === 1) byNoun.set(noun, [...names][0]);
  // "the convention": the one named document of that kind ("the 2001 UNESCO Convention on the Protection of ...").
  const documents = new Map<string, Set<string>>();
  for (const s of facts.sentences) {
    for (const m of s.text.matchAll(NAMED_DOCUMENT)) {
      const noun = m[1].toLowerCase();
      if (m[0].trim() !== m[1]) documents.set(noun, (documents.get(noun) ?? new Set()).add(m[0].trim()));
    }
  }
  for (const [noun, names] of documents) if (names.size === 1 && !byNoun.has(noun)) byNoun.set(noun, [...names][0]);
  const out = new Map<number, string>();
  if (byNoun.size === 0) return out;
  for (const s of facts.sentences) {
    const noun = [...s.text.matchAll(/\b[Tt]he\s+([a-z]+)\b/g)].map((m) => m[1]).find((n) => byNoun.has(n));
    const phrase = noun ? byNoun.get(noun)! : undefined;
    if (phrase && !s.text.includes(phrase)) out.set(s.index, phrase);
  }
  return out;
}

/** A named law, treaty or plan: capitalised words before the kind of document, and what it is "on" or "of" ("Convention on the Protection of the Underwater Cultural Heritage"). */
const NAMED_DOCUMENT = /(?:\b\d{4}\s+)?(?:\b[A-Z][\w’'-]*\s+){0,5}\b(Convention|Treaty|Act|Agreement|Accord|Protocol|Charter|Declaration|Directive|Regulation|Levy|Pact|Plan|Strategy|Programme|Program|Scheme)\b(?:\s+(?:on|of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*(?:of\s+the\s+|of\s+|and\s+)?)+)?(?:\s+\d{4})?/g;

/** A plural noun opening a sentence (after a dateline, "The" or a number): "The kidnappers, who ...", "DOHA, March 14 - Five engineers of ...". */
const THEY_ANTECEDENT = /^(?:[A-Z][A-Z .'’-]+,[^-–—]{0,40}[-–—]\s+)?(?:The|These|Those|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d[\d,]*)\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\b(?=,|\s+(?:who|which|that|had|have|were|are|of|from|said|say|will|would|could|may|might|did|do)\b)/;

/**
 * What a sentence opening with "They" means: the plural noun the sentence before opens with. "The
 * kidnappers, who call themselves ..., had demanded $5 million. They had set a deadline of February
 * 28": the deadline is the kidnappers'.
 */
export function referredThey(facts: ArticleFacts): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of facts.sentences) {
    if (s.index === 0 || !/^They\s/.test(s.text)) continue;
    const before = facts.sentences[s.index - 1];
    const subject = before.paragraph === s.paragraph || before.paragraph === s.paragraph - 1 ? THEY_ANTECEDENT.exec(before.text)?.[1] : undefined;
    if (subject) out.set(s.index, subject);
  }
  return out;
}

/**
 * Things a lede describes and the next paragraph names (vessels, aircraft, works and sites; not "a
 * larger offer"), with the general words a question may use for them ("the ship" for a tanker).
 */
const VESSEL = ["ship", "vessel"];
const AIRCRAFT = ["aircraft", "plane"];
const HELD_BACK_NOUNS = new Map<string, string[]>([
  ...["ship", "vessel", "tanker", "freighter", "carrier", "ferry", "boat", "yacht", "trawler", "barge", "liner", "submarine"].map((n) => [n, VESSEL] as [string, string[]]),
  ...["plane", "aircraft", "jet", "airliner", "helicopter"].map((n) => [n, AIRCRAFT] as [string, string[]]),
  ..."train satellite rocket spacecraft dam mine plant refinery reactor tower bridge building stadium reservoir pipeline platform rig hotel mall factory smelter terminal".split(" ").map((n) => [n, []] as [string, string[]]),
]);

/**
 * The name a wire story's lede holds back for its next paragraph, and the word the lede used
 * instead: "pumping fuel from a 366-metre container ship that ran aground ...", then "The
 * Liberian-flagged Kestrel Bay, operated by ...": the ship is the Kestrel Bay.
 */
export function heldBackName(facts: ArticleFacts): { name: string; noun: string; nouns: string[]; sentence: number } | undefined {
  const lede = facts.sentences.find((s) => s.paragraph <= 1 && /\s-\s|\s[-—–]\s|^[A-Z]{3,}/.test(s.text)) ?? facts.sentences.find((s) => s.paragraph === 1);
  if (!lede) return undefined;
  // (Or before a participle: "A charity rescue ship carrying 212 migrants ...".)
  const noun = /\b[Aa]n?\s+(?:[\w$.,-]+\s+){0,3}?([a-z]{3,})(?=\s+(?:that|which|who|in|on|at|of|for|with|from|to|near|off|[a-z]{3,}ing|[a-z]{3,}ed)\b|,|\.)/.exec(lede.text)?.[1];
  const next = facts.sentences.find((s) => s.paragraph === lede.paragraph + 1);
  if (!noun || !HELD_BACK_NOUNS.has(noun) || !next) return undefined;
  // (A vessel's name may read as a person's: "The Maltese-flagged Nordic Wren".)
  const opener = facts.mentions.find((m) => m.sentence === next.index && (m.kind === "place" || m.kind === "organization" || m.kind === "person") && /^(?:The\s+)?(?:[A-Za-z]+-[a-z]+\s+)?$/.test(next.text.slice(0, m.start)));
  const name = opener?.entity ? [...facts.things, ...facts.people].find((t) => t.id === opener.entity)?.name : undefined;
  return name && !lede.text.includes(name) ? { name, noun, nouns: [...new Set([noun, ...HELD_BACK_NOUNS.get(noun)!])], sentence: lede.index } : undefined;
}

/**
 * "The researchers at the University of Turin followed 16,600 adults. The study was led by Dr. Olga
 * Calloway.": a sentence opening with "The study" (or "The researchers", "The trial") and naming no
 * organization means the one the sentence before it, in the same paragraph, names.
 */
export function referredByResearch(facts: ArticleFacts): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const orgsIn = (i: number) => facts.mentions.filter((m) => m.sentence === i && m.kind === "organization").map((m) => m.text);
  for (const s of facts.sentences) {
    const prev = facts.sentences[s.index - 1];
    if (!prev || prev.paragraph !== s.paragraph || !RESEARCH_OPENING.test(s.text) || orgsIn(s.index).length) continue;
    const named = [...new Set(orgsIn(prev.index))];
    if (named.length === 1) out.set(s.index, named);
  }
  return out;
}
const RESEARCH_OPENING = /^(?:The|Their|Its) (?:study|research|survey|trial|researchers|team|scientists|authors)\b/;
