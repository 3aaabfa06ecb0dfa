import type { KnowledgeBase } from "../knowledge/base.ts";
import { agentVerbForms } from "../lexicon/agentNouns.ts";
import { headIsKindOf, roleHead } from "../lexicon/roleKinds.ts";
import { asksWhetherDone, type Question } from "./question.ts";
import { tagWords } from "../knowledge/nlp.ts";
import { COURT_WORDS, NUMBER_WORDS, orgKindOf, ORG_NOUNS, ROLE_WORDS } from "../lexicon/words.ts";
import { escapeRegExp, isStopWord, stemOf, words } from "./text.ts";
import { speakerIndex } from "./speakers.ts";
import { countryOf, peoplesPlace } from "../lexicon/places.ts";
import { expand, titlesFor } from "../lexicon/synonyms.ts";
import { nameIndex } from "../knowledge/nameIndex.ts";
import { isVerb } from "../lexicon/wordnet.ts";
import { namesContest, qualifiedBy, roleQualifiers, roleSpan } from "./extract/roleHolder.ts";
import { TARGET_ASKED } from "./extract/objectOf.ts";
import { homeCountry } from "./extract/shared.ts";
import { organizationByRole } from "./extract/roleOrganization.ts";

/** Nouns a question may use without the articles using them: they name the kind of answer. */
const ANSWER_NOUNS = new Set(
  `town city country place state region province venue location site capital nation area day date time year month week hour night morning evening
share percentage percent proportion fraction number numbers amount figure figures count total maximum minimum organization organisation body agency group title job role position post
rank person people official officials man men woman women thing things issue issues topic topics subject reason reasons way kind type sort
name names side sides part parts detail details point points question answer fact facts information anything something event events situation
group groups condition conditions measure measures plan plans step steps money cash sum nationality nationalities language languages
religion ally allies partner partners counterpart counterparts neighbour neighbours neighbor neighbors power powers
guy guys folks field fields expertise specialty speciality weekday weekdays chance chances odds likelihood prospect prospects change changes weather word words phrase phrases term terms expression expressions
size sizes scale extent length height depth width weight problem problems status matter matters incident incidents
deadline deadlines timeline timelines timeframe timeframes alternative alternatives objection objections worry worries criticism criticisms
suggestion suggestions idea ideas option options explanation explanations background period periods duration stretch spell`.split(/\s+/),
);

/** Numbers in words the articles may write in digits: "over the last twenty years". */
const LARGER_NUMBER_WORD = /^(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)s?$/;

/** Set phrases whose noun names nothing: "out of action", "in place", "on hold", "at stake". */
const FIXED_PHRASES = /\b(?:out of (?:action|commission|order|service|pocket)|in (?:place|effect|force|action|charge|practice|principle|earnest|full swing)|into (?:effect|force)|take effect|on (?:hold|track|course|board|the table)|on an? (?:interim|temporary|permanent|acting|voluntary|daily|weekly|regular|trial|case-by-case|part-time|full-time) basis|at (?:stake|odds|risk|large|hand)|up and running)\b/g;

/** Whether a noun only names the kind of answer ("which city", "what word"), so the articles need not use it. */
export function isAnswerNoun(word: string): boolean {
  return ANSWER_NOUNS.has(word);
}

/**
 * Reasons to decline before looking for an answer: the question names someone or something the
 * articles never mention ("Boris Johnson", "the World Cup", "China's navy"), or describes a person
 * nobody in the articles fits ("the Japanese foreign minister"). Returns undefined when none applies.
 */
