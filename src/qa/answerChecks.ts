import { expand } from "../lexicon/synonyms.ts";
import type { Question } from "./question.ts";
import { escapeRegExp, isStopWord, stemOf, words } from "./text.ts";
import type { ArticleFacts } from "../knowledge/types.ts";
import { countryOf, countryOfWords, isDemonym, isRegionDemonym } from "../lexicon/places.ts";
import { MONTHS, ORG_NOUNS, WEEKDAYS } from "../lexicon/words.ts";
import { questionStems } from "./retrieve.ts";

/**
 * Checks that a found answer fits what the question asks, beyond its kind: whose views, what came
 * of an event, what the question rules out, whether a name is given.
 */

/** Whether the question asks how a country is viewed ("view the US favorably") and the sentence gives views of another ("views of China"). */
export function viewsOtherCountry(q: Question, sentence: string): boolean {
  const asked = /\b(?:view|views|viewed|see|sees|regard|regards|rate|rates|feel about|think of|opinion of|views of|attitudes? (?:toward|towards|to))\s+(?:the\s+)?([a-z.]+(?:\s[a-z]+)?)/.exec(q.words.join(" "));
  const askedCountry = asked ? countryOfWords(asked[1].split(" ")[0], asked[1].split(" ")[1]) : undefined;
  if (!askedCountry) return false;
  const given = /\b(?:views?|opinions?|attitudes?|perceptions?) (?:of|toward|towards|about|on)\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w]*)?)/.exec(sentence);
  const givenCountry = given ? countryOfWords(given[1].toLowerCase().split(" ")[0], given[1].toLowerCase().split(" ")[1]) : undefined;
  return givenCountry !== undefined && givenCountry.name !== askedCountry.name;
}

/** "What did they agree?", "what was the outcome?", "how did the talks end?": asks what came of something. */
export function asksOutcome(q: Question): boolean {
  const text = q.words.join(" ");
  // "What outcome did Cui say he hoped for?" asks a hope, not an outcome.
  // ("the vote on the plan" names a plan; "plans to" hopes.)
  if (/\b(?:hope|hoped|hopes|hoping|want|wants|wanted|expect|expects|expected|seek|seeks|sought|aim|aims|planned)\b|\bplans? to\b/.test(text)) return false;
  // "the agreement" as a thing ("when was the agreement signed?") is no question of what came of talks.
  // "the outcome of the talks", not "the results kits" or "the official result for Rono".
  // "Who won the recount in the end?", "what did the tests end up showing?": what finally came of it.
  // ("ended up in hospital" says where, not what came of something.)
  if (/\b(?:in the end|eventually|ultimately)\b|\b(?:end|ended|ends) up (?:showing|finding|revealing|deciding|choosing|winning|losing|agreeing|concluding)\b/.test(text)) return true;
  return /\b(?:agree|agreed|agreeing|came out of|come out of)\b|\b(?:what|which|any|an|reach|reached)(?: \w+)? agreements?\b|\bwhat (?:was|is|were|will be) the (?:final |eventual )?(?:outcome|result)s?(?: of\b|$)|\boutcomes? of\b/.test(text) || /^how did .+ (?:end|conclude|wrap up|finish)$/.test(text) || /^what (?:was|were) (?:agreed|decided|resolved)\b/.test(text) || /^what (?:did|has|have|will) .+ (?:decide|resolve|conclude)\b/.test(text);
}
/** Words that report what came of something: "agreed", "ended", "signed", "voted". */
export const OUTCOME_SAID = /\b(?:agreed|agreement|reached|signed|ended|concluded|decided|settled|struck|approved|adopted|voted|passed|rejected|won|went on to win|clinched|lost|resulted|produced|ruled|broke down|collapsed|deal)\b/i;

/**
 * Whether an answer holds a name: a capitalised word past its first, not a place made an adjective
 * ("Singapore-based") nor a people's word ("a Belgian couple", "a French ski instructor").
 */
