import type { KnowledgeBase } from "../knowledge/base.ts";
import type { ArticleFacts, NamedThing } from "../knowledge/types.ts";
import type { Answer, QuestionContext } from "./types.ts";
import { asksWhetherDone, readQuestion, type Question } from "./question.ts";
import { notDoneIn } from "./extract/yesNo.ts";
import { questionStems, retrieve, type Candidate } from "./retrieve.ts";
import { countedNoun } from "./counted.ts";
import * as extract from "./extractors.ts";
import { declineReason, isAnswerNoun } from "./decline.ts";
import { OUTCOME_SAID, asksNamedKind, asksOutcome, bodySays, describedAsKind, describedAsOf, countryModifier, excludedWords, futureDate, sinceDate, kindModifier, onlyAhead, ownsAskedThing, holdsNewName, namesAskedOrganization, namesSomething, predicateNoun, saysPredicate, asksCause, saysCause, viewsOtherCountry, otherOrdinal, askedOnlyInOthersClause, verbOnlyQuoted, eventHeld, saysEvent, onlyOrderedIt } from "./answerChecks.ts";
import { suggestQuestions } from "./suggest.ts";
import { resolveFollowUp } from "./followUp.ts";
import { organizationByRole } from "./extract/roleOrganization.ts";
import { functionHeaded } from "./extract/roleHolder.ts";
import { causeOf, causesSomethingElse } from "./extract/cause.ts";
import { evidence } from "./evidence.ts";
import { personName, quotesOfSpeaker, reportedSpeech, speakers } from "./speakers.ts";
import { eventDay, eventLocation, nextRound as nextEventRound } from "./event.ts";
import { isAttribution, speakerWords } from "./clauses.ts";
import { listText } from "./extract/shared.ts";
import { sideStance } from "./sideStance.ts";
import { fieldOf } from "./fieldOf.ts";
import { formerRoleOf } from "./formerRole.ts";
import { employerOf } from "./employer.ts";
import { countryOfPerson, hometownOf, nationalityOf, nationalityOfDescribed } from "./nationality.ts";
import { aboutDescribedPerson } from "./describedPerson.ts";
import { pluralRoleHolders } from "./roleHolders.ts";
import { describedThing } from "./describedThing.ts";
import { spelledOut } from "./acronym.ts";
import { ASKS_WHAT_CALLED, nameOfThing } from "./extract/nameOfThing.ts";
import { ROAD_NAME, ROADS } from "./extract/namedInstance.ts";
import { possessedActs } from "./extract/person.ts";
import { asksKindOf } from "./extract/kindOf.ts";
import { namedMembers } from "./extract/namedMembers.ts";
import { LIGHT_VERBS, missesVerb, ONE_OFF_EVENTS, onlyAsNoun, PLACED_EVENTS, usedAsVerb } from "./questionVerbs.ts";
import { aboutFirstAnswer, joinAnswers, leansOnFirst, splitTwoPart } from "./twoPart.ts";
import { escapeRegExp, isStopWord, stemOf, stemSet, words, wordsOf } from "./text.ts";
import { retypedQuestion } from "./typos.ts";
import { roleWithOwner } from "./ownedRole.ts";
import { knownAs } from "./knownAs.ts";
import { ROLE_WORDS } from "../lexicon/words.ts";
import { nameIndex } from "../knowledge/nameIndex.ts";
import { notKnownClause } from "./notKnown.ts";
import { expand, titlesFor } from "../lexicon/synonyms.ts";
import { countryOf, countryOfWords } from "../lexicon/places.ts";

const TRIES = 4;
/** "How many people have been arrested?": a count of those the law has acted on, which only a sentence with the act gives. */
const PASSIVE_COUNT = /^how many [a-z ]+?\b(?:have been|has been|had been|were|was|are|is|will be|would be)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en))\b/;
const CUSTODY = new Set(["arrested", "detained", "charged", "convicted", "jailed", "sentenced", "deported", "expelled", "prosecuted", "indicted"].map(stemOf));
function custodyMissed(q: Question, terms: ReadonlySet<string>): boolean {
  const verb = PASSIVE_COUNT.exec(q.words.join(" "))?.[1];
  return verb !== undefined && CUSTODY.has(stemOf(verb)) && ![verb, ...expand(verb)].some((w) => terms.has(stemOf(w)));
}
/** How much of a part of a two-part question the sentence that answered the other part must hold. */
const WITHIN_NEEDED = 0.2;
/** "What is the name of ...", "name of the ...": a name is asked, not a description. */
const ASKS_NAME = /^(?:what (?:(?:is|was|are|were) )?the |the )?(?:names?|titles?) of\b/;
const NUMBER_NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven"];
const GROUP_WORDS = /^(deleg|offici|side|team|leader|countri|nation|govern(?!or)|parti|minist|negoti|diplomat|@)/;
const EVENT_WORDS = /^(talk|meet|summit|schedul|negoti|confer|trial|hear|strike|walkout|protest|ralli|vote|elect|match|game|race|festiv|event|session|round|dialogu|discuss|held|hold|take|happen|place|start|begin|began|open|run|last|continu|end|conclud)/;

/** Whether a "who" answer's people all lack the function the question asks the head of ("head of compliance"). */
function headsOtherThanAsked(c: Candidate, got: extract.Extracted, q: Question): boolean {
  const headed = q.kind === "who" && got.people?.length ? functionHeaded(q) : undefined;
  return headed !== undefined && got.people!.every((id) => !(c.facts.people.find((p) => p.id === id)?.roles ?? []).some((r) => words(r).some((w) => stemOf(w) === headed)));
}

/** Verbs for running proceedings, and the proceedings: all a "which judge is hearing the case?" adds to the role. */
const PRESIDING = new Set(["hear", "handl", "overse", "oversaw", "presid", "run", "ran", "lead", "led", "chair", "manag", "head", "supervis", "conduct", "case", "trial", "proceed", "inquiri", "investig", "talk", "negoti", "match", "game", "review", "panel", "probe", "over", "appeal", "disput", "lawsuit", "suit"]);

/** The one person of the knowledge base who holds the role a "which <role> is running it?" question asks for. */
function soleHolder(kb: KnowledgeBase, q: Question): Answer | undefined {
  if (q.kind !== "who" || !q.head || !ROLE_WORDS.has(q.head) || !/^(?:which|what|who)\b/.test(q.words[0] ?? "")) return undefined;
  if (q.people.length || q.terms.length === 0 || !q.terms.every((t) => PRESIDING.has(t))) return undefined;
  const titles = new Set(titlesFor(q.head).map(stemOf));
  const holders = kb.articles.flatMap((facts, article) => facts.people.filter((p) => p.roles.some((r) => !/^(?:a\s+|the\s+)?(?:former|ex-|retired)/i.test(r) && words(r).some((w) => titles.has(stemOf(w))))).map((p) => ({ p, article })));
  if (holders.length !== 1) return undefined;
  const { p, article } = holders[0];
  const role = p.roles.find((r) => words(r).some((w) => titles.has(stemOf(w))))!;
  const facts = kb.articles[article];
  const sentence = p.sentences.find((i) => new RegExp(`\\b${escapeRegExp(words(role).find((w) => titles.has(stemOf(w)))!)}\\b`, "i").test(facts.sentences[i].text)) ?? p.sentences[0];
  return { answered: true, answer: `${p.name} (${role})`, evidence: [evidence(kb, article, sentence)], confidence: 0.6, kind: "who", people: [p.id] };
}