export function declineReason(kb: KnowledgeBase, q: Question): string | undefined {
  if (q.unknownNames.length) return `the articles do not mention ${q.unknownNames.join(", ")}`;
  if (q.unknownWords.length) {
    const tokens = tagWords(q.text);
    const posOf = (w: string) => tokens.find((t) => t.normal === w || t.text.toLowerCase() === w)?.pos;
    const mainVerb = yesNoVerb(q, posOf);
    // "... would need Jakarta's help if the crisis lasted a month": a condition's words say it in the asker's terms.
    const ifAt = q.words.findIndex((x, i) => i > 2 && /^(if|unless)$/.test(x));
    const inFixedPhrase = new Set((q.words.join(" ").match(FIXED_PHRASES) ?? []).flatMap((p) => p.split(" ")));
    const unknownThings = q.unknownWords.filter((w) => {
      // The kind of thing asked for ("which method") need not be in the articles, unless it is a kind
      // of organization or of person ("which automaker"): then nothing there can be shown to be one.
      // ("Which airlines ...?" where the articles say "carriers": another word of the kind will do.)
      if (ANSWER_NOUNS.has(w) || (w === q.head && (!ORG_NOUNS.has(w) || kindWordUsed(kb, w)) && !ROLE_WORDS.has(w))) return false;
      // "the acting head of the agency" when the articles say "acting administrator": a role by another of its titles.
      if (ROLE_WORDS.has(w) && titlesFor(w).some((x) => x !== w && kb.termFrequency.has(stemOf(x)))) return false;
      // "How many workers do the member companies have?": the articles may count them as people ("employing around 48,000 people").
      if (q.kind === "quantity" && WORKFORCE.test(w) && q.words.includes("many")) return false;
      // "Who is NVF's parent company?": the articles say whose "subsidiary" it is.
      if (/^parents?$/.test(w) && ["subsidiary", "owned"].some((x) => kb.vocabularySet.has(x))) return false;
      // "Who is prosecuting the case?": in a story from a court, the case is the story's own.
      if (/^cases?$/.test(w) && COURT_WORDS.some((x) => kb.termFrequency.has(stemOf(x)))) return false;
      // "the two sides": a small number in words says how many, not what about.
      if (NUMBER_WORDS.has(w) || LARGER_NUMBER_WORD.test(w)) return false;
      // "out of action", "in place": a noun of a set phrase names nothing.
      if (inFixedPhrase.has(w)) return false;
      if (ifAt > 0 && q.words.indexOf(w) > ifAt) return false;
      // "... in the 24 hours before the announcement": an event named only to place the time asked.
      if (/(?:ment|tion|sion)$/.test(w) && /^(?:before|after|since|until)$/.test(q.words[q.words.indexOf(w) - 2] ?? "") && q.words[q.words.indexOf(w) - 1] === "the") return false;
      // "Who are the targets of the curbs?" asks what the curbs are against.
      if (/^(targets?|victims?)$/.test(w) && TARGET_ASKED.test(q.words.join(" "))) return false;
      // "What government posts does Liu hold?": the words before a role question's head say which roles.
      if (q.kind === "role" && q.head && q.words.indexOf(w) === q.words.indexOf(q.head) - 1) return false;
      // "the baker who lives next to the museum": a verb of a relative clause describes, it names nothing.
      if (/^(?:who|that|which)$/.test(q.words[q.words.indexOf(w) - 1] ?? "") && q.words.indexOf(w) > 1 && isVerb(w)) return false;
      const pos = posOf(w);
      // A yes/no question asks whether the predicate holds: "Did the regulator fine the airline?"
      // cannot be answered by articles that never use the verb.
      if (w === mainVerb) return true;
      // "Which firm does Mercer work for?": a word that can be a verb, after the subject, is the predicate.
      // Not a noun after a preposition: "say about tariffs" asks about tariffs.
      const before = q.words[q.words.indexOf(w) - 1] ?? "";
      // ("Did the nurses' union say ...?": a possessive is a noun, whatever else the word can be.)
      const possessive = new RegExp(`\\b${escapeRegExp(w)}(?:['’]s?)(?=\\s)`, "i").test(q.text);
      const objectNoun = (pos === "NOUN" && !/ing$/.test(w) && /^(about|on|over|of|with|against|into)$/.test(before)) || possessive;
      if (pos !== "PROPN" && isVerb(w) && !objectNoun && /\b(does|do|did|will|would|can|could)\b/.test(q.words.slice(0, q.words.indexOf(w)).join(" "))) return false;
      // "How much is Estmark spending on ...?": a verb in "-ing" after "is" is the predicate too.
      // (Not "were caught cheating": another verb before it is the predicate.)
      const progressive = /^(is|are|was|were)$/;
      const auxAt = q.words.findIndex((x) => progressive.test(x));
      const between = auxAt >= 0 ? q.words.slice(auxAt + 1, q.words.indexOf(w)) : [];
      if (pos !== "PROPN" && /ing$/.test(w) && isVerb(w) && !objectNoun && auxAt >= 0 && auxAt < q.words.indexOf(w) && between.every((x) => posOf(x) !== "VERB" && !/ed$/.test(x))) return false;
      return pos === "NOUN" || pos === "PROPN" || pos === "NUM" || pos === undefined;
    });
    // Said as the user wrote it ("Africa", not "africa").
    const asWritten = (w: string) => new RegExp(`\\b${escapeRegExp(w)}\\b`, "i").exec(q.text)?.[0] ?? w;
    if (unknownThings.length) return `the articles never mention ${unknownThings.map(asWritten).join(", ")}`;
  }
  // "Who is the governor of Alaska?", "Who is Rivergate's chief executive?": nobody in the articles holds that role.
  // "What did the governor say?" likewise, unless an unnamed speaker is called so ("the governor said").
  // Not "who said cheaper credit means little to a shopkeeper": the role word is in what was said.
  if (((q.kind === "who" && q.head !== "speaker") || q.kind === "quote") && q.people.length === 0) {
    const ix = nameIndex(kb);
    // A role word used as a noun ("the governor"), not "take steps forward".
    const asked = roleSpan(q).filter((w, i) => ROLE_WORDS.has(w) && !namesContest(q, i) && q.pos.get(w) !== "ADV" && q.pos.get(w) !== "VERB" && !/^(officials?|members?|people|workers?|employees?|mr\.?|mrs\.?|ms\.?|dr\.?)$/.test(w));
    const speaks = (w: string) => q.kind === "quote" && (speakerIndex(kb).get(stemOf(w)) ?? []).some((e) => !e.quote.personId);
    // "the mediator" of talks "mediated by Lars Brekke": an agent noun whose verb the articles use.
    const actedOut = (w: string) => agentVerbForms(w).some((f) => kb.vocabularySet.has(f));
    // "Which doctor ...?": an obstetrician is one.
    const narrower = (w: string) => [...roleHeads(kb)].some((h) => headIsKindOf(h, [w]));
    const held = (w: string) => titlesFor(w).some((x) => (ix.roleWords.get(stemOf(x)) ?? []).length > 0) || speaks(w) || actedOut(w) || narrower(w);
    // "The company's auditor, Kessler Marsh Accountants": an organization may hold it.
    if (asked.length && !asked.some(held) && (q.kind !== "who" || !organizationByRole(kb, q, asked))) return `no one in the articles is described as ${asked.join(" ")}`;
    // "chief financial officer" when the articles have only a chief executive officer.
    // The words of an organization's name that goes by its initials say where, not which role: "the
    // coast guard spokesman" is the "PCG spokesman".
    const named = roleQualifiers(q).filter((w) => !ix.things.has(w) && !ix.things.has(w.replace(/s$/, "")) && peoplesPlace(w, (name) => (ix.things.get(name) ?? []).some((r) => r.kind === "place")) === undefined);
    const qualifiers = namesInitialledBody(kb, [...named].reverse()) ? [] : named;
    const last = asked[asked.length - 1];
    if (qualifiers.length && last && held(last) && !titlesFor(last).some((x) => (ix.roleWords.get(stemOf(x)) ?? []).some((r) => kb.articles[r.article].people.find((p) => p.id === r.id)?.roles.some((role) => qualifiedBy(role, qualifiers))))) {
      return `no one in the articles is described as ${[...qualifiers].reverse().join(" ")} ${last}`;
    }
  }
  const described = describedPerson(q);
  const holders = described ? [described.role, ...expand(described.role)].flatMap((w) => nameIndex(kb).roleWords.get(stemOf(w)) ?? []) : [];
  const fitsSome = (d: Description) => holders.some((r) => {
    const f = kb.articles[r.article];
    const p = f.people.find((x) => x.id === r.id)!;
    return fits(p.roles, p.side, f.sides, d, homeCountry(f, p.roles));
  });
  // "the Spanish and Brazilian ministers": one of each, not one of both.
  const fitting = described !== undefined && (described.countries.length > 1 ? described.countries.every((c) => fitsSome({ ...described, countries: [c] })) : fitsSome(described));
  if (described && !fitting) {
    return `no one in the articles is the ${[...described.countries, ...described.posted].join("/")} ${described.role}`;
  }
  return undefined;
}

