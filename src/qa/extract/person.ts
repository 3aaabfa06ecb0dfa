import { agentVerbForms } from "../../lexicon/agentNouns.ts";
import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import { pronounSubject, referredPeopleOf } from "../../knowledge/coreference.ts";
import { attributionOf } from "../../knowledge/quotes.ts";
import type { ArticleFacts, Mention, Person } from "../../knowledge/types.ts";
import { expand, titlesFor } from "../../lexicon/synonyms.ts";
import { isKindOfRole } from "../../lexicon/roleKinds.ts";
import { isVerb } from "../../lexicon/wordnet.ts";
import { NUMBER_WORDS, ORG_NOUNS, ROLE_WORDS } from "../../lexicon/words.ts";
import { tidy } from "../clauses.ts";
import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { escapeRegExp, isStopWord, stemOf, stemSet, words } from "../text.ts";
import { organizationIn } from "./organization.ts";
import { actsForAskedBody, askedRoleWords, employedElsewhere, headsAPart, LEAD_VERBS, lowerRank, partPhraseAsked, personByRole, servesOtherBody } from "./roleHolder.ts";
import type { Extracted } from "./shared.ts";
import { describe, listText, personById } from "./shared.ts";

/** "Who" questions: a person by role, by what they did, or by the side they speak for. */

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
  // "Who chairs the board's risk committee?": only a sentence about the risk committee says.
  const part = asksRole ? partPhraseAsked(q) : undefined;
  if (part && !c.sentence.text.toLowerCase().includes(part)) return undefined;
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
  // "the mediator" in a sentence that says "mediated by Lars Brekke": the sentence gives the role by its verb.
  const said = new Set(words(c.sentence.text));
  // ("Who heads the National Food Agency?" names the role by its verb: a trade minister named beside the agency does not head it.)
  const named = specific.filter((w) => (q.words.includes(w) || (w === "head" && q.words.some((x) => LEAD_VERBS.test(x)) && !c.sentence.text.toLowerCase().split(/[^\w-]+/).some((x) => LEAD_VERBS.test(x)))) && !agentVerbForms(w).some((f) => said.has(f)));
  const namedTitles = new Set(named.flatMap(titlesFor).map(stemOf));
  const holds = (r: string, ts: Set<string>) => [...stemSet(r)].some((t) => ts.has(t));
  const elsewhere = (r: string) => headsAPart(r, q) || employedElsewhere(c.facts, r, q) || servesOtherBody(c.facts, r, q);
  // "a former city council president" is none now: only a question about the past asks for them.
  const pastAsked = q.words.some((w) => /^(former|previous|previously|ex|before|earlier|was|were|did|used)$/.test(w));
  // Someone whose only role of that kind is over a part or at another organization ("heads the charity's legal unit").
  const otherRole = (p: Person) =>
    // ("Thomas Kessler, a lawyer at Hartwell & Pike who represented Veltara" is Veltara's lawyer.)
    !actsForAskedBody(p, q) &&
    ((named.length > 0 && p.roles.length > 0 && !p.roles.some((r) => (holds(r, namedTitles) || isKindOfRole(r, named)) && !elsewhere(r) && !lowerRank(r, q) && !(FORMER.test(r) && !pastAsked))) ||
      (p.roles.some((r) => holds(r, titles)) && p.roles.filter((r) => holds(r, titles)).every(elsewhere)));
  // A quotation names no one, but its speaker is known: "... a royalty around 6% or 7% ..." was said by the analyst.
  const at = c.sentence.sentence;
  const speakerId = ms.length === 0 ? c.facts.quotes.find((x) => x.personId !== undefined && at >= x.sentence && at <= (x.lastSentence ?? x.sentence))?.personId : undefined;
  const ids = speakerId && !q.people.some((p) => p.id === speakerId) ? [speakerId] : [...new Set(ms.map((m) => m.entity!))];
  // "She called on Treasurer Adam Falconer to block the sale": she did it; the people she names are
  // whom she did it to, unless only they fit what is asked ("which treasurer ...").
  const subject = q.people.length === 0 ? pronounSubject(c.facts, at) : undefined;
  // "called for Kjellberg and the chair of the risk committee to step down": the role after "and the" is another's.
  const roleAfterAnd = (p: Person) => specific.length > 0 && ms.some((m) => m.entity === p.id && new RegExp(`^\\s+and\\s+(?:the|a|an|its|their)\\s+(?:[a-z-]+\\s+){0,2}(?:${[...specific.flatMap(titlesFor)].map(escapeRegExp).join("|")})\\b`, "i").test(text.slice(m.end)));
  // "... said it had accepted her resignation and named Samuel Averin as acting head": who resigned is "her",
  // the one person of the sentence before, not the one the sentence names.
  const owner = q.people.length === 0 ? possessorOfAct(c, q) : undefined;
  // "Who resigned?" is not answered by "Ilse Kranjec called the resignation a first step": the act is only a thing she spoke of.
  if (!owner && actOnlySpokenOf(c, q)) return undefined;
  // "who had been paired against Verhaegen and went on to win": the one played against is no doer.
  const opponent = (p: Person) => ms.length > 1 && ms.filter((m) => m.entity === p.id).every((m) => /\b(?:against|versus|vs\.?)\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start)));
  const people = owner ? [owner] : subject && !otherRole(subject) ? [subject] : ids.map((id) => personById(c.facts, id)).filter((p): p is Person => Boolean(p) && !otherRole(p!) && !roleAfterAnd(p!) && !opponent(p!));
  const onSide = wantedSides.length ? people.filter((p) => p.side && wantedSides.includes(p.side)) : people;
  // "Her campaign manager, Joseph Tembo, said ... one of Mwale's coordinators": of the people named,
  // the one whose role says the question's verb ("runs": a manager) is the one asked for.
  const verbRoles = new Set(q.words.filter((w) => q.pos.get(w) === "VERB").flatMap((w) => expand(w)).filter((w) => ROLE_WORDS.has(w)).map(stemOf));
  const byVerb = (onSide.length ? onSide : people).filter((p) => verbRoles.size > 0 && p.roles.some((r) => [...stemSet(r)].some((t) => verbRoles.has(t))));
  const chosen = (byVerb.length === 1 ? byVerb : onSide.length ? onSide : people).slice(0, 4);
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

