import type { MentionKind } from "../knowledge/types.ts";
import type { QuestionKind } from "./types.ts";
import { isStopWord } from "./text.ts";
import { countryOf, countryOfWords, isDemonym, isRegionDemonym } from "../lexicon/places.ts";
import { isOccupation, isSpecialist, ROLE_WORDS } from "../lexicon/words.ts";
import { SAYING_VERBS } from "./clauses.ts";
import { isEnglishWord, isVerb } from "../lexicon/wordnet.ts";

/**
 * What a question asks for, from its words and their parts of speech: its kind (who, where, how
 * many ...), the head noun of "which X", and the kind of mention that answers it.
 */

/** "What did X say ...?", "How has X reacted?"; not "what did France want to add to the list" (a verb after "to" is what they wanted done). */
const ASKS_SAID = new RegExp(`^(what|how) (did|does|do|has|have|had|will|would) .+ (?<!\\bto )(${SAYING_VERBS})\\b`);

/** Auxiliary verbs: a question that opens with one asks yes or no. */
export const AUX = new Set(["is", "are", "was", "were", "will", "would", "does", "did", "do", "has", "have", "had", "can", "could", "should", "shall", "may", "might", "must"]);
/** Prefixes a hyphen joins to a verb, split off by the tokenizer: "co-sponsored", "re-elected". */
const VERB_PREFIX = /^(co|re|pre|non|anti|ex|self|cross|over|under|counter|out|mis)$/;

const HEAD_KINDS: [RegExp, MentionKind | "role" | "who" | "side"][] = [
  [/^(towns?|city|cities|country|countries|places?|states?|regions?|provinces?|venues?|locations?|sites?|capitals?|nations?|areas?|islands?|continents?|ports?|harbou?rs?|destinations?|villages?|county|counties|districts?|boroughs?|municipality|municipalities|neighbou?rhoods?|suburbs?|prefectures?|territory|territories|rivers?|lakes?|mountains?|valleys?|seas?|bays?|straits?|where)$/, "place"],
  [/^(day|days|date|time|years?|months?|weeks?|night|morning|evening|hour|deadline|deadlines)$/, "date"],
  [/^(share|percentage|percent|proportion|fraction|portion|rate)$/, "percent"],
  [/^(number|amount|figure|count|total|price|cost|value|fee|salary|wage|level|shortfall|budget)$/, "number"],
  [/^(organization|organisation|organizations|organisations|org|orgs|outfit|institution|body|agency|institute|company|companies|firm|group|tank|outlet|newspaper|pollster|university|department|ministry|union|regulator|regulators|watchdog|court|committee|commission|bank|board|airline|airlines|carrier|carriers|broadcaster|network|channel|station|club|school|hospital|publication|journal|magazine|brand|manufacturer|lab|laboratory|investor|investors|lender|insurer|bidder|buyer|rival|competitor|supplier|fund|hotel|hotels|authority|authorities|agencies|bodies|association|alliance|coalition|federation|operator|utility|retailer|developer|charity|watchdogs|force|forces|police|(?:ship|home|house|steel|plane|car|auto|chip|drug|toy|truck|aircraft|jet|boat|glass|paper|cement|chocolate|carpet)(?:builders?|makers?))$/, "organization"],
  [/^(title|titles|job|jobs|role|roles|position|positions|post|posts|office|offices|rank)$/, "role"],
  [/^(side|sides|camp|party|country)$/, "side"],
  [/^(person|people|official|officials|man|men|woman|women|leader|leaders|minister|diplomat|diplomats|spokesperson|spokesman|spokeswoman|expert|analyst|members?|representative|representatives|executive|counterparts?)$/, "who"],
];