/** The verb a yes/no question asks about: "Did Transport Canada fine the airline?" -> "fine". */
function yesNoVerb(q: Question, posOf: (w: string) => string | undefined): string | undefined {
  if (!asksWhetherDone(q)) return undefined;
  return q.words.find((w, i) => i > 0 && isVerb(w) && !["PROPN", "NOUN", "DET", "PRON", "ADV", "AUX"].includes(posOf(w) ?? ""));
}

interface Description {
  /** Whose: the person's side, or a country named in their role before "to". */
  countries: string[];
  /** Where they are posted: a country named in their role after "to". */
  posted: string[];
  role: string;
}

/** "the Japanese foreign minister" -> { countries: [Japan], role: minister }. */
function describedPerson(q: Question): Description | undefined {
  // Not a role word that describes the noun after it: "Ghana's general elections", "a major party".
  const describesNoun = (i: number) => { const next = q.words[i + 1] ?? ""; return q.pos.get(q.words[i]) === "ADJ" && q.pos.get(next) === "NOUN" && !ROLE_WORDS.has(next) && !isStopWord(next); };
  const at = q.words.findIndex((w, i) => ROLE_WORDS.has(w) && !/^(officials?|members?|experts?|analysts?|mr|mrs|ms|dr)$/.test(w) && !describesNoun(i));
  if (at < 0) return undefined;
  // Countries right before the role ("the Japanese foreign minister", "China's ambassador") or after
  // "to"/"of" ("ambassador to Japan"); "an envoy in Washington" says where, not whose.
  const countriesIn = (ws: string[]) => [...new Set([...ws, ...ws.slice(0, -1).map((w, i) => `${w} ${ws[i + 1]}`)].map((w) => countryOf(w)?.name).filter((x): x is string => Boolean(x)))];
  // "the US ambassador to China": the United States is whose ambassador, China where they serve.
  const whose = countriesIn(q.words.slice(Math.max(0, at - 3), at));
  const posted = q.words[at + 1] === "to" ? countriesIn(q.words.slice(at + 2, at + 5)) : [];
  // ("the skipper of the vietnamese boat": a country word before a thing says whose the thing is.)
  const after = q.words.slice(at + 2, at + 5);
  const beforeThing = after.findIndex((w, i) => countryOf(w) !== undefined && q.pos.get(after[i + 1] ?? "") === "NOUN" && !ROLE_WORDS.has(after[i + 1]));
  const ofCountry = /^(of|for)$/.test(q.words[at + 1] ?? "") && beforeThing < 0 ? countriesIn(after) : [];
  const countries = [...whose, ...ofCountry];
  return countries.length || posted.length ? { countries, posted, role: q.words[at] } : undefined;
}

