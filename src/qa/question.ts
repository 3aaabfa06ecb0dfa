import type { KnowledgeBase } from "../knowledge/base.ts";
import type { MentionKind } from "../knowledge/types.ts";
import type { QuestionKind } from "./types.ts";
import { escapeRegExp, isAskingWord, isStopWord, stemOf, words } from "./text.ts";
import { countryOf, countryOfCapital, countryOfRegion, countryOfWords, isDemonym, isKnownPlace, isRegionDemonym } from "../lexicon/places.ts";
import type { Country } from "../lexicon/countries.ts";
import { expand } from "../lexicon/synonyms.ts";
import { isEnglishWord, isVerb, relatedWords } from "../lexicon/wordnet.ts";
import { tagWords } from "../knowledge/nlp.ts";
import { nameIndex, phrases, type NameIndex, type NameRef } from "../knowledge/nameIndex.ts";
import { isOccupation, isSpecialist, NUMBER_WORDS, ROLE_WORDS } from "../lexicon/words.ts";
import { idioms } from "./idioms.ts";
import { SAYING_VERBS } from "./clauses.ts";
import { correct, expandShorthand, fixFunctionWord, fixQuestionWord, englishSlip, misspelledEnglish, unswapped } from "./typos.ts";

/** A question, read: what it asks for and what it is about. */
export interface Question {
  /** The question as typed, cleaned of mentions and extra space. */
  text: string;
  /** Lower-case words after typo correction. */
  words: string[];
  kind: QuestionKind;
  /** The kind of mention that answers it, when one does (a place for "where"). */
  wants?: MentionKind;
  /** For "which X"/"what X" questions: the head noun X ("region", "think tank"). */
  head?: string;
  /** Stemmed content words: what the question is about. */
  terms: string[];
  /** Content words with synonyms, stemmed, for search. */
  searchTerms: string[];
  /** People named in the question, as [article index, person id]. */
  people: { article: number; id: string; text: string }[];
  /** Country names the question refers to ("Chinese", "Beijing", "US"). */
  countries: string[];
  /** Capitalised words or phrases that name nothing the articles know. */
  unknownNames: string[];
  /** Content words that appear nowhere in the articles, even allowing a typo. */
  unknownWords: string[];
  /** "What did X say about Y": the topic Y, stemmed. */
  topic: string[];
  /** True when a word had to be corrected. */
  corrected: boolean;
  /** Part of speech of each word of the question, from wink-nlp. */
  pos: Map<string, string>;
  /** For a content word the articles do not use: stems of related words they do use (WordNet). */
  related: Map<string, string[]>;
  /** Names of organizations and places of the articles that the question names, lower case. */
  things: string[];
  /** Words that describe the answer ("Danish" in "which Danish company"): they count for less. */
  descriptors: string[];
  /** One-word names of organizations the question names ("brightwater", "pew"), lower case. */
  orgWords: string[];
}

/** "What did X say ...?", "How has X reacted?". */
// Not "what did France want to add to the list": a verb after "to" is what they wanted done.
const ASKS_SAID = new RegExp(`^(what|how) (did|does|do|has|have|had|will|would) .+ (?<!\\bto )(${SAYING_VERBS})\\b`);

const AUX = new Set(["is", "are", "was", "were", "will", "would", "does", "did", "do", "has", "have", "had", "can", "could", "should", "shall", "may", "might", "must"]);

/**
 * Whether a yes/no question asks whether something was done: "Did the regulator fine the airline?",
 * "Has anyone sued?". Not "Is there any condition attached?", which asks whether there is one.
 */
export function asksWhetherDone(q: Question): boolean {
  return q.kind === "yesno" && /^(did|does|do|has|have|had|will|would|can|could|should)$/.test(q.words[0] ?? "");
}

const HEAD_KINDS: [RegExp, MentionKind | "role" | "who" | "side"][] = [
  [/^(towns?|city|cities|country|countries|places?|states?|regions?|provinces?|venues?|locations?|sites?|capitals?|nations?|areas?|islands?|continents?|where)$/, "place"],
  [/^(day|days|date|time|year|month|week|night|morning|evening|hour)$/, "date"],
  [/^(share|percentage|percent|proportion|fraction|portion|rate)$/, "percent"],
  [/^(number|amount|figure|count|total|price|cost|value|fee|salary|wage)$/, "number"],
  [/^(organization|organisation|organizations|organisations|org|orgs|outfit|institution|body|agency|institute|company|companies|firm|group|tank|outlet|newspaper|pollster|university|department|ministry|union|regulator|regulators|watchdog|court|committee|commission|bank|board|airline|airlines|carrier|carriers|broadcaster|network|channel|station|club|school|hospital|publication|journal|magazine|brand|manufacturer|lab|laboratory|investor|investors|lender|insurer|bidder|buyer|rival|competitor|supplier|fund|hotel|hotels|authority|authorities|agencies|bodies|association|alliance|coalition|federation|operator|utility|retailer|developer|charity|watchdogs)$/, "organization"],
  [/^(title|titles|job|jobs|role|roles|position|positions|post|posts|office|offices|rank)$/, "role"],
  [/^(side|sides|camp|party|country)$/, "side"],
  [/^(person|people|official|officials|man|men|woman|women|leader|leaders|minister|diplomat|diplomats|spokesperson|spokesman|spokeswoman|expert|analyst|members?|representative|representatives|executive|counterparts?)$/, "who"],
];

