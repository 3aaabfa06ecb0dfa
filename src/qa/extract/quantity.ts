import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import { referredPeopleOf } from "../../knowledge/coreference.ts";
import type { Mention } from "../../knowledge/types.ts";
import { expand } from "../../lexicon/synonyms.ts";
import { isVerb, kindSense } from "../../lexicon/wordnet.ts";
import { NUMBER_MEASURES } from "../questionKind.ts";
import { countryOf, countryOfWords } from "../../lexicon/places.ts";
import type { Question } from "../question.ts";
import { mentionedInQuestion } from "../retrieve.ts";
import type { Candidate } from "../retrieve.ts";
import { escapeRegExp, isStopWord, stemOf, stemSet, words, wordsOf } from "../text.ts";
import type { Extracted } from "./shared.ts";
import { clauseDistance, nearness, otherCountrysClause, otherOrganizationsClause, sortedBy } from "./shared.ts";
import { countedNoun } from "../counted.ts";
import { sideOfTally, votingSide } from "../voteSide.ts";
import { missesVerb } from "../questionVerbs.ts";
import { splitClauses } from "../clauses.ts";
import { perQuestion } from "../memo.ts";
import { irregularBase, irregularSingular } from "../../lexicon/irregular.ts";
import { LENGTH_UNIT, LONG_THINGS, LOWER_BOUND, STATE_LASTED, NUMBER_WORDS, SPEED, SPEED_VERBS, UPPER_BOUND } from "../../lexicon/words.ts";

/** "artifacts" -> "artifact", "people" -> "person". */
/** "of the 76 seats", "of the line's 52 units": the whole a number before it is a part of. */
const PART_OF_WHOLE = /^\s+of\s+(?:the|its|their|his|her)?\s*(?:[\w’'-]+['’]s\s+)?[\d,.]+/;
const UPPER_BOUND_BEFORE = new RegExp(`\\b(?:${UPPER_BOUND})\\s+(?:about\\s+|around\\s+|some\\s+)?$`, "i");
const LOWER_BOUND_BEFORE = new RegExp(`\\b(?:${LOWER_BOUND})\\s+(?:about\\s+|around\\s+|some\\s+)?$`, "i");
const singular = (w: string): string => irregularSingular(w) ?? w.replace(/(?<=[^s])s$/, "");

/** An age in words: "nine", "twenty-three". */
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const AGE_IN_WORDS = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${UNITS}))?|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

/** "a 42-year-old schoolteacher", "aged 51", "Mwale, 51,". */
const AGES = new RegExp(`\\b(\\d{1,3}|${AGE_IN_WORDS})[- ]years?[- ]old(?:\\s+([a-z]+))?\\b|\\baged? (\\d{1,3})\\b|,\\s(\\d{1,3}),`, "gi");

/** "How many", "how much", "what share": the quantity next to what is asked. */

/** An amount said to be for one: "120 pounds each", "$3.80 per dose", "A$6.85 a share"; "each received $500", "a $500 rebate", "a one-off payment of $500". */
const EACH_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:each|apiece|per\b|an?\s+(?:head|person|share|dose|day|week|month|year|unit|tonne|ton|barrel|passenger|student|child|family|household|worker|employee|ticket|night|hour|trip)\b)/i;
const EACH_BEFORE = /\b(?:each|every)\s+(?:[a-z]+\s+){0,3}(?:got|gets|get|received|receives|receive|paid|pays|pay|earned|earns|is|was|will)\s+(?:[a-z]+\s+){0,2}$|\ban?\s+(?:one-off\s+|one-time\s+|single\s+)?(?:(?:payment|rebate|grant|bonus|allowance|stipend|voucher|cheque|check|award|fee)\s+of\s+)?$/i;

/** A unit of length right after a number: "45 nautical miles", "the 2.4-metre wall". */
const LENGTH_AFTER = new RegExp(`^(?:-|\\s+)(?:${LENGTH_UNIT})\\b`, "i");

/** A change or a stake a share is said of ("a 4.5 percent increase"), which a rate asked for is not. */
const OTHER_MEASURE_NOUNS = /^(?:increase|increases|rise|raise|hike|cut|cuts|drop|fall|decline|gain|jump|stake|discount|premium|reduction)$/;
/** Words that end the counted noun after a number: "3.8 billion cubic metres if ..." stops before "if", "2,300 dead fish along a stretch" before "along". */
const STOP_NOUN = /^(of|and|or|to|in|the|a|an|were|was|had|have|who|that|which|would|will|are|is|if|by|for|from|with|than|on|at|as|but|so|since|after|before|while|when|a|this|its|their|across|over|under|into|onto|through|throughout|between|among|about|around|per|during|within|without|until|near|outside|inside|along|alongside|beside|behind|beyond|below|above|beneath|amid|against|toward|towards|via|each|every|last|next|off|up|down|out|away|back|aboard|some|many|most|all|worth|valued|totalling|totaling|apiece|altogether|annually)$/;
/** "lost 11 goats overnight on Thursday": a word for when ends the noun phrase, unless a noun follows ("1.9 million overnight visitors"). */
const WHEN_WORD = /^(?:overnight|today|yesterday|tonight)$/;
/** "four hospitals north of the capital", "fish downstream of the plant": a word for where, before "of", ends the noun phrase ("upstream tailings dams" keeps it). */
const WHERE_WORD = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|downstream|upstream|offshore|inland|nearby|abroad|overseas)$/;
const endsPhrase = (w: string, next: string | undefined) => STOP_NOUN.test(w) || ((WHEN_WORD.test(w) || WHERE_WORD.test(w)) && (next === undefined || STOP_NOUN.test(next)));
const PREPOSITION = /^(from|to|in|at|on|by|for|with|into|across|over|under|since|after|before|per|than|against|toward|towards|via|among|between|around|near|during|until|within|without|through|along|alongside|beside|behind|beyond|below|above|beneath|outside|inside|amid|throughout)$/;
/** A question about how many someone has or employs, and one about a change in it. */
const HOLDING = /^how many [a-z]+ (?:do|does|did) .+ (?:have|has|employ)$/;
const CHANGE_ASKED = /\b(?:cut|cuts|shed|sheds|add|adds|added|create|created|lose|lost|eliminate|eliminated|slash|slashed)\b/;
/** A number a change verb reaches: "cut about 600 jobs", "will add 1,200 staff". */
const CHANGED_BY = /\b(?:cut|cuts|cutting|shed|sheds|shedding|slash(?:ed|es|ing)?|add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|lost|los(?:e|es|ing)|eliminat(?:e|es|ed|ing)|axe[ds]?|lay(?:ing)? off|laid off)\s+(?:about|around|roughly|some|nearly|almost|up to|more than|at least|an estimated|another|a further)?\s*$/i;
const HUMAN_COUNT = /^(people|persons|adults|patients|participants|individuals|residents|members|voters|workers|employees|staff|children|men|women|students|users|customers|drivers|recipients)$/;
const FRACTIONS = /^(nearly |about |almost |roughly |some |more than |less than )?(half|a half|a third|a quarter|two[- ]thirds|three[- ]quarters|one[- ]third|one[- ]quarter|a fifth|a tenth)$/i;
const MONEY_WORDS = /\b(money|cash|prize|insured|insure|insurance|premium|save|saves|saved|saving|savings|cost|costs|pay|paid|pays|paying|costing|charging|price|priced|worth|fine|fined|budget|revenue|revenues|sales|profit|profits|earn|earns|earned|salary|salaries|wage|wages|spend|spends|spending|spent|value|valued|allocate|allocated|invest|invests|invested|investing|investment|investments|raise|raised|fund|funding|receive|received|get|gets|payment|payments|bonus|bonuses|payout|payouts|grant|award|compensation|damages|fee|fees|dollars?|euros?|pounds?|billion|million)\b/;
const CHANGE_WORDS = /\b(likely|percent|percentage|rate|share|proportion|less|more|reduc\w*|cut|cuts|fell|fall|drop\w*|rise|rose|increase\w*|decrease\w*|grow\w*|grew|change\w*|lower|higher|raise|jump\w*|surge\w*|soar\w*|plung\w*|tumbl\w*|slump\w*|sink|sank|slid|slide|climb\w*|gain\w*)\b/;
/** A unit of mass right after a number: "1,900 kilograms", "3.5 tonnes". */
const MASS_AFTER = /^(?:-|\s+)(?:(?:million|billion|thousand)\s+)?(?:metric\s+)?(?:tonnes?|tons?|kilograms?|kilos?|kg|pounds?|lbs?|grams?|ounces?|oz)\b/i;
/** A measure's value said after it: "the fertility rate stood at", "a rate of". */
const RATE_GIVEN = /\brates?\s+(?:of|at|was|is|stood at|stands at|fell to|rose to|dropped to|climbed to|reached|hit)\s+(?:about|around|roughly|nearly|just|only|some)?\s*$/i;
/** A share of the economy: "1.9% of gross domestic product", "3 percent of GDP". */
const OF_ECONOMY = /^\s+of\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?(?:gross domestic product|gdp|economic output|national output|national income|the economy)\b/i;
/** "three | quarters of a million": the rest of a number written in words. */
const SCALE = /^\s+(?:quarters?|thirds?|halves)\s+of\s+a\s+(?:million|billion|thousand)\b/i;
const COLLECTIVE = /^(sides?|teams?|delegations?|groups?|parties|party|camps?|countries|country|nations?|governments?)$/;
const CALENDAR = /\b(until|till|by|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** An amount of money written earlier in the sentence: "18,000 euros", "$4.5 million". */
const MONEY_BEFORE = /[$€£]\s?\d|\d\s*(?:million|billion)?\s*(?:euros?|dollars?|pounds?|crowns?|francs?|yen|yuan)\b/i;
/** Nouns for a measured amount: "an estimate of $30 million", "a record of $19.2 million". */
const MEASURE_NOUN = new RegExp(`^(?:${NUMBER_MEASURES})s?$`);
const CURRENCY_AFTER = /^\s+(?:(?:million|billion|thousand|trillion)\s+)?(?:crowns?|(?:deutsche?\s+|deutsch)marks?|kronor|kroner|krona|euros?|pounds?|dollars?|yen|yuan|renminbi|rupees?|francs?|pesos?|rand|won|lira|zlotys?|reais|real|rubles?|roubles?|shekels?|dirhams?|riyals?|ringgit|baht|dong|naira|shillings?|cedis?|soles?|koruna|korun|forints?|lei|leu|hryvnias?|takas?|kwacha|birr|dinars?|rials?|rupiah|pesos?|quetzales|bolivianos?|guaranies?|colones?|lempiras?|kyats?|kips?|tenge|lari|drams?|manat|somoni|som|afghanis?|leones?|dalasis?|ariary|francs? cfa)\b/i;
/** A currency a question names, and how an amount in it is written. */
const CURRENCY_ASKED: [RegExp, RegExp][] = [
  [/\b(dollars?|usd)\b/, /\$|\bdollars?\b/i],
  [/\b(pounds?|sterling|gbp)\b/, /£|\bpounds?\b/i],
  [/\b(euros?|eur)\b/, /€|\beuros?\b/i],
];
/** Units of measure after an amount: "3.5 billion cubic metres", "340 megawatts", "90,000 hectares". */
const UNIT_AFTER = /^\s*(?:(?:million|billion|thousand|trillion)\s+)?-?(?:cubic|square)?\s*(?:metres?|meters?|litres?|liters?|gallons?|barrels?|tonnes?|tons?|kilograms?|kg|pounds?|ounces?|hectares?|acres?|kilometres?|kilometers?|km|miles?|megawatts?|gigawatts?|kilowatts?|mw|gw|kwh|kilowatt-hours?|megawatt-hours?|terawatt-hours?|cubic|(?:micro|milli|nano|kilo)?grams?|mg|mcg|µg|ml|(?:milli|micro)?lit(?:re|er)s?|doses?|tablets?|capsules?|pills?)\b/i;
/** "the 12th hour", "its third year": an ordinal right before a unit of time. */
const ORDINAL_BEFORE = /\b(\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+$/i;
/** Verbs of a toll, whose counts are easily taken one for another (the dead for the injured). */
const CASUALTY = new Set(["die", "died", "kill", "killed", "injure", "injured", "hurt", "wound", "wounded", "displace", "displaced", "evacuate", "evacuated", "rescue", "rescued", "arrest", "arrested", "miss", "missing"].map(stemOf));
/** A body's size, said in a clause about it: "which represents about 1,800 of AusPorts' staff". */
const MEMBERSHIP_BEFORE = /\b(?:which|that|who)\s+(?:represents|represented)\s+(?:about|around|some|nearly|almost|roughly|more than|over|just over|just under)?\s*$/i;

/** Words that say people were harmed: a toll is told with one of them. */
const HARM_SAID = /\b(?:die[ds]?|dying|dead|deaths?|death toll|toll|kill(?:s|ed|ing)?|fatalit(?:y|ies)|fatal(?:ly)?|lives|injur(?:e|es|ed|y|ies|ing)|hurt|wound(?:s|ed)?|casualt(?:y|ies)|hospitali[sz]ed|drown(?:s|ed)?|perish(?:ed)?|bodies|victims?|slain|succumb(?:ed)?)\b/i;
const POPULATION_OF = /\b(?:city|town|village|country|nation|region|district|state|province|island|community|county|municipality) of (?:about |around |roughly |some |nearly |almost |over |more than )?$/i;
const GENERIC_PEOPLE = /^(people|persons|individuals)$/;
/** People at sea, whom a ship's crew counts ("23 crew members" for "how many sailors"). */
const SEAFARERS = /^(sailors|seafarers|seamen|mariners)$/;
/** Words for people at work: a count of one answers how many of another ("how many workers": "2,800 bus drivers"). */
const WORKFORCE = /^(workers|employees|staff|drivers)$/;
const TALLY = /^\d{1,4}[-–]\d{1,4}$|^\d{1,4} votes? to \d{1,4}$/;
/** A plural noun for a group of people: "voters", "residents", "respondents", "nationals". */
/** Things, not people, that end like "survivors" and "donors". */
const NOT_PEOPLE_ORS = /^(sectors|factors|motors|floors|doors|colou?rs|errors|mirrors|corridors|vectors|reactors|tractors|monitors|elevators|processors|indicators|meteors|generators|detectors|sensors|radiators|ventilators|calculators|simulators|connectors|compressors|escalators|incubators|accelerators|transistors|semiconductors|conductors|interiors|exteriors|rumou?rs|honou?rs|favou?rs|harbou?rs|flavou?rs|labou?rs|vapou?rs|anchors|armou?rs|odou?rs|tumou?rs|behaviou?rs|parlou?rs|ardou?rs|valou?rs)$/;

function isPopulation(w: string): boolean {
  return HUMAN_COUNT.test(w) || (/(ers|ors|ants|ents|ists|ees|nals|ians)$/.test(w) && !/^(numbers|others|letters|centers|orders|papers|journals|signals|terminals)$/.test(w) && !NOT_PEOPLE_ORS.test(w));
}

/**
 * Verbs that say what a sum does and that a sentence giving that sum says too ("$210 million in cash"
 * is not what an investor "invested"). Not "pay" or "worth":
 * "a fee of 78 million euros" is paid, and "a A$2.3 billion deal" is worth it, without the word.
 */
const MONEY_VERBS = /^(raise|raises|raised|spend|spends|spent|invest|invests|invested|investing|fined)$/;
/** "a raise", "as a pay rise", "the wage increase": a rise in pay, most often a percentage. */
/** The side a question about a share of a vote asks for: "backed", "in favour" or "opposed", "against". */
function sideAsked(asked: string): "for" | "against" | undefined {
  if (/\b(?:undecided|unsure)\b/.test(asked)) return undefined;
  if (/\b(?:against|oppose[sd]?|opposing|reject(?:s|ed)?|voted no)\b/.test(asked)) return "against";
  if (/\b(?:back(?:s|ed)?|support(?:s|ed)?|favou?r(?:s|ed)?|in favou?r|approve[sd]?|endorse[sd]?|voted yes|voted for)\b/.test(asked)) return "for";
  return undefined;
}

/** Words for a kind of money a sum may be named as: "a fine of", "an operating profit of". */
const MONEY_NOUNS = /^(?:fine|fines|penalty|penalties|profit|profits|revenue|revenues|dividend|dividends|turnover|earnings|loss|losses|debt|debts|bonus|bonuses|salary|salaries|compensation|damages|subsidy|subsidies)$/;
const PAY_RISE = /\b(?:a|an|the|as a|pay|wage|salary)\s+(?:pay\s+|wage\s+|salary\s+)?(?:raise|rise)\b/;

/** Whether the question says what a sum does ("raise", "spend"), or a person's worth, and the sentence says none of it. */
function moneyVerbMissing(q: Question, terms: ReadonlySet<string>): boolean {
  // "offer as a raise": a pay rise, not raising money.
  const verbs = q.words.filter((w) => (MONEY_VERBS.test(w) && !PAY_RISE.test(q.words.join(" "))) || (w === "worth" && q.people.length > 0));
  if (verbs.length === 0) return false;
  return !verbs.some((v) => [v, ...expand(v), ...(v === "worth" ? ["value", "valued", "fortune"] : [])].some((f) => terms.has(stemOf(f))));
}

/**
 * "the seven-member jury", "The 96-minute film": a count joined by a hyphen to a unit that `unit`
 * accepts, before a noun the question names (the jury, the film).
 */
/** Words for a body of people: "a nine-member body", "a five-strong panel". */
const BODY_NOUN = /^(body|panel|board|committee|commission|council|team|group|jury|tribunal|crew|cabinet)$/i;

function joinedCount(text: string, q: Question, unit: RegExp): { count: string; unit: string; phrase: string } | undefined {
  const asked = new Set(q.words.filter((w) => !isStopWord(w)).flatMap((w) => [w, ...expand(w)]).map(stemOf));
  for (const m of text.matchAll(/\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)-([a-z]+)\s+([a-z-]+)(?:\s+([a-z-]+))?/gi)) {
    if (!unit.test(m[2].toLowerCase())) continue;
    // The noun right after ("jury"), or the one after an adjective ("main competition").
    // ("The Low Pay Review Commission, a nine-member body": a word for any body stands for the one asked.)
    const noun = [m[3], m[4]].find((w) => w !== undefined && !isStopWord(w.toLowerCase()) && (asked.has(stemOf(w.toLowerCase())) || (BODY_NOUN.test(w) && [...asked].some((a) => /^(commiss|committe|board|panel|council|jury|tribun|court|bodi|team|crew|cabinet)/.test(a)))));
    if (noun) return { count: m[1], unit: m[2].toLowerCase(), phrase: m[0].slice(0, m[0].indexOf(noun) + noun.length) };
  }
  return undefined;
}

/** Whether the question names a year and the clause of the number names only other years. */
function otherYearsClause(text: string, m: Mention, q: Question): boolean {
  const asked = q.words.filter((w) => /^(1[89]|20)\d\d$/.test(w));
  if (asked.length === 0) return false;
  const clause = splitClauses(text).find((x) => x.start <= m.start && m.end <= x.start + x.text.length + 1);
  // "the largest since 2010" says nothing of 2010 itself.
  const years = clause ? [...clause.text.matchAll(/(?<!\bsince\s)\b(?:1[89]|20)\d\d\b/g)].map((m) => m[0]) : [];
  const yearsSaid = [...text.matchAll(/(?<!\bsince\s)\b(?:1[89]|20)\d\d\b/g)].map((x) => x[0]);
  const askedSince = new RegExp(`\\bsince\\s+(?:${asked.join("|")})\\b`);
  if (!askedSince.test(q.words.join(" ")) && !yearsSaid.some((y) => asked.includes(y)) && askedSince.test(text)) return true;
  // "reopened in 2017 ..., and last year drew a record 310,000 visitors": a year said by its distance from now is another.
  const relative = clause !== undefined && /\b(?:last|this|next|previous)\s+year\b/i.test(clause.text);
  return (years.length > 0 || relative) && !years.some((y) => asked.includes(y));
}

/**
 * "How many ships went through last year?" is not answered by how many wait now: a sentence that
 * does not say the period asked ("last year", "a year earlier", the year itself) counts something else.
 */
function otherPeriod(asked: string, text: string, published: string | undefined, before = ""): boolean {
  const period = /\blast (year|month|week|season)\b/.exec(asked)?.[1];
  if (!period) return false;
  // Unsure when the story was written, any year it names may be the last one ("sales fell 14 percent in 2024").
  const year = period === "year" ? (published ? String(Number(published.slice(0, 4)) - 1) : "(?:19|20)\\d\\d") : undefined;
  const said = new RegExp(`\\b(?:last|previous|past|prior) ${period}\\b|\\b(?:a|one) ${period} (?:earlier|ago|before)\\b|\\b${period}-earlier\\b${year ? `|\\b${year}\\b` : ""}`, "i");
  // "... last year. The state paid ... over the same period": the period of the sentence before.
  return !said.test(text) && !(/\b(?:the same|that) (?:period|year|time|month|week|season)\b/i.test(text) && said.test(before));
}

/** Whether a number is given as the population of what is counted: "the wolf population at about 3,300", "a population of 3,300 wolves" is counted anyway. */
function populationOf(text: string, m: Mention, counted: string | undefined): boolean {
  if (!counted) return false;
  const word = /\b([a-z]+)\s+population\s+(?:of|at|is|was|stood at|stands at|estimated at|put at|to)?\s*(?:about|around|roughly|some|nearly|an estimated|more than|fewer than)?\s*$/i.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1].toLowerCase();
  const single = (w: string) => w.replace(/ves$/, "f").replace(/ies$/, "y").replace(/s$/, "");
  return word !== undefined && (single(word) === single(counted) || stemOf(word) === stemOf(counted));
}