/** Measures whose value is a percentage ("the jobless rate") or another number ("the death toll"). */
const PERCENT_MEASURES = "rate|rates|inflation|unemployment|turnout|yield|growth|coverage";
export const NUMBER_MEASURES = "price|cost|toll|population|salary|budget|deficit|shortfall|revenue|fee|value|debt|magnitude|depth|offer|bid|raise|estimate|valuation|record|payout|wage|fare";
const MEASURE_ASKED = new RegExp(`^what (?:(?:is|was|are|were) |did .+ (?:set|raise|lower|cut|increase|reduce|put|fix|hold|keep) .*?)(?:the |its |their |his |her )?(?:[a-z'-]+ ){0,3}(${PERCENT_MEASURES}|${NUMBER_MEASURES})\\b(?!(?<!price|cost|salary|fee|value|budget) of\\b)`);
const PERCENT_MEASURE = new RegExp(`^(${PERCENT_MEASURES})$`);

export function kindOf(ws: string[], pos: Map<string, string>, raw: string): { kind: QuestionKind; head?: string; wants?: MentionKind } {
  const first = ws[0] ?? "";
  // "What's the fertility rate?": the words lose the "'s", which is "is" ("what is the population of ...").
  const whats = ws[0] === "what" && !AUX.has(ws[1] ?? "") && pos.get(ws[1] ?? "") !== "VERB" && /^\s*what(?:['’]s|s)\s/i.test(raw);
  const text = whats ? `what is ${ws.slice(1).join(" ")}` : ws.join(" ");
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
      // "which firm stores and transports the vaccines": a verb the tagger read as a plural noun.
      const verbNext = phrase.length > 0 && /[^s]s$/.test(w) && /^(the|a|an|its|their|his|her|and|this|these|those)$/.test(ws[k + 1] ?? "") && isVerb(w);
      // "which organisation co-sponsored the summit": a verb's prefix, cut off by its hyphen, starts the verb.
      const prefixOfVerb = phrase.length > 0 && VERB_PREFIX.test(w) && (pos.get(ws[k + 1] ?? "") === "VERB" || /ed$/.test(ws[k + 1] ?? ""));
      // Four words at most, or five when the fifth is a role: "which White House national security adviser".
      if (AUX.has(w) || (isStopWord(w) && phrase.length > 0) || (pos.get(w) === "VERB" && phrase.length > 0) || verbNext || prefixOfVerb || phrase.length === 5 || (phrase.length === 4 && !ROLE_WORDS.has(w))) break;
      // "which stores specifically", "which state agency still has": an adverb says how or when, not what.
      if (!isStopWord(w) && !(pos.get(w) === "ADV" && (/ly$/.test(w) || /^(still|already|also|now|ever|yet|even|just|again|only)$/.test(w)))) phrase.push(w);
    }
    const next = phrase.slice(0, 5);
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
  // "weather in anchorage when the chinese showed up?", "coverage at the schools where cases cluster?": a noun first, and "when" or "where" opens a clause about it.
  if (/^(when|while|where)$/.test(wh) && whIndex >= 2 && pos.get(first) === "NOUN" && ws.slice(1, whIndex).every((w) => !AUX.has(w) && pos.get(w) !== "VERB")) {
    // The phrase's last noun heads it: "vaccine coverage at ..." asks for coverage, a share.
    const lead = ws.slice(0, ws.findIndex((w, i) => i > 0 && (isStopWord(w) || pos.get(w) !== "NOUN")));
    const head = lead[lead.length - 1] ?? first;
    return PERCENT_MEASURE.test(head) ? { kind: "quantity", head, wants: "percent" } : { kind: "what", head };
  }
  // "Who estimated how long the repairs would take?" asks who: "how" opens a clause about it.
  const embeddedHow = /^(?:who|whom)\b/.test(text);
  // "How much longer will the search go on?": a length of time.
  if (!embeddedHow && /\bhow much longer\b/.test(text)) return { kind: "quantity", wants: "number", head: "long" };
  if (!embeddedHow && /\bhow (old|tall|big|large|far|heavy|long|wide|deep|high|fast|often)\b/.test(text)) return { kind: "quantity", wants: "number", head: /\bhow (\w+)/.exec(text)![1] };
  // "How effective was the vaccine?": a rate, said as a percentage.
  if (!embeddedHow && /\bhow (effective|efficient|successful|accurate)\b/.test(text)) return { kind: "quantity", wants: "percent", head: "effective" };
  // "How cold was it?", "what's the temperature?": a reading in degrees.
  if (/\bhow (cold|hot|warm|chilly)\b|\bwhat(?: is| was| were| are)? the (?:(?:lowest|highest|minimum|maximum|record|peak|average)\s+)?temperatures?\b/.test(text)) return { kind: "quantity", wants: "number", head: "temperature" };
  // "At what angle is it tilted?", "how steep is the slope?": a reading in degrees.
  if (/\b(?:what|which) angle\b|\bhow steep(?:ly)?\b/.test(text)) return { kind: "quantity", wants: "number", head: "angle" };
  // "How full is the reservoir?": a share of its capacity.
  if (!embeddedHow && /\bhow full\b/.test(text)) return { kind: "quantity", wants: "percent", head: "full" };
  if (!embeddedHow && /\b(how many|how much|what share|what percentage|what proportion|what percent|what fraction|what number)\b|^(?:[a-z]+ )?(?:percentage|percent|share|proportion|number) of\b/.test(text)) return { kind: "quantity", wants: /\b(percent|percentage|proportion|fraction)\b|\bwhat share\b|\bshare of\b/.test(text) ? "percent" : "number" };
  // "What had particulate levels dropped to?", "what did the rate rise to": the level reached, a number.
  if (/^what (?:has|had|have|did|does|will|would|is|was|were) (?:[a-z-]+ ){1,5}(?:fallen|fall|fell|dropped|drop|declined|decline|risen|rise|rose|climbed|climb|jumped|jump|increased|increase|decreased|decrease|reduced|cut|raised|lowered|slipped|slip|surged|surge|soared|soar|plunged|plunge|eased|ease|grown|grow|grew|shrunk|shrink|shrank) to(?:$| (?:by|in|on|at|after|since|from|during|over|this|last|\d))/.test(text)) return { kind: "quantity", wants: "number" };
  // "What split does Estmark want?", "what share split is set out in the treaty?": a ratio ("50-50").
  if (/^(?:what|which) (?:[a-z]+ )?split\b/.test(text)) return { kind: "quantity", wants: "number", head: "split" };
  // "What will the new monthly pass cost?", "what does a ticket cost now": a price.
  if (/^what (?:will|would|does|do|did|is going to|are going to) (?:[a-z'-]+ ){1,6}(?:cost|costs|charge|pay|earn|fetch)(?:$| (?:now|then|next|each|per|a|an|after|from|in|under|once|when)\b)/.test(text)) return { kind: "quantity", wants: "number", head: "cost" };
  // "What was the council's vote?", "what was the final score?": a tally ("6-3", "81 votes to 62").
  // Not "what reserve margin": a margin of votes or goals, not of supply.
  const tally = /\bwhat (?:(?:was|is|were) )?(?:the )?(?:[a-z]+ )?(?:final )?(?:vote )?(vote|score|tally|margin)\b/.exec(text);
  if (tally && tally[1] === "margin" && /\b(?:reserve|profit|operating|safety|error|capacity|gross|net)\s+margin\b/.test(text)) return { kind: "quantity", wants: "percent", head: "margin" };
  if (tally) return { kind: "quantity", wants: "number", head: tally[1] };
  // "How close was the council vote?": its tally says how close (not "how close was the tally to the official result").
  const closeness = /\bhow (?:close|narrow|tight|narrowly) (?:was|is|were|did) (?:the |their |its )?(?:[a-z]+ ){0,2}?(vote|score|tally|margin|result|race|contest|ballot)\b(?!\s+(?:to|with|from)\b)/.exec(text);
  if (closeness) return { kind: "quantity", wants: "number", head: /^(result|race|contest|ballot)$/.test(closeness[1]) ? "vote" : closeness[1] };
  // "date of the talks": a bare noun for a time asks when.
  const dayAsked = /\b(?:what|which) (time|times|hours|day|days|date|dates|years?|months?|weeks?)\b|\bhow (?:long ago|soon)\b|^(date|dates|day|days|time) of\b/.exec(text);
  if (dayAsked) return { kind: "when", wants: "date", ...(dayAsked[1] ? { head: dayAsked[1] } : {}) };
  // "venue of the talks?", "what is the location of the plant": a bare noun for a place asks where.
  const placeAsked = /^(?:(?:what|which) (?:is|was|are|were|will be) )?(?:the )?(venue|location|site|setting|whereabouts) (?:of|for)\b/.exec(text);
  if (placeAsked) return { kind: "where", head: placeAsked[1], wants: "place" };
  // ("Who wrote the ordinance?" asks its author, not a speaker.)
  if (/\b(who|whom) (said|says|asked|told|warned|argued|wrote(?! (?:the|a|an|this|its|their|his|her)\b)|added|called|described|stated|complained|complains|insisted|insists|admitted|conceded|acknowledged|predicted|predicts|vowed|lamented|remarked|quipped|joked)\b/.test(text)) return { kind: "who", wants: "person", head: "speaker" };
  // "What is the name of Varnia's president?" asks who.
  // "names of Sullivan's British, French and German counterparts?" too.
  const nameOf = /^(?:what (?:(?:is|was|are|were) )?the |the )?names? of (?:the |a |an )?((?:[a-z.'’-]+ ?){1,6})/.exec(text);
  // "names of the British, French and German officials": officials of a country are people to name.
  const nationalOfficials = (ws2: string[]) => ws2.some((w) => /^officials?$/.test(w)) && ws2.some((w) => isDemonym(w) || countryOfWords(w) !== undefined);
  if (nameOf && (nameOf[1].trim().split(" ").some((w) => (ROLE_WORDS.has(w) && !/^(officials?|members?)$/.test(w)) || /^(counterparts?|envoys?|delegates?|negotiators?)$/.test(w)) || nationalOfficials(nameOf[1].trim().split(" ")))) return { kind: "who", wants: "person" };
  if (ASKS_SAID.test(text) || /\bwhat was said\b/.test(text)) return { kind: "quote" };
  // "Who is the parent company of NVF?": a body, not a person.
  const parentAsked = /^who (?:(?:is|was|are|were) )?(?:the |its |their )?(?:[a-z'’.-]+ )?(?:parent|holding) (company|firm|group|corporation)\b/.exec(text);
  if (parentAsked) return { kind: "what", head: parentAsked[1], wants: "organization" };
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
  // "What was the kidnappers' original deadline?": a deadline is a date.
  if (/^what (?:is|was|are|were) (?:the |their |its |his |her )?(?:[a-z'’-]+ ){0,3}?deadlines?\b/.test(text)) return { kind: "when", wants: "date" };
  const countOf = /^what (?:is|was|are|were) (?:the )?(population|death toll|size) of\b/.exec(text);
  if (countOf) return { kind: "quantity", head: countOf[1].replace(/^death /, ""), wants: "number" };
  // "What is the average monthly state pension?": an average or a total is a number, whatever of.
  const averaged = /^what (?:is|was|are|were) (?:the |an? )?(?:average|median|mean|total)\s+(?:[a-z'-]+\s+){0,3}?([a-z'-]+)(?:\s+(?:in|of|for|at|across|among|per|on)\b.*)?$/.exec(text);
  if (averaged && pos.get(averaged[1]) === "NOUN") return { kind: "quantity", head: averaged[1], wants: "number" };
  // "What's the maximum prison term he could get?": the most (or least) of anything is a number.
  const bound = /^what (?:is|was|are|were) (?:the |its |their |his |her |an? )?(?:maximum|minimum) ((?:[a-z'-]+ ?){1,3})/.exec(text);
  // (Not a punishment, which may be no number: "life imprisonment".)
  if (bound && !/\b(?:punishment|penalty|penalties|sanction|sanctions)\b/.test(bound[1])) {
    // The head is the last noun of the run that follows ("prison term"); "fine" alone, whatever its
    // tag; not a name typed in lower case after it ("the max fine maas faces").
    const after = bound[1].trim().split(" ");
    const end = after.findIndex((w, i) => i > 0 && (pos.get(w) !== "NOUN" || !isEnglishWord(w)));
    return { kind: "quantity", head: after[(end < 0 ? after.length : end) - 1], wants: "number" };
  }
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
    // So does one in the singular: "the current state pension age" asks for an age, not a state.
    // (A measure before it still asks for its value: "the price target", "the price per dose".)
    const finalNoun = heads[0] !== undefined && pos.get(heads[0]) === "NOUN" && !kinds.some(([hit]) => hit === heads[0]) && (/s$/.test(heads[0]) || kinds.every(([, k]) => k === "place" || k === "organization"));
    // "Which University of Arizona economist was quoted?": an occupation ending the phrase asks for a person.
    const verbAt = ws.findIndex((w, i) => i > whIndex && (AUX.has(w) || pos.get(w) === "VERB"));
    // Only one that ends it: "which Castelmarian goods" asks for goods ("-ian" there says where from).
    const asked = ws.slice(whIndex + 1, verbAt < 0 ? whIndex + 7 : verbAt);
    const at = asked.findLastIndex(isSpecialist);
    const occupation = at >= 0 && asked.slice(at + 1).every((w) => ROLE_WORDS.has(w) || isOccupation(w)) ? asked[at] : undefined;
    if (occupation) return { kind: "who", head: occupation, wants: "person" };
    // "Which fund manager thinks ...?": a role ending the phrase asks for its holder, not for the fund.
    if (head !== undefined && ROLE_WORDS.has(head) && pos.get(head) === "NOUN" && !kinds.some(([hit]) => hit === head) && heads.length > 1 && verbAt > 0) return { kind: "who", head, wants: "person" };
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
export function asksForKind(w: string, kind: QuestionKind, head: string | undefined, wants: MentionKind | undefined): boolean {
  // ("Which river ...?": a river's name holds the word, "the Carrow River"; a sentence must say it.)
  if (w === head && (kind === "who" || (kind === "where" && !/^(?:rivers?|lakes?|mountains?|valleys?|seas?|bays?|straits?)$/.test(w)) || kind === "when" || kind === "side" || GENERIC_HEADS.test(w) || (kind === "what" && wants !== undefined && wants !== "percent" && wants !== "number"))) return true;
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
  // "How long will the walkout last?": "last" asks the length, it is no word the sentence must hold ("last year").
  if (kind === "quantity" && head === "long" && /^(last|lasts|lasted|lasting)$/.test(w)) return true;
  // "How much money does each month cost?": the sentence gives the sum ("350,000 euros").
  if (kind === "quantity") return /^(number|numbers|percentage|percent|amount|total|worth|days|maximum|minimum|longer|money|cash|sum|altogether|overall|roughly|approximately)$/.test(w) || (/^(tally|margin|score|vote)$/.test(head ?? "") && /^(tally|margin|final|close|narrow|narrowly|tight)$/.test(w));
  if (kind === "role") return /^(title|job|role|position|post|rank|hold|holds|specialty|speciality|profession|occupation)$/.test(w);
  return false;
}

/** "Which US state...", "Which European allies...": words between the wh-word and its head noun describe the answer. */
export function descriptorWords(ws: string[], head: string | undefined, pos: Map<string, string>): Set<string> {
  const wh = ws.findIndex((w) => w === "which" || w === "what");
  const at = head ? ws.indexOf(head, wh) : -1;
  if (wh < 0 || at < 0 || at - wh > 3) return new Set();
  // Adjectives and nationalities describe the answer ("which European allies"); nouns name the thing ("what tax rate").
  return new Set(ws.slice(wh + 1, at).filter((w) => pos.get(w) === "ADJ" || countryOf(w) !== undefined || isRegionDemonym(w)));
}