/** A role someone no longer holds: "a former city council president". */
const FORMER = /^(?:a\s+|the\s+)?(?:former|ex-)/i;
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
  // "He estimated that ...": the person "he" is, when the verb follows the opening pronoun.
  const pronoun = /^\W*(?:he|she)\s+(?:also\s+|later\s+|then\s+)?$/i.test(text.slice(0, at)) ? pronounSubject(c.facts, c.sentence.sentence) : undefined;
  if (pronoun && !q.people.some((p) => p.id === pronoun.id)) return { answer: pronoun.name, people: [pronoun.id] };
  const ms = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "person" && m.end <= at && !q.people.some((p) => p.id === m.entity));
  // "Teresa Vandermolen, a former principal who ran without a party label, narrowly unseated ...": a description set off by commas, and an adverb, may stand between.
  const described = (m: Mention) => ms.every((x) => x === m || x.end <= m.start || x.start >= at) && /^,[^,;:“”"]{1,120},\s+(?:[a-z]+ly\s+)?$/.test(text.slice(m.end, at));
  const subject = ms.filter((m) => /^[\s,]*(?:(?:and|,)\s+(?:[A-Z][\w’'-]*\s+)*)?$/.test(text.slice(m.end, at)) || described(m) || ms.some((x) => x.start > m.end && /^\s*(?:,|,?\s*and)\s+(?:[\w’'-]+\s+){0,3}$/.test(text.slice(m.end, x.start))));
  const lastEnd = Math.max(...subject.map((m) => m.end));
  if (subject.length === 0 || (!/^\s*$/.test(text.slice(lastEnd, at)) && !subject.some(described))) return undefined;
  const people = [...new Set(subject.map((m) => m.entity!))].map((id) => personById(c.facts, id)).filter((p): p is Person => Boolean(p));
  return people.length ? { answer: listText(people.map((p) => p.name)), people: people.map((p) => p.id) } : undefined;
}
/** "On whose behalf...", "Whom do A and B represent?": the person after "representing" / "on behalf of". */
function principalOf(c: Candidate, q: Question): Extracted | undefined {
  const text = q.words.join(" ");
  if (!/\bwhose behalf\b|\b(whom|who)\b.*\brepresent/.test(text)) return undefined;
  // "Who is representing Xi Jinping?", "who represents China?": "who" is the one representing; only
  // "whom does X represent" and "on whose behalf" ask for the one represented.
  const verb = q.words.findIndex((w) => /^represent(?:s|ed|ing)?$/.test(w));
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
  const wanted = facts.sides.filter((s) => q.countries.includes(s.name) || s.cues.some((cue) => text.includes(` ${cue.toLowerCase()} `)));
  // "Who represents the United States at the meeting with China?": the side met is not the one asked.
  const met = (s: (typeof wanted)[number]) => [s.name, ...s.cues].some((cue) => new RegExp(`\\b(?:with|against|versus|vs)\\s+(?:the\\s+)?${escapeRegExp(cue.toLowerCase())}\\b`).test(text));
  const asked = wanted.length > 1 ? wanted.filter((s) => !met(s)) : wanted;
  return (asked.length ? asked : wanted).map((s) => s.id);
}
/** The speaker of the quote or statement in the sentence: "Who said China has no room to back down?". */
export function speakerOf(c: Candidate, _q: Question): Extracted | undefined {
  const i = c.sentence.sentence;
  const quote = c.facts.quotes.find((x) => x.sentence <= i && i <= (x.lastSentence ?? x.sentence));
  if (quote) return { answer: quote.speaker, ...(quote.personId ? { people: [quote.personId] } : {}) };
  const phrase = attributionOf(c.sentence.text);
  if (phrase) return { answer: tidy(phrase) };
  // Reported speech: "Esther Nyambura, the principal secretary, told a committee that ...".
  const text = c.sentence.text;
  const teller = mentionsIn(c.facts, i).find((m) => m.kind === "person" && m.entity && SAYS_AFTER.test(text.slice(m.end)));
  return teller ? { answer: teller.text, people: [teller.entity!] } : undefined;
}
/** A verb of saying (or of calling something so: "described the benefit as modest") right after a name, or after its description set off by commas or its body ("Sara Lind of the Halvard Institute described"). */
const SAYS_AFTER = /^(?:,[^,]{1,120},|,|\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*){1,5})?\s+(?:has\s+|had\s+)?(?:told|tells|said|says|warned|warns|argued|argues|testified|wrote|writes|added|adds|explained|insisted|stressed|noted|claimed|claims|described|describes|called|calls|labell?ed|branded|dismissed|hailed|praised|critici[sz]ed|condemned|welcomed|urged|predicted|acknowledged|conceded|admitted|cautioned|questioned)\b/;
/** Whether the act a "who did it?" question asks about is, in the sentence, only a noun after "the" ("called the resignation ..."). */
function actOnlySpokenOf(c: Candidate, q: Question): boolean {
  const verb = q.words[0] === "who" && q.pos.get(q.words[1] ?? "") === "VERB" ? stemOf(q.words[1]) : undefined;
  if (!verb) return false;
  const hits = [...c.sentence.text.matchAll(/\b([a-z]+)\b/g)].filter((m) => stemOf(m[1]) === verb);
  // ("the resignation of chief executive Ines Moreau" says whose it was.)
  return hits.length > 0 && hits.every((m) => /\b(?:the|a|an|this|that)\s+$/i.test(c.sentence.text.slice(Math.max(0, m.index! - 6), m.index)) && !/^\s+of\b/.test(c.sentence.text.slice(m.index! + m[0].length)));
}
/** The stems of the nouns a sentence gives someone with "her", "his" or "their": "accepted her resignation" -> "resign". */
export function possessedActs(text: string): string[] {
  return [...text.matchAll(/\b(?:her|his|their)\s+([a-z]+)/gi)].map((m) => stemOf(m[1].toLowerCase()));
}