/** "How many of the birds are turkeys?": whether the answer's number counts something else than the part asked ("1.4 million chickens and turkeys"). */
function countsOtherPart(q: Question, text: string, answer: string): boolean {
  const part = /^how many of (?:the |these |those |its |their )?[a-z-]+(?: [a-z-]+)? (?:are|were) ([a-z]+s)$/.exec(q.words.join(" "))?.[1];
  const number = /\d[\d,.]*(?: (?:million|billion|thousand))?/.exec(answer)?.[0];
  if (!part || !number) return false;
  const at = text.indexOf(number);
  if (at < 0) return false;
  // "about 500 are mechanics", "500 mechanics"; not "1.4 million chickens and turkeys".
  const after = text.slice(at + number.length);
  const noun = /^\s+(?:(?:are|were)\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+)(\s+(?:and|or)\s+[a-z]+)?/.exec(after);
  return !noun || stemOf(noun[1]) !== stemOf(part) || noun[2] !== undefined;
}

/** Whether a "who is the <role>" answer's people all hold roles, none of them the one asked. */
function holdsOtherRole(c: Candidate, got: extract.Extracted, q: Question): boolean {
  if (q.kind !== "who" || !got.people?.length || !q.head || !ROLE_WORDS.has(q.head) || !/^who (?:is|was|are|were) (?:the|a|an)\b/.test(q.words.join(" "))) return false;
  const titles = new Set(titlesFor(q.head).map(stemOf));
  const roles = got.people.map((id) => c.facts.people.find((p) => p.id === id)?.roles ?? []);
  return roles.every((rs) => rs.length > 0 && !rs.some((r) => words(r).some((w) => titles.has(stemOf(w)))));
}

/** Whom the sentence says someone told or spoke to, unless it also says where they did ("told reporters outside Leeds station"). */
function addresseeElsewhere(c: Candidate, q: Question): extract.Extracted | undefined {
  const to = extract.addressee(c);
  const place = to ? extract.wherePlace(c, q) : undefined;
  const at = to && place ? c.facts.sentences[to.sentence ?? c.sentence.sentence].text.indexOf(`${to.answer} `) : -1;
  if (place && at >= 0 && /^\s+(?:outside|inside|at|in|near|on)\s+(?:the\s+)?[A-Z]/.test(c.facts.sentences[to!.sentence ?? c.sentence.sentence].text.slice(at + to!.answer.length))) return undefined;
  return to;
}

/** Whether the question names the person by a role right after its verb: "who accused the finance minister". */
function objectOfQuestion(facts: ArticleFacts, id: string, q: Question): boolean {
  const person = facts.people.find((p) => p.id === id);
  const asked = q.words.join(" ");
  return (person?.roles ?? []).some((r) => {
    const role = words(r).filter((w) => !/^(the|a|an)$/.test(w)).join(" ");
    const at = role.length > 3 ? asked.indexOf(` ${role}`) : -1;
    if (at < 0) return false;
    const before = asked.slice(0, at).split(" ").filter((w) => !/^(the|a|an)$/.test(w));
    const verb = before[before.length - 1];
    return verb !== undefined && q.pos.get(verb) === "VERB" && !/^(is|are|was|were|be|been|being|become|became|named|appointed|elected)$/.test(verb);
  });
}

function declined(kb: KnowledgeBase, q: Question, reason: string): Answer {
  return { answered: false, answer: "", evidence: [], confidence: 0, kind: q.kind, reason, suggestions: suggestQuestions(kb, q) };
}

/** Extracts the short answer of the question's kind from one candidate sentence. */
function extractFrom(c: Candidate, q: Question): extract.Extracted | undefined {
  // "What is the meeting 'very much about'?": what follows the quoted phrase.
  // "What triggered the emergency?": what the sentence says did it.
  const cause = causeOf(c, q);
  if (cause) return cause;
  if (causesSomethingElse(c, q)) return undefined;
  const quoted = q.kind === "what" || q.kind === "quote" ? extract.afterQuotedPhrase(c, q) : undefined;
  if (quoted) return quoted;
  // "What was the weather like when they arrived?": the words for it ("a frozen Anchorage").
  const weather = q.kind === "what" || q.kind === "how" ? extract.weatherOf(c, q) : undefined;
  if (weather) return weather;
  // "Which outlet did the ambassador speak to?": whom the sentence says he told ("Chinese state media").
  const told = q.head && /^(outlets?|newspapers?|papers?|channels?|broadcasters?|networks?|stations?|media|agency|agencies|publications?)$/.test(q.head) && /\b(?:speak|spoke|spoken|talk|talked|tell|told|say|said|remarks?|comments?|interview)\b/.test(q.words.join(" ")) ? extract.addressee(c) : undefined;
  if (told) return told;
  // "What has replaced the optimism?": what the sentence, or the next, says is in its place.
  const replaced = q.kind === "what" || q.kind === "quote" ? extract.replacement(c, q) : undefined;
  if (replaced) return replaced;
  // "On which issue do they seek common ground?": the example the sentence gives ("issues like climate change").
  const example = extract.exampleOf(c, q);
  if (example && (q.kind !== "where" || !extract.wherePlace(c, q))) return example;
  // "Which constituencies ...?": the names listed right after the word ("three constituencies - Naivasha, Molo and Subukia").
  const members = q.kind === "what" ? namedMembers(c, q) : undefined;
  if (members) return members;
  // "What kind of process ...?": the words that describe it.
  const described = q.kind === "what" ? extract.kindOfThing(c, q) : undefined;
  if (described) return described;
  // "What bacteria did the tests find?": the name of a thing of that kind ("Legionella, a bacterium").
  const instance = extract.namedInstance(c, q) ?? extract.wordOfKind(c, q);
  if (instance) return instance;
  // "How did X describe the fee?": the words used for it ("a bargain"), before any list item.
  const describedAs = q.kind === "how" ? extract.describedAs(c, q) : undefined;
  if (describedAs) return describedAs;
  // "What did they do to strengthen their position?": what the sentence lists after "including".
  const included = q.kind === "what" || q.kind === "how" ? extract.includedItems(c, q) : undefined;
  if (included) return included;
  // "Which Hong Kong issue is on the list?": the item of the list that names Hong Kong.
  const item = q.kind === "what" || q.kind === "how" ? extract.listItem(c, q) : undefined;
  if (item) return item;
  // "Coercion against whom?": what follows the same words in the sentence, whatever kind it is.
  // "What is the MP proposing?": the noun phrase after the question's own verb.
  const object = q.kind === "who" || q.kind === "what" ? extract.objectOf(c, q) ?? extract.givenName(c, q) ?? extract.directObject(c, q) : undefined;
  if (object) return object;
  switch (q.kind) {
    case "where":
      // "Where did Cui make his comments?": to whom he made them ("told Chinese state media").
      // ("told reporters outside Leeds station": the place they were told in is where.)
      return (SAYING.test(q.words.join(" ")) && q.people.length ? addresseeElsewhere(c, q) : undefined) ?? extract.wherePlace(c, q) ?? extract.nationalities(c, q);
    case "when":
      return extract.whenDate(c, q);
    case "quantity":
      // "How much has the share shifted over the year?": how it moved ("has doubled").
      return extract.amountBy(c, q) ?? (/^(?:by )?how much\b/.test(q.words.join(" ")) ? extract.change(c, q) : undefined) ?? extract.quantity(c, q);
    case "who":
      return extract.whoPerson(c, q);
    case "role":
      return extract.roleOf(c, q) ?? extract.clause(c, q);
    case "yesno":
      return extract.yesNo(c, q);
    case "why":
      return extract.why(c, q);
    case "side":
      return extract.sideOf(c, q);
    case "quote":
    case "how":
    case "what":
      // "How has the figure changed?": how it moved ("has doubled").
      // "How confident are they?": as the sentence grades it ("not very confident").
      return (q.kind === "how" ? extract.change(c, q) ?? extract.degreeOf(c, q) : undefined) ?? extract.nationalities(c, q) ?? (isListQuestion(q) ? extract.listAfterVerb(c, q) : undefined) ?? extract.clause(c, q);
  }
}

/**
 * The organization a "what did X say" question names as its only speaker ("What did NASA say about
 * the failure?"), when no sentence has it say anything: the articles only mention it.
 */