export function namesSomething(answer: string): boolean {
  const rest = answer.replace(/^[A-Z]\w*/, "").replace(/\b[A-Z][\w’'.]*-(?:based|owned|led|backed|born|made|registered|listed)\b/g, "");
  return (rest.match(/(?<=^|\s)[A-Z][\w’'-]*/g) ?? []).some((w) => !isDemonym(w) && !isRegionDemonym(w));
}

/** "besides Loopline", "other than the EU": the words of what the question rules out. */
export function excludedWords(q: Question): string[] {
  const m = /\b(?:besides|apart from|other than|aside from|except|excluding)\s+((?:[a-z0-9][\w’'-]*\s*){1,3})/.exec(q.words.join(" "));
  if (!m) return [];
  const out: string[] = [];
  for (const w of m[1].trim().split(/\s+/)) {
    if (/^(is|are|was|were|did|does|do|has|have|had|will|would|can|could|who|which|that)$/.test(w)) break;
    if (!isStopWord(w)) out.push(w);
  }
  return out;
}

/**
 * "Which company delivered the vaccines before Caldermoor?" is not answered by "Caldermoor Pharma
 * Logistics": an organization the question names is not the one it asks for.
 */
export function namesAskedOrganization(answer: string, facts: ArticleFacts, q: Question): boolean {
  const asked = [...q.things, ...q.orgWords];
  if (q.wants !== "organization" || asked.length === 0) return false;
  const plain = (text: string) => words(text).join(" ");
  const given = plain(answer.replace(/\s*\(.*\)\s*$/, ""));
  return facts.things.some((t) => {
    const names = [t.name, ...t.aliases].map(plain);
    return t.kind === "organization" && names.includes(given) && names.some((n) => asked.some((o) => n.includes(o)));
  });
}

/** Kinds of thing that go by a name, besides organizations: "which shipyard", "which countries", "which sponsors". */
const NAMED_KINDS = new Set(
  `shipyard shipyards refinery refineries foundation foundations sponsor sponsors competitor competitors rival rivals maker makers store stores
  shop shops line lines country countries city cities town towns village villages port ports airport airports stadium stadiums venue venues
  river rivers lake lakes mountain mountains island islands province provinces county counties district districts state states
  street streets road roads bridge bridges square squares park parks contractor contractors consultancy consultancies
  highway highways route routes motorway motorways engine engines app apps`.split(/\s+/),
);
/**
 * Words for a body that as often name no one in particular: "which group's treatment", "which
 * outlet", "which team"; "which firms would face the higher rate?" may be answered by the kind of
 * firm ("firms with annual revenue above ...").
 */
const LOOSE_KINDS = /^(?:group|groups|body|bodies|outlet|outlets|board|boards|team|teams|side|sides|platform|platforms|website|websites|company|companies|firm|firms|business|businesses)$/;

/**
 * "Which rival banks ...?", "which shipyard built it?": asks for the name of something of a kind
 * that goes by one. A clause without a name ("from two Premier League clubs") does not answer it.
 */
export function asksNamedKind(q: Question): boolean {
  const text = q.words.join(" ");
  if (!q.head || LOOSE_KINDS.test(q.head) || !/^(?:which|what)\b/.test(text) || /\b(?:kind|type|sort|kinds|types|sorts) of\b/.test(text)) return false;
  // "which clubs": the plural of a word for a body too.
  return ORG_NOUNS.has(q.head) || NAMED_KINDS.has(q.head) || (/[^s]s$/.test(q.head) && ORG_NOUNS.has(q.head.slice(0, -1)));
}

/**
 * Whether an answer holds a name the question does not give: a capitalised word that is not its
 * opening "The", a month or a day, nor a people's or a country's word ("Saudi crude", "Asian
 * manufacturers") unless a country may be what is asked for.
 */
export function holdsNewName(answer: string, q: Question): boolean {
  const asked = questionStems(q);
  // A country may be the island or the state asked for ("Taiwan").
  const countriesAsked = /^(?:country|countries|nation|nations|island|islands|state|states)$/.test(q.head ?? "");
  // "South Korean battery makers": a people's words, in one run of capitals, name no maker.
  // "a Zambian-registered company" names no company either.
  const runs = (answer.replace(/\b[A-Z][\w’'.]*-(?:based|owned|led|backed|born|made|registered|listed)\b/g, "").match(/(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*/g) ?? []).filter((run) => countriesAsked || (countryOf(run.toLowerCase()) === undefined && !isRegionDemonym(run)));
  return runs.flatMap((run) => run.split(/\s+/)).some((w) => {
    const l = w.toLowerCase().replace(/['’]s$/, "");
    if (isStopWord(l) || MONTHS.includes(l) || WEEKDAYS.includes(l) || /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/.test(l) || q.words.includes(l) || asked.has(stemOf(l))) return false;
    return countriesAsked || (countryOf(l) === undefined && !isRegionDemonym(w));
  });
}

/** Whether a sentence has one of these bodies saying something: "X said", "according to X", "X's spokeswoman". */
export function bodySays(text: string, bodies: readonly string[]): boolean {
  return bodies.some((b) => {
    const name = b.split(" ").map(escapeRegExp).join("[\\s-]+");
    return new RegExp(`\\b${name}\\b[^.;]{0,80}?\\b(?:said|says|told|added|warned|stated|announced|argued|insisted|noted|wrote|urged|called)\\b|\\baccording to (?:the )?${name}\\b|\\b${name}(?:['’]s)?\\s+(?:spokesman|spokeswoman|spokesperson|statement)`, "i").test(text);
  });
}

/** The country of the people's word before an asked organization's kind: "Spain" for "which Spanish club". */
export function countryModifier(q: Question): string | undefined {
  if (q.wants !== "organization" || !q.head) return undefined;
  const mod = q.words[q.words.indexOf(q.head) - 1];
  return mod ? countryOfWords(mod)?.name : undefined;
}

/**
 * "Which construction firm ...?", "which law firm ...?": the word that says what kind of body is
 * asked for (not a place, a people or a name the articles give), when the head is a word for a body.
 */
export function kindModifier(q: Question): string | undefined {
  if (q.wants !== "organization" || !q.head) return undefined;
  const at = q.words.indexOf(q.head);
  const mod = at > 1 ? q.words[at - 1] : undefined;
  if (!mod || isStopWord(mod) || /^(which|what|whose|other|rival|two|three|four|five|main|big|biggest|largest|new|local|foreign|private|state|public|government|federal|national|regional|city|municipal|international|global|world|independent|official|small|major|leading|top|same|different|another|parent|sister|umbrella|partner|owning|holding)$/.test(mod)) return undefined;
  if (countryOfWords(mod) || isRegionDemonym(mod) || q.things.some((t) => t.split(" ").includes(mod)) || q.orgWords.includes(mod)) return undefined;
  return q.pos.get(mod) === "NOUN" || q.pos.get(mod) === "ADJ" ? mod : undefined;
}

/** Words that end a description: a verb ("was", "said", "issued") or the end of a clause. */
const VERB_LIKE = /^(?:is|are|was|were|be|been|has|have|had|said|says|told|[a-z]{3,}ed)$|[.;:]$/i;

/**
 * Whether an organization is described as that kind in the articles: the word (or a longer form,
 * "lawyer" for "law") in its name, in the few words before it ("the construction group Halden"),
 * or in an appositive after it ("Halden, a construction firm").
 */
export function describedAsKind(answer: string, facts: ArticleFacts, mod: string): boolean {
  const stem = stemOf(mod);
  // A word listed for it: "the charity Mediterranean Rescue Alliance" for "which aid group".
  const listed = new Set(expand(mod).map(stemOf));
  // Either way round: "lawyer" for "law", "Cyber" for "cybersecurity".
  return describedAs(answer, facts, (w) => { const x = stemOf(w); return x.startsWith(stem) || (x.length >= 5 && stem.startsWith(x)) || listed.has(x); });
}

/**
 * "Which Spanish club bought him?" is not answered by the English club that sold him: the answer is
 * said to be of the country asked ("Spanish", "Spain", "Madrid-based" aside), by its name or around it.
 */
export function describedAsOf(answer: string, facts: ArticleFacts, country: string): boolean {
  const name = answer.replace(/\s*\(.*\)\s*$/, "").trim();
  if (!name) return false;
  const of = (text: string) => words(text).some((w) => countryOfWords(w)?.name === country);
  if (of(name)) return true;
  // Right before the name ("Spanish club Real Norte") or in an appositive right after it ("Real Norte, the Spanish champions").
  // ("Alvera Biologics, a drugmaker based in Copenhagen, Denmark, which ...": the appositive up to its clause.)
  const re = new RegExp(`((?:[\\w’'-]+\\s+){0,2})${escapeRegExp(name)}(?:,\\s+(?:a|an|the)\\s+([^.;]{0,80}?)(?=,\\s+(?:which|who|that|and)\\b|[.;]|$))?`, "g");
  return facts.sentences.some((s) => [...s.text.matchAll(re)].some((m) => of(m[1]) || of(m[2] ?? "")));
}

/** Whether a word of the answer's name, or of the words said of it where it is named, passes the test. */
function describedAs(answer: string, facts: ArticleFacts, test: (word: string) => boolean): boolean {
  const name = answer.replace(/\s*\(.*\)\s*$/, "").trim();
  if (!name) return false;
  const holds = (text: string) => words(text).some(test);
  if (holds(name)) return true;
  // In the words before the name since the last verb ("the criminal group BlackMantis", "his lawyer,
  // Simon Adeyemi of the London firm Carr"; not "the group BlackMantis was behind it, Northwatch said"),
  // or in an appositive after it ("Halden, a construction firm").
  // Initials in brackets after the name stand for it: "the charity Mediterranean Rescue Alliance (MRA)".
  const re = new RegExp(`((?:\\S+\\s+){0,8})\\(?${escapeRegExp(name)}(?:\\S*,?\\s+(?:a|an|the)\\s+((?:\\S+\\s+){0,3}\\S+))?`, "g");
  const sinceVerb = (before: string) => before.split(/\s+/).reduce<string[]>((kept, w) => (VERB_LIKE.test(w) ? [] : [...kept, w]), []).join(" ");
  return facts.sentences.some((s) => [...s.text.matchAll(re)].some((m) => holds(sinceVerb(m[1])) || holds(m[2] ?? "")));
}

/** Whether the sentence has the name own one of the question's things: "Pew's polling" for "who ran the poll". */
export function ownsAskedThing(text: string, name: string, q: Question): boolean {
  const owned = new RegExp(`\\b${escapeRegExp(name)}['’]s\\s+([a-z]+)`).exec(text)?.[1];
  return owned !== undefined && q.terms.some((t) => t.length >= 4 && stemOf(owned).startsWith(t));
}

/** Whether every use of a verb (by stem) in the text is of what will or may happen: "it will become", "hopes to become". */
export function onlyAhead(text: string, stem: string): boolean {
  const uses = [...text.matchAll(/[A-Za-z]+/g)].filter((m) => stemOf(m[0].toLowerCase()) === stem);
  return uses.length > 0 && uses.every((m) => /\b(?:will|would|shall|could|might|may|to)\s+(?:not\s+)?$/i.test(text.slice(Math.max(0, m.index! - 20), m.index)));
}

/** Whether a date is said of what will happen: "a walkout would begin on Feb. 17". */
export function futureDate(text: string, answer: string): boolean {
  const at = text.indexOf(answer.replace(/\s*\(.*\)$/, ""));
  return at > 0 && /\b(?:will|would|shall)\s+(?:not\s+)?(?:[a-z]+\s+){1,3}$/.test(text.slice(Math.max(0, at - 50), at));
}

/** Whether the answer is a date the sentence gives as a start: "Since a 2023 reform", "since March". */
export function sinceDate(text: string, answer: string): boolean {
  const at = text.indexOf(answer.replace(/\s*\(.*\)$/, ""));
  return at >= 0 && /\bsince\s+(?:(?:a|an|the|early|late|mid-?)\s+)?$/i.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * "Which company is the main contractor on the project?": the noun the question says the answer is
 * ("contractor"), when it is a word for a role or a kind of party; a sentence without it (or a word
 * for it) names some other body. Undefined when the question is not of that form.
 */
export function predicateNoun(q: Question): string | undefined {
  const m = /^(?:which|what) [a-z]+ (?:is|was|are|were) (?:the|its|their) (?:[a-z-]+ ){0,2}?([a-z-]+)(?: (?:on|of|for|at|in|behind|to|with)\b.*)?$/.exec(q.words.join(" "));
  const noun = m?.[1];
  return noun && q.pos.get(noun) === "NOUN" && !isStopWord(noun) ? noun : undefined;
}

/** Whether a sentence says the predicate noun, by its stem or a word listed for it. */
export function saysPredicate(terms: ReadonlySet<string>, noun: string): boolean {
  return [noun, ...expand(noun)].some((w) => terms.has(stemOf(w)));
}

/** "What caused the rangefinder to fail?", "what triggered the blackout?": asks for a cause. */
export function asksCause(q: Question): boolean {
  return /^(?:what|which) (?:\w+ )?(?:caused|causes|cause|triggered|triggers|sparked|sparks|prompted|led to|leads to)\b/.test(q.words.join(" "));
}

/** Whether a sentence gives a cause or a reason in so many words: "because", "due to", "traced to", "blamed on". */
export function saysCause(text: string): boolean {
  return /\b(?:because|due to|owing to|thanks to|caus\w*|trigger\w*|spark\w*|prompt\w*|led to|lead to|leads to|blam\w*|result\w*|stem\w*|traced|reasons?|why|explanation|fault)\b/i.test(text);
}

/**
 * "When did Rautenberg die?" is not answered by "Wexler, who had bought the landscape from
 * Rautenberg's dealer in 1926, died in 1953": the person asked is named only in a clause about
 * another person, who is the one the sentence tells of.
 */
export function askedOnlyInOthersClause(q: Question, sentence: string): boolean {
  if (q.people.length !== 1) return false;
  const clause = /^([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+(?:who|whose)\s[^,;]*,/.exec(sentence);
  if (!clause) return false;
  const asked = q.people[0].text.split(" ").at(-1)!;
  const named = new RegExp(`\\b${escapeRegExp(asked)}\\b`, "i");
  return !named.test(clause[1]) && named.test(clause[0]) && !named.test(sentence.slice(clause[0].length));
}

/**
 * "Where did Wexler die?" is not answered by "'... until the day she died,' Wexler-Amsel said by
 * telephone from Haifa": the question's verb is only in the quotation, the answer only outside it.
 */
export function verbOnlyQuoted(q: Question, sentence: string, answer: string): boolean {
  const verbs = q.words.filter((w) => q.pos.get(w) === "VERB" && !/^(is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could)$/.test(w)).map(stemOf);
  if (verbs.length === 0) return false;
  const quoted = [...sentence.matchAll(/“[^”]*”|"[^"]*"/g)];
  if (quoted.length === 0) return false;
  const outside = quoted.reduce((s, m) => s.replace(m[0], " "), sentence);
  const inside = quoted.map((m) => m[0]).join(" ");
  const has = (text: string) => words(text).some((w) => verbs.includes(stemOf(w)));
  return !has(outside) && has(inside) && outside.includes(answer) && !inside.includes(answer);
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINAL = new RegExp(`\\b(${ORDINALS.join("|")})\\s+((?:[a-z-]+\\s+)?[a-z-]+)`, "gi");

/**
 * "How big will the second disbursement be?" is not answered by "a first disbursement of $410
 * million": the sentence gives the asked noun another place in the order, and never the asked one.
 */
export function otherOrdinal(q: Question, sentence: string): boolean {
  const asked = [...q.words.join(" ").matchAll(ORDINAL)].map((m) => ({ ordinal: m[1], nouns: m[2].split(" ").filter((w) => !isStopWord(w)).map(stemOf) }));
  if (asked.length === 0) return otherNumbered(q, sentence);
  const given = [...sentence.matchAll(ORDINAL)].map((m) => ({ ordinal: m[1].toLowerCase(), nouns: m[2].toLowerCase().split(" ").map(stemOf) }));
  return asked.some((a) => {
    const same = given.filter((g) => g.nouns.some((n) => a.nouns.includes(n)));
    return same.length > 0 && same.every((g) => g.ordinal !== a.ordinal);
  }) || otherNumbered(q, sentence);
}

/** "Who did he beat in round six?" is not answered by a sentence about round seven (nor "the seventh round"). */
function otherNumbered(q: Question, sentence: string): boolean {
  const asked = NUMBERED.exec(q.words.join(" "));
  if (!asked) return false;
  const n = numberOf(asked[2]);
  const given = [...sentence.matchAll(new RegExp(NUMBERED.source, "gi"))].filter((m) => m[1].toLowerCase() === asked[1]).map((m) => numberOf(m[2].toLowerCase()));
  const ordinal = [...sentence.matchAll(ORDINAL)].filter((m) => stemOf(m[2].toLowerCase().split(" ").pop() ?? "") === stemOf(asked[1])).map((m) => ORDINALS.indexOf(m[1].toLowerCase()) + 1);
  const all = [...given, ...ordinal];
  return all.length > 0 && !all.includes(n);
}
const NUMBER_NAMES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const NUMBERED = new RegExp(`\\b(round|stage|game|leg|heat|phase|lap)\\s+(\\d{1,2}|${NUMBER_NAMES.join("|")})\\b`);
function numberOf(w: string): number {
  return /^\d+$/.test(w) ? Number(w) : NUMBER_NAMES.indexOf(w) + 1;
}

/** The event a question says is held ("When did the court hold its hearing?" -> "hear"), as a stem; undefined when none. */
export function eventHeld(q: Question): string | undefined {
  const main = q.words.join(" ").replace(/\s+(?:in|on|at|for|over|about|after|before)\b.*$/, "");
  const noun = /\b(?:hold|holds|held|holding|stage|stages|staged|host|hosts|hosted)\s+(?:its|their|his|her|the|a|an)\s+(?:[a-z-]+\s+)?([a-z]+)$/.exec(main)?.[1];
  return noun ? stemOf(noun) : undefined;
}

/** Whether a sentence says the event held: its word, one the question reads for it, or another word for it ("walked out" for a strike). */
export function saysEvent(terms: ReadonlySet<string>, event: string, q: Question): boolean {
  return terms.has(event) || (q.synonyms.get(event) ?? []).some((x) => terms.has(x)) || expand(event).some((x) => terms.has(stemOf(x)));
}

/**
 * "Which firm is carrying out the review?" is not answered by the utility that "commissioned an
 * independent engineering review": one who orders, asks for or hires the thing asked about is not
 * the one doing it (unless that is what the question asks).
 */
export function onlyOrderedIt(q: Question, text: string): boolean {
  const nouns = q.words.filter((w) => q.pos.get(w) === "NOUN");
  const thing = nouns.length ? stemOf(nouns[nouns.length - 1]) : undefined;
  if (!thing || q.words.some((w) => ORDERING.test(w))) return false;
  for (const m of text.matchAll(ORDERED)) if (words(text.slice(m.index! + m[0].length)).slice(0, 5).some((w) => stemOf(w) === thing)) return true;
  return false;
}
const ORDERING = /^(?:commission\w*|order\w*|request\w*|call\w*|demand\w*|seek\w*|sought|propos\w*|hire\w*|hiring|appoint\w*|ask\w*)$/;
/** (Not "a review commissioned by the council from Brennan Whitlock": there the firm named after it did it.) */
const ORDERED = /\b(?:commissioned|ordered|requested|called for|demanded|sought|proposed|hired|appointed|asked for)\b(?!\s+by\b)/gi;