/** "accepted her resignation" for "who resigned?": the one person the sentence before refers to, whose act the noun is. */
function possessorOfAct(c: Candidate, q: Question): Person | undefined {
  const verbs = new Set(q.words.filter((w) => q.pos.get(w) === "VERB" && !/^(is|are|was|were|be|been|do|does|did|has|have|had)$/.test(w)).map(stemOf));
  if (verbs.size === 0) return undefined;
  if (!possessedActs(c.sentence.text).some((a) => verbs.has(a))) return undefined;
  const before = referredPeopleOf(c.facts).get(c.sentence.sentence - 1) ?? [];
  return before.length === 1 ? before[0] : undefined;
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
  // "Who is running the bank?" -> "Pieter Vosberg, 51, will run the bank": the person whose verb it is, with its object.
  const text = c.sentence.text;
  for (const m of mentionsIn(c.facts, c.sentence.sentence)) {
    if (m.kind !== "person" || !m.entity || q.people.some((p) => p.id === m.entity)) continue;
    // ("will take charge of the first team": leads it.)
    const after = text.slice(m.end).replace(/\b(?:take|takes|took|taken|taking|be|been|remain|remains|remained|is|was) (?:temporary |interim |overall |day-to-day )?charge of\b/g, "lead");
    const act = /^(?:,[^,;]{1,80},)?\s+(?:will|would|shall|is to|was to|is going to|has|had|is|was|also)?\s*(?:also\s+)?([a-z]+)\s+(?:the|its|their|his|her)\s+([a-z]+)/.exec(after);
    if (act && verbs.has(stemOf(act[1])) && q.terms.includes(stemOf(act[2]))) return { answer: m.text, people: [m.entity] };
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
    const phrase = m[1].replace(/\s+(?:on|in|at|during|before|after|last|this|next|outside|inside|near|shortly|soon|just|early|late)\b.*$/i, "").replace(/\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b.*$/i, "");
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