function silentOrganization(kb: KnowledgeBase, q: Question): string | undefined {
  const body = speakingBody(kb, q);
  if (!body) return undefined;
  const names = [body.name, ...body.aliases];
  const stems = names.map((n) => stemOf(words(n)[0] ?? ""));
  const says = kb.sentences.some((s) => stems.some((x) => s.terms.has(x)) && bodySays(s.text, names));
  const quoted = kb.articles.some((a) => a.quotes.some((x) => names.some((n) => x.speaker.includes(n))));
  return says || quoted ? undefined : body.name;
}

/** The organization a "what did X say" question asks to hear from: its words are the body's name, or the name it also goes by ("IMF"). */
function speakingBody(kb: KnowledgeBase, q: Question): NamedThing | undefined {
  if (q.kind !== "quote" || q.people.length || q.countries.length) return undefined;
  const speaker = speakerWords(q).filter((w) => !isStopWord(w)).join(" ");
  if (!speaker) return undefined;
  return kb.articles.flatMap((a) => a.things).find((t) => t.kind === "organization" && [t.name, ...t.aliases].some((n) => words(n).join(" ") === speaker));
}

/** "The FAA said Corvane's report was due within 90 days.": what the body is said to have said, after the verb. */
function saidByBody(text: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const m = new RegExp(`\\b${escapeRegExp(name)}\\b(?:['’]s [a-z ]{3,40}?)?(?:,[^,]{3,80},)?\\s+(?:also\\s+)?(?:said|says|added|warned|stated|announced)(?:\\s+(?:on|in|late on|early on)\\s+[A-Z][a-z]+)?(?:\\s+that)?\\s+([^“”"]{12,})$`).exec(text);
    if (m) return m[1].replace(/[.;\s]+$/, "");
  }
  return undefined;
}

/** The country a "what did X say" question names as its speaker, when no article has it as a side. */
function silentCountry(kb: KnowledgeBase, q: Question): string | undefined {
  const speaker = speakerWords(q);
  const country = q.countries.find((c) => speaker.some((w) => countryOfWords(w)?.name === c));
  if (!country || kb.articles.some((a) => a.sides.some((s) => s.name === country))) return undefined;
  return country;
}

/** Words for something said: "where did X make his comments", "where did she say it". */
const SAYING = /\b(?:comments?|remarks?|statements?|said|say|says|spoke|speak)\b/;

/** Words for two bodies taken together: "the combined group", "the enlarged company". */
const COMBINED = /\b(?:combined|merged|enlarged|joint|together)\b/i;

/** Words that ask about a later round of the story's event: "the next round", "meet again". */
const NEXT_WORDS = /^(next|again|resum\w*|later|futur\w*|follow-up)$/;

/** An answer made only of the question's own words answers nothing ("To whom did Cui speak?" -> "Cui"). */
function echoesQuestion(answer: string, q: Question): boolean {
  // "a second senior administration official" only repeats "the senior administration official".
  // Nor does "MT Sea Lantern" for "the Sea Lantern": a ship's prefix adds nothing.
  const ws = wordsOf(answer).filter((w) => w.length > 1 && !/^(an|the|first|second|third|another|other|mt|mv|ms|hms|uss|ss)$/.test(w));
  const qs = questionStems(q);
  return ws.length > 0 && ws.every((w) => qs.has(stemOf(w)));
}

/**
 * "Are the talks being held in Beijing?": asks where, then compares. Returns undefined when the
 * question does not end with a place the articles know, or the "where" question has no answer.
 */