/** Measures whose value is a percentage ("the jobless rate") or another number ("the death toll"). */
const PERCENT_MEASURES = "rate|rates|inflation|unemployment|turnout|yield|growth";
const NUMBER_MEASURES = "price|cost|toll|population|salary|budget|deficit|revenue|fee|value|debt|magnitude|depth|offer|bid|raise";
const MEASURE_ASKED = new RegExp(`^what (?:(?:is|was|are|were) |did .+ (?:set|raise|lower|cut|increase|reduce|put|fix|hold|keep) .*?)(?:the |its |their |his |her )?(?:[a-z'-]+ ){0,3}(${PERCENT_MEASURES}|${NUMBER_MEASURES})\\b(?! of\\b)`);
const PERCENT_MEASURE = new RegExp(`^(${PERCENT_MEASURES})$`);

function kindOf(ws: string[], pos: Map<string, string>, raw: string): { kind: QuestionKind; head?: string; wants?: MentionKind } {
  const first = ws[0] ?? "";
  const text = ws.join(" ");
  // "what issues...", "which US state...": the noun right after the wh-word; "what are both sides..." has none.
  // The noun comes first: "which environmental topic" -> "topic", then the other words.
  const headsAfter = (i: number): string[] => {
    if (AUX.has(ws[i + 1] ?? "")) return [];
    // The noun phrase runs to the verb: "what issues | will ...", "which Chinese envoy | in ...".
    // "which Japanese and South Korean officials": adjectives joined by "and" are one phrase.
    const phrase: string[] = [];
    const joined = (k: number) => /^(and|or)$/.test(ws[k]) && phrase.length > 0 && (countryOf(ws[k - 1]) !== undefined || isRegionDemonym(ws[k - 1])) && (countryOf(ws[k + 1] ?? "") !== undefined || /^(north|south|east|west)$/.test(ws[k + 1] ?? ""));
    for (let k = i + 1; k < Math.min(ws.length, i + 7); k++) {
      const w = ws[k];
      if (joined(k)) continue;
      if (AUX.has(w) || (isStopWord(w) && phrase.length > 0) || (pos.get(w) === "VERB" && phrase.length > 0) || phrase.length === 4) break;
      // "which stores specifically": an adverb says how, not what.
      if (!isStopWord(w) && !(pos.get(w) === "ADV" && /ly$/.test(w))) phrase.push(w);
    }
    const next = phrase.slice(0, 4);
    // English noun phrases end with their head: "which Chinese envoy" -> "envoy".
    const heads = next.filter((w) => !countryOf(w) && !isRegionDemonym(w) && !/^(north|south|east|west)$/.test(w)).reverse();
    return [...heads, ...next];
  };
  // "Name an issue where ...", "list the countries that ...": an imperative asks what, whatever wh-word follows.
  if (/^(name|list|give|show|describe|summari[sz]e)\b/.test(first) && !/^(name|list)s?\s+(of|for)\b/.test(text)) {
    const heads = headsAfter(0);
    return heads[0] ? { kind: "what", head: heads[0] } : { kind: "what" };
  }
  const whIndex = ws.findIndex((w) => ["who", "whom", "whose", "what", "which", "where", "when", "why", "how"].includes(w));
  // "Did Wang Yi make any comments when he arrived?": a yes/no question, whose "when" opens a clause.
  const wh = whIndex >= 0 && !(AUX.has(first) && whIndex > 2 && /^(when|where|why|how)$/.test(ws[whIndex])) ? ws[whIndex] : "";
  // "Cui said his colleagues should do what if ...?": "what" in the place of the answer, after a verb.
  // Not "did Varga say what share ...": "what" and a noun ask an embedded question.
  if (wh === "what" && whIndex >= 3 && /^(do|did|say|said|be|become|want|wanted|call|called|suggest|suggested|propose|proposed)$/.test(ws[whIndex - 1]) && (whIndex === ws.length - 1 || /^(if|when|before|after|to|for|about|with|in|on|at|now|next|instead|then|exactly)$/.test(ws[whIndex + 1]))) {
    return { kind: /\b(said|says|say|told|suggested|suggests|argued|wrote|added|warned)\b/.test(ws.slice(0, whIndex).join(" ")) ? "quote" : "what" };
  }
  // "weather in anchorage when the chinese showed up?": a noun first, and "when" opens a clause about it.
  if (/^(when|while)$/.test(wh) && whIndex >= 2 && pos.get(first) === "NOUN" && ws.slice(1, whIndex).every((w) => !AUX.has(w) && pos.get(w) !== "VERB")) return { kind: "what", head: first };
  // "How much longer will the search go on?": a length of time.
  if (/\bhow much longer\b/.test(text)) return { kind: "quantity", wants: "number", head: "long" };
  if (/\bhow (old|tall|big|large|far|heavy|long|wide|deep|high|fast|often)\b/.test(text)) return { kind: "quantity", wants: "number", head: /\bhow (\w+)/.exec(text)![1] };
  // "How effective was the vaccine?": a rate, said as a percentage.
  if (/\bhow (effective|efficient|successful|accurate)\b/.test(text)) return { kind: "quantity", wants: "percent", head: "effective" };
  // "How cold was it?", "what's the temperature?": a reading in degrees.
  if (/\bhow (cold|hot|warm|chilly)\b|\bwhat(?: is| was| were| are)? the temperatures?\b/.test(text)) return { kind: "quantity", wants: "number", head: "temperature" };
  // "How full is the reservoir?": a share of its capacity.
  if (/\bhow full\b/.test(text)) return { kind: "quantity", wants: "percent", head: "full" };
  if (/\b(how many|how much|what share|what percentage|what proportion|what percent|what fraction|what number)\b|^(?:[a-z]+ )?(?:percentage|percent|share|proportion|number) of\b/.test(text)) return { kind: "quantity", wants: /\b(percent|percentage|proportion|fraction)\b|\bwhat share\b|\bshare of\b/.test(text) ? "percent" : "number" };
  // "What was the council's vote?", "what was the final score?": a tally ("6-3", "81 votes to 62").
  // Not "what reserve margin": a margin of votes or goals, not of supply.
  const tally = /\bwhat (?:(?:was|is|were) )?(?:the )?(?:[a-z]+ )?(?:final )?(?:vote )?(vote|score|tally|margin)\b/.exec(text);
  if (tally && tally[1] === "margin" && /\b(?:reserve|profit|operating|safety|error|capacity|gross|net)\s+margin\b/.test(text)) return { kind: "quantity", wants: "percent", head: "margin" };
  if (tally) return { kind: "quantity", wants: "number", head: tally[1] };
  // "date of the talks": a bare noun for a time asks when.
  const dayAsked = /\b(?:what|which) (time|day|days|date|dates|year|month)\b|\bhow (?:long ago|soon)\b|^(date|dates|day|days|time) of\b/.exec(text);
  if (dayAsked) return { kind: "when", wants: "date", ...(dayAsked[1] ? { head: dayAsked[1] } : {}) };
  // "venue of the talks?", "what is the location of the plant": a bare noun for a place asks where.
  const placeAsked = /^(?:(?:what|which) (?:is|was|are|were|will be) )?(?:the )?(venue|location|site|setting|whereabouts) (?:of|for)\b/.exec(text);
  if (placeAsked) return { kind: "where", head: placeAsked[1], wants: "place" };
  if (/\b(who|whom) (said|says|asked|told|warned|argued|wrote|added|called|described|stated)\b/.test(text)) return { kind: "who", wants: "person", head: "speaker" };
  // "What is the name of Varnia's president?" asks who.
  // "names of Sullivan's British, French and German counterparts?" too.
  const nameOf = /^(?:what (?:(?:is|was|are|were) )?the |the )?names? of (?:the |a |an )?((?:[a-z.'’-]+ ?){1,6})/.exec(text);
  // "names of the British, French and German officials": officials of a country are people to name.
  const nationalOfficials = (ws2: string[]) => ws2.some((w) => /^officials?$/.test(w)) && ws2.some((w) => isDemonym(w) || countryOfWords(w) !== undefined);
  if (nameOf && (nameOf[1].trim().split(" ").some((w) => (ROLE_WORDS.has(w) && !/^(officials?|members?)$/.test(w)) || /^(counterparts?|envoys?|delegates?|negotiators?)$/.test(w)) || nationalOfficials(nameOf[1].trim().split(" ")))) return { kind: "who", wants: "person" };
  if (ASKS_SAID.test(text) || /\bwhat was said\b/.test(text)) return { kind: "quote" };
  if (/\b(under|on) what conditions?\b|\bwhat would it take\b/.test(text)) return { kind: "why", head: "condition" };
  if (/\bon the [a-z.]+ or (the )?[a-z.]+ side\b|\bwhich side\b|\bwhose side\b|\bwhat side\b/.test(text)) return { kind: "side", head: "side" };
  if (/^according to [^,]+,? (what|who|which|how)\b/.test(text)) return { kind: "quote" };
  // "Where does the mayor stand on the mine?": a position, not a place.
  if (/^where (?:does|do|did|will) .+ stand\b/.test(text)) return { kind: "quote" };
  // "What is X's position on migration?" asks for a stance, not a title.
  if (/\b(what|which) (is|was|are) .+['’]?s? position (on|about|over|regarding|toward|towards)\b/.test(text)) return { kind: "quote" };
  // "sullivan's job?", "blinken role": a name and the word for a role, and nothing else.
  if (/\b(what|which) (is|was|are) .+['’]?s? (?:[a-z]+ )?(title|job|role|position|post|rank|specialty|speciality|profession|occupation)\b/.test(text) || /\bwhat (title|job|role|position|post)\b/.test(text) || /^[a-z.'’ -]{2,40} (title|job|role|post|rank)$/.test(text)) return { kind: "role" };
  // "What was the policy rate before the cut?", "What did the bank set its rate to?": a measure asks for its value.
  // "What is the population of Yanahuasi?": a count, whatever it is of.
  // "What's the award worth?": an amount of money.
  if (/^what .{3,60} worth\b/.test(text)) return { kind: "quantity", head: "worth", wants: "number" };
  const countOf = /^what (?:is|was|are|were) (?:the )?(population|death toll|size) of\b/.exec(text);
  if (countOf) return { kind: "quantity", head: countOf[1].replace(/^death /, ""), wants: "number" };
  const measure = MEASURE_ASKED.exec(text);
  if (measure && (/^what (?:is|was|are|were) /.test(text) || /\bto$/.test(text))) return { kind: "quantity", head: measure[1], wants: PERCENT_MEASURE.test(measure[1]) ? "percent" : "number" };
  // "What about Taiwan is on the list?": the topic, not the kind of answer.
  if (wh === "what" && ws[whIndex + 1] === "about") return { kind: "what" };
  if (wh === "what" || wh === "which") {
    const heads = headsAfter(whIndex);
    const head = heads[0];
    // The phrase's last noun first: "which two board members" asks for members, not a board; but
    // "which countries' regulators" asks for the countries.
    const kinds = HEAD_KINDS.map(([re, k]) => [heads.find((h) => re.test(h)), k] as const).filter(([hit]) => hit !== undefined);
    const possessive = kinds.find(([hit]) => new RegExp(`\\b(?:which|what)\\s+(?:[\\w-]+\\s+)?${hit}(?:['’]s?|s['’])(?=\\s)`, "i").test(raw));
    // A last noun of no kind names the thing itself: "which rival drugs" asks for drugs, not a rival company.
    const finalNoun = heads[0] !== undefined && pos.get(heads[0]) === "NOUN" && /s$/.test(heads[0]) && !kinds.some(([hit]) => hit === heads[0]);
    // "Which University of Arizona economist was quoted?": an occupation ending the phrase asks for a person.
    const verbAt = ws.findIndex((w, i) => i > whIndex && (AUX.has(w) || pos.get(w) === "VERB"));
    const occupation = ws.slice(whIndex + 1, verbAt < 0 ? whIndex + 7 : verbAt).filter(isSpecialist).pop();
    if (occupation) return { kind: "who", head: occupation, wants: "person" };
    const last = possessive ?? kinds.find(([hit]) => hit === heads[0]) ?? (finalNoun ? undefined : kinds[0]);
    for (const [hit, k] of last ? [last] : []) {
      if (hit) {
        const head = hit;
        // "What positions does Beijing hold on Taiwan?" asks for a stance, not a title.
        if (k === "role" && /^positions?$/.test(head) && /\b(on|about|over|regarding|toward|towards)\b/.test(text.slice(text.indexOf(head)))) return { kind: "quote" };
        if (k === "role") return { kind: "role", head };
        // "Which minority group ...": a group of people, not an organization.
        // "Which group's treatment ...": a group of people too; the answer need not be an organization's name.
        if (k === "organization" && /^groups?$/.test(head) && (/^(minority|minorities|ethnic|religious|age|income|demographic|population|social|language|indigenous)$/.test(ws[ws.indexOf(head) - 1] ?? "") || new RegExp(`\\b${head}['’]s\\b`, "i").test(raw))) return { kind: "what", head };
        // "Which party does X belong to?" asks a side; "which party came second?" an organization.
        // "A commission of which party?" names the party's organization.
        if (k === "side" && head === "party" && (!/\b(represents?|belongs?|speaks?|sides?|members?|for|from|joined|leads?|heads?)\b/.test(text) || ws[whIndex - 1] === "of")) return { kind: "what", head, wants: "organization" };
        if (k === "side") return { kind: "side", head };
        if (k === "who") return { kind: "who", head, wants: "person" };
        if (k === "place") return { kind: "where", head, wants: "place" };
        if (k === "date") return { kind: "when", head, wants: "date" };
        if (k === "percent" || k === "number") return { kind: "quantity", head, wants: k };
        return { kind: "what", head, wants: k };
      }
    }
    // "Which seismologist ...", "which cybersecurity analyst": an occupation asks who.
    // "Which two Biden advisers ...": a role in the plural asks who too.
    if (head && isOccupation(head)) return { kind: "who", head, wants: "person" };
    return { kind: "what", ...(head ? { head } : {}) };
  }
  if (wh === "who" || wh === "whom" || wh === "whose") return { kind: "who", wants: "person" };
  if (wh === "where") return { kind: "where", wants: "place" };
  if (wh === "when") return { kind: "when", wants: "date" };
  if (wh === "why") return { kind: "why" };
  if (wh === "how") return { kind: "how" };
  // "nordvale ceo?", "china foreign minister": a name and a role, typed alone, ask who holds it.
  if (!AUX.has(first) && ws.length <= 5 && ROLE_WORDS.has(ws[ws.length - 1]) && !/^(officials?|members?|people)$/.test(ws[ws.length - 1])) return { kind: "who", wants: "person" };
  // "any follow-up meetings planned?": chat's short form of "are there any ...".
  if (AUX.has(first) || first === "any") return { kind: "yesno" };
  return { kind: "what" };
}

/** Verbs that ask how something moved: "How has the figure changed?". */
export const ASKS_CHANGE = /^(change|changes|changed|changing|shift|shifted|move|moved|evolve|evolved|develop|developed|trend|trended)$/;

/** Heads that only say "a list of things": "which issues", "what topics". */
export const GENERIC_HEADS = /^(issues?|topics?|things?|points?|matters?|areas?|subjects?|questions?|ways?|steps?|measures?|kinds?|types?|reasons?)$/;

/** Words that name the kind of answer rather than what it is about: "place" in "where does it take place". */
function asksForKind(w: string, kind: QuestionKind, head: string | undefined, wants: MentionKind | undefined): boolean {
  if (w === head && (kind === "who" || kind === "where" || kind === "when" || kind === "side" || GENERIC_HEADS.test(w) || (kind === "what" && wants !== undefined && wants !== "percent" && wants !== "number"))) return true;
  // "How has the figure changed?": the change is what is asked, not a word the sentence must hold.
  // Nor is "the number (figure, level) of": "how has the number of complaints changed?".
  if (kind === "how" && (ASKS_CHANGE.test(w) || /^(number|figure|figures|amount|level)$/.test(w))) return true;
  if (kind === "where") return /^(place|location|venue|site|take|taking|held|located)$/.test(w);
  // "Which day of the week": the day is what is asked; the sentence says "Monday".
  if (kind === "when") return /^(time|date|day|week|weekday|held|take|taking|place|soon)$/.test(w);
  // "How many days do the talks run?": days are counted from the dates the articles give.
  // "What was the final vote tally?": the tally is the numbers; "final" adds nothing a sentence must say.
  // "How high were the seas?": "high" asks for a size, the sentence says "six metres".
  if (kind === "quantity" && w === head && /^(tall|high|deep|long|far|heavy|wide|fast|thick|effective|efficient|successful|accurate|cold|hot|warm|full)$/.test(w)) return true;
  // "How much money does each month cost?": the sentence gives the sum ("350,000 euros").
  if (kind === "quantity") return /^(number|numbers|percentage|percent|amount|total|worth|days|maximum|minimum|longer|money|cash|sum)$/.test(w) || (/^(tally|margin|score)$/.test(head ?? "") && /^(tally|margin|final)$/.test(w));
  if (kind === "role") return /^(title|job|role|position|post|rank|hold|holds|specialty|speciality|profession|occupation)$/.test(w);
  return false;
}

/** "Which US state...", "Which European allies...": words between the wh-word and its head noun describe the answer. */
function descriptorWords(ws: string[], head: string | undefined, pos: Map<string, string>): Set<string> {
  const wh = ws.findIndex((w) => w === "which" || w === "what");
  const at = head ? ws.indexOf(head, wh) : -1;
  if (wh < 0 || at < 0 || at - wh > 3) return new Set();
  // Adjectives and nationalities describe the answer ("which European allies"); nouns name the thing ("what tax rate").
  return new Set(ws.slice(wh + 1, at).filter((w) => pos.get(w) === "ADJ" || countryOf(w) !== undefined || isRegionDemonym(w)));
}

/** "the AEI analyst" when the articles only say "American Enterprise Institute": the initials read as the name. */
function withNamesForInitials(kb: KnowledgeBase, ix: NameIndex, text: string): string {
  if (ix.initials.size === 0) return text;
  return text.replace(/\b[A-Za-z]{3,6}\b/g, (w) => {
    const low = w.toLowerCase();
    const name = ix.initials.get(low);
    // Not a word the articles use, nor (typed in lower case) an English word: "the cat" is no Court of Arbitration.
    return name && !kb.vocabularySet.has(low) && (/^[A-Z]+$/.test(w) || !isEnglishWord(low)) ? name : w;
  });
}

/** "counteroffer" where the articles only say "Kastrany offered $25 million": a counter-offer is an offer. */
function withoutCounter(kb: KnowledgeBase, text: string): string {
  return text.replace(/\bcounter-?(offers?|proposals?|bids?|claims?|attacks?|measures?|demands?)\b/gi, (all, rest: string) => (kb.vocabularySet.has(all.toLowerCase()) ? all : rest));
}

/** Phrases for one another that only apply when the articles lack the question's own word: [question's words, stem that must be missing, the articles' phrase]. */
const WHEN_UNUSED: [RegExp, (kb: KnowledgeBase) => boolean, string][] = [
  // "What issue might they cooperate on?" where the articles say "seeking common ground on issues like ...".
  // Only where the articles have the phrase's last word ("ground") and not the question's.
  [/\b(?:cooperate|co-operate|collaborate|cooperation|co-operation|collaboration)\b/gi, (kb) => !kb.termFrequency.has("cooper") && kb.termFrequency.has("ground"), "find common ground"],
  // "Who is Denmark's top diplomat?": its foreign minister, unless the articles call someone that.
  [/\btop diplomats?\b/gi, (kb) => kb.termFrequency.has("minist") && !saysAnywhere(kb, /\btop diplomats?\b/i), "foreign minister"],
];

/** "cooperate on" -> "find common ground on", when no article uses the question's words. */
function withArticlePhrases(kb: KnowledgeBase, text: string): string {
  let out = text;
  for (const [re, unused, phrase] of WHEN_UNUSED) if (out.search(re) >= 0 && unused(kb)) out = out.replace(re, phrase);
  return out;
}

const said = new WeakMap<KnowledgeBase, Map<string, boolean>>();

/** Whether any sentence of the articles matches `re` (worked out once per knowledge base). */
function saysAnywhere(kb: KnowledgeBase, re: RegExp): boolean {
  const known = said.get(kb) ?? new Map<string, boolean>();
  said.set(kb, known);
  let found = known.get(re.source);
  if (found === undefined) known.set(re.source, (found = kb.sentences.some((s) => re.test(s.text))));
  return found;
}

/** "If they came to compromise, what should Beijing do?" is read as "What should Beijing do if they came to compromise?". */
function conditionLast(text: string): string {
  const m = /^(if\b[^,]{3,}),\s*((?:who|whom|whose|what|which|where|when|why|how)\b.*?)([?.!]*)$/i.exec(text);
  if (m) return `${m[2]} ${m[1][0].toLowerCase()}${m[1].slice(1)}${m[3]}`;
  // "Of the athletes it punished, how many said ...?" is read as "How many of the athletes it punished said ...?".
  const part = /^(of\s[^,]{3,80}),\s*(how many|how much|what share|what percentage|what proportion|what fraction)\s+(.*)$/i.exec(text);
  return part ? `${part[2]} ${part[1].toLowerCase()} ${part[3]}` : text;
}


/** Reads a question against the knowledge base: its kind, its terms, the people and names it refers to. */
export function readQuestion(kb: KnowledgeBase, raw: string): Question {
  const ix = nameIndex(kb);
  const text = withArticlePhrases(kb, withoutCounter(kb, withNamesForInitials(kb, ix, conditionLast(idioms(raw.replace(/<@[^>]+>|@\w+/g, " ").replace(/\s+/g, " ").trim())))));
  const original = words(text);
  let corrected = false;
  const slipped = new Set<string>();
  const ws = original.map((w, i) => {
    // "bidens adviser": a name's possessive typed without its apostrophe.
    const owner = w.length > 3 && w.endsWith("s") && !kb.vocabularySet.has(w) ? w.slice(0, -1) : "";
    if (owner && (ix.personWords.has(owner) || ix.things.has(owner))) return owner;
    const short = expandShorthand(w, (x) => kb.vocabularySet.has(x));
    const fixed = short !== w ? short : i < 4 ? fixQuestionWord(w) : fixFunctionWord(w);
    // A word typed with a capital mid-question is likely a name: a name the articles give is the likelier fix.
    let capital: boolean | undefined;
    const typedCapital = () => (capital ??= i > 0 && new RegExp(`(?<=\\s)${escapeRegExp(w.charAt(0).toUpperCase() + w.slice(1))}\\b`).test(text));
    const fromArticles = fixed === w ? correct(kb, w, (x) => (ix.personWords.has(x) || ix.things.has(x)) && typedCapital()) : fixed;
    // "wrok": a swap in a common word the articles do not use.
    const c = fromArticles === w && !kb.vocabularySet.has(w) ? englishSlip(unswapped(w)) : fromArticles;
    // A slip fixed to a word the articles do not use says no more than the slip did ("plantiff").
    if (c !== fromArticles && c !== unswapped(w)) slipped.add(c);
    if (c !== w) corrected = true;
    return c;
  });
  const pos = new Map<string, string>();
  for (const t of tagWords(ws.join(" "))) if (!pos.has(t.normal)) pos.set(t.normal, t.pos);
  // "Beijing", "Jinping": a name the tagger reads as a verb for its "-ing" is a name.
  for (const w of ws) if (pos.get(w) === "VERB" && /ing$/.test(w) && (ix.personWords.has(w) || ix.things.has(w) || countryOfWords(w) !== undefined || countryOfCapital(w) !== undefined)) pos.set(w, "PROPN");
  // "Who mediated the talks?": the word after "who" is its verb, though the tagger may read an adjective.
  if (ws[0] === "who" && /^[a-z]{3,}ed$/.test(ws[1] ?? "") && pos.get(ws[1]) === "ADJ") pos.set(ws[1], "VERB");
  const { kind, head, wants } = kindOf(ws, pos, text);
  const descriptors = descriptorWords(ws, head, pos);
  // "Which two islands ...": how many are asked for, not a word the sentence says.
  const howMany = (w: string) => NUMBER_WORDS.has(w) && /^(which|what)$/.test(ws[ws.indexOf(w) - 1] ?? "");
  const asked = ws.filter((w) => !isStopWord(w) && !isAskingWord(w) && !/^(who|whom|whose|what|which|where|when|why|how)$/.test(w) && !howMany(w));
  // "Which pollster is cited?": with nothing else to go on, the kind asked is what to look for.
  const content = asked.some((w) => !asksForKind(w, kind, head, wants)) ? asked.filter((w) => !asksForKind(w, kind, head, wants)) : asked.filter((w) => w === head);
  const terms = [...new Set(content.map(stemOf))];
  const related = new Map<string, string[]>();
  const byWordNet = new Set<string>();
  for (const w of content) {
    if (known(kb, w)) continue;
    // WordNet's synonyms and broader words that the articles use.
    // The thing a "what"/"which" question asks for is a noun: "what sanctions" are no "pass".
    const near = relatedWords(w, w === head && kind === "what" && pos.get(w) === "NOUN" ? "noun" : undefined).filter((x) => !x.includes(" ") && !isStopWord(x) && kb.termFrequency.has(stemOf(x)));
    if (near.length) byWordNet.add(stemOf(w));
    const all = near;
    if (all.length) related.set(stemOf(w), all.map(stemOf));
  }
  // The question's words and the words listed for them, then the WordNet relatives, once each.
  const searchTerms = new Set<string>();
  for (const w of content) {
    searchTerms.add(stemOf(w));
    for (const x of expand(w)) searchTerms.add(stemOf(x));
  }
  for (const stems of related.values()) for (const x of stems) searchTerms.add(x);

  const runs = phrases(ws, ix.longest);
  const people = findPeople(kb, ws, runs);
  // "Which think tank does Sayers work for?": after "does ... <name>", a word that can be a verb is one.
  const nameWords = new Set(people.flatMap((p) => p.text.split(" ")));
  ws.forEach((w, i) => {
    if (i > 0 && nameWords.has(ws[i - 1]) && !nameWords.has(w) && /\b(does|did|do|will|would|can)\b/.test(ws.slice(0, i).join(" ")) && isVerb(w)) pos.set(w, "VERB");
  });
  const joinedWords = ` ${ws.join(" ")} `;
  const things = runs.filter((p) => p.includes(" ") && ix.things.has(p) && joinedWords.includes(` ${p} `));
  const inThing = new Set(things.flatMap((t) => t.split(" ")));
  const personWords = new Set(people.flatMap((p) => p.text.split(" ")));
  const orgWords = [...new Set(ws.filter((w) => w.length >= 4 && (ix.things.get(w) ?? []).some((r) => r.kind === "organization") && !personWords.has(w) && !inThing.has(w)))];
  // Country words, but not inside an organization's name ("American Enterprise Institute").
  const countryWords = ws.filter((w) => !inThing.has(w));
  // "seouls": a possessive typed without its apostrophe.
  // Not an English word that is also a country's initials, typed in lower case: "car-related" is no CAR.
  const initialsOnly = (w: string, c: Country | undefined) => c !== undefined && w !== "us" && c.aliases.includes(w.toUpperCase()) && !new RegExp(`\\b${w.toUpperCase()}\\b`).test(text) && isEnglishWord(w);
  const country = (w: string) => [w, ...(w.endsWith("s") ? [w.slice(0, -1)] : [])].map((x) => ({ x, c: countryOfWords(x) })).find(({ x, c }) => c && !initialsOnly(x, c))?.c;
  const pair = (w: string, next: string | undefined) => { const c = countryOfWords(w, next); return c && !initialsOnly(w, c) ? c : undefined; };
  const countries = new Set<string>();
  countryWords.forEach((w, i) => {
    for (const c of [country(w), pair(w, countryWords[i + 1])]) if (c) countries.add(c.name);
  });
  // A name typed with a slip ("Millbrok Road") is checked as corrected.
  const fixedWord = new Map(original.map((w, i) => [w, ws[i]]));
  const unknownNames = capitalisedUnknowns(kb, text, people, fixedWord);
  // Typed in lower case too: "how does russia view the talks" ("us" may be the pronoun).
  for (const w of countryWords) {
    const c = w === "us" ? undefined : countryOfWords(w);
    if (c && !initialsOnly(w, c) && !countryNamed(kb, c) && !unknownNames.some((n) => countryOf(n)?.name === c.name)) unknownNames.push(c.name);
  }
  // A misspelling of a common word the articles do not use ("enrgy") says nothing of what they cover.
  // "the trial participant Daniel Fortin": words right before a name the articles know describe that person.
  const describing = new Set(ws.filter((w, i) => !nameWords.has(w) && (nameWords.has(ws[i + 1] ?? "") || (nameWords.has(ws[i + 2] ?? "") && !isStopWord(ws[i + 1] ?? "") && !nameWords.has(ws[i + 1] ?? "")))));
  const unknownWords = content.filter((w) => !known(kb, w) && !slipped.has(w) && !describing.has(w) && !byWordNet.has(stemOf(w)) && !isRegionDemonym(w) && !countryOf(w) && !capitalOfNamed(kb, w) && !misspelledEnglish(w));
  const topic = topicOf(ws);
  return { text, words: ws, kind, ...(wants ? { wants } : {}), ...(head ? { head } : {}), terms, searchTerms: [...searchTerms], people, countries: [...countries], unknownNames, unknownWords, topic, corrected, pos, related, things, orgWords, descriptors: [...descriptors].map(stemOf) };
}

/** A word is known when the articles use it or a word of the same stem, or a synonym of it. */
export function known(kb: KnowledgeBase, w: string): boolean {
  if (kb.vocabularySet.has(w) || kb.termFrequency.has(stemOf(w))) return true;
  return expand(w).some((x) => kb.termFrequency.has(stemOf(x)));
}

/** People named in the question by full name or by one word of their name ("blinken", "wang yi"). */
function findPeople(kb: KnowledgeBase, ws: string[], runs: string[]): Question["people"] {
  const ix = nameIndex(kb);
  const out: Question["people"] = [];
  const seen = new Set<string>();
  const push = (refs: NameRef[] | undefined, text: string) => {
    for (const r of refs ?? []) {
      const k = `${r.article}|${r.id}`;
      if (!seen.has(k)) seen.add(k), out.push({ article: r.article, id: r.id, text });
    }
  };
  for (const p of runs) if (p.includes(" ")) push(ix.people.get(p), p);
  // "Jonas Lund": the words of a full name found refer to that person, not to the others who share them ("Mette Lund").
  const inFullName = new Set(out.flatMap((p) => p.text.split(" ")));
  for (const w of ws) if (!isStopWord(w) && !inFullName.has(w)) push(ix.personWords.get(w), w);
  return out.sort((a, b) => a.article - b.article);
}

/** Capitalised names in the question that match nothing in the articles: "Boris Johnson", "World Cup". */
function capitalisedUnknowns(kb: KnowledgeBase, text: string, people: Question["people"], fixedWord: Map<string, string>): string[] {
  const out: string[] = [];
  const names = text.match(/(?<![.?!]\s|^)\b[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*/g) ?? [];
  for (const name of names) {
    // "Trump-era", "Beijing-based": the name before the suffix.
    const ws = words(name.replace(/-[a-z]+\b/g, "")).filter((w) => !isStopWord(w)).map((w) => fixedWord.get(w) ?? w);
    if (ws.length === 0) continue;
    // A country no article names ("How does Russia view the talks?") is as unknown as a person.
    const country = countryOf(name) ?? countryOfCapital(name);
    if (country) {
      if (!countryNamed(kb, country)) out.push(name);
      continue;
    }
    if (isRegionDemonym(name) || isKnownPlace(name)) continue;
    // "East Asian" when the articles say "East Asia".
    const regionKnown = (w: string) => isRegionDemonym(w) && [w.replace(/n$/, ""), w.replace(/an$/, "")].some((r) => kb.vocabularySet.has(r));
    // "Japan's East Asian alliances": a country the articles name, written as a possessive.
    const countryKnown = (w: string) => {
      const c = countryOfWords(w.replace(/['’]s$/, ""));
      return c !== undefined && countryNamed(kb, c);
    };
    const isKnown = ws.every((w) => known(kb, w) || people.some((p) => p.text.includes(w)) || kb.vocabularySet.has(w) || regionKnown(w) || countryKnown(w));
    if (!isKnown) out.push(name);
  }
  return out;
}

/** "Who speaks for Stockholm?": the capital of a country the articles name stands for it. */
function capitalOfNamed(kb: KnowledgeBase, w: string): boolean {
  const c = countryOfCapital(w);
  return c !== undefined && countryNamed(kb, c);
}

const countriesCache = new WeakMap<KnowledgeBase, Set<string>>();

/** Whether the articles use every word of a name ("south", "korea"). */
function wordsUsed(kb: KnowledgeBase, name: string): boolean {
  const ws = words(name);
  return ws.length > 0 && ws.every((w) => kb.vocabularySet.has(w));
}

/**
 * Whether the articles name a country, by any of its names, its capital or its demonym. A
 * one-word name must also be found as a place or nationality, or as a side ("Chad" may be a name).
 */
function countryNamed(kb: KnowledgeBase, c: Country): boolean {
  if (countriesNamed(kb).has(c.name)) return true;
  return [c.name, ...c.aliases, ...c.demonyms, c.capital].some((n) => n && n.includes(" ") && wordsUsed(kb, n)) || [c.capital, ...c.demonyms].some((n) => n && wordsUsed(kb, n));
}

/** The countries the articles name as places, nationalities or sides. */
function countriesNamed(kb: KnowledgeBase): Set<string> {
  let set = countriesCache.get(kb);
  if (!set) {
    set = new Set();
    for (const f of kb.articles) {
      // "Wroclaw, Poland" names Poland too, and "Dayton, Ohio" the United States.
      for (const m of f.mentions) if (m.kind === "place" || m.kind === "nationality") for (const part of [m.text, ...m.text.split(/,\s*/).slice(1)]) for (const c of [countryOf(part), countryOfCapital(part), countryOfRegion(part)]) if (c) set.add(c.name);
      for (const s of f.sides) {
        const c = countryOf(s.name);
        if (c) set.add(c.name);
      }
    }
    countriesCache.set(kb, set);
  }
  return set;
}

/** "what did X say about Y" / "regarding Y" (and "on Y" after a verb of saying): the words of Y. */
function topicOf(ws: string[]): string[] {
  const saying = ws.some((w) => /^(say|said|says|tell|told|think|comment|commented|write|wrote|stance|position|view|views|stand|want|wants|propose|proposes|plan|plans|promise|promised|pledge|pledged)$/.test(w));
  // "what about Taiwan ...", "how about ...": the topic right after the wh-word too.
  const i = ws.findIndex((w, k) => (w === "about" || w === "regarding" || w === "concerning" || (saying && (w === "on" || w === "over"))) && (k > 1 || (k === 1 && /^(what|how)$/.test(ws[0]))));
  if (i < 0) return [];
  // "what about Taiwan is on the list": the topic ends at the verb.
  const rest = ws.slice(i + 1);
  const verb = i === 1 ? rest.findIndex((w) => AUX.has(w)) : -1;
  return (verb > 0 ? rest.slice(0, verb) : rest).filter((w) => !isStopWord(w)).map(stemOf);
}