/** "20 percent", "41 of the 76 seats", "$4.2 billion": the quantity that stands next to what is asked. */
/** A number in digits or words, or a rough one ("a few", "dozens"). */
const SAYS_HOW_MANY = /\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|few|several|couple|half|many)\b/i;

/** A time before something: "only an hour before", "two days' notice", "48 hours in advance". */
const AHEAD = /\b((?:only |just |barely |less than |more than |about |some )?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*) (?:seconds?|minutes?|hours?|days?|weeks?|months?))(?:['’]s?)?\s+(?:before|ahead|earlier|in advance|notice|warning)\b/i;

/** The units the question asks an amount for ("a night", "per share", "each Greenvale share"). */
const perUnits = perQuestion((q: Question) => [...q.words.join(" ").matchAll(/\b(?:a|per|each) (?:(?!a\b|per\b|each\b)[a-z]+ )?(night|day|week|month|hour|share|person|head|tonne|ton|barrel|litre|liter|kilogram|ticket|visitor|guest|passenger|room)\b/g)].map((m) => m[1]));

/**
 * The question's verbs and words for them, as stems: the number right after one is its count
 * ("injuring 312"). The tagger may miss the main verb at the end of "did the yield drop?": that
 * last word counts too. "How much money did it get?" asks what it received (not "get seats":
 * "received 4.7 percent").
 */
const countVerbs = perQuestion((q: Question) => {
  const last = q.words[q.words.length - 1];
  const finalVerb = last !== undefined && !isStopWord(last) && /\b(did|does|do|will|would|has|have|had)\b/.test(q.words.join(" ")) && isVerb(last) ? [last] : [];
  const own = [...q.words.filter((w) => q.pos.get(w) === "VERB"), ...finalVerb].filter((w) => !/^(is|are|was|were|be|been|has|have|had|do|does|did|make|made)$/.test(w));
  const stems = (moneyAsked: boolean) => new Set(own.flatMap((w) => (/^(get|got|gets)$/.test(w) ? (moneyAsked ? ["receive"] : []) : [w, ...expand(w)])).map(stemOf));
  return { money: stems(true), other: stems(false) };
});

export function quantity(c: Candidate, q: Question): Extracted | undefined {
  const text = c.sentence.text;
  const asked = q.words.join(" ");
  if (otherPeriod(asked, text, c.facts.article.published, c.facts.sentences[c.sentence.sentence - 1]?.text)) return undefined;
  // "How many workers does the union represent?" is not answered by how many a company employs: a sentence that says whom it represents, or its members.
  if (/^how many\b.*\brepresent(?:s|ed|ing)?\b/.test(asked) && !/\b(?:represent\w*|members?|membership|speaks? for|speaking for|spoke for)\b/i.test(text)) return undefined;
  // "How long is the slick?": "about 14 kilometres long" says a length, whatever the thing.
  const long = q.head === "long" && /^how long (?:is|was|are|were) /.test(asked) ? /\b((?:about |around |roughly |nearly |some |more than )?\d[\d,.]*)\s*(kilometres?|kilometers?|km|miles?|metres?|meters?|feet)\s+long\b/i.exec(text) : null;
  if (long) return { answer: `${long[1]} ${long[2].toLowerCase()}` };
  // "How long is her film?" with "The 96-minute film": a length joined to the thing asked about.
  const joinedLength = q.head === "long" && /^how long (?:is|was|are|were) /.test(asked) ? joinedCount(text, q, /^(?:seconds?|minutes?|hours?|pages?|miles?|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot)$/) : undefined;
  if (joinedLength) return { answer: `${joinedLength.count} ${joinedLength.unit}${/s$/.test(joinedLength.unit) || joinedLength.count === "1" ? "" : "s"}` };
  // "What split does the treaty set?": a ratio ("the 60-40 split", "split 55-45").
  if (/\bsplit\b/.test(asked)) {
    const ratio = /\b(\d{1,2}[-–\/:]\d{1,2})\s+split\b|\bsplit\s+(?:of\s+)?(\d{1,2}[-–\/:]\d{1,2})\b|\b(?:changed|shared|divided|set)\s+(?:to\s+|at\s+)?(\d{1,2}[-–\/:]\d{1,2})\b/.exec(text);
    if (ratio) return { answer: ratio[1] ?? ratio[2] ?? ratio[3], fits: true };
  }
  // "How many people sat on the jury?" with "the seven-member jury": a group's size joined to its name.
  const groupCounted = /^(people|persons|members|ppl|jurors|judges|arbitrators|panellists|panelists|commissioners|directors)$/.test(countedNoun(q).counted ?? "");
  const members = /^how many\b/.test(asked) && groupCounted ? joinedCount(text, q, /^(?:member|person|strong|man|woman)$/) : undefined;
  // (It fits the question as no loose count of people does: "168,000 workers" in a sentence about the same body.)
  if (members) return { answer: `${members.count} (${members.phrase})`, fits: true };
  // "How long is the line?": a thing's length ("a 1,350-kilometre line"), not a time.
  if (q.head === "long" && /^how long (?:is|was|are|were) /.test(asked) && LONG_THINGS.test(asked) && !STATE_LASTED.test(asked)) {
    const length = /\b(\d[\d,.]*)(?:-|\s)(kilometres?|kilometers?|km|miles?|metres?|meters?|feet|foot)\b/i.exec(text);
    return length ? { answer: `${length[1]} ${length[2].toLowerCase()}` } : undefined;
  }
  // "How long is the final report?": a document's length is its pages ("the 212-page report").
  if (q.head === "long" && /^how long (?:is|was|are|were) /.test(asked) && /\b(report|document|book|opinion|ruling|judgment|judgement|study|bill|letter|filing|complaint|brief|dossier|manifesto)s?\b/.test(asked)) {
    const pages = /\b(\d[\d,]*)(?:-|\s)pages?\b/i.exec(text);
    return pages ? { answer: `${pages[1]} pages` } : undefined;
  }
  // "How tall is the dam?": a height in a unit of length ("a 120-metre wall"), never another number.
  // "How high is the tariff?" asks for a rate: "high" and "wide" ask for a size only of a thing.
  const physical = /\b(dam|wall|building|tower|mountain|peak|wave|waves|fence|bridge|river|flood|floodwater|tsunami|tree|statue|ship|vessel|road|runway|tunnel|canal|crater|hole|pit|snow|water|barrier|levee|dike|dyke|sea|seas|swell|swells|surf|avalanche|slide|landslide|mudslide|slick|crack|fissure|street|path|corridor|zone|radius|buffer|cordon|perimeter|belt|strip|area)s?\b/.test(asked);
  if (/^how (tall|deep|thick)\b/.test(asked) || (/^how (high|wide)\b/.test(asked) && physical)) {
    // "waves of up to six metres": a number in words too.
    const sizes = [...text.matchAll(new RegExp(`\\b(\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:-|\\s)(${LENGTH_UNIT}|storeys?|stories|floors?)\\b`, "gi"))];
    // "a 3-kilometre protection zone ... and a 10-kilometre surveillance zone": the one the question's words follow.
    const after = (m: RegExpMatchArray) => stemSet(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
    const held = (m: RegExpMatchArray) => q.terms.filter((t) => after(m).has(t)).length;
    const size = sizes.reduce<RegExpMatchArray | undefined>((best, m) => (!best || held(m) > held(best) ? m : best), undefined);
    return size ? { answer: `${size[1]} ${size[2].toLowerCase()}` } : undefined;
  }
  // "At what angle is the lander lying?": degrees ("tilted at about 70 degrees"), never another number.
  if (q.head === "angle") {
    const angle = /\b((?:about |around |roughly |nearly |some |almost )?\d[\d.]*)(?:\s+|-)degrees?\b/i.exec(text);
    return angle ? { answer: `${angle[1]} degrees` } : undefined;
  }
  // "How fast can the scooters go?": a speed ("100 km per hour", "55 mph"), never a time or a count.
  if (/\bhow fast\b/.test(asked) && SPEED_VERBS.test(asked)) {
    const speed = SPEED.exec(text);
    return speed ? { answer: speed[0].trim() } : undefined;
  }
  // "How much notice did the mayor get?": a time before something ("informed ... only an hour before the announcement").
  if (/^how (?:much|long) (?:notice|time|warning|lead time)\b|^how long before\b/.test(asked)) {
    const ahead = AHEAD.exec(text);
    if (ahead) return { answer: ahead[1] };
  }
  // "How often ...?": a frequency ("every four weeks", "twice a year", "monthly").
  if (q.head === "often") {
    const every = /\b(?:(?:once|twice|three times|four times|\d+ times)\s+(?:a|an|per|every)\s+(?:day|week|fortnight|month|quarter|year|decade)|every\s+(?:other\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|quarters?)|(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly))\b/i.exec(text);
    return every ? { answer: every[0] } : undefined;
  }
  // "How cold did it get?": a reading in degrees ("a low of minus 5.2 degrees Celsius"), never another number.
  if (q.head === "temperature") {
    // (Not a change or a gap: "2.1 degrees above the average".)
    const readings = [...text.matchAll(/(?:\b(?:minus|plus)\s+|-)?\b\d[\d.,]*\s*(?:(?:degrees?\s+)?(?:celsius|centigrade|fahrenheit)\b|degrees?\b|°\s*[cf]?)/gi)];
    const reading = readings.find((m) => !/\b(?:by|than|of up to)\s+(?:about\s+|some\s+|nearly\s+)?$/i.test(text.slice(0, m.index)) && !/^\s+(?:above|below|higher|lower|warmer|colder|hotter)\b/i.test(text.slice(m.index! + m[0].length)));
    return reading ? { answer: reading[0].trim() } : undefined;
  }
  // "For how long did they stay up?": nights or shifts, which the number finder does not take for a time ("for three nights").
  if (/\bhow long\b/.test(asked) && !mentionsIn(c.facts, c.sentence.sentence).some((m) => m.kind === "duration")) {
    const nights = /\bfor\s+((?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:straight\s+|consecutive\s+)?(?:nights|evenings|shifts))\b/i.exec(text);
    if (nights) return { answer: nights[1] };
  }
  // "What is the population of X?": a number of people ("a town of 8,000 people", "population of 8,000"), not any count.
  if (q.head === "population") {
    // "8,412,000 people were living in Caldoria": the number of people living in the place asked.
    const livingIn = (m: Mention) => { const place = /^\s+(?:people|residents|inhabitants)\s+(?:were\s+|are\s+)?(?:living|lived|live)\s+in\s+([A-Z][\w’'-]*)/.exec(text.slice(m.end))?.[1]; return place !== undefined && q.terms.includes(stemOf(place.toLowerCase())); };
    const people = mentionsIn(c.facts, c.sentence.sentence).find((m) => m.kind === "number" && ((/^\s+(?:[a-z]+\s+)?(?:people|residents|inhabitants)\b/.test(text.slice(m.end)) && /\b(?:of|to|for)\s+(?:about|around|roughly|some|nearly|almost|over|more than)?\s*$/i.test(text.slice(Math.max(0, m.start - 30), m.start))) || /\bpopulation(?:\s+of)?\s+(?:about|around|roughly|some|nearly|almost|over|more than)?\s*$/i.test(text.slice(Math.max(0, m.start - 40), m.start)) || livingIn(m)));
    // Of the place asked: "Marlow, a town of 8,000 people" gives Marlow's, not Tarn's.
    const before = people ? new Set(words(text.slice(Math.max(0, people.start - 40), people.start)).map(stemOf)) : new Set<string>();
    if (people && !livingIn(people) && !q.terms.some((t) => t !== stemOf("population") && before.has(t))) return undefined;
    return people ? { answer: `${people.text}${/^\s+(?:[a-z]+\s+)?(?:people|residents|inhabitants)\b/.exec(text.slice(people.end))?.[0] ?? ""}` } : undefined;
  }
  if (q.head === "old") {
    // "How old is X?": an age, written as one; "the 34-year-old vessel" for "how old was the ship",
    // not "a 42-year-old schoolteacher" on board.
    // "The trapped miners range in age from 23 to 61": the ages of many.
    const range = /\b(?:range|ranges|ranged|ranging) in age from (\d{1,3}) to (\d{1,3})\b|\baged (\d{1,3}) to (\d{1,3})\b|\bbetween the ages of (\d{1,3}) and (\d{1,3})\b/.exec(text);
    if (range && q.people.length === 0) return { answer: `${range[1] ?? range[3] ?? range[5]} to ${range[2] ?? range[4] ?? range[6]} years old` };
    // ("a nine-year-old girl": an age in words too.)
    const ages = [...text.matchAll(AGES)];
    const asked = new Set(q.words.filter((w) => !isStopWord(w)).flatMap((w) => [w, ...expand(w)]).map(stemOf));
    // Of a person the question names, any age the sentence gives ("a 42-year-old schoolteacher").
    // ("How old is the passenger in serious condition?" with "an 84-year-old man ... in serious condition":
    // a word for a person answers for another, when the rest of the question is said there.)
    const anyone = (w: string) => /^(?:man|woman|boy|girl|person|passenger|patient|victim|resident|driver|pilot|worker|child|teenager|pensioner|tourist|survivor|crew member|sailor|miner|climber|hiker|skier)$/.test(w);
    const personAsked = q.words.some(anyone);
    const of = (m: RegExpMatchArray) => q.people.length > 0 || m[2] === undefined || asked.has(stemOf(m[2])) || !/^[a-z]+$/.test(m[2]) || isStopWord(m[2]) || (personAsked && anyone(m[2]));
    // When the sentence names others too ("Lars Eklund, a 52-year-old Swedish coordinator; ... Paolo Ferri"),
    // only an age next to the asked person's name is theirs: in the words right after it, or right before it.
    const others = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "person");
    const named = others.filter((m) => q.people.some((p) => p.article === c.sentence.article && p.id === m.entity));
    const theirs = (m: RegExpMatchArray) => {
      // "adult pandas Bao Lin and Xiu Mei, along with their two-year-old daughter Ping Ping": the name right after the age is whose it is.
      const KIN = /^(?:daughter|son|child|brother|sister|wife|husband|mother|father|granddaughter|grandson|cub|calf|foal)$/;
      const rest = text.slice(m.index! + m[0].length);
      const after = (m[2] !== undefined && KIN.test(m[2]) ? /^\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)/.exec(rest) : /^\s+(?:daughter|son|child|brother|sister|wife|husband|mother|father|granddaughter|grandson|cub|calf|foal)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)/.exec(rest))?.[1];
      if (after && q.people.length > 0 && !after.toLowerCase().split(" ").some((t) => q.words.includes(t))) return false;
      if (q.people.length === 0) return true;
      // ("The club said ... that the 54-year-old had been relieved": "the 54-year-old" alone is the person the sentence refers to.)
      const alone = /\bthe\s+$/i.test(text.slice(Math.max(0, m.index! - 4), m.index!)) && (m[2] === undefined || /^(?:had|has|was|is|said|says|will|would|who)$/.test(m[2]));
      if (alone && (referredPeopleOf(c.facts).get(c.sentence.sentence) ?? []).some((x) => q.people.some((p) => p.id === x.id))) return true;
      // ("... and a 29-year-old nurse, Wrona said": an age that describes another noun is not the speaker's, though no one else is named.)
      if (others.length <= named.length && (named.length === 0 || m[2] === undefined || !/^[a-z]/.test(m[2]))) return true;
      const at = m.index!;
      const speakerAfter = (p: Mention) => /,\s*(?:[A-Z][\w.’'-]*\s+){0,3}$/.test(text.slice(at + m[0].length, p.start)) && /^\s+(?:said|says|told|added)\b/.test(text.slice(p.end));
      return named.some((p) => (at >= p.end && at - p.end <= 40 && !others.some((o) => o.start > p.end && o.start < at) && !/[;]/.test(text.slice(p.end, at))) || (at < p.start && p.start - (at + m[0].length) <= 25 && !speakerAfter(p)));
    };
    const age = ages.find((m) => m[2] !== undefined && asked.has(stemOf(m[2])) && theirs(m)) ?? ages.find((m) => of(m) && theirs(m));
    return age ? { answer: `${age[1] ?? age[3] ?? age[4]} years old` } : undefined;
  }
  // "How many of the postponed surgeries have been rescheduled?" asks a part: a sentence without the
  // verb ("postponed 340 surgeries") gives the whole.
  if (/^how many of (?:the |its |their |these |those )?[a-z]+(?:ed|en)\s/.test(asked) && missesVerb(c, q)) return undefined;
  const countedAs = countedNoun(q);
  // "How many times has she turned down a meeting?": "turned down three requests" counts the times.
  // "How many times did they radio the ship?": "radioed the ship twice".
  // (Not "once the ship is moved", nor "twice as many".)
  const often = countedAs.counted === "times" ? /\b(twice|thrice)\b(?!\s+(?:as|the)\b)/i.exec(text)?.[1] : undefined;
  if (often && !/\btimes\b/.test(text)) return { answer: often };
  const { counted, run } = countedAs.counted === "times" && !/\btimes\b/.test(text) ? { counted: undefined, run: [] as string[] } : countedAs;
  // ("How fast must platforms remove listings?": within a time; "how fast do the flows travel" asks a speed.)
  // ("What is the maximum prison term?": a sentence or a ban is a time.)
  const durationAsked = /\bhow long\b|\bhow much longer\b/.test(asked) || (/\bhow (?:fast|quickly)\b/.test(asked) && !SPEED_VERBS.test(asked)) || /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?)$/.test(counted ?? "") || (q.kind === "quantity" && /^(?:term|sentence|ban|suspension)$/.test(q.head ?? ""));
  // "What price ...", "what's the price tag": an amount of money, whatever changed.
  const priceAsked = /^(price|cost|fee|salary|wage|value|worth|revenue|revenues|sales|profit|profits|income|earnings|budget|spending|debt|deficit|shortfall)$/.test(q.head ?? "");
  // "How much rest did the crew get?": a noun after "how much" that is not money says what is measured.
  const muchOf = /\bhow much ([a-z]+)/.exec(asked)?.[1];
  const notMoney = muchOf !== undefined && q.pos.get(muchOf) === "NOUN" && !MONEY_WORDS.test(muchOf);
  // "How much honey did France produce?" is not answered by "7 percent" of farmland: a share, of something the sentence does not name (nor a word for it).
  const muchMeasured = notMoney && !/^(?:time|longer|more|less|further)$/.test(muchOf) ? stemOf(muchOf) : undefined;
  const measuredMissing = muchMeasured !== undefined && !c.sentence.terms.has(muchMeasured) && ![...(q.synonyms.get(muchMeasured) ?? []), ...(q.related.get(muchMeasured) ?? [])].some((x) => c.sentence.terms.has(x));
  const moneyAsked = priceAsked || (!counted && !notMoney && /\bhow (much|large|big|high|small)\b|\bwhat (amount|sum|value|price)\b/.test(asked) && MONEY_WORDS.test(asked.replace(/\beuro (?:zone|area)\b/g, "").replace(PAY_RISE, "")));
  // ("for each Greenvale share" is a stock's share, no proportion.)
  const percentAsked = q.wants === "percent" || (!counted && CHANGE_WORDS.test(asked.replace(/\b(?:each|per|a|every)\s+(?:[a-z]+\s+)?shares?\b/g, "")) && !moneyAsked);
  // "until March 21" is a date, though the number finder calls it a duration.
  // "the 12th hour" answers "how many hours", though the question names the unit.
  const ordinalUnit = (m: Mention) => m.kind === "duration" && ORDINAL_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
  // "touched down 23 minutes later": a time said as a stretch from another is a duration.
  // "about 0.1 percentage point": a share, with its unit.
  const points = (m: Mention): Mention => {
    const unit = m.kind === "number" ? /^\s+(?:percentage|basis) points?\b/i.exec(text.slice(m.end))?.[0] : undefined;
    return unit ? { ...m, kind: "percent", text: m.text + unit, end: m.end + unit.length } : m;
  };
  const asSpan = (m: Mention): Mention => (m.kind === "time" && /^(?:about |some |nearly |almost |roughly )?[\d,.]+\s+(?:seconds?|minutes?|hours?|days?)\s+(?:later|earlier|after|before)$/i.test(m.text) ? { ...m, kind: "duration" } : m);
  const stated = mentionsIn(c.facts, c.sentence.sentence);
  let ms = stated.map(asSpan).map(points).filter((m) => ["percent", "number", "money", "duration"].includes(m.kind) && (!mentionedInQuestion(m, q) || ordinalUnit(m)) && !(m.kind === "duration" && CALENDAR.test(m.text)));
  // "How many times ...?" is counted in times or occasions, never in money or a length of time.
  if (countedAs.counted === "times") ms = ms.filter((m) => m.kind === "number");
  // "How many votes did Fenwick get?" is not answered by "a margin of 212 votes": a difference counts no one's votes.
  if (counted !== undefined && /^votes?$/.test(counted) && q.head !== "margin") ms = ms.filter((m) => !/\b(?:margin|lead|gap|difference) of\s+(?:about|around|just|only|nearly|some)?\s*$/i.test(text.slice(Math.max(0, m.start - 24), m.start)));
  // "Nearly half of Americans": a share of the people counted answers "how many Americans".
  const shareOfCounted = (m: Mention) => counted !== undefined && FRACTIONS.test(m.text) && new RegExp(`^\\s+of\\s+(?:the\\s+|all\\s+)?${stemOf(counted)}`, "i").test(text.slice(m.end));
  // Nor a year of the past: "between 306 and 337 AD".
  const era = (m: Mention) => /^\s*(?:(?:and|to|-|–)\s*\d+\s*)?(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\w])/.test(text.slice(m.end)) || /\b(?:AD|A\.D\.)\s*$/.test(text.slice(Math.max(0, m.start - 5), m.start));
  // "How many water bombers?" is not "6,000 litres of water": a measure counts no things, unless it is the unit asked ("how many litres").
  const measures = (m: Mention) => { const unit = UNIT_AFTER.exec(text.slice(m.end))?.[0].trim().toLowerCase(); return unit !== undefined && !/^(doses?|tablets?|capsules?|pills?)$/.test(unit) && stemOf(unit) !== stemOf(counted ?? ""); };
  if (counted) ms = ms.filter((m) => (m.kind === (durationAsked ? "duration" : "number") && !FRACTIONS.test(m.text) && !/^(19|20)\d\d$/.test(m.text) && !era(m) && !measures(m)) || shareOfCounted(m));
  // "home to one of Argentina's largest mills": "one of" counts nothing.
  ms = ms.filter((m) => !(/^one$/i.test(m.text) && /^\s+of\b/.test(text.slice(m.end))));
  // "two-way trade", "a one-off payment": a number word inside a compound counts nothing.
  ms = ms.filter((m) => !/^-(?:way|off|time|sided|fold)\b/i.test(text.slice(m.end)));
  // "What was the inflation rate?" is not "a 4.5 percent increase would barely cover last year's
  // inflation": a share said of another noun, which the question does not name.
  const ofOther = (m: Mention) => { const noun = /^\s+([a-z]+)\b/.exec(text.slice(m.end))?.[1]; return noun !== undefined && OTHER_MEASURE_NOUNS.test(noun) && ![noun, ...expand(noun)].some((w) => q.searchTerms.includes(stemOf(w))); };
  if (q.wants === "percent" && q.head === "rate") ms = ms.filter((m) => m.kind !== "percent" || !ofOther(m));
  // "What was the previous auction record?" is not "a pre-sale estimate of $30 million": an amount
  // said of another measure, when one is said of the measure asked ("record, $19.2 million").
  if (q.head && MEASURE_NOUN.test(q.head)) {
    // ("of $30 million to $40 million": both ends of a range.)
    const measureOf = (m: Mention) => /\b([a-z]+)(?:\s+(?:of|at|was|is|stood at|put at|set at)|,)\s+(?:about|around|roughly|nearly|some|just over|more than|almost)?\s*(?:[$€£]?[\d.,]+(?:\s+(?:million|billion))?\s+(?:to|and)\s+)?$/i.exec(text.slice(Math.max(0, m.start - 50), m.start))?.[1]?.toLowerCase();
    // ("What does a resident earn?" asks the salary: a word the question has for it says the measure too.)
    const other = (m: Mention) => { const noun = measureOf(m); return noun !== undefined && MEASURE_NOUN.test(noun) && !q.words.some((w) => stemOf(w) === stemOf(noun) || expand(w).includes(noun)); };
    ms = ms.filter((m) => !other(m));
    // "fetched $48.6 million, more than double the previous auction record": compared with it, not it.
    const headAt = [...text.matchAll(new RegExp(`\\b${escapeRegExp(q.head)}s?\\b`, "gi"))];
    const compared = (at: number) => /\b(?:double|twice|triple|treble|half|above|below|than|exceed\w*|beat\w*|surpass\w*|topp\w*|broke|break\w*|smash\w*|eclips\w*)\s+(?:the\s+|its\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(text.slice(Math.max(0, at - 60), at));
    const given = ms.some((m) => stemOf(measureOf(m) ?? "") === stemOf(q.head!));
    if (headAt.length && !given && headAt.every((h) => compared(h.index!))) return undefined;
  }
  // "How big was the fine?" is not answered by "an operating profit of 212 million pounds": a sum the sentence
  // names as another kind of money, when the question names its own.
  const moneyNoun = q.words.find((w) => MONEY_NOUNS.test(w));
  if (moneyNoun) {
    const kinds = new Set([moneyNoun, ...expand(moneyNoun)].map(stemOf));
    const namedAs = (m: Mention) => /\b([a-z]+)\s+(?:of|was|were|totalling|totaling|stood at)\s+(?:about|around|roughly|nearly|some|almost|more than|just over)?\s*$/i.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase();
    ms = ms.filter((m) => { const noun = m.kind === "money" ? namedAs(m) : undefined; return noun === undefined || !MONEY_NOUNS.test(noun) || kinds.has(stemOf(noun)); });
  }
  // "echoed the 2019 collapse at Brumadinho, which killed 270 people": the toll of an earlier event,
  // which a question that names no year does not ask.
  const earlierEvent = (m: Mention) => /\bthe\s+(?:19|20)\d\d\s+[a-z]+\b[^.;“”"]{0,80}\b(?:which|that)\s+[^.;,“”"]{0,40}$/i.test(text.slice(Math.max(0, m.start - 140), m.start));
  if (counted && !/\b(?:19|20)\d\d\b/.test(asked)) ms = ms.filter((m) => !earlierEvent(m));
  // "the first full strike since a 24-hour walkout in November 2019": that one is an earlier event's.
  if (!/\b(?:since|previous|last (?:year|month|week|time)|earlier|before|first)\b/.test(asked)) ms = ms.filter((m) => !/\bsince\s+(?:a|an|the|its)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
  // "users aged 13 to 17": an age, not how many users, unless an age is asked.
  if (counted && !/^(years?|ages?)$/.test(counted)) ms = ms.filter((m) => !/\b(?:aged|ages|age of)\s+(?:\d+\s*(?:to|-|–|and)\s*)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)));
  // "How many cod vessels does Estmark have?" is not answered by "Halvaria's roughly 1,400 cod vessels":
  // a count that belongs to another side than the one the question names.
  // (A country the article names, though no side of it: "Norland's roughly 800 trawlers".)
  const sideOf = (name: string) => c.facts.sides.find((sd) => sd.cues.some((cue) => cue.toLowerCase() === name.toLowerCase()))?.id ?? (c.facts.things.some((t) => t.kind === "place" && !t.name.includes(" ") && t.name.toLowerCase() === name.toLowerCase()) ? `place:${name.toLowerCase()}` : undefined);
  const askedSides = new Set(q.words.map(sideOf).filter((x) => x !== undefined));
  const othersCount = (m: Mention) => {
    const owner = /\b([A-Z][\w’'-]+)['’]s\s+(?:(?:about|around|roughly|some|nearly|almost|more than|an estimated|estimated)\s+)?$/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    const side = owner ? sideOf(owner) : undefined;
    return side !== undefined && !askedSides.has(side);
  };
  if (askedSides.size) ms = ms.filter((m) => !othersCount(m));
  // "Palmerston North, a city of about 90,000 people": how many live there answers nothing else.
  ms = ms.filter((m) => !POPULATION_OF.test(text.slice(Math.max(0, m.start - 60), m.start)));
  // "Of the 52 workers on the night shift, 38 escaped": how many did what the question asks is the part.
  const ofWhole = counted && /^of the /i.test(text) ? new RegExp(`^of the ([\\d,]+) ${escapeRegExp(counted)}\\b[^,.;]*,\\s+((?:about |some |nearly |only |just |at least )?[\\d,]+) ([a-z]+)`, "i").exec(text) : null;
  if (ofWhole && q.searchTerms.includes(stemOf(ofWhole[3].toLowerCase()))) return { answer: `${ofWhole[2]} (of ${ofWhole[1]})` };
  // "Of the workers on strike, about 2,300 are drivers": a part of the whole, not how many in all.
  if (counted && /^of the /i.test(text) && new RegExp(`^of the ${counted}\\b[^,.;]*,`, "i").test(text)) ms = [];
  // "his British, French, and German counterparts": the count is the length of the list before the noun.
  const listed = counted && text.includes(counted) ? new RegExp(`\\b((?:[A-Z][\\w’'-]*,?\\s+){1,8}(?:and|or)\\s+[A-Z][\\w’'-]*)\\s+${counted}\\b`).exec(text) : null;
  // Not "47 Quechua and Aymara communities": a number before the list counts them.
  if (listed && !/\d[\d,.]*\s+$/.test(text.slice(0, listed.index)) && ms.every((m) => !words(text.slice(m.end)).slice(0, 3).includes(counted!))) {
    const items = listed[1].split(/,\s*|\s+(?:and|or)\s+/).map((x) => x.trim()).filter(Boolean);
    if (items.length >= 2) return { answer: `${items.length} (${listed[1]})` };
  }
  // "How much revenue...": only money answers; "how long": only a duration.
  // "How much did the krone fall against the euro?": a change in a currency is a percentage.
  // ("How much could it raise delivery costs?": by a share too, "by between 15% and 20%".)
  const changeAsked = /\b(fall|fell|drop|dropped|rise|rose|gain|gained|lose|lost|slip|slipped|climb|climbed|weaken|weakened|strengthen|strengthened|jump|jumped|surge|surged|soar|soared|plunge|plunged|tumble|tumbled|slump|slumped|sink|sank|slide|slid)\b/.test(asked) || /\b(?:raise|raised|increase|increased|boost|boosted|cut|lower|lowered|reduce|reduced)\s+(?:[a-z']+\s+){0,3}(?:costs?|prices?|bills?|fares?|fees?|rents?|spending)\b/.test(asked);
  // "How much has the figure grown?" with "a figure that has doubled": the change is said in a word.
  const multiplied = !counted && /\b(grow|grew|grown|rise|risen|rose|increase|increased|jump|jumped|climb|climbed|fall|fallen|fell|drop|dropped|shrink|shrank|change|changed)\b/.test(asked) ? /\b(?:has |have |had )?(?:more than |nearly |almost )?(doubled|tripled|trebled|quadrupled|halved)\b[^,.;]{0,30}/.exec(text) : null;
  if (multiplied && !ms.some((m) => m.kind === "percent")) return { answer: multiplied[0].trim() };
  // "How much profit?" is not answered by "revenue of $61.3 billion": the sentence gives another measure.
  if (otherMeasure(asked, text)) return undefined;
  // "How much does it charge per night?": an amount given per night ("3 euros a night"), not a total.
  // A count is asked per unit of time only ("how many ships pass each day"): in "how many nights can
  // residents rent out a room", "a room" is what is rented, no rate.
  const per = perUnits(q).find((u) => !counted || /^(night|day|week|month|hour)$/.test(u));
  // (A rate in percent holds for each: "a 3 percent levy on overnight stays".)
  // ("for each Greenvale share": a name may stand before the unit.)
  if (per && !new RegExp(`\\b(?:a|per|each|an|every)\\s+(?:[A-Z][\\w’'-]*\\s+)?${per}\\b|\\b${per}ly\\b`, "i").test(text)) ms = ms.filter((m) => m.kind === "percent");
  // "How much do nurses earn on average?" is not answered by a sentence that gives no average.
  if (/\b(average|median|typical|typically)\b/.test(asked) && !/\b(average|median|mean|typical|typically)\b/i.test(text)) return undefined;
  // "8.1 billion crowns": an amount in a currency the number finder does not know is money too.
  const inCurrency = (m: Mention) => m.kind === "number" && CURRENCY_AFTER.test(text.slice(m.end));
  // ("How much money in dollars have they lost?": an amount, not "about 40%".)
  const amountAsked = /\b(?:money|cash|in (?:us )?(?:dollars|euros|pounds|yen))\b/.test(asked);
  // "a deficit of 1.9% of gross domestic product": a sum given as a share of the economy.
  const ofEconomy = (m: Mention) => m.kind === "percent" && OF_ECONOMY.test(text.slice(m.end));
  if (moneyAsked) ms = ms.filter((m) => m.kind === "money" || inCurrency(m) || ofEconomy(m) || (changeAsked && !priceAsked && !amountAsked && m.kind === "percent"));
  // "How much would the tax raise?", "how much did they spend?": a sum in a sentence that does not say
  // so (or a word for it) is some other sum ("$165 million in bonds").
  if (moneyAsked && moneyVerbMissing(q, c.sentence.terms)) return undefined;
  // "How much in US dollars?": only amounts in the currency asked, the one in brackets too.
  const currency = CURRENCY_ASKED.find(([asks]) => asks.test(asked))?.[1];
  const inAsked = currency ? ms.filter((m) => m.kind === "money" && currency.test(m.text)) : [];
  if (inAsked.length) ms = inAsked;
  // "C$31,500 ($22,900)": an amount in brackets after another restates it in another currency; the first is the article's.
  // "286 billion crowns ($12.3 billion)" too.
  // So does one after an amount the question gives ("of the 6.8 million euros" is no "$7.4 million").
  else ms = ms.filter((m) => !(m.kind === "money" && stated.some((x) => (x.kind === "money" && /^\s*\(\s*$/.test(text.slice(x.end, m.start))) || (inCurrency(x) && /^\s*(?:billion\s+|million\s+)?[a-z]+\s*\(\s*$/i.test(text.slice(x.end, m.start))))));
  if (durationAsked && !counted) ms = ms.filter((m) => m.kind === "duration");
  // "10 days' notice before walking out" is how long the notice is, not the strike.
  // Nor is "a months-long dispute" how long the strike is.
  if (durationAsked) ms = ms.filter((m) => { const noun = /^['’]s?\s+(notice|warning|pay|wages|salary|leave|rest|holiday|holidays|jail|imprisonment|detention)\b|^-long\s+([a-z]+)/.exec(text.slice(m.end)); const what = noun?.[1] ?? noun?.[2]; return what === undefined || q.terms.includes(stemOf(what)); });
  // "How long before must they register?": a length the sentence puts before something ("at least 48 hours before entering").
  // (Not "how long before either country can seek arbitration": a wait until something.)
  if (/\bhow long before (?:do|does|did|must|should|will|would|can|could|have|has|are|is|were|was)\b/.test(asked)) ms = ms.filter((m) => m.kind === "duration" && /^\s+(?:before|in advance|ahead|earlier|prior)\b/.test(text.slice(m.end)));
  // "The union, which represents about 42,000 teachers": its size, not how many teachers will boycott.
  if (!/\b(?:represent|represents|represented|speaks? for|speaking for|members?|membership|belong|belongs|size|big|large)\b/.test(asked)) ms = ms.filter((m) => !MEMBERSHIP_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));
  // "How much will each passenger get?" asks an amount for one: "3.2 million pounds in compensation"
  // for all of them does not answer it; "120 pounds each", "$5 a head", "per dose" do.
  if (moneyAsked && /\b(?:each|per|every)\s+(?!(?:year|month|week|day|quarter|hour|season|time)s?\b)[a-z]|\bapiece\b/.test(asked)) ms = ms.filter((m) => m.kind !== "money" || EACH_AFTER.test(text.slice(m.end, m.end + 40)) || EACH_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));
  // "48,000 tonnes ... a year": a rate, not a length of time ("for a year" is one).
  const rate = (m: Mention) => {
    const before = text.slice(Math.max(0, m.start - 10), m.start);
    return /^(?:(?:a|an)\s+)?(?:year|month|week|day|hour|minute)$/i.test(m.text) && (/^an?\s/i.test(m.text) || /\b(?:a|an|per)\s+$/i.test(before)) && !/\bfor\s+(?:an?\s+)?$/i.test(before);
  };
  ms = ms.filter((m) => !(m.kind === "duration" && rate(m)));
  // "What was the average age of the nurses?": an age ("aged 44", "44 years old"), not a count of nurses.
  if (q.head === "age" || q.head === "ages") ms = ms.filter((m) => /\b(?:aged?|ages?)\s+(?:of\s+|was\s+|is\s+|were\s+|are\s+)?(?:about\s+|around\s+|roughly\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) || /^(?:-|\s+)years?(?:[- ]old)?\b/i.test(text.slice(m.end)) || /\byears?\b/i.test(m.text));
  // "How much of the $95 million will the county pay?": a part, never more than the whole.
  const whole = /\bhow (?:much|many) of (?:the |its |their |this |that )?((?:[$€£]|[a-z]{1,3}\$)?[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?)/i.exec(asked)?.[1];
  const wholeValue = whole ? amountValue(whole) : undefined;
  if (wholeValue !== undefined) ms = ms.filter((m) => { const v = amountValue(m.text); return v === undefined || v < wholeValue; });
  // "How far below normal is the river?" is a distance or a share, never "90,000 hectares".
  // "How far will they have to travel?" is told in time too: "travel up to 90 minutes".
  const travelTime = (m: Mention) => m.kind === "duration" && /\b(?:travel|travell?ing|drive|driving|walk|walking|journey|commute|trip|ride|flight|away)\b/i.test(asked) && /\b(?:minutes?|hours?)\b/i.test(m.text);
  if (/^how far\b/.test(asked)) ms = ms.filter((m) => m.kind === "percent" || travelTime(m) || LENGTH_AFTER.test(text.slice(m.end)));
  // "How much water ...?": an amount in a unit of measure ("3.5 billion cubic metres"), money or a time, not a count of other things.
  // "How much Velmoran farmland ...": the noun phrase ends with what is measured.
  const measured = !counted && !moneyAsked ? measuredNoun(q) : undefined;
  if (measured && !MONEY_WORDS.test(measured)) {
    // "210,000 hectares of Velmoran farmland": an amount of the very thing beats any other amount.
    const ofMeasured = (m: Mention) => new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}of\\s+(?:[\\w’'-]+\\s+){0,2}${escapeRegExp(measured)}\\b`, "i").test(text.slice(m.end));
    ms = ms.filter((m) => m.kind !== "number" || UNIT_AFTER.test(text.slice(m.end)) || ofMeasured(m));
    // "How much oil has leaked?" is not answered by "recovered 37 percent of the leaked oil": a share of what leaked.
    const verbs = new Set(q.words.filter((w) => q.pos.get(w) === "VERB").map(stemOf));
    if (!percentAsked) ms = ms.filter((m) => !(m.kind === "percent" && verbs.has(stemOf(/^\s+of\s+(?:the\s+)?([a-z]+)\s/i.exec(text.slice(m.end))?.[1]?.toLowerCase() ?? ""))));
    if (ms.some(ofMeasured)) ms = ms.filter(ofMeasured);
  }
  // "What percentage backed independence?": the share for it ("52.4% ... against 47.6% for No", "54 percent in favour, 31 percent against").
  const shareSide = percentAsked ? sideAsked(asked) : undefined;
  if (shareSide) {
    const against = (m: Mention) => /\bagainst\s+(?:about|around|some|just|only)?\s*$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) || /^\s+(?:against|opposed|for\s+["“]?no\b|voted no|rejecting)/i.test(text.slice(m.end));
    const infavour = (m: Mention) => /^\s+(?:in favou?r|for\s+["“]?yes\b|voted yes|backing|supporting)/i.test(text.slice(m.end));
    const kept = ms.filter((m) => m.kind !== "percent" || (shareSide === "for" ? !against(m) : !infavour(m)));
    if (kept.some((m) => m.kind === "percent")) ms = kept;
  }
  // "84 percent ... backed strike action, on a turnout of 71 percent": the turnout answers only a question about it.
  if (!/\b(?:turnout|took part|take part|participat[a-z]*)\b/.test(asked)) ms = ms.filter((m) => !(m.kind === "percent" && /\bturnout (?:of|was|at|stood at|reached)\s+(?:about|around|just|only|nearly|some|roughly)?\s*$/i.test(text.slice(Math.max(0, m.start - 32), m.start))));
  // "How much did the lander weigh?": a mass ("1,900 kilograms"), never the "9" of "Falcon 9".
  if (/\b(?:weigh|weighs|weighed|weighing|weight|heavy|heavier)\b/.test(asked)) ms = ms.filter((m) => MASS_AFTER.test(text.slice(m.end)));
  // "between 20 and 34 years old" is an age, not a length of time.
  if (q.head !== "old" && !/\bages?\b/.test(asked)) ms = ms.filter((m) => !(m.kind === "duration" && /^[- ]old\b/.test(text.slice(m.end))));
  // "How many years has Hallworth been chief executive?" is not answered by "at Whitfield Hall, the orchestra's home since 1958": a length said of something else, in a description set off after it.
  const describedElse = (m: Mention) => {
    const apposition = /,\s+(?:the|a|an|its|their)\s+(?:(?!(?:said|says|could|would|will|may|might|can|take|takes|took|last|lasts)\s)[\w’'-]+\s+){1,3}(?:(?:since|for)\s+)?$/.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[0].toLowerCase();
    return apposition !== undefined && !q.people.some((p) => apposition.includes(p.text.split(" ").at(-1)!));
  };
  if (durationAsked && q.people.length) ms = ms.filter((m) => !(m.kind === "duration" && describedElse(m)));
  // "How big was the package?": a size is never a length of time.
  if (/^(big|large|size)$/.test(q.head ?? "")) {
    // Nor "the 30-year concession"; and an area, when one is given, says how big a piece of land is.
    ms = ms.filter((m) => m.kind !== "duration" && !/^-(?:year|month|week|day|hour|minute)/i.test(text.slice(m.end)));
    const area = (m: Mention) => /^\s*(?:hectares?|acres?|square\s+(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet)|sq\.?\s*(?:km|mi|m)|km2|km²)\b/i.test(text.slice(m.end));
    if (ms.some(area)) ms = ms.filter(area);
  }
  // "What share...", "what tax rate...": a percentage or a fraction.
  // A rate said as a plain number is one too: "the fertility rate stood at 1.31 children per woman".
  const rateGiven = (m: Mention) => m.kind === "number" && q.head === "rate" && RATE_GIVEN.test(text.slice(Math.max(0, m.start - 40), m.start));
  if (q.wants === "percent") ms = ms.some((m) => m.kind === "percent" || FRACTIONS.test(m.text)) ? ms.filter((m) => m.kind === "percent" || FRACTIONS.test(m.text)) : ms.filter(rateGiven);
  // "How full is the reservoir?" is not answered by a threshold ("whenever it falls below 50 percent").
  if (q.head === "full") ms = ms.filter((m) => !/\b(?:below|above|under|over|than|exceeds?|reach(?:es)?)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
  // "What was turnout in the 2009 vote?" is not answered by a sentence without turnout: that measure is named where it is given.
  if (q.head && /^(turnout|inflation|unemployment)$/.test(q.head) && !c.sentence.terms.has(stemOf(q.head))) return undefined;
  // "What share of the vote did Yes win?" is not answered by "shares fell 0.8%": a sentence about a vote says it.
  if (/\b(?:share|percentage|percent|proportion) of (?:the )?(?:votes?|ballots?)\b/.test(asked) && ![text, c.facts.sentences[c.sentence.sentence - 1]?.text ?? ""].some((t) => /\b(?:vote|votes|voted|ballots?|polled|polls?|elections?|seats|referendum)\b/i.test(t))) return undefined;
  // "What percentage of voters ...": a sentence that gives shares of residents does not say it.
  const population = /\bwhat (?:percentage|percent|share|proportion|fraction) of (?:all |the )*((?:[a-z]+ )?[a-z]+)/.exec(asked)?.[1].split(" ").find((w) => q.pos.get(w) === "NOUN" && isPopulation(w));
  const other = population ? /\b(?:percent|per cent|%)\s+of\s+(?:the\s+|all\s+)?([a-z]+)/.exec(text)?.[1] : undefined;
  // "What percentage of people ..." asks of any population ("21% of patients").
  if (population && other && isPopulation(other) && !countryOf(population) && !GENERIC_PEOPLE.test(population) && ![stemOf(population), ...expand(population).map(stemOf)].includes(stemOf(other))) return undefined;
  // A collective word does not count its members: "two sides" is not two officials.
  // ("How many nations ...?" with "44 countries": one collective word counts as another.)
  const want = counted ? [stemOf(counted), ...(q.related.get(stemOf(counted)) ?? []), ...expand(counted).filter((w) => !COLLECTIVE.test(w) || COLLECTIVE.test(counted)).map(stemOf)] : [];
  const employsAsked = counted !== undefined && GENERIC_PEOPLE.test(counted) && q.words.some((w) => /^employ(s|ed|ing)?$/.test(w));
  const signsAsked = counted !== undefined && GENERIC_PEOPLE.test(counted) && q.words.some((w) => /^sign(s|ed|ing)?$/.test(w));
  // "How many objects ...?" with "212 artifacts": a narrower kind of what is counted counts it (WordNet, its commonest sense).
  // ("How many escaped salmon are at large?" with "78,000 fish at large": the broader word the sentence uses counts them too.)
  const wanted = (w: string) => want.includes(stemOf(w)) || (counted !== undefined && /^[a-z]{4,}$/.test(w) && (kindSense(singular(w), singular(counted)) === 0 || kindSense(singular(counted), singular(w)) === 0));
  const verbAsked = (w: string) => q.pos.get(w) === "VERB" && q.words.includes(w);
  const countsIt = (m: Mention) => {
    if (m.kind === "duration") return words(m.text).some((w) => want.includes(stemOf(w)));
    // "How many pages was the opinion?" with "a 94-page opinion".
    // "puts Poland's wolf population at about 3,300 animals": the population of what is counted.
    if (populationOf(text, m, counted)) return true;
    // "cutting up to 1,200 of its 14,500 jobs": a part of the whole counted counts it too.
    // ("14 of the line's 52 tunnel fire-suppression units": an owner may stand before the whole.)
    if (counted !== undefined && new RegExp(`^\\s+of\\s+(?:the|its|their|his|her)\\s+(?:[\\w’'-]+['’]s\\s+)?[\\d,.]+\\s+(?:[a-z-]+\\s+){0,2}${escapeRegExp(counted)}\\b`, "i").test(text.slice(m.end))) return true;
    // "expand nursery places by 15,000": a change in what is counted, given after it.
    const changedBy = /\b([a-z]+)\s+by\s+(?:about|around|roughly|some|nearly|almost|another|a further|more than|at least|up to)?\s*$/i.exec(text.slice(Math.max(0, m.start - 50), m.start))?.[1];
    if (changedBy !== undefined && wanted(changedBy.toLowerCase())) return true;
    const joined = /^-([a-z]+)\b/.exec(text.slice(m.end));
    if (joined && want.includes(stemOf(joined[1]))) return true;
    // "How many people have died?" with "the death toll rose to 214": a toll counts the dead.
    if (generic && toll.length > 0 && /\b(?:death|casualty) toll\b[^.,;]{0,50}$/i.test(text.slice(Math.max(0, m.start - 70), m.start))) return true;
    // The noun phrase the number opens ("11 foreign nationals", "thousands of factory jobs"), up to a
    // preposition or a comma: not the words after it ("42 hostages, including 11 foreign", "6,000 workers at Corvane factories").
    const rest = /^[^,;:.()—–]*/.exec(text.slice(m.end).replace(SCALE, "").replace(/^\s+of\s+(?:the\s+)?/, " ").replace(/^\s+head\s+of\s+/, " "))![0];
    const all = wordsOf(rest);
    // "current and former customers": "and" joins words of one phrase.
    // "nine countries led by Fiji": a participle right after the counted noun ends the phrase too
    // ("120 income-restricted homes" keeps its own).
    // "37 crashes and four deaths": another number starts another count.
    // "How many people died?": "four deaths" counts them; so does any word for the toll the question asks.
    const tollWord = (w: string) => generic && toll.length > 0 && verbs.has(stemOf(w));
    // ("14 deaths linked to the heat": the participle after the toll's word ends it too.)
    // "800 trawlers land most of the herring": a verb in the present after the counted noun, then its object.
    const presentVerb = (ws: readonly string[], i: number) => wanted(ws[i - 1]) && /s$/.test(ws[i - 1]) && !/s$/.test(ws[i]) && isVerb(ws[i]) && /^(the|a|an|most|some|all|more|about|nearly|their|its|his|her|\d[\d,.]*)$/.test(ws[i + 1] ?? "");
    // "2,600 reindeer graze on land ...", asked "how many reindeer graze ...": the question's own verb after the counted noun ends it.
    const askedVerb = (ws: readonly string[], i: number) => wanted(ws[i - 1]) && verbAsked(ws[i]);
    const end = all.findIndex((w, i) => i > 0 && !/^(and|or)$/.test(w) && (endsPhrase(w, all[i + 1]) || ((/^\d/.test(w) || NUMBER_WORDS.has(w)) && /^(and|or)$/.test(all[i - 1])) || isStopWord(w) || PREPOSITION.test(w) || /^(nationwide|worldwide|each|last)$/.test(w) || (WHERE_WORD.test(w) && (all[i + 1] === undefined || isStopWord(all[i + 1]))) || ((/(ed|ing)$/.test(w) || /^(led|fed|run|won|hit|cast|put|set|cut|shut|spread|hurt|bid|split|burst|let|beat|broadcast|forecast)$/.test(w) || irregularBase(w) !== undefined) && (wanted(all[i - 1]) || tollWord(all[i - 1]))) || presentVerb(all, i) || askedVerb(all, i)));
    // "forcing 12,000 from villages": no noun follows the number, so it counts no villages.
    const np = PREPOSITION.test(all[0] ?? "") ? [] : (end < 0 ? all : all.slice(0, end)).slice(0, 4);
    // The counted word heads it: "factory jobs" counts jobs; "foreign nationals" still counts foreigners.
    // "23 crew members", "40 staff members": the members of what is counted count it.
    const heads = (i: number) => i === np.length - 1 || /^(and|or|members?)$/.test(np[i + 1]) || (counted !== undefined && isPopulation(counted) && isPopulation(np[i + 1]));
    // "How many people does tourism employ?": its jobs count them.
    const jobs = employsAsked && np.slice(0, 2).some((w) => /^(jobs|positions|posts)$/.test(w));
    // "How many people signed the petition?": "a petition with 640 signatures" counts them.
    const signatures = signsAsked && np.slice(0, 2).some((w) => /^signatures?$/.test(w));
    // "35,000 people" counts the protesters, and "280,000 patients" the people, but patients are no staff.
    // "2,800 bus drivers" are workers; but staff are no subscribers.
    // "How many people were surveyed?": "1,020 respondents" are people too.
    const humans = (w: string) => (HUMAN_COUNT.test(w) && (GENERIC_PEOPLE.test(w) || GENERIC_PEOPLE.test(counted!) || (WORKFORCE.test(w) && WORKFORCE.test(counted!)))) || (SEAFARERS.test(counted!) && /^(crew|crews|crewmen)$/.test(w)) || (GENERIC_PEOPLE.test(counted!) && (isPopulation(w) || (w.endsWith("s") && countryOf(w) !== undefined)));
    // "How many members does the union have?" with "which represents some 48,000 workers": those it represents are its members.
    if (counted !== undefined && /^members?$/.test(counted) && MEMBERSHIP_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
    return np.some((w, i) => (wanted(w) || tollWord(w)) && heads(i)) || (counted !== undefined && isPopulation(counted) && (jobs || signatures || np.slice(0, 2).some(humans)));
  };
  const near = nearness(text, q);
  // "41 of the 76 seats": the part, not the whole.
  // "How many routes does it run altogether?": the whole, not the part.
  // ("How many branch libraries did Carrow have before the closures?": what something has is the whole.)
  const wholeAsked = /\b(altogether|in total|in all|total|overall)\b/.test(asked) || /^how many\b.*\b(?:do|does|did)\b.*\b(?:have|own|run|operate|employ)\b/.test(asked);
  const isPart = (m: Mention) => PART_OF_WHOLE.test(text.slice(m.end));
  // "How many permanent jobs": a count followed by the asked modifier ("380 permanent positions") is the more exact one.
  // ("How many supplier jobs": "4,000 more positions at suppliers".)
  const modifiers = run.slice(0, -1).filter((w) => q.pos.get(w) === "ADJ" || q.pos.get(w) === "NOUN").map(stemOf);
  // ("14 of the line's 52 tunnel fire-suppression units": the part is of what the whole is said to be.)
  const modified = (m: Mention) => { const whole = wholeAsked ? 0 : PART_OF_WHOLE.exec(text.slice(m.end))?.[0].length ?? 0; return modifiers.length > 0 && words(text.slice(m.end + whole)).slice(0, 4).map(stemOf).some((w) => modifiers.includes(w)); };
  // "What was the vote?": a tally, not any number.
  // "How many councillors voted for the ban?" with "approved the plan by 28 votes to 15": 28.
  const side = votingSide(q);
  // ("How many coalition lawmakers voted against?": a tally of the whole house does not count a part of it.)
  // ("council members" are the "Councillors" of the sentence.)
  const partAsked = run.slice(0, -1).some((w) => ![...c.sentence.terms].some((t) => t.length >= 4 && (t.startsWith(stemOf(w)) || stemOf(w).startsWith(t))));
  const sided = side && !partAsked ? sideOfTally(text, side) : undefined;
  if (sided) return { answer: `${sided.count} (${sided.tally})`, distance: 0, fits: true };
  const tallyAsked = /^(vote|score|tally|margin)$/.test(q.head ?? "") && q.wants !== "percent";
  if (tallyAsked) {
    // "a margin of 231 votes", "won by 231 votes": a margin is a difference too.
    const difference = (m: Mention) => q.head === "margin" && (/\bmargin of\s+(?:about|around|just|only|nearly|some)?\s*$/i.test(text.slice(Math.max(0, m.start - 24), m.start)) || (/\bby\s+(?:about|around|just|only|nearly|some)?\s*$/i.test(text.slice(Math.max(0, m.start - 16), m.start)) && /^\s+votes?\b/i.test(text.slice(m.end))));
    ms = ms.filter((m) => TALLY.test(m.text) || difference(m));
    // "The 5-2 vote", "voted 7-2", "by a vote of five to two": a tally the number finder does not see as one.
    const written = /\b(\d{1,3}[-–]\d{1,3})(?=\s+(?:vote|votes|decision|ruling|margin|majority)\b)|\bvoted\s+(\d{1,3}[-–]\d{1,3}|\d{1,3}\s+to\s+\d{1,3})\b|\bvotes? of\s+((?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:to|[-–])\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|nil))\b/i.exec(text);
    if (ms.length === 0 && written) return { answer: written[1] ?? written[2] ?? written[3] };
  }
  // "What was the rate before the cut?": the value it changed from ("lowered the rate from 4.00
  // percent"); "what did they set it to?", the value it changed to.
  const wantsFrom = /\b(before|previous|previously|prior|earlier|old|former|original|originally|initial|initially)\b/.test(asked);
  const wantsTo = !wantsFrom && /\bto$|\b(now|new)\b/.test(asked);
  const changeSide = (m: Mention) => {
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    // "from 4.5%", or "initially offered 4.5%" for the first value.
    const first = /\b(?:from|initially \w+|originally \w+|first \w+)\s+$/.test(before);
    // ("to roughly 3,800": a word for about may stand between.)
    return (wantsFrom && first) || (wantsTo && /\bto\s+(?:(?:about|around|roughly|nearly|some|almost)\s+)?$/.test(before)) ? -1000 : 0;
  };
  // "21% in 2023, up from 5% in 2015": the value after "up from" is the earlier one, asked only as such.
  const earlier = (m: Mention) => !wantsFrom && /\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+$/.test(text.slice(Math.max(0, m.start - 20), m.start));
  // "What share ... in 2015?": the value the sentence gives for that year, not for another.
  const years = q.words.filter((w) => /^(19|20)\d\d$/.test(w));
  const forYear = (m: Mention) => {
    const year = years.length ? /^[^,;]{0,40}?\b(?:in|by|for|during|of)\s+((?:19|20)\d\d)\b/.exec(text.slice(m.end))?.[1] : undefined;
    return year === undefined ? 0 : years.includes(year) ? -1300 : 300;
  };
  // "How much would the offer be worth?": the amount the sentence says it is worth.
  const worth = (m: Mention) => /\bworth\b/.test(asked) && /\bworth\s+(?:about|around|roughly|some|nearly|almost|up to|more than|at least|an estimated)?\s*$/.test(text.slice(Math.max(0, m.start - 30), m.start));
  // "claims worth $610 million" for "how much is it claiming": an amount said to be that of what the question's verb does.
  const verbNouns = new Set(q.words.filter((w) => q.pos.get(w) === "VERB" && !/^(is|are|was|were|be|been|has|have|had|do|does|did)$/.test(w)).map(stemOf));
  const namedAmount = (m: Mention) => m.kind === "money" && verbNouns.has(stemOf(/\b([a-z]+)\s+(?:worth|totalling|totaling|amounting to|valued at)\s+(?:about|around|roughly|some|nearly|almost|up to|more than|at least|an estimated)?\s*$/i.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase() ?? ""));
  const verbs = countVerbs(q)[moneyAsked ? "money" : "other"];
  const afterVerb = (m: Mention) => {
    // ("committed an additional $1.5 million": the words for more of it too.)
    const lead = /([a-z]+)\s+(?:(?:an additional|a further|another|additional|further|at least|about|around|roughly|nearly|some|more than|almost|over)\s+)?$/i.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (lead !== null && verbs.has(stemOf(lead[1].toLowerCase()))) return true;
    // Or the verb right after it: "... and 46 were still missing".
    const after = /^\s+(?:[a-z]+\s+)?(?:were|was|are|is|remain|remained|remains|had been|have been|has been)\s+(?:still\s+)?([a-z]+)/i.exec(text.slice(m.end, m.end + 50));
    return after !== null && verbs.has(stemOf(after[1].toLowerCase()));
  };
  // Only when what is counted says little by itself ("how many people were injured"): "how many
  // permanent jobs would it create" is told by its noun.
  const generic = !counted || /^(people|persons|ppl|individuals|residents)$/.test(counted);
  // "12% of participants developed a fever, compared with 3% of those on placebo": the share of a population, for "what percentage of people".
  const ofPopulation = (m: Mention) => population !== undefined && m.kind === "percent" && isPopulation(/^\s+of\s+(?:the\s+|all\s+)?([a-z]+)/.exec(text.slice(m.end))?.[1] ?? "");
  // "How many people were hurt?": a toll in a sentence without the verb (or a word for it) is another toll ("killed four people").
  const toll = [...verbs].filter((v) => CASUALTY.has(v));
  // "forced some 6,500 people from their homes" says how many were evacuated.
  const leftHome = toll.some((v) => /^(evacu|displac)/.test(v)) && /\bfrom (?:their|his|her|its) homes?\b|\bordered out\b|\b(?:fled|flee|fleeing)\b/i.test(text);
  if (generic && counted && toll.length && !leftHome && !words(text).some((w) => verbs.has(stemOf(w)))) return undefined;
  // "How many people attended the protest?" is not answered by a group's "15,000 registered members": a
  // count of those who came needs the verb or a word for a crowd.
  const attended = [...verbs].some((v) => /^(attend|gather|march|ralli|turn|show)/.test(v));
  if (generic && counted && attended && !words(text).some((w) => verbs.has(stemOf(w))) && !/\b(?:crowds?|attendance|turnout|protesters|marchers|demonstrators|attendees|spectators)\b/i.test(text)) return undefined;
  // "How many children died during the trial?" is not answered by "enrolled 9,400 children": a toll
  // needs a word of harm ("died", "deaths", "killed", "dead") in the sentence, whatever is counted.
  const harm = toll.filter((v) => /^(die|kill|injur|hurt|wound)/.test(v));
  if (counted && harm.length && !HARM_SAID.test(text)) return undefined;
  // "How big is the review team?": the number that gives its size ("a review team of some 14,000 staff", "a 300-strong team").
  const sized = sizeOf(q, text);
  // "$1.8 billion from Japan and A$750 million from Australia": the amount from the country asked about.
  const fromAsked = (m: Mention) => {
    const source = /^\s+(?:\([^)]*\)\s+)?(?:from|by|of)\s+((?:[A-Z][\w.’'-]*\s?){1,3})/.exec(text.slice(m.end))?.[1].trim();
    return source !== undefined && q.countries.includes(countryOf(source)?.name ?? "");
  };
  // "90,000 hectares ..., and 12,000 hectares have been left unplanted": where both count the asked
  // noun, the one in the clause with the question's other words.
  const inClause = counted ? clauseDistance(c, q) : undefined;
  const outside = (m: Mention) => (inClause && inClause(m) > 0 ? 100 : 0);
  // "on a turnout of 79 percent", "a 79 percent turnout": the number the asked measure is given with.
  const measure = q.head && !counted ? escapeRegExp(q.head) : undefined;
  const givenAfter = measure ? new RegExp(`\\b${measure}\\s+(?:of|at|was|is|stood at|reached|hit)\\s+$`, "i") : undefined;
  const givenBefore = measure ? new RegExp(`^\\s+${measure}\\b`, "i") : undefined;
  const ofMeasure = (m: Mention) => givenAfter !== undefined && givenBefore !== undefined && (givenAfter.test(text.slice(Math.max(0, m.start - 40), m.start)) || givenBefore.test(text.slice(m.end)));
  // "12 weeks of pay ... four months of continued health coverage": for "how long will they keep their health insurance", the length of what is asked.
  let askedStems: Set<string> | undefined;
  const lengthOfAsked = (m: Mention) => m.kind === "duration" && durationAsked && words(/^\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(text.slice(m.end))?.[1] ?? "").some((w) => (askedStems ??= new Set(q.words.filter((x) => !isStopWord(x)).flatMap((x) => [x, ...expand(x)]).map(stemOf))).has(stemOf(w)));
  // "How many are exposed now?" with "would rise to about 11,000 from 3,200 today": the number said to be today's.
  const nowAsked = /\b(?:currently|now|today|at present|presently)\b/.test(asked);
  const todays = (m: Mention) => nowAsked && /^\s*(?:people\s+)?(?:today|now|currently|at present)\b/i.test(text.slice(m.end, m.end + 20));
  // "a fine of 500 zlotys ($125) for a first offence and 1,500 zlotys for any repeat": the amount the
  // sentence says is for what the question asks about.
  const forAsked = (m: Mention) => {
    // ("17,175 votes, or 44.6 percent, for Pruitt": a share in between.)
    const what = /^\s*(?:[a-z]+\s*)?(?:\([^)]*\)\s*)?(?:,\s+or\s+[\d.,]+\s*(?:percent|per cent|%),\s+)?(?:for|per)\s+(?:a|an|the|any|each|every)?\s*((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(text.slice(m.end))?.[1];
    return what !== undefined && words(what).some((w) => !isStopWord(w) && q.terms.includes(stemOf(w)));
  };
  // "How many wolves live in Poland?": its population, not a number of them something is done to.
  const populationAsked = /\bhow many [a-z]+ (?:live|lived|living|exist|inhabit)\b/.test(asked);
  // "The foundation pledged $4 million, and Margaret Ellery committed $1.5 million": for "how much is
  // Ellery giving", the amount after her name, not one after another's.
  const doers = stated.filter((x) => x.kind === "person" || x.kind === "organization");
  const afterAsked = (m: Mention) => {
    if (q.people.length === 0) return false;
    const last = doers.filter((x) => x.end <= m.start).at(-1);
    return last !== undefined && q.people.some((p) => p.article === c.sentence.article && p.id === last.entity);
  };
  // "$14.50 in cash for each Greenvale share": the amount said for the unit asked, over a share of something nearer.
  const forUnit = per ? new RegExp(`^[^,.;]{0,25}?\\b(?:a|per|each|every)\\s+(?:[A-Z][\\w’'-]*\\s+)?${per}\\b`) : undefined;
  const perUnitAmount = (m: Mention) => forUnit !== undefined && m.kind === "money" && forUnit.test(text.slice(m.end));
  // "What's the maximum severance?" with "two weeks for every year of service, capped at 52 weeks": the bound, when the question asks for one.
  const boundAsked = /\bmaximum\b/.test(asked) ? UPPER_BOUND_BEFORE : /\bminimum\b/.test(asked) ? LOWER_BOUND_BEFORE : undefined;
  const bounded = (m: Mention) => boundAsked !== undefined && boundAsked.test(text.slice(Math.max(0, m.start - 40), m.start));
  const rateLevelAsked = q.head === "rate" && !CHANGE_ASKED.test(asked) && !/\b(?:rise|rose|fall|fell|change|changed|increase|increased|drop|dropped|add|added)\b/.test(asked);
  const score = (m: Mention) => {
    const counting = Boolean(counted) && countsIt(m);
    // "What was the inflation rate?": "stood at 4.1 percent", not "could add 0.3 percentage points to" it.
    return (rateLevelAsked && /percentage points?$/i.test(m.text) ? 400 : 0) + (ofMeasure(m) ? -900 : 0) + (forAsked(m) ? -700 : 0) + (populationAsked && populationOf(text, m, counted) ? -1200 : 0) + (lengthOfAsked(m) ? -300 : 0) + (todays(m) ? -1500 : 0) + (fromAsked(m) ? -1500 : 0) + (sized(m) ? -800 : 0) + (worth(m) || namedAmount(m) ? -1300 : 0) + changeSide(m) + (afterAsked(m) ? -600 : 0) + (perUnitAmount(m) ? -700 : 0) + (bounded(m) ? -700 : 0) + (earlier(m) ? 400 : 0) + forYear(m) + (ofPopulation(m) ? -300 : 0) + (generic && verbs.size && afterVerb(m) ? -1200 : 0) + (counting ? -1000 : 0) + (counted && modified(m) ? -1500 : 0) + (isPart(m) ? (wholeAsked ? 50 : -50) : 0) + (percentAsked && m.kind === "percent" ? -500 : 0) + (m.kind === "duration" && !durationAsked ? 300 : 0) + (counting ? outside(m) : 0) + near(m);
  };
  // "About 76,000 ... were sold in the United States and roughly 44,000 in Canada": each number is the
  // country's named after it, before the next number; the one of the country asked, when there is one.
  if (q.countries.length && ms.length > 1) {
    const sorted = [...ms].sort((a, b) => a.start - b.start);
    const countryAfter = (m: Mention) => {
      const next = sorted.find((x) => x.start > m.start);
      const span = words(text.slice(m.end, next ? next.start : undefined));
      return span.flatMap((w, i) => [countryOfWords(w, span[i + 1]), countryOfWords(w)]).find((c) => c !== undefined)?.name;
    };
    const own = ms.filter((m) => { const c = countryAfter(m); return c !== undefined && q.countries.includes(c); });
    if (own.length && ms.some((m) => { const c = countryAfter(m); return c !== undefined && !q.countries.includes(c); })) ms = own;
  }
  // A number in a clause about another organization is theirs: the asked one's, if the sentence gives it too, is picked instead.
  const ownOrganization = ms.filter((m) => !otherOrganizationsClause(c, m, q));
  const pick = sortedBy(ownOrganization.length ? ownOrganization : ms, score, (a, b) => a.start - b.start)[0];
  if (!pick) return undefined;
  if (measuredMissing && pick.kind === "percent" && q.wants !== "percent") return undefined;
  // "How many employees does Veltrane have?" is not answered by "Veltrane cut about 600 jobs": a change is no headcount.
  if (HOLDING.test(asked) && !CHANGE_ASKED.test(asked) && CHANGED_BY.test(text.slice(Math.max(0, pick.start - 40), pick.start))) return undefined;
  // "How many wolves live in Malopolska?" is not answered by how many may be shot there: a population, or the verb.
  if (populationAsked && !populationOf(text, pick, counted) && !/\b(?:live|lives|living|lived|inhabit|inhabits|exist|exists|remain|remains|left)\b/i.test(text)) return undefined;
  // "What is the exact percentage?" is not answered by "nearly half".
  if (/\b(exact|exactly|precise|precisely)\b/.test(asked) && (FRACTIONS.test(pick.text) || /^(nearly|about|around|roughly|some|almost|over|more than|less than|fewer than|up to|at least|hundreds|thousands|dozens|millions|scores|tens)\b/i.test(pick.text))) return undefined;
  // "How much did trade fall?" with "fell to $9.6 billion last year from $14.2 billion": both ends.
  if (!counted && !wantsFrom && !wantsTo && /\b(fall|fell|drop|dropped|rise|rose|increase|increased|decrease|decreased|grow|grew|decline|declined|shrink|shrank|change|changed|climb|climbed)\b/.test(asked)) {
    const end = (m: Mention, word: string) => new RegExp(`\\b${word}\\s+$`).test(text.slice(Math.max(0, m.start - 6), m.start));
    const to = ms.find((m) => end(m, "to"));
    const from = to && ms.find((m) => m !== to && m.kind === to.kind && end(m, "from") && Math.abs(m.start - to.start) < 80);
    if (to && from) return { answer: `from ${from.text} to ${to.text}`, distance: near(to) };
  }
  // A number far from anything the question asks about answers something else; so does a count of
  // other things ("38 clinics" for "how many participants").
  // ("... the number of people exposed ... would rise to 11,000 from 3,200 today": today's number counts them.)
  const counts = (m: Mention) => countsIt(m) || modified(m) || (todays(m) && new RegExp(`\\bnumber of ${escapeRegExp(counted ?? "")}\\b`, "i").test(text));
  // The one length of time a sentence gives answers "how long", however far it stands, after the question's verb.
  const onlyDuration = durationAsked && pick.kind === "duration" && ms.length === 1 && words(text.slice(0, pick.start)).some((w) => verbs.has(stemOf(w)));
  // ("membership ... had more than tripled ..., rising from about 1,200 to roughly 3,800": the end of a change asked for stands further off.)
  const changeEnd = changeSide(pick) < 0 && near(pick) <= 160;
  if (near(pick) > 90 && !(counted && counts(pick)) && !inAsked.includes(pick) && !onlyDuration && !changeEnd) return undefined;
  // "71 of the 151 seats" counts seats, not votes.
  if (counted && !counts(pick) && isPart(pick)) return undefined;
  // ("five Hunter councils" counts councils too: a name may stand before the noun.)
  const namedNoun = /^\s+(?:[A-Z][\w’'-]*\s+){1,2}([a-z]+)/.exec(text.slice(pick.end))?.[1];
  if (counted && !counts(pick) && (/^\s+[a-z]/.test(text.slice(pick.end)) || (namedNoun !== undefined && !isStopWord(namedNoun))) && !/^\s+(of|are|were|had|have|in|at|to|and)\b/.test(text.slice(pick.end))) return undefined;
  // "will cost 18,000 euros, up from 15,000": a bare number after an amount of money is that money's earlier level.
  if (counted && !counts(pick) && /^\s*[,.;)]/.test(text.slice(pick.end)) && /\b(?:from|to|of)\s+$/i.test(text.slice(Math.max(0, pick.start - 6), pick.start)) && (stated.some((m) => m.kind === "money" && m.end <= pick.start) || MONEY_BEFORE.test(text.slice(0, pick.start)))) return undefined;
  // "thousands of jobs" does not count factories.
  if (counted && !counts(pick) && /^(?:thousands|hundreds|millions|dozens|scores)$/i.test(pick.text)) return undefined;
  // "a 30-day ceasefire" is not a count of hostages.
  if (counted && !counts(pick) && /^-[a-z]/.test(text.slice(pick.end))) return undefined;
  // "How many rescuers did Japan send?" with "Japan pledged $3 million, while Chile said it would send a 45-member team": another country's number.
  if (q.countries.length && otherCountrysClause(text, pick, q)) return undefined;
  if (otherOrganizationsClause(c, pick, q)) return undefined;
  // "How many were killed during the 2017 unrest?" with "Its 1963 eruption killed more than 1,000 people, and ... in 2017 ...": another year's count.
  if (otherYearsClause(text, pick, q)) return undefined;
  if (tallyAsked) return { answer: pick.text, distance: near(pick) };
  // "By how many votes was it defeated?" with "by 68 votes to 61": the whole tally.
  const tally = counted && /^votes?$/.test(counted) ? mentionsIn(c.facts, c.sentence.sentence).find((m) => m.start === pick.start && TALLY.test(m.text)) : undefined;
  if (tally) return { answer: tally.text, distance: near(pick) };
  // "a five-year contract": the number is written onto the unit.
  const joined = pick.kind === "duration" ? /\b([\w.]+)-$/.exec(text.slice(Math.max(0, pick.start - 12), pick.start))?.[1] : undefined;
  if (joined) return { answer: `${joined}-${pick.text}${/^\s+[a-z]+/.exec(text.slice(pick.end))?.[0] ?? ""}`, distance: near(pick) };
  // "How many hours into the day was he?" "in the 12th hour": an ordinal counts the unit too.
  const ordinal = ordinalUnit(pick) ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, pick.start - 16), pick.start))?.[1] : undefined;
  // "How many years has she served?" is not answered by "within months": a length with no number (or "12th") counts nothing.
  if (!ordinal && counted && pick.kind === "duration" && !SAYS_HOW_MANY.test(pick.text)) return undefined;
  if (ordinal) return { answer: `${ordinal} ${pick.text}`, distance: near(pick) };
  // "three quarters of a million people": the number finder sees "three" and "million" apart.
  const fraction = /^(?:million|billion|thousand)$/i.test(pick.text) ? /\b((?:[\w.]+[- ])?(?:quarters?|thirds?|halves|half)\s+of\s+a\s+|half\s+a\s+)$/i.exec(text.slice(Math.max(0, pick.start - 30), pick.start))?.[1] : undefined;
  if (/^(?:million|billion|thousand)$/i.test(pick.text) && !fraction) return undefined;
  // "by 8% to 12%": a range is given whole.
  // "by between 15% and 20%" too.
  const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, pick.start - 9), pick.start));
  const upTo = ms.find((m) => m !== pick && m.kind === pick.kind && (/^\s*(?:to|-|–)\s*$/.test(text.slice(pick.end, m.start)) || (between && /^\s*and\s*$/.test(text.slice(pick.end, m.start)))));
  if (upTo) return { answer: between ? `between ${pick.text} and ${upTo.text}` : `${pick.text} to ${upTo.text}`, distance: near(pick) };
  // "five to seven days", "between 10 and 12 weeks", "by 5 to 8 percent": the lower bound, a bare number, before the unit's number.
  const from = pick.kind === "duration" || pick.kind === "number" || pick.kind === "percent" || pick.kind === "money" ? stated.find((m) => m.kind === "number" && m.end <= pick.start && /^\s*(?:to|-|–|or|and)\s*$/.test(text.slice(m.end, pick.start))) : undefined;
  if (from && (!/^\s*and\s*$/.test(text.slice(from.end, pick.start)) || /\bbetween\s+$/i.test(text.slice(Math.max(0, from.start - 9), from.start)))) {
    return { answer: `${/\bbetween\s+$/i.test(text.slice(Math.max(0, from.start - 9), from.start)) ? "between " : ""}${from.text}${text.slice(from.end, pick.start)}${pick.text}`, distance: near(pick) };
  }
  // Or the first part of it was picked: "three" of "three quarters of a million".
  const scale = SCALE.exec(text.slice(pick.end))?.[0] ?? "";
  // Keep the counted noun: "about 2,800 bus drivers", "41 of the 76 seats".
  const after = text.slice(pick.end + scale.length);
  const part = /^\s+of\s+(?:the|its|their|his|her)?\s*[\d,.]+\s+[a-z][\w-]*/.exec(after)?.[0];
  const noun = pick.kind === "number" ? /^(\s+[a-z][\w-]*){1,3}/.exec(after)?.[0] : undefined;
  // "2,400 drivers entered its second week": the noun ends before a verb ("displaced people" starts with one).
  const nounText = noun ? noun.split(/\s+/).filter(Boolean).slice(0, 3).filter((w, i, all) => !endsPhrase(w, all[i + 1]) && all.slice(0, i + 1).every((x, k) => !endsPhrase(x, all[k + 1]) && (k === 0 || (!/ed$/.test(x) && irregularBase(x) === undefined && !(verbAsked(x) && wanted(all[k - 1])))))) : [];
  // "about 1.5 km (0.9 mile)": a figure and its conversion in brackets are one answer, whichever was picked.
  const amount = (m: Mention) => m.kind === "money" || m.kind === "number";
  const bracketed = (a: Mention, b: Mention) => (a.kind === b.kind || (amount(a) && amount(b))) && a.end <= b.start && /^\s*(?:[a-z]+\.?\s*){0,2}\($/i.test(text.slice(a.end, b.start)) && /^\s*(?:[a-z]+\.?\s*){0,2}\)/i.test(text.slice(b.end));
  const pair = scale || part ? undefined : ms.find((m) => bracketed(m, pick)) ?? ms.find((m) => bracketed(pick, m));
  if (pair) {
    const [a, b] = pair.start < pick.start ? [pair, pick] : [pick, pair];
    return { answer: text.slice(a.start, b.end + /^[^)]*\)/.exec(text.slice(b.end))![0].length), distance: near(pick) };
  }
  // ("Aurelian Air scraps hundreds of flights": a vague count, which an exact one nearby beats.)
  const vague = /^(?:hundreds|thousands|dozens|scores|millions|tens of thousands|hundreds of thousands|several|many)$/i.test(pick.text);
  return { answer: `${fraction ?? ""}${pick.text}${scale}${part ?? (nounText.length ? ` ${nounText.join(" ")}` : "")}`, distance: near(pick), ...(changeSide(pick) < 0 || namedAmount(pick) || (populationAsked && populationOf(text, pick, counted)) ? { fits: true } : {}), ...(vague ? { weak: true } : {}) };
}


/** For "how big/large is X": whether a number is the size of X, written right after it or before it. */
function sizeOf(q: Question, text: string): (m: Mention) => boolean {
  if (!/^(big|large|size)$/.test(q.head ?? "")) return () => false;
  const noun = q.words.findLast((w) => q.pos.get(w) === "NOUN");
  if (!noun) return () => false;
  const stem = stemOf(noun);
  const before = new RegExp(`\\b${stem}\\w*\\s+(?:of\\s+)?(?:about|some|around|roughly|nearly|almost|over|more than|at least)?\\s*$`, "i");
  const after = new RegExp(`^[- ](?:strong|member|person)?\\s*${stem}`, "i");
  return (m) => before.test(text.slice(Math.max(0, m.start - 60), m.start)) || after.test(text.slice(m.end, m.end + 40));
}

/** Measures of money that answer for one another, and not for those of another group. */
const MEASURES: RegExp[] = [
  /\b(revenues?|sales|turnover)\b/,
  /\b(profits?|earnings|net income|income)\b/,
  /\b(loss|losses)\b/,
  /\b(debts?|borrowing)\b/,
  /\b(budget|spending)\b/,
  /\b(salary|salaries|wages?)\b/,
  /\b(fines?|damages|penalty|penalties)\b/,
  /\b(savings|saves?|save)\b/,
  /\b(prices?|priced|valuation)\b/,
];

/** Whether the question asks for one measure of money and the sentence gives only others. */
function otherMeasure(asked: string, text: string): boolean {
  const lower = text.toLowerCase();
  const wanted = MEASURES.filter((re) => re.test(asked));
  if (wanted.length !== 1) return false;
  return !wanted[0].test(lower) && MEASURES.some((re) => re !== wanted[0] && re.test(lower));
}

/** "How much Velmoran farmland ...?" -> "farmland": the last noun of the phrase after "how much". */
function measuredNoun(q: Question): string | undefined {
  const at = q.words.findIndex((w, i) => w === "much" && q.words[i - 1] === "how");
  if (at < 0) return undefined;
  let noun: string | undefined;
  for (const w of q.words.slice(at + 1, at + 4)) {
    if (q.pos.get(w) === "NOUN") noun = w;
    else if (q.pos.get(w) !== "ADJ" && q.pos.get(w) !== "PROPN") break;
  }
  return noun;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of an amount written with digits ("$95 million" -> 95,000,000); undefined when it has none. */
function amountValue(text: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?/i.exec(text);
  if (!m) return undefined;
  return Number(m[1].replace(/,/g, "")) * (m[2] ? SCALES[m[2].toLowerCase()] : 1);
}