/** A person fits when they hold the role and each country is their side, named in their roles, or (with no country for a side) the story's home. */
function fits(roles: string[], side: string | undefined, sides: { id: string; name: string }[], d: Description, home?: string): boolean {
  const sideName = sides.find((s) => s.id === side)?.name;
  const roleStems = [d.role, ...expand(d.role)].map(stemOf);
  const before = new Set(roles.flatMap((r) => words(r.split(/\bto\b/)[0]).map((w) => countryOf(w)?.name)).filter(Boolean));
  const after = new Set(roles.flatMap((r) => words(r.split(/\bto\b/).slice(1).join(" ")).map((w) => countryOf(w)?.name)).filter(Boolean));
  return (
    roles.some((r) => words(r).map(stemOf).some((t) => roleStems.includes(t))) &&
    // Someone in a story filed from a country ("NAMPULA, Mozambique") is of that country, unless another country is their side.
    d.countries.every((c) => sideName === c || before.has(c) || ((!sideName || !countryOf(sideName)) && home === c)) &&
    d.posted.every((c) => after.has(c))
  );
}

/** Whether the articles use a word of the same kind of organization as `noun` ("carriers" for "airlines"). */
function kindWordUsed(kb: KnowledgeBase, noun: string): boolean {
  const kind = orgKindOf(noun) ?? orgKindOf(noun.replace(/s$/, ""));
  return kind !== undefined && kind.some((w) => kb.termFrequency.has(stemOf(w)));
}

/** Whether words, in order, are part of the name of an organization the articles also call by its initials. */
function namesInitialledBody(kb: KnowledgeBase, ws: string[]): boolean {
  if (ws.length === 0) return false;
  const phrase = ` ${ws.join(" ")} `;
  return initialledBodies(kb).some((name) => name.includes(phrase));
}

const initialledCache = new WeakMap<KnowledgeBase, string[]>();

/** The names (lower-case words, spaced at both ends) of the organizations the articles also call by their initials, once per knowledge base. */
function initialledBodies(kb: KnowledgeBase): string[] {
  let names = initialledCache.get(kb);
  if (!names) {
    names = kb.articles.flatMap((f) => f.things.filter((t) => t.kind === "organization" && t.aliases.some((a) => /^[A-Z]{2,6}$/.test(a))).map((t) => ` ${words(t.name).join(" ")} `));
    initialledCache.set(kb, names);
  }
  return names;
}

/** The head words of every role in the articles, worked out once per knowledge base: a decline asks of each. */
function roleHeads(kb: KnowledgeBase): Set<string> {
  let heads = roleHeadsByKb.get(kb);
  if (!heads) {
    heads = new Set(kb.articles.flatMap((a) => a.people.flatMap((p) => p.roles.map(roleHead).filter((h): h is string => h !== undefined))));
    roleHeadsByKb.set(kb, heads);
  }
  return heads;
}
const roleHeadsByKb = new WeakMap<KnowledgeBase, Set<string>>();

/** Words for the people a business employs. */
const WORKFORCE = /^(workers|employees|staff|staffers|workforce)$/;