function yesNoPlace(kb: KnowledgeBase, q: Question, context: QuestionContext): Answer | undefined {
  const m = /^(.*)\b(in|at)\s+([a-z][a-z .'-]*?)\??$/i.exec(q.text);
  // "Did Wang Yi comment when he arrived in Anchorage?": the place is in a clause that says when.
  if (!m || /\b(?:when|while|after|before|as|since|until|once)\b/i.test(m[1])) return undefined;
  const place = m[3].trim().toLowerCase();
  const isPlace = nameIndex(kb).places.has(place);
  if (!isPlace) return undefined;
  const where = answerQuestion(kb, `where ${m[1].trim()}?`, context);
  if (!where.answered) return undefined;
  // "Did the growers protest in Bordeaux?" when they only considered it: where it would be says nothing.
  if (asksWhetherDone(q) && where.evidence.length && where.evidence.every((e) => notDoneIn(e.text, q))) return undefined;
  const same = where.answer.toLowerCase().includes(place);
  return { ...where, answer: `${same ? "Yes" : "No"}: ${where.answer}`, kind: "yesno" };
}

/** "What issues will ... raise?": a plural head asks for a list. */
function isListQuestion(q: Question): boolean {
  // "Which airlines ...?" asks for organizations: their names, not the list after the verb.
  return Boolean(q.head && /s$/.test(q.head) && !/(ss|us)$/.test(q.head) && q.kind === "what" && q.wants !== "organization");
}

/** A person named alone ("who is wang yi", "tell me about the ambassador"): their roles. */
function isAboutPerson(kb: KnowledgeBase, q: Question): boolean {
  if (q.people.length === 0) return false;
  // The person's name and short forms, not titled forms: "whose advisers are Blinken and Sullivan?" is not about Sullivan alone.
  const names = q.people.flatMap((r) => {
    const p = kb.articles[r.article].people.find((x) => x.id === r.id);
    return p ? [p.name, ...p.aliases.filter((a) => !words(a).some((w) => ROLE_WORDS.has(w)))] : [r.text];
  });
  const nameWords = new Set(names.flatMap((n) => words(n)).map(stemOf));
  // "What is Joao Pereira's medical specialty?": a word that describes the role asked is no other subject.
  const describing = new Set(q.kind === "role" ? q.words.filter((w) => q.pos.get(w) === "ADJ").map(stemOf) : []);
  return q.terms.every((t) => nameWords.has(t) || t.startsWith("@") || describing.has(t));
}

/**
 * Answers one question from the knowledge base.
 *
 * Sketch: read the question (kind, terms with typos corrected, people and names); decline at once
 * when it names something the articles never mention; rank candidate sentences; take the short
 * answer of the question's kind from the best candidate that has one; decline when no candidate
 * covers the question well enough. Deterministic: the same knowledge and question give the same answer.
 */
export function answerQuestion(kb: KnowledgeBase, question: string, context: QuestionContext = {}): Answer {
  return answerOnce(kb, question, context, true);
}

/** `answerQuestion`, and whether a question with an unknown word may be read again with it retyped (once). */
function answerOnce(kb: KnowledgeBase, question: string, context: QuestionContext, retype: boolean): Answer {
  // "How long did the trial last, and when did it start?": each part on its own.
  const parts = splitTwoPart(question);
  if (parts) {
    const first = answerQuestion(kb, parts.first, context);
    // "Who is Brightwater's founder, and what did he say?": "he" is the person the first part found.
    const elliptic = first.answered ? aboutFirstAnswer(parts, first.answer) : undefined;
    const [secondQuestion, secondContext] = elliptic
      ? [elliptic, context]
      : first.people?.length && leansOnFirst(parts)
        ? [parts.asTyped, { ...context, people: first.people }]
        : [parts.second, context];
    const second = answerQuestion(kb, secondQuestion, secondContext);
    // One part found, the other not: the sentence that answered the one often answers the other
    // ("Rogerio Almeida, president of the Metalworkers' Union of Ipatinga, warned ...").
    const within = (found: Answer, question: string, asked: QuestionContext) => (found.answered && found.evidence[0] ? answerQuestion(kb, question, { ...asked, within: found.evidence[0] }) : undefined);
    const firstAgain = !first.answered ? within(second, parts.first, context) : undefined;
    const secondAgain = first.answered && !second.answered ? within(first, secondQuestion, secondContext) : undefined;
    // (Not the other part's own answer again: "Lisbon; Lisbon" answers one of them.)
    const usable = (again: Answer | undefined, other: Answer) => again?.answered === true && again.answer !== other.answer;
    return joinAnswers(usable(firstAgain, second) ? firstAgain! : first, usable(secondAgain, first) ? secondAgain! : second, parts.asTyped);
  }
  const q = resolveFollowUp(kb, readQuestion(kb, question), context);
  if (kb.articles.length === 0) return declined(kb, q, "the knowledge base has no articles");
  if (q.words.length === 0) return declined(kb, q, "empty question");

  // "What did Halvorsen do before politics?": the role her description says she held ("a former
  // paediatric nurse"), whatever the question says she went on to.
  const former = formerRoleOf(kb, q);
  if (former) return former;
  const early = declineReason(kb, q);
  if (early) {
    // "who is the manger of kelvinside": a real word the articles never use, one slip from one they
    // do ("manager"), is read as that word before declining.
    const retyped = retype && early.startsWith("the articles never mention") ? retypedQuestion(kb, q, question) : undefined;
    const again = retyped ? answerOnce(kb, retyped, context, false) : undefined;
    return again?.answered ? again : declined(kb, q, early);
  }

  // "What does CCIT stand for?": the name the article gives for the initials.
  const spelled = spelledOut(kb, q);
  if (spelled) return spelled;
  // "What is galamsey?": the words the article says it is the name for ("illegal gold mining, known locally as ...").
  const meaning = knownAs(kb, q);
  if (meaning) return meaning;

  // ("What reasons did Asante-Boateng cite?" asks for reasons, not who he is.)
  if ((q.kind === "who" || q.kind === "role" || (q.kind === "what" && !q.head)) && isAboutPerson(kb, q)) {
    const ref = q.people[0];
    const person = kb.articles[ref.article].people.find((p) => p.id === ref.id);
    if (person && person.roles.length) {
      const facts = kb.articles[ref.article];
      const sentence = person.sentences.find((i) => facts.sentences[i].text.includes(person.roles[0])) ?? person.sentences[0];
      // "managing director of its Australian arm", "the union's secretary": the body said by name.
      const roles = person.roles.slice(0, 2).map((r, k) => (k === 0 ? roleWithOwner(facts, r, sentence) : r));
      return {
        answered: true,
        answer: `${person.name}: ${roles.join("; ")}`,
        evidence: [evidence(kb, ref.article, sentence)],
        confidence: 0.9,
        kind: "role",
        people: [person.id],
      };
    }
    if (person) {
      // No role written next to the name: what the first sentence that names them says.
      const i = person.sentences[0];
      const text = kb.articles[ref.article].sentences[i].text;
      const at = Math.max(0, text.indexOf(person.name));
      const answer = text.slice(at).split(/\s+/).slice(0, 20).join(" ").replace(/[,;:.]+$/, "");
      return { answered: true, answer, evidence: [evidence(kb, ref.article, i)], confidence: 0.6, kind: "role", people: [person.id] };
    }
  }

  // "Who is the mayor of Tacoma?": someone whose role the question describes, wherever they are named.
  const roleWords = q.kind === "who" && q.head !== "speaker" ? extract.askedRoleWords(q).filter((w) => !/^(officials?|members?|people)$/.test(w)) : [];
  // "Which other councillors ... besides Okafor?" asks who did something: the sentences tell, not the roles alone.
  if (roleWords.length && excludedWords(q).length === 0) {
    // Only the articles where someone holds a role word of the question (by the name index).
    const ix = nameIndex(kb);
    const stems = new Set([...q.words.filter((w) => !isStopWord(w)).flatMap((w) => [w, ...expand(w)]), ...roleWords.flatMap(titlesFor)].map(stemOf));
    const holding = new Set<number>();
    for (const s of stems) for (const r of ix.roleWords.get(s) ?? []) holding.add(r.article);
    let articles = [...holding].sort((x, y) => x - y);
    // "... of Silverview Labs?": only the articles that name it (thousands may have a chief executive).
    const named = new Set([...q.things, ...q.orgWords].flatMap((n) => ix.things.get(n) ?? []).map((r) => r.article));
    if (named.size) articles = articles.filter((a) => named.has(a));
    for (const a of articles) {
      // "Which two Biden advisers ...": a role in the plural asks for everyone who holds it.
      const several = pluralRoleHolders(kb, a, q);
      if (several) return several;
      const p = extract.personByRole(kb.articles[a], q);
      if (!p) continue;
      const sentence = p.sentences.find((i) => p.roles.some((r) => kb.articles[a].sentences[i].text.includes(r))) ?? p.sentences[0];
      // The role the question asks about, when the person has several ("chief executive", not "co-founded the company").
      const asked = new Set(roleWords.flatMap(titlesFor).map(stemOf));
      // Of those, the one with most of the question's words ("acting governor", not "Deputy Governor").
      const held = (r: string) => words(r).filter((w) => q.terms.includes(stemOf(w))).length;
      const role = p.roles.filter((r) => words(r).some((w) => asked.has(stemOf(w)))).sort((a, b) => held(b) - held(a))[0] ?? p.roles[0];
      const answer = role ? `${p.name} (${role})` : p.name;
      return { answered: true, answer, evidence: [evidence(kb, a, sentence)], confidence: 0.8, kind: "who", people: [p.id] };
    }
    // "Who is Nordvaal's auditor?": an organization the articles describe so ("The company's auditor, Kessler Marsh Accountants").
    const body = organizationByRole(kb, q, roleWords);
    if (body) return { answered: true, answer: `${body.name} (${body.role})`, evidence: [evidence(kb, body.article, body.sentence)], confidence: 0.7, kind: "who" };
    // "Who was Trump's secretary of state?": nobody the articles name with Trump holds it.
    const owner = extract.owners(q);
    if (owner.length) return declined(kb, q, `no one in the articles is described as ${owner.join(" and ")}'s ${roleWords.join(" ")}`);
    // "Who is the president's spokeswoman?": nobody the articles name speaks for the president.
    const ownerRole = extract.ownerRolesAsked(q);
    if (ownerRole.length) return declined(kb, q, `no one in the articles is described as the ${ownerRole.join(" and ")}'s ${roleWords.join(" ")}`);
    // "Who is Kastel's culture minister?" in a story about Norvia: nobody the articles name holds it there.
    const placeOwner = articles.map((a) => extract.placeOwnerAsked(kb.articles[a], q)).find((x) => x !== undefined);
    if (placeOwner) return declined(kb, q, `no one in the articles is described as ${placeOwner.charAt(0).toUpperCase()}${placeOwner.slice(1)}'s ${roleWords.join(" ")}`);
    // "What is the name of Argentina's president?": nobody the articles name holds it for that country.
    const country = extract.countryOwningRole(q);
    if (country) return declined(kb, q, `no one in the articles is described as ${country}'s ${roleWords.join(" ")}`);
  }

  // "What did X say": X's quotes; a speaker with none is answered from what the articles say of them.
  // "Where does X stand on Y?": what X is reported to say about Y says it best ("said he opposed a mandate").
  // So does "What is X's position on Y?", "What does X want on Y?".
  if (asksStance(q) && q.topic.length) {
    const stance = reportedSpeech(kb, q, true);
    if (stance && q.topic.some((t) => stemSet(stance.evidence[0].text).has(t))) return stance;
  }
  // "How did Taiwan's government react?": a country that is no party to any story has said nothing there.
  const silent = q.kind === "quote" && q.people.length === 0 ? silentCountry(kb, q) : undefined;
  if (silent) return declined(kb, q, `the articles report nothing ${silent} said`);
  const silentBody = silentOrganization(kb, q);
  if (silentBody) return declined(kb, q, `the articles report nothing ${silentBody} said`);
  const own = q.kind === "quote" ? quotesOfSpeaker(kb, q) : undefined;
  const sayVerb = /\b(say|said|says|tell|told|comment|commented|add|added|write|wrote)\b/.test(q.words.join(" "));
  if (q.kind === "quote" && speakers(q).length && sayVerb && !own) {
    // No quotation, but the articles may report what they said: "Ferreira called the choice ... and said ...".
    const reported = reportedSpeech(kb, q);
    if (reported) return reported;
    return declined(kb, q, `the articles quote no words of ${personName(kb, q)}`);
  }
  if (own) {
    const got = extract.quoteOf(kb.articles[own.article], q, own.quotes);
    if (got) return { answered: true, answer: got.answer, evidence: [evidence(kb, own.article, got.sentence!)], confidence: 0.8, kind: "quote", ...(got.people ? { people: got.people } : {}) };
    // Quoted, but not on what was asked: "What did Castellano say about jobs?" Unless the articles
    // report what they said on it: "Dostal said his party would not accept any cut to agricultural subsidies".
    if (q.topic.length) {
      const reported = reportedSpeech(kb, q);
      if (reported && q.topic.some((t) => stemSet(reported.evidence[0].text).has(t))) return reported;
      return declined(kb, q, `the articles do not quote ${personName(kb, q)} on that`);
    }
  }

  // "Where are the talks being held?": a story about an event is filed from where it happens.
  const placeCheck = q.kind === "yesno" ? yesNoPlace(kb, q, context) : undefined;
  if (placeCheck) return placeCheck;

  // "What nationality is Verstraete?": the nationality in the person's description ("Belgian attacking midfielder").
  // "Which country is Kellow health minister of?": the country the person's role names.
  const home = q.head && /^(country|nation)$/.test(q.head) && q.people.length === 1 && /\b(of|from|for)\??$|\bfrom\b/.test(q.words.join(" ")) ? countryOfPerson(kb, q) : undefined;
  if (home) return home;
  const nationality = q.words.includes("nationality") ? (nationalityOf(kb, q) ?? nationalityOfDescribed(kb, q, (asked) => answerQuestion(kb, asked, context))) : undefined;
  if (nationality) return nationality;
  // "Where is the health minister from?": the place in the person's description ("a former nurse from Dunedin").
  const hometown = q.kind === "where" ? hometownOf(kb, q, (asked) => answerQuestion(kb, asked, context)) : undefined;
  if (hometown) return hometown;
  // "How old is the governor who quit?": the age of whoever the articles say that is.
  const aboutSomeone = aboutDescribedPerson(kb, q, (asked) => answerQuestion(kb, asked, context));
  if (aboutSomeone) return aboutSomeone;
  // "What field does Sayers specialize in?": what their description says they are expert in.
  const field = fieldOf(kb, q);
  if (field) return field;
  // "Which bank does Maren Solbakken work for?": the organization in the person's own description.
  // "Where does Eric Sayers work?" asks for the employer too.
  // "Where is the think tank he works for based?" asks where it is, not which it is.
  const worksWhere = q.kind === "where" && /\b(work|works|worked|employed)\b/.test(q.words.join(" ")) && !/\b(based|headquartered|located)\b/.test(q.words.join(" "));
  // "Who does Etxeberria work for?" asks for an organization too.
  const worksFor = q.kind === "who" && /^who (?:does|did|do) .+ (?:work|works|worked) (?:for|with)$/.test(q.words.join(" "));
  const employer = q.wants === "organization" || worksWhere || worksFor || q.head === "party" || (q.kind === "what" && q.head && !q.wants) ? employerOf(kb, q) : undefined;
  if (employer) return employer;

  // "What kind of organization is the American Enterprise Institute?": how the article describes it.
  const described = /^what (?:kind|type|sort) of [a-z]+ (?:is|was|are|were) /.test(q.words.join(" ")) ? describedThing(kb, q) : undefined;
  if (described) return described;

  const inSentence = (c: Candidate) => context.within !== undefined && c.facts.article.id === context.within.articleId && c.sentence.sentence === context.within.sentence;
  const candidates = context.within ? retrieve(kb, q).filter(inSentence) : retrieve(kb, q);
  // A bare "when?" or "where?" with one story in the knowledge base asks about that story's event.
  const only = q.terms.length === 0 && kb.articles.length === 1 && (q.kind === "when" || q.kind === "where") ? leadCandidate(kb) : undefined;
  const top = candidates[0] ?? only;
  if (!top) return declined(kb, q, "nothing in the articles matches");
  // "What does South Korea want on fishing quotas?": the side's reported position on it.
  const stance = sideStance(kb, q, candidates);
  if (stance) return stance;
  // "When do the talks take place?": the day the story gives for its event.
  // A bare "when?" or "where?" asks about the story's event too.
  const aboutEvent = q.terms.length === 0 || (q.terms.every((t) => EVENT_WORDS.test(t) || GROUP_WORDS.test(t)) && q.terms.some((t) => EVENT_WORDS.test(t)));
  // "When did the talks start?" with "The talks began on Sept 2": the sentence says it, not the story's day.
  const saysWhen = q.words.some((w) => /^(start|starts|started|begin|begins|began|open|opens|opened|end|ends|ended|conclude|concludes|concluded|finish|finishes|finished)$/.test(w)) && top.missing.length === 0 && /\b(?:began|begins|begin|started|starts|opened|opens|ended|ends|concluded|concludes|finished|finishes)\s+(?:on|in)\s/i.test(top.sentence.text);
  const eventTime = q.kind === "when" && !/\bwhat time\b|\btime of day\b|\bhour\b/.test(q.words.join(" ")) && aboutEvent && !saysWhen;
  // "What days do the meetings run?": the span, when the story gives one ("Thursday and Friday").
  const day = eventTime ? eventDay(top.facts, /s$/.test(q.head ?? "") || q.words.some((w) => /^(run|runs|last|lasts|span)$/.test(w))) : undefined;
  if (day) return { answered: true, answer: day.text, evidence: [evidence(kb, top.sentence.article, day.sentence)], confidence: 0.7, kind: "when" };
  // "How many days do the talks run?": the days of its span ("Thursday and Friday").
  const daysAsked = q.kind === "quantity" && /^days$/.test(countedNoun(q).counted ?? "") && q.terms.some((t) => t !== "day" && EVENT_WORDS.test(t)) && q.terms.every((t) => t === "day" || EVENT_WORDS.test(t) || GROUP_WORDS.test(t));
  const span = daysAsked ? eventDay(top.facts, true) : undefined;
  if (span?.span && span.days > 1) return { answered: true, answer: `${NUMBER_NAMES[span.days] ?? span.days} days: ${span.text}`, evidence: [evidence(kb, top.sentence.article, span.sentence)], confidence: 0.7, kind: "quantity" };
  // "Where will they meet next?" asks about another round than the story's.
  const nextRound = q.words.some((w) => NEXT_WORDS.test(w));
  const event = q.kind === "where" && aboutEvent && !nextRound;
  // "When and where is the next round of talks?": where the story says they meet again.
  const aboutNext = nextRound && q.terms.every((t) => EVENT_WORDS.test(t) || GROUP_WORDS.test(t) || NEXT_WORDS.test(t)) && q.terms.some((t) => EVENT_WORDS.test(t));
  const next = aboutNext && (q.kind === "where" || q.kind === "when") ? nextEventRound(top.facts, q.kind === "where" ? "place" : "date") : undefined;
  if (next) return { answered: true, answer: next.text, evidence: [evidence(kb, top.sentence.article, next.sentence)], confidence: 0.7, kind: q.kind };
  const venue = event ? eventLocation(top.facts) : undefined;
  if (venue) return { answered: true, answer: venue.place, evidence: [evidence(kb, top.sentence.article, venue.sentence)], confidence: 0.7, kind: "where" };
  // A question that wants a kind of thing (a person, a place, a date, a number, an organization) is
  // checked again by finding one; any other needs a little more of its words in the sentence.
  const needed = context.within ? WITHIN_NEEDED : q.kind === "who" || q.kind === "where" || q.kind === "when" || q.kind === "quantity" || q.wants ? 0.5 : 0.55;
  // Candidates that match the question about equally well are told apart by how close the answer
  // stands to the question's words ("A Meridian Research poll" beats a poll sentence naming a party).
  const tries: { c: Candidate; got: extract.Extracted }[] = [];
  const excluded = excludedWords(q);
  // "What did the two sides agree?", "how did the talks end?": only a sentence that reports an
  // outcome answers; a story written before the end ("will meet", "will not conclude with") does not.
  const outcome = asksOutcome(q);
  // "What sanctions has the US imposed over Hong Kong?": a kind of thing the articles never name
  // is answered only by a sentence that holds the rest of the question.
  const unknownHead = q.kind === "what" && q.head && q.pos.get(q.head) === "NOUN" && !isAnswerNoun(q.head) && q.unknownWords.includes(q.head) ? stemOf(q.head) : undefined;
  // The question's own verb counts double: "imposed" is most of what "what sanctions has X imposed" asks.
  const verbStems = new Set(q.words.filter((w) => q.pos.get(w) === "VERB" && !LIGHT_VERBS.has(w) && !/^(want|wants|wanted|need|needs|needed|hope|hoped|try|tried|give|gave|given)$/.test(w)).map(stemOf));
  // Or a sentence that holds a word of that kind ("heart" for "which organ"): the articles do name one.
  const holdsRest = (c: Candidate) => unknownHead === undefined || c.absent.filter((t) => t !== unknownHead).reduce((n, t) => n + (verbStems.has(t) ? 2 : 1), 0) < 2 || extract.wordOfKind(c, q) !== undefined;
  const namedKindAsked = asksNamedKind(q);
  const kindAsked = kindModifier(q);
  const countryAsked = countryModifier(q);
  const pastAsked = q.kind === "when" && /^when (?:did|was|were|had)\b/.test(q.words.join(" "));
  const aheadAsked = q.kind === "when" && /^when (?:will|would|is .+ (?:going|due|expected|set) to)\b/.test(q.words.join(" "));
  const oneOffVerbs = pastAsked ? q.words.filter((w) => q.pos.get(w) === "VERB" && ONE_OFF_EVENTS.has(stemOf(w))).map(stemOf) : [];
  const kindOfAsked = asksKindOf(q);
  const nationalityAsked = q.words.some((w) => /^(nationality|nationalities|citizenship)$/.test(w));
  // "What did the FAA say?": what the body is said to have said.
  const speaking = speakingBody(kb, q);
  const spoken = speaking ? [speaking.name, ...speaking.aliases] : undefined;
  const bodySpeakerAsked = q.kind === "quote" && q.people.length === 0 && q.things.length > 0 && /^what (?:did|does|has|have) .+ (?:say|said|tell|told|state|announce|argue)\b/.test(q.words.join(" "));
  const predicate = q.wants === "organization" ? predicateNoun(q) : undefined;
  const causeAsked = asksCause(q);
  const heldEvent = q.kind === "when" ? eventHeld(q) : undefined;
  const aloneAsked = /\b(?:on (?:its|their|his|her) own|by (?:itself|themselves)|alone)\b/.test(q.words.join(" "));
  for (const c of candidates.slice(0, TRIES)) {
    if (c.coverage < needed || !c.namesAll || !holdsRest(c) || (outcome && !OUTCOME_SAID.test(c.sentence.text))) continue;
    const byBody = spoken ? saidByBody(c.sentence.text, spoken) : undefined;
    const found = byBody ? { answer: byBody } : extractFrom(c, q);
    if (!found || !found.answer || echoesQuestion(found.answer, q)) continue;
    // "What kind of protest are they planning?" is answered by the words that describe one ("a go-slow protest"), not a clause that "protested".
    if (kindOfAsked && !found.fits && extract.kindOfThing(c, q) === undefined && tries.length === 0 && candidates.slice(0, TRIES).some((x) => x !== c && x.coverage >= needed && extract.kindOfThing(x, q) !== undefined)) continue;
    let got: extract.Extracted = found;
    // "Which other apps besides Loopline ...?": not Loopline.
    if (excluded.length && excluded.some((w) => wordsOf(got.answer).includes(w))) continue;
    // "What share of Chinese people view the US favorably?" is not answered by "views of China".
    if (viewsOtherCountry(q, c.sentence.text)) continue;
    // "the second disbursement" is not "a first disbursement".
    if (otherOrdinal(q, c.sentence.text)) continue;
    // "how many jobs would it cut?": "hundreds" from a sentence without the verb is no count of these.
    if (q.kind === "quantity" && /^(?:hundreds|thousands|dozens|millions|scores|tens)\b/i.test(got.answer) && missesVerb(c, q)) continue;
    // "How many stores are in Michigan?" is not answered by "Carla Jimenez, 58, ...": an age is no count.
    if (q.kind === "quantity" && !/\b(?:old|age|aged|ages)\b/.test(q.words.join(" ")) && /^\d{1,3}$/.test(got.answer) && new RegExp(`\\b[A-Z][\\w’'-]+,\\s+${got.answer},`).test(c.sentence.text)) continue;
    // "How many of the culled birds are turkeys?" is not answered by "1.4 million chickens and turkeys": the count must be of the part asked.
    if (q.kind === "quantity" && countsOtherPart(q, c.sentence.text, got.answer)) continue;
    // "How many people have been arrested?" is not answered by "300 local workers" a sentence does not say were.
    if (q.kind === "quantity" && custodyMissed(q, c.sentence.terms)) continue;
    // "the senior officials said" answers nothing but "who said it".
    if (q.kind !== "who" && isAttribution(got.answer)) continue;
    // "Who is the seller?" is not answered by "a spokeswoman" who said something about the seller:
    // an unnamed someone answers only for the role asked.
    if (q.kind === "who" && /^who (?:is|are|was|were)\b/.test(q.words.join(" ")) && !got.people?.length && /^(?:a|an|the)\s/i.test(got.answer) && !namesSomething(got.answer) && !words(got.answer).some((w) => q.words.some((x) => stemOf(x) === stemOf(w) || expand(x).includes(w)))) continue;
    // "Who resigned?" is not answered by "Valdorian" (a headline's "Valdorian broadcaster chief quits"): a people's word is no one.
    if (q.kind === "who" && !got.people?.length && /^[A-Z][a-z]+(?:ian|an|ese|ish|i)$/.test(got.answer) && !c.facts.things.some((t) => t.name === got.answer)) continue;
    // "Who was minister before Tembe?" is not answered by Tembe.
    if (q.kind === "who" && got.people?.length && got.people.every((id) => q.people.some((p) => p.id === id))) continue;
    // "Who accused the finance minister of ...?" is not answered by the finance minister: the role is the verb's object.
    if (q.kind === "who" && got.people?.length && got.people.every((id) => objectOfQuestion(c.facts, id, q))) continue;
    // "What is the name of the head of compliance?" is not answered by the chief executive the sentence names beside it.
    if (headsOtherThanAsked(c, got, q)) continue;
    // "Who is the retailer's finance chief?" is not answered by a fund manager who spoke of financing.
    if (holdsOtherRole(c, got, q)) continue;
    // ... nor does it list him beside the one who did it.
    const actors = q.kind === "who" && got.people && got.people.length > 1 ? got.people.filter((id) => !objectOfQuestion(c.facts, id, q)) : undefined;
    if (actors && actors.length < got.people!.length) got = { ...got, answer: listText(actors.map((id) => c.facts.people.find((p) => p.id === id)!.name)), people: actors };
    if (namesAskedOrganization(got.answer, c.facts, q)) continue;
    // "Who doubts the study?" is not answered by the journal that published it: no person, and not the question's verb.
    // Unless it is whose the asked thing is: "Pew's polling found" says who ran the poll.
    if (q.kind === "who" && !got.people?.length && c.facts.things.some((t) => t.kind === "organization" && (t.name === got.answer || t.aliases.includes(got.answer))) && missesVerb(c, q) && !ownsAskedThing(c.sentence.text, got.answer, q)) continue;
    // "What will Takahashi and Choi discuss?" is not answered by "Fiona Takahashi, Spain's foreign minister".
    if (q.kind === "what" && !q.wants && namesAskedPerson(got.answer, c, q)) continue;
    // "Which highway did they shut?" is answered by a road's name ("Route 12"), not a clause about "the highway".
    if (q.kind === "what" && q.head && ROADS.test(q.head) && !ROAD_NAME.test(got.answer)) continue;
    // "Which two clubs made approaches?" is not answered by "from two Premier League clubs": no club is named.
    if (namedKindAsked && !holdsNewName(got.answer, q)) continue;
    // "When did Rautenberg die?" is not answered by when the man who bought from his dealer died.
    if ((q.kind === "when" || q.kind === "where" || q.kind === "quantity") && askedOnlyInOthersClause(q, c.sentence.text)) continue;
    // "Where did Wexler die?" is not answered by where someone who spoke of dying was speaking from.
    if ((q.kind === "when" || q.kind === "where") && verbOnlyQuoted(q, c.sentence.text, got.answer)) continue;
    // "When did the strike start?" is not answered by when a second walkout "would begin".
    if (pastAsked && futureDate(c.sentence.text, got.answer)) continue;
    // "When did the court hold its hearing?" is not answered by when a union will "hold a rally": the event held must be said.
    if (heldEvent && !saysEvent(c.sentence.terms, heldEvent, q)) continue;
    // "When will the grants be paid out?" is not answered by "Since a 2023 reform": a start long past.
    if (aheadAsked && sinceDate(c.sentence.text, got.answer)) continue;
    // "When did Cui become ambassador?" is not answered by "I hope that it will become a beginning".
    if (pastAsked && oneOffVerbs.length && oneOffVerbs.every((v) => onlyAhead(c.sentence.text, v))) continue;
    // "Which firm is carrying out the review?" is not answered by the utility that commissioned it.
    if ((q.wants === "organization" || q.kind === "who") && onlyOrderedIt(q, c.sentence.text)) continue;
    // "Which construction firm will build it?" is not answered by the chipmaker: the answer is described as the kind asked.
    if (kindAsked && !describedAsKind(got.answer, c.facts, kindAsked)) continue;
    // "Which Spanish club bought him?" is not answered by the club that sold him "to a club in Spain".
    if (countryAsked && !describedAsOf(got.answer, c.facts, countryAsked)) continue;
    // "What nationality is Marchetti?" is answered by a people or a country, not by what he said.
    if (nationalityAsked && !words(got.answer).some((w) => countryOf(w) !== undefined)) continue;
    // "What did Uisce Eireann say about ...?" is answered only by a sentence that has it saying something.
    if (bodySpeakerAsked && !bodySays(c.sentence.text, q.things)) continue;
    // "Which company is the main contractor?" is answered by a sentence that says "contractor", not one that names another body.
    if (predicate && !saysPredicate(c.sentence.terms, predicate)) continue;
    // "What caused the rangefinder to fail?" is not answered by a sentence that only says it failed.
    if (causeAsked && !saysCause(c.sentence.text)) continue;
    // "How many stores does Greenvale operate on its own?" is not answered by what "the combined group would operate".
    if (aloneAsked && COMBINED.test(c.sentence.text)) continue;
    tries.push({ c, got });
  }
  const first = tries[0];
  // "What tax rate...": a sentence that names the rate beats one that is only nearer to other words.
  const head = q.head ? stemOf(q.head) : undefined;
  const holdsHead = (t: (typeof tries)[number]) => head !== undefined && t.c.sentence.terms.has(head);
  const close = first ? tries.filter((t) => t.c.coverage >= first.c.coverage - 0.05 && t.got.distance !== undefined && (!holdsHead(first) || holdsHead(t))) : [];
  const nearest = close.length > 1 && first.got.distance !== undefined ? [...close].sort((a, b) => a.got.distance! - b.got.distance!)[0] : first;
  // Only a clearly closer answer replaces the best-ranked sentence's; and someone the sentence says
  // did it ("is made by Alvera Biologics") beats someone it merely names.
  // A stated reason is worth more to "why" than a sentence that only repeats the question's words.
  const slack = q.kind === "why" ? 0.2 : 0.05;
  const strong = first?.got.weak ? tries.find((t) => !t.got.weak && t.c.coverage >= first.c.coverage - slack) : undefined;
  const fitting = first && !first.got.fits ? tries.find((t) => t.got.fits && t.c.coverage >= first.c.coverage - 0.3) : undefined;
  // A sentence that holds clearly more of the question beats one the search ranked higher.
  const fuller = first ? tries.find((t) => t.c.coverage >= first.c.coverage + 0.1 && !t.got.weak) : undefined;
  const picked = fitting ?? strong ?? fuller ?? (nearest && first && nearest !== first && nearest.got.distance! * 2 < first.got.distance! && first.got.distance! > 30 ? nearest : first);
  // Someone a sentence merely names answers "who leads X?" only if the sentence says "leads" (or a
  // word for it): without the question's verb it is about something else.
  // So is a date or a number from a sentence without the question's verb: "When was X founded?" is
  // not answered by when X plans to break ground.
  // Not a verb of a clause that only says which ("... before naming more strike days").
  const mainWords = mainClause(q.words);
  // "Where were the hostages kidnapped?" too: not where they were later driven.
  // And "Who founded the alliance?": not its president, named in a sentence that says nothing of its founding.
  const whoDid = q.kind === "who" ? /^who (?:(?:was|were|has been|had been|is) )?([a-z]+)\b/.exec(q.words.join(" "))?.[1] : undefined;
  const verbMatters = picked?.got.weak || (q.kind === "when" && mainWords.some((w) => q.pos.get(w) === "VERB" && ONE_OFF_EVENTS.has(stemOf(w)))) || (whoDid !== undefined && q.pos.get(whoDid) === "VERB" && ONE_OFF_EVENTS.has(stemOf(whoDid)) && new RegExp(`\\b${whoDid}\\b`, "i").test(q.text)) || (q.kind === "where" && mainWords.some((w) => q.pos.get(w) === "VERB" && PLACED_EVENTS.has(stemOf(w))));
  // "What is the name of the stadium ...?" wants a name, not a clause about the stadium.
  // And the name must be the asked thing's: "the Corredor Solar del Norte" for "the project", not a town beside "the station".
  // "What are the names of the officials Sullivan spoke to?" with "his British, French, and German counterparts": no one is named.
  const unnamed = picked !== undefined && (ASKS_NAME.test(q.words.join(" ")) || ASKS_WHAT_CALLED.test(q.words.join(" "))) && (!namesSomething(picked.got.answer) || nameOfThing(picked.c.sentence.text, q) === undefined || (q.kind === "who" && !picked.got.people?.length));
  // "When is the deal expected to close?" is not answered by "the closing share price on Friday": the verb must be one there.
  const oneOff = q.kind === "when" ? mainWords.filter((w) => q.pos.get(w) === "VERB" && ONE_OFF_EVENTS.has(stemOf(w))) : [];
  const verbMissed = picked !== undefined && verbMatters && (missesVerb(picked.c, q) || oneOff.some((v) => onlyAsNoun(picked.c.sentence.text, v) && !(q.synonyms.get(stemOf(v)) ?? []).some((x) => picked.c.sentence.terms.has(x)))) && !ownsAskedThing(picked.c.sentence.text, picked.got.answer, q);
  // "Who is Beijing sending to the talks?": when the best sentences only name someone, a sentence a
  // little further down that has the verb (or a word for it) may say who did it.
  // "When is the deal expected to close?": "the companies said on Sunday" misses "close"; a sentence
  // ranked a little lower that uses it as a verb ("is expected to close in February") answers.
  const ownVerbs = q.words.filter((w, i) => q.pos.get(w) === "VERB" && !LIGHT_VERBS.has(w) && !isStopWord(w) && i > 0);
  // ("accepted her resignation" says who resigned, by the act's noun and whose it was.)
  const withVerb = verbMissed && ownVerbs.length ? tries.find((t) => t !== picked && ownVerbs.every((v) => usedAsVerb(t.c.sentence.text, v) || possessedActs(t.c.sentence.text).includes(stemOf(v)))) : undefined;
  const further = verbMissed || (!picked && (q.kind === "who" || q.kind === "quantity")) ? withVerb ?? furtherWithVerb(candidates.slice(TRIES, TRIES * 2), q, needed) : undefined;
  const chosen = further ?? (picked && (verbMissed || unnamed) ? undefined : picked);
  // The name may be in another of the matching sentences: "the project, called the Corredor Solar del Norte".
  // "What is the name of the film that won?": a title the chosen sentence gives is the answer, not its clause.
  const titled = !unnamed && picked !== undefined && q.kind !== "who" && (ASKS_NAME.test(q.words.join(" ")) || ASKS_WHAT_CALLED.test(q.words.join(" "))) ? nameOfThing(picked.c.sentence.text, q) : undefined;
  // And when no sentence gave an answer of another shape: "The MT Sea Lantern, a 7,400-tonne tanker, ran aground".
  const nameAsked = !picked && q.kind !== "who" && (ASKS_NAME.test(q.words.join(" ")) || ASKS_WHAT_CALLED.test(q.words.join(" ")));
  const named = unnamed || nameAsked ? candidates.find((c) => c.coverage >= needed && nameOfThing(c.sentence.text, q)) : titled && (!picked!.got.answer.includes(titled) || words(picked!.got.answer).length > words(titled).length + 3) ? picked!.c : undefined;
  if (named) return { answered: true, answer: nameOfThing(named.sentence.text, q)!, evidence: [evidence(kb, named.sentence.article, named.sentence.sentence)], confidence: 0.7, kind: q.kind };
  // "What caused the fire?" with "The cause of the fire was not yet known": the articles say nobody knows.
  // Only a sentence that covers the question as well as the one answering it.
  // (Ranked no lower than that one, unless its answer is a weak one.)
  const chosenAt = chosen && !chosen.got.weak ? candidates.indexOf(chosen.c) : TRIES;
  const floor = (chosen?.c.coverage ?? top.coverage) - 0.05;
  const unknown = candidates.slice(0, Math.min(chosenAt + 1, TRIES)).filter((c) => c.coverage >= needed && c.coverage >= floor).map((c) => ({ c, clause: notKnownClause(c, q, kb.termFrequency) })).find((x) => x.clause !== undefined);
  if (unknown) return declined(kb, q, `the articles say only "${unknown.clause!.replace(/^(?:and|but)\s+/i, "").replace(/[.]$/, "")}" (${unknown.c.facts.article.title})`);
  if (chosen) {
    const { c, got } = chosen;
    const cited = got.sentence !== undefined ? evidence(kb, c.sentence.article, got.sentence) : evidence(kb, c.sentence.article, c.sentence.sentence);
    // A second source only when it also holds the answer.
    const probe = got.answer.replace(/^(yes|no):\s*/i, "").replace(/\s*\(.*\)$/, "").replace(/[“”]/g, "").toLowerCase();
    const more = candidates.slice(0, 3).filter((x) => x !== c && x.coverage >= needed && x.sentence.id !== `${c.sentence.article}#${cited.sentence}` && probe.length > 2 && x.sentence.text.toLowerCase().includes(probe));
    return {
      answered: true,
      answer: got.answer,
      evidence: [cited, ...more.slice(0, 1).map((x) => evidence(kb, x.sentence.article, x.sentence.sentence))],
      confidence: Math.round(Math.min(1, 0.35 + c.coverage * 0.55 + (q.corrected ? -0.05 : 0.05)) * 100) / 100,
      kind: q.kind,
      ...(got.people ? { people: got.people } : {}),
    };
  }
  // "Where are they holding their first talks under Biden?": the best sentence is about the story's
  // event but names no place; the event's venue answers.
  const eventWhere = q.kind === "where" && !nextRound && top.coverage >= needed && top.namesAll && q.terms.some((t) => /^(talk|meet|summit|negoti|confer)/.test(t)) && words(top.sentence.text).some((w) => EVENT_WORDS.test(stemOf(w))) ? eventLocation(top.facts) : undefined;
  if (eventWhere) return { answered: true, answer: eventWhere.place, evidence: [evidence(kb, top.sentence.article, eventWhere.sentence)], confidence: 0.6, kind: "where" };
  // "Which judge is hearing the case?": the one judge the articles name, when all the question adds is running the proceedings.
  const sole = soleHolder(kb, q);
  if (sole) return sole;
  // "Which firm is the main contractor on the tram project?": the body the best-matching articles call so ("blamed the contractor, Halvergate Infrastructure Group").
  const calledSo = predicate && !q.people.length && top.namesAll && top.coverage >= CALLED_SO_COVERAGE ? organizationByRole(kb, q, [predicate], candidates.slice(0, 3).map((c) => c.sentence.article)) : undefined;
  if (calledSo) return { answered: true, answer: calledSo.name, evidence: [evidence(kb, calledSo.article, calledSo.sentence)], confidence: 0.65, kind: q.kind };
  if (unknownHead && !holdsRest(top)) return declined(kb, q, `the articles never mention ${q.head}`);
  if (outcome && top.coverage >= needed) return declined(kb, q, "the articles report no outcome yet");
  return declined(kb, q, top.coverage < needed ? `the best sentence covers ${Math.round(top.coverage * 100)}% of the question` : `no ${q.wants ?? "answer"} in the matching sentences`);
}

/** How much of the question the best sentence must cover for a body the article calls by the noun asked to answer it. */
const CALLED_SO_COVERAGE = 0.4;

/** A question's words before a clause that opens with "before", "after", "if", "unless" ...: what it asks about. */
function mainClause(ws: string[]): string[] {
  const at = ws.findIndex((w, i) => i > 1 && /^(before|after|if|unless|until|since|while|because)$/.test(w));
  return at < 0 ? ws : ws.slice(0, at);
}

/** Whether an answer is only a person the question names, with their description ("Fiona Takahashi, Spain's foreign minister"). */
function namesAskedPerson(answer: string, c: Candidate, q: Question): boolean {
  return q.people.some((r) => {
    const p = r.article === c.sentence.article ? c.facts.people.find((x) => x.id === r.id) : undefined;
    return p !== undefined && answer.startsWith(p.name) && (answer.length === p.name.length || p.roles.some((role) => answer.slice(p.name.length).replace(/^,\s*/, "").replace(/,$/, "") === role));
  });
}

/** The first of these candidates that has the question's verb (or a word for it) and an answer. */
function furtherWithVerb(candidates: Candidate[], q: Question, needed: number): { c: Candidate; got: extract.Extracted } | undefined {
  for (const c of candidates) {
    if (c.coverage < needed || !c.namesAll || missesVerb(c, q) || otherOrdinal(q, c.sentence.text)) continue;
    const got = extractFrom(c, q);
    if (got?.answer && !echoesQuestion(got.answer, q) && !headsOtherThanAsked(c, got, q)) return { c, got };
  }
  return undefined;
}

/** The first sentence of the only article, as a candidate that matches nothing in particular. */
function leadCandidate(kb: KnowledgeBase): Candidate | undefined {
  const sentence = kb.sentences.find((s) => s.article === 0 && s.sentence === 0);
  return sentence ? { sentence, facts: kb.articles[0], bm25: 0, coverage: 0, missing: [], absent: [], score: 0, namesAll: true } : undefined;
}

/** "Where does X stand on Y?", "What is X's position on Y?", "What does X want on Y?": a person's stance on a topic. */
function asksStance(q: Question): boolean {
  if (q.people.length === 0) return false;
  const text = q.words.join(" ");
  return (q.kind === "quote" && /^where\b/.test(text)) || /\b(position|positions|stance|view|views|think|thinks|want|wants|propose|proposes|favou?r|favou?rs|support|supports|oppose|opposes|plan|plans|promise|promised|pledge|pledged)\b/.test(text);
}
