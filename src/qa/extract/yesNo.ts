import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import type { ArticleFacts, Person } from "../../knowledge/types.ts";
import { organizationNouns } from "../../knowledge/coreference.ts";
import { countryOf } from "../../lexicon/places.ts";
import { isVerb } from "../../lexicon/wordnet.ts";
import { expand } from "../../lexicon/synonyms.ts";
import { NEGATIONS } from "../../lexicon/words.ts";
import { clauseAnswer, splitClauses, tidy } from "../clauses.ts";
import { asksWhetherDone, type Question } from "../question.ts";
import { mentionedInQuestion } from "../retrieve.ts";
import type { Candidate } from "../retrieve.ts";
import { compoundAt, escapeRegExp, stemOf, termSet, words } from "../text.ts";
import type { Extracted } from "./shared.ts";
import { listText, personById } from "./shared.ts";

/** Yes/no questions and "which side" questions. */

/** Verbs of refusing what follows: "rejected calls to step down", "refused to resign", "ruled out resigning". */
const REFUSALS = /^(?:rejected|rejects|refused|refuses|resisted|resists|ruled|rules)$/i;

/** "No. The meetings will not conclude with a joint statement". */
export function yesNo(c: Candidate, q: Question): Extracted | undefined {
  const identity = identityYesNo(c.facts, q);
  if (identity) return identity;
  // "Are the talks being held in Beijing?": the sentence about the talks names another place.
  const askedPlaces = q.words.filter((w) => c.facts.mentions.some((m) => m.kind === "place" && words(m.text).includes(w)));
  const here = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "place" && !mentionedInQuestion(m, q));
  // Not a place in a clause that says when: "did she comment when she arrived in Anchorage?".
  const placeAsked = /\b(in|at)\s+\w+\??$/.test(q.words.join(" ")) && !/\b(?:when|while|after|before|as|since|until|once)\b/.test(q.words.join(" "));
  if (askedPlaces.length && placeAsked && here.length && !askedPlaces.some((w) => words(c.sentence.text).includes(w))) {
    return { answer: `No: ${listText(here.slice(0, 2).map((m) => m.text))}` };
  }
  // "Did she also lead it in 2021?": a year or number the sentence does not have cannot be confirmed.
  const sentenceWords = new Set(words(c.sentence.text));
  if (q.words.some((w) => /^\d[\d,.]*$/.test(w) && !sentenceWords.has(w))) return undefined;
  const clause = clauseAnswer(c.sentence.text, q, 22);
  if (!clause) return undefined;
  // "Is China willing to back down?" with "China has no room to back down": a negation just before the question's verb.
  const verbs = questionVerbs(q);
  // "Has any passenger filed a lawsuit?": a sentence without the verb (or a word for it) confirms nothing.
  // ("step down" says "resign": a verb with its particle counts as the verb it means.)
  const sentenceStems = termSet(c.sentence.text);
  // A word for the verb counts only as a word, not inside a name or title ("State Councilor" says nothing of stating).
  const plainStems = new Set([...c.sentence.text.matchAll(/(?<![\w’'-])[a-z][\w’'-]*/g)].flatMap((m) => words(m[0])).map(stemOf));
  // ("Does the distributor admit negligence?" is answered by "denied any negligence": the opposite verb says it too.)
  const said = (v: string) => sentenceStems.has(v) || (q.related.get(v) ?? []).some((r) => plainStems.has(r)) || expandStems(v, q).some((r) => plainStems.has(r)) || (OPPOSITES.get(v) ?? []).some((o) => plainStems.has(o));
  const predicates = predicatesOf(q, verbs);
  if (asksWhetherDone(q) && predicates.length && !predicates.some(said)) return undefined;
  // "Has the Justice Department opened an investigation?" with "have asked the Justice Department to
  // open a criminal investigation": asked for, not done.
  if (asksWhetherDone(q) && notDoneIn(c.sentence.text, q, predicates)) return undefined;
  // "Has Singapore's government said anything about the spill?": only a sentence with a verb of saying says so.
  if (asksWhetherDone(q) && q.people.length === 0 && SAID_ASKED.test(q.words.join(" ")) && !SAID_IN.test(c.sentence.text)) return undefined;
  // "Has Sarr commented on the deal?": only a sentence that has that person speaking says so.
  if (asksWhetherDone(q) && q.people.length && predicates.some((v) => SPEAKING.test(v)) && !speaks(c, q)) return undefined;
  // ("He rejected calls to step down": a refusal just before the verb says no too.)
  const tokens = [...c.sentence.text.matchAll(/[A-Za-z’']+/g)];
  const lower = tokens.map((m) => m[0].toLowerCase());
  const negatedVerb = verbs.some((v) => tokens.some((_, i, all) => (stemOf(lower[i]) === v || compoundAt(lower, i) === v) && all.slice(Math.max(0, i - 4), i).some((x) => NEGATIONS.has(x[0].toLowerCase()) || /n['’]t$/i.test(x[0]) || REFUSALS.test(x[0]))));
  // "Is Harwood supporting new restrictions?" with "he still opposed sweeping new restrictions": the opposite verb says no.
  const opposite = verbs.some((v) => !sentenceStems.has(v) && (OPPOSITES.get(v) ?? []).some((o) => sentenceStems.has(o)));
  const negative = (words(clause).some((w) => NEGATIONS.has(w)) || /n['’]t\b/.test(clause) || negatedVerb) !== opposite;
  const qNegative = q.words.some((w) => NEGATIONS.has(w));
  // Shown: the clause that holds the question's verb, when the negation was found there, or the opposite verb ("denied any negligence").
  const shownVerbs = opposite ? verbs.flatMap((v) => OPPOSITES.get(v) ?? []) : verbs;
  const verbClause = negatedVerb || opposite ? splitClauses(c.sentence.text).find((x) => words(x.text).some((w) => shownVerbs.includes(stemOf(w)))) : undefined;
  // "Is the union for or against the cuts?" is answered "Against", not "No"; with no word for either
  // ("called the ruling a bad day"), by what the sentence says alone.
  if (q.forOrAgainst && !opposite && !verbs.some(said)) return { answer: clause };
  const sides = q.forOrAgainst ? ["For", "Against"] : ["Yes", "No"];
  return { answer: `${negative !== qNegative ? sides[1] : sides[0]}: ${verbClause ? aroundVerb(tidy(verbClause.text), shownVerbs) : clause}` };
}
/** Verbs (stems) and the verbs that say the opposite: to oppose is not to support. */
const OPPOSITES = new Map<string, string[]>(
  [
    ["support", ["oppose", "reject", "against", "criticise", "criticize", "condemn", "denounce", "accuse", "object"]],
    ["back", ["oppose", "reject"]],
    ["favor", ["oppose", "reject", "against"]],
    ["endorse", ["oppose", "reject"]],
    ["oppose", ["support", "back", "endorse", "favor"]],
    ["accept", ["reject", "refuse", "decline"]],
    ["approve", ["reject", "block", "veto"]],
    ["admit", ["deny", "dispute", "reject"]],
    ["acknowledge", ["deny", "dispute", "reject"]],
    ["deny", ["admit", "acknowledge", "concede", "confirm"]],
  ].map(([v, os]) => [stemOf(v as string), (os as string[]).map(stemOf)]),
);

/** The verbs of a yes/no question, as stems, without the auxiliaries and verbs of saying. */
function questionVerbs(q: Question): string[] {
  // The tagger may miss a verb after "to" ("willing to back down"): WordNet says whether it can be one.
  // Not a noun after its determiner: "the bill in the April 23 vote" has no verb "bill in".
  const afterDeterminer = (i: number) => /^(the|a|an|its|their|his|her|this|that|these|those)$/.test(q.words[i - 1] ?? "");
  return q.words.filter((w, i) => (q.pos.get(w) === "VERB" || ((q.words[i - 1] === "to" || /^(down|up|out|off|away|in)$/.test(q.words[i + 1] ?? "")) && isVerb(w) && !afterDeterminer(i))) && !/^(say|says|said|is|are|was|were|be|been|do|does|did|have|has|had|will|would|can|could)$/.test(w)).map(stemOf);
}

/** The verbs the question asks about: not a word of a name ("Maritime Connect"), nor "going to", nor a verb of a clause that only says when. */
function predicatesOf(q: Question, verbs = questionVerbs(q)): string[] {
  // "since Biden took office"; "arrested for starting the fire": what someone is arrested for is not the act asked about.
  const subordinate = q.words.findIndex((w, i) => /^(since|when|after|before|because|while|until|if)$/.test(w) || (w === "for" && /ing$/.test(q.words[i + 1] ?? "")));
  // ("did judge bexley approve it?": a title typed in lower case before a name is no verb.)
  const titles = (i: number) => q.people.some((p) => p.text.split(" ")[0] === q.words[i + 1]);
  return verbs.filter((v) => !/^go/.test(v) && !q.words.some((w, i) => stemOf(w) === v && ((subordinate >= 0 && i > subordinate) || titles(i) || (i > 0 && new RegExp(`(?<=\\s)${w.charAt(0).toUpperCase()}${w.slice(1)}\\b`).test(q.text)))));
}

/**
 * "Has the Justice Department opened an investigation?" with "have asked the Justice Department to open
 * a criminal investigation": asked for, not done. Asked whether it happened, also what is only weighed
 * or still to come: "did the growers protest?" with "growers were considering a protest".
 */
export function notDoneIn(text: string, q: Question, predicates = predicatesOf(q)): boolean {
  const stems = new Set(words(text).map(stemOf));
  // "Did they go ahead with the protest?": the event named after a light verb is what is asked about.
  const event = /\b(?:go ahead with|goes ahead with|went ahead with|hold|held|stage|staged|carry out|carried out)\s+(?:the|a|an|their|its|his|her)\s+([a-z]+)/.exec(q.words.join(" "));
  const verbsPresent = predicates.filter((v) => stems.has(v));
  const present = verbsPresent.length || !event ? verbsPresent : [stemOf(event[1])].filter((v) => stems.has(v));
  // Not when the question itself asks about what was to come: "did she say the county would review it?".
  const past = /^(did|has|have|had)$/.test(q.words[0] ?? "") && !q.words.some((w) => /^(would|will|to|could|might|may|should)$/.test(w));
  // The question's main verb decides: "did they hold the meeting" is about holding, not meeting.
  return present.length > 0 && onlyRequested(text, present[0], past);
}

/** Verbs that ask someone to do something: what follows "to" is wanted, not done. */
const REQUEST = /^(ask|asked|asking|asks|urge|urged|urging|urges|call|called|calling|calls|demand|demanded|demanding|demands|press|pressed|pressing|want|wanted|wants|push|pushed|pushing|petition|petitioned|plan|plans|planned|expect|expected|expects)$/;

/** Words that say something is only weighed or threatened: what they govern has not happened. */
const WEIGHED = /^(consider|considered|considering|considers|weigh|weighed|weighing|weighs|mull|mulled|mulling|threaten|threatened|threatening|threatens|propose|proposed|proposing|proposes|vow|vowed|vowing|vows|promise|promised|promising|promises|intend|intended|intends|seek|sought|seeking|seeks|hope|hoped|hoping|hopes|prepare|prepared|preparing|prepares)$/;

/**
 * Whether every use of a verb in the text is something asked for or planned: "asked X to open",
 * "plans to open". Asked about the past, also what is only weighed or still to come: "were considering
 * a protest", "threatened to strike", "would pass".
 */
function onlyRequested(text: string, verb: string, past = false): boolean {
  const ws = words(text);
  const at = ws.flatMap((w, i) => (stemOf(w) === verb ? [i] : []));
  const requested = (i: number) => ws[i - 1] === "to" && ws.slice(Math.max(0, i - 14), i - 1).some((w) => REQUEST.test(w) || (past && WEIGHED.test(w)));
  // "were considering a protest", "will seek interim approval": the act named after what weighs or asks for it.
  const weighed = (i: number) => ws.slice(Math.max(0, i - 3), i).some((w) => WEIGHED.test(w) || REQUEST.test(w));
  const toCome = (i: number) => ws.slice(Math.max(0, i - 2), i).some((w) => /^(would|will|could|might|may|should|shall)$/.test(w));
  return at.length > 0 && at.every((i) => requested(i) || (past && (weighed(i) || toCome(i))));
}

/** A yes/no question about something said, and a sentence that says someone spoke. */
const SAID_ASKED = /^(?:has|have|had|did)\b.*\b(?:said|say|commented|comment|spoken|spoke|responded|respond|reacted|react|remarked)\b/;
const SAID_IN = /\b(?:said|says|say|told|tell|commented|comments?|statement|spoke|spoken|responded|response|reacted|reaction|remarks?|warned|announced|added|called|urged|described|insisted|argued|according to)\b/i;

/** Stems of verbs of speaking. */
const SPEAKING = /^(comment|say|said|speak|spoke|talk|respond|react|remark|state|told|tell|announc|address|repli|claim)/;

/** Whether a person the question names is quoted or said to speak in the sentence. */
function speaks(c: Candidate, q: Question): boolean {
  const i = c.sentence.sentence;
  if (c.facts.quotes.some((x) => x.personId !== undefined && i >= x.sentence && i <= (x.lastSentence ?? x.sentence) && q.people.some((p) => p.id === x.personId))) return true;
  // "Sarr said on Friday ...", "Sarr told reporters": the name right before a verb of speaking.
  return q.people.some((p) => {
    const person = personById(c.facts, p.id);
    return [person?.name, ...(person?.aliases ?? [])].some((n) => n !== undefined && new RegExp(`\\b${escapeRegExp(n)}\\b(?:,[^,]{0,60},)?\\s+(?:said|says|told|added|commented|remarked|stated|announced|wrote)\\b`).test(c.sentence.text));
  });
}

/** Stems of the words listed for a question word with that stem ("hurt" -> "injure"). */
function expandStems(stem: string, q: Question): string[] {
  return q.words.filter((w) => stemOf(w) === stem).flatMap((w) => expand(w)).map(stemOf);
}
/** At most 20 words of a clause, from a little before the question's verb. */
function aroundVerb(text: string, verbs: string[]): string {
  const ws = text.split(/\s+/);
  if (ws.length <= 20) return text;
  const at = Math.max(0, ws.findIndex((w) => verbs.includes(stemOf(words(w)[0] ?? ""))));
  const start = Math.max(0, Math.min(at - 8, ws.length - 20));
  return ws.slice(start, start + 20).join(" ");
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
/** Words for a party's members, written before a name or after it: "Republican Alan Whitcomb", "Pruitt, a Democrat". */
const PARTY_MEMBER = "Democrat|Republican|Conservative|Tory|Liberal|Labour|Socialist|Social Democrat|Christian Democrat|Communist|Libertarian|Green";

/** The word for the party a person belongs to, as the article writes it beside their name, and where. */
function partyMemberOf(facts: ArticleFacts, p: Person): { word: string; sentence: number } | undefined {
  const names = [p.name, ...p.aliases, p.name.split(" ").at(-1)!].map(escapeRegExp).join("|");
  const re = new RegExp(`\\b(?:${names}),\\s+(?:a|an)\\s+(${PARTY_MEMBER})\\b|\\b(${PARTY_MEMBER})\\s+(?:${names})\\b`);
  // "Fairclough, whose Progressive Alliance government faces an election": the party of his government.
  const parties = facts.things.filter((t) => t.kind === "organization" && PARTY_NAME.test(t.name));
  const whose = parties.length ? new RegExp(`\\b(?:${names}),\\s+whose\\s+(?:[a-z-]+\\s+){0,2}(${parties.map((t) => escapeRegExp(t.name)).join("|")})\\b`) : undefined;
  for (const i of p.sentences) {
    const m = re.exec(facts.sentences[i].text) ?? whose?.exec(facts.sentences[i].text);
    if (m) return { word: m[1] ?? m[2], sentence: i };
  }
  return undefined;
}

/** Words in the names of political parties. */
const PARTY_NAME = /\b(?:Party|Partei|Parti|Partido|Partito|Front|Alliance|League|Movement|Bloc|Coalition|Union|List|Democrats|Socialists|Conservatives|Liberals|Greens|Labour|Labor)\b/;

export function sideOf(c: Candidate, q: Question): Extracted | undefined {
  const facts = c.facts;
  const name = (id: string | undefined) => facts.sides.find((s) => s.id === id)?.name;
  // "Which party is she from?": a side that is a party, not the parliament she sits in.
  const fits = (side: string) => q.head !== "party" || PARTY_NAME.test(side) || (organizationNouns(facts).get(side) ?? new Set()).has("party");
  for (const ref of q.people) {
    const p = personById(facts, ref.id);
    if (p?.side && fits(name(p.side)!)) return { answer: name(p.side)!, people: [p.id], sentence: p.sentences[0] };
    // "Pruitt, a Democrat", "Republican Alan Whitcomb": a party by the word for its members.
    const member = p && q.head === "party" ? partyMemberOf(facts, p) : undefined;
    if (member) return { answer: member.word, people: [p!.id], sentence: member.sentence };
  }
  const i = c.sentence.sentence;
  const position = facts.positions.find((x) => x.sentence === i);
  if (position && fits(name(position.side) ?? "")) return { answer: `${name(position.side)} (${position.speaker})` };
  const quote = facts.quotes.find((x) => x.sentence <= i && i <= (x.lastSentence ?? x.sentence) && x.side);
  if (quote && fits(name(quote.side) ?? "")) return { answer: `${name(quote.side)} (${quote.speaker})` };
  return undefined;
}
