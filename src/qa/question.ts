import type { KnowledgeBase } from "../knowledge/base.ts";
import type { MentionKind } from "../knowledge/types.ts";
import type { QuestionKind } from "./types.ts";
import { withBodyForOwner } from "./ownersBody.ts";
import { escapeRegExp, foldAccents, isAskingWord, isStopWord, stemOf, words } from "./text.ts";
import { countryOf, countryOfCapital, countryOfRegion, countryOfWords, isKnownPlace, isRegionDemonym } from "../lexicon/places.ts";
import type { Country } from "../lexicon/countries.ts";
import { expand } from "../lexicon/synonyms.ts";
import { isEnglishWord, narrowerWords, isVerb, relatedWords } from "../lexicon/wordnet.ts";
import { tagWords } from "../knowledge/nlp.ts";
import { nameIndex, phrases, type NameIndex, type NameRef } from "../knowledge/nameIndex.ts";
import { COMMON_ACRONYMS, NUMBER_WORDS, ROLE_WORDS } from "../lexicon/words.ts";
import { idioms } from "./idioms.ts";
import { longerForms } from "./forms.ts";
import { asksForKind, AUX, descriptorWords, kindOf } from "./questionKind.ts";
import { LIGHT_VERBS } from "./questionVerbs.ts";
import { correct, listedForm, expandShorthand, fixFunctionWord, fixQuestionWord, englishSlip, misspelledEnglish, unswapped } from "./typos.ts";

export { ASKS_CHANGE, GENERIC_HEADS } from "./questionKind.ts";

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
  /** "Is the union for or against the cuts?": asked as whether it supports them, answered "For" or "Against". */
  forOrAgainst?: true;
  /** "What did X say about Y": the topic Y, stemmed. */
  topic: string[];
  /** True when a word had to be corrected. */
  corrected: boolean;
  /** Part of speech of each word of the question, from wink-nlp. */
  pos: Map<string, string>;
  /** For a content word the articles do not use: stems of related words they do use (WordNet). */
  related: Map<string, string[]>;
  /** For a content word the articles do use: stems of its WordNet synonyms (same sense, same part of speech) that they use too. */
  synonyms: Map<string, string[]>;
  /** Names of organizations and places of the articles that the question names, lower case. */
  things: string[];
  /** Words that describe the answer ("Danish" in "which Danish company"): they count for less. */
  descriptors: string[];
  /** One-word names of organizations the question names ("brightwater", "pew"), lower case. */
  orgWords: string[];
}


/**
 * Whether a yes/no question asks whether something was done: "Did the regulator fine the airline?",
 * "Has anyone sued?". Not "Is there any condition attached?", which asks whether there is one.
 */
export function asksWhetherDone(q: Question): boolean {
  return q.kind === "yesno" && /^(did|does|do|has|have|had|will|would|can|could|should)$/.test(q.words[0] ?? "");
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
  // "When did she take office?" where the articles say "was sworn in" (and not "take office").
  [/\b(?:took|take|takes|taking) office\b/gi, (kb) => !saysAnywhere(kb, /\b(?:took|take|takes|taking|taken) office\b/i), "was sworn in"],
  // "Who is Denmark's top diplomat?": its foreign minister, unless the articles call someone that.
  [/\btop diplomats?\b/gi, (kb) => kb.termFrequency.has("minist") && !saysAnywhere(kb, /\btop diplomats?\b/i), "foreign minister"],
  // "How much prize money does he have to hand back?" where the articles never say it so: return it.
  [/\b(?:hand|hands|handed|handing|give|gives|gave|given|giving) (?:it |them |that )?back\b/gi, (kb) => !saysAnywhere(kb, /\b(?:hand|hands|handed|handing|give|gives|gave|given|giving) (?:\w+ )?back\b/i), "return"],
  // "When does the ban kick in (take effect)?" where the articles never say it so: when it starts.
  [/\b(?:take|takes|took|taken|taking) effect\b/gi, (kb) => !saysAnywhere(kb, /\b(?:take|takes|took|taken|taking|come|comes|came|coming|went|go|goes|going) (?:into )?effect\b/i), "start"],
  // "Who is the dealer's defence lawyer?" where the articles never say "defence": "His lawyer, Thibault Garnier".
  [/\bdefen[cs]e (?=(?:lawyers?|attorneys?|counsel|barristers?|solicitors?|team)\b)/gi, (kb) => !saysAnywhere(kb, /\bdefen[cs]e\b/i), ""],
];

/** "cooperate on" -> "find common ground on", when no article uses the question's words. */
function withArticlePhrases(kb: KnowledgeBase, text: string): string {
  let out = text;
  for (const [re, unused, phrase] of WHEN_UNUSED) if (out.search(re) >= 0 && unused(kb)) out = out.replace(re, phrase);
  return out;
}

/**
 * "What share of GDP ...?" where the articles say "gross domestic product": an abbreviation the
 * articles never use is read as the phrase they use for it, found by WordNet ("gdp") or, typed in
 * capitals, by its initials.
 */
function withPhrasesForWords(kb: KnowledgeBase, text: string): string {
  return text.replace(/\b[A-Za-z][a-z]{1,11}\b|\b[A-Z]{2,5}\b/g, (w) => {
    const low = w.toLowerCase();
    if (low.length < 2 || isStopWord(low) || known(kb, low)) return w;
    // Only a phrase the word abbreviates: "fda" is the "food and drug administration", "president" is no "chief executive".
    const byWordNet = relatedWords(low).filter((x) => x.includes(" ") && initialsOf(x) === low && x.split(/[\s-]+/).every((y) => kb.vocabularySet.has(y)));
    const byInitials = /^[A-Z]{3,5}$/.test(w) ? phraseOfInitials(kb, low) : undefined;
    const phrase = [...byWordNet, ...(byInitials ? [byInitials] : [])].find((x) => saysAnywhere(kb, new RegExp(`\\b${escapeRegExp(x)}\\b`, "i")));
    return phrase ?? hyphenated(kb, low) ?? w;
  });
}

/** "presale" for the articles' "pre-sale": a word they write with a hyphen, typed joined. */
function hyphenated(kb: KnowledgeBase, w: string): string | undefined {
  for (let i = 2; i <= w.length - 3; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (kb.vocabularySet.has(a) && kb.vocabularySet.has(b) && saysAnywhere(kb, new RegExp(`\\b${a}-${b}\\b`, "i"))) return `${a}-${b}`;
  }
  return undefined;
}

/** The initials of a phrase's words, without "and", "of" and the like: "food and drug administration" -> "fda". */
function initialsOf(phrase: string): string {
  // ("value-added tax" -> "vat": each part of a hyphened word has its letter.)
  return phrase.split(/[\s-]+/).filter((x) => x && !isStopWord(x)).map((x) => x[0]).join("");
}

const initialsSaid = new WeakMap<KnowledgeBase, Map<string, string | undefined>>();

/** A phrase of lower-case words the articles use whose initials spell `letters` ("gdp" -> "gross domestic product"). */
function phraseOfInitials(kb: KnowledgeBase, letters: string): string | undefined {
  const seen = initialsSaid.get(kb) ?? new Map<string, string | undefined>();
  initialsSaid.set(kb, seen);
  if (seen.has(letters)) return seen.get(letters);
  const re = new RegExp(`\\b${[...letters].map((l) => `${l}[a-z]+`).join(" ")}\\b`);
  let found: string | undefined;
  for (const s of kb.sentences) {
    const m = re.exec(s.text);
    if (m && m[0].split(" ").every((x) => !isStopWord(x))) {
      found = m[0];
      break;
    }
  }
  seen.set(letters, found);
  return found;
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
  return readOnce(kb, raw, true);
}

/** `readQuestion`, and whether a set phrase typed with a slip may be read again once the slip is fixed. */
function readOnce(kb: KnowledgeBase, raw: string, again: boolean): Question {
  const ix = nameIndex(kb);
  // (Accents folded first: every pattern below reads letters as a to z, and "Yaraví" is no "Yarav".)
  const text = withPhrasesForWords(kb, withArticlePhrases(kb, withoutCounter(kb, withNamesForInitials(kb, ix, withBodyForOwner(kb, ix, conditionLast(idioms(foldAccents(raw).replace(/<@[^>]+>|@\w+/g, " ").replace(/\s+/g, " ").trim())))))));
  const original = words(text);
  let corrected = false;
  const slipped = new Set<string>();
  const ws = original.map((w, i) => {
    // "bidens adviser": a name's possessive typed without its apostrophe.
    const owner = w.length > 3 && w.endsWith("s") && !kb.vocabularySet.has(w) ? w.slice(0, -1) : "";
    if (owner && (ix.personWords.has(owner) || ix.things.has(owner))) return owner;
    const short = expandShorthand(w, (x) => kb.vocabularySet.has(x), original[i + 1]);
    // A word the articles use is no slip ("WHA" is the Western Hoteliers Association, not "what").
    const fixed = short !== w ? short : kb.vocabularySet.has(w) ? w : i < 4 ? fixQuestionWord(w, i === 0) : fixFunctionWord(w);
    // A word typed with a capital mid-question is likely a name: a name the articles give is the likelier fix.
    let capital: boolean | undefined;
    const typedCapital = () => (capital ??= i > 0 && new RegExp(`(?<=\\s)${escapeRegExp(w.charAt(0).toUpperCase() + w.slice(1))}\\b`).test(text));
    const fromArticles = fixed === w ? listedForm(correct(kb, w, (x) => (ix.personWords.has(x) || ix.things.has(x)) && typedCapital()), w) : fixed;
    // "wrok": a swap in a common word the articles do not use.
    const c = fromArticles === w && !kb.vocabularySet.has(w) ? englishSlip(unswapped(w)) : fromArticles;
    // A slip fixed to a word the articles do not use says no more than the slip did ("plantiff").
    if (c !== fromArticles && c !== unswapped(w)) slipped.add(c);
    if (c !== w) corrected = true;
    return c;
  });
  // "wen will trains start runing again": a set phrase typed with a slip is read as one once fixed.
  if (corrected && again) {
    const fixedText = original.reduce((t, w, i) => (ws[i] === w ? t : t.replace(new RegExp(`\\b${escapeRegExp(w)}\\b`, "i"), ws[i])), text);
    const phrased = idioms(fixedText);
    if (phrased !== fixedText) return { ...readOnce(kb, phrased, false), corrected: true };
  }
  const pos = new Map<string, string>();
  for (const t of tagWords(ws.join(" "))) if (!pos.has(t.normal)) pos.set(t.normal, t.pos);
  // "Beijing", "Jinping": a name the tagger reads as a verb for its "-ing" is a name.
  for (const w of ws) if (pos.get(w) === "VERB" && /ing$/.test(w) && (ix.personWords.has(w) || ix.things.has(w) || countryOfWords(w) !== undefined || countryOfCapital(w) !== undefined)) pos.set(w, "PROPN");
  // "Who mediated the talks?": the word after "who" is its verb, though the tagger may read an adjective.
  if (ws[0] === "who" && /^[a-z]{3,}ed$/.test(ws[1] ?? "") && pos.get(ws[1]) === "ADJ") pos.set(ws[1], "VERB");
  const { kind, head, wants } = kindOf(ws, pos, text);
  const descriptors = descriptorWords(ws, head, pos);
  // "Which two islands ...": how many are asked for, not a word the sentence says.
  // "How many times ...": a count of events, not a word the sentence says.
  const howMany = (w: string) => (NUMBER_WORDS.has(w) && /^(which|what)$/.test(ws[ws.indexOf(w) - 1] ?? "")) || (w === "times" && ws[ws.indexOf(w) - 1] === "many" && ws[ws.indexOf(w) - 2] === "how");
  // "must hunters report it": "report" with an object is the question's own verb, not a word for asking.
  const ownVerb = (w: string) => /^report(?:s|ed|ing)?$/.test(w) && /^(?:it|them|the|a|an|his|her|their|its|any|all|each|every|to)$/.test(ws[ws.indexOf(w) + 1] ?? "");
  // "Who won in the end?": "in the end" says when it was settled, not what about.
  const inTheEnd = (w: string, i: number) => w === "end" && ws[i - 1] === "the" && ws[i - 2] === "in" && i === ws.length - 1;
  const asked = ws.filter((w, i) => !isStopWord(w) && (!isAskingWord(w) || ownVerb(w)) && !/^(who|whom|whose|what|which|where|when|why|how)$/.test(w) && !howMany(w) && !inTheEnd(w, i));
  // "Which pollster is cited?": with nothing else to go on, the kind asked is what to look for.
  const content = asked.some((w) => !asksForKind(w, kind, head, wants)) ? asked.filter((w) => !asksForKind(w, kind, head, wants)) : asked.filter((w) => w === head);
  const terms = [...new Set(content.map(stemOf))];
  const related = new Map<string, string[]>();
  const synonyms = new Map<string, string[]>();
  const byWordNet = new Set<string>();
  for (const w of content) {
    const isKnown = known(kb, w);
    // A word the articles never use: WordNet's synonyms and broader words that they do use.
    // The thing a "what"/"which" question asks for is a noun: "what sanctions" are no "pass".
    // A word they use: its synonyms in its first sense, as the question uses it ("rubble" for "debris").
    const tag = pos.get(w);
    const ownPos = tag === "NOUN" ? "noun" : tag === "VERB" ? "verb" : tag === "ADJ" ? "adj" : undefined;
    // Not a word for those in power ("Singapore's government" is no "Philippine authorities": whose they are matters), nor a light verb.
    if (isKnown && (!ownPos || LIGHT_VERBS.has(w) || /^(govern|author|regim|offici)/.test(stemOf(w)) || /^(set|put|give|gave|given|go|goes|went|come|came|say|says|said)$/.test(w))) continue;
    // A noun the articles never use: the narrower words they do use too ("symptoms": "rashes", "cramps").
    // (Not the kind a "what" question asks for, nor a role, which has its own titles.)
    // ("would Kessary use": a verb the tagger calls a noun, after its auxiliary, is none.)
    const verbAfterAux = isVerb(w) && /\b(?:does|do|did|will|would|can|could|should)\b/.test(ws.slice(0, ws.indexOf(w)).join(" "));
    const narrower = !isKnown && tag === "NOUN" && w !== head && !ROLE_WORDS.has(w) && !verbAfterAux ? narrowerWords(w) : [];
    const near = [...relatedWords(w, isKnown ? ownPos : w === head && kind === "what" && pos.get(w) === "NOUN" ? "noun" : undefined, isKnown), ...narrower].filter((x) => !x.includes(" ") && !isStopWord(x) && kb.termFrequency.has(stemOf(x)) && stemOf(x) !== stemOf(w) && !(isKnown && LIGHT_VERBS.has(x)));
    if (!near.length) continue;
    if (isKnown) synonyms.set(stemOf(w), near.map(stemOf));
    else {
      byWordNet.add(stemOf(w));
      related.set(stemOf(w), near.map(stemOf));
    }
  }
  // The question's words and the words listed for them, then the WordNet relatives, once each.
  const searchTerms = new Set<string>();
  for (const w of content) {
    searchTerms.add(stemOf(w));
    for (const x of expand(w)) searchTerms.add(stemOf(x));
  }
  for (const stems of [...related.values(), ...synonyms.values()]) for (const x of stems) searchTerms.add(x);
  // "How cold did it get?": the sentences that give a reading in degrees.
  if (head === "temperature") for (const w of ["degrees", "celsius", "fahrenheit"]) searchTerms.add(stemOf(w));

  const runs = phrases(ws, ix.longest);
  const people = findPeople(kb, ws, runs, text);
  // "Which think tank does Sayers work for?": after "does ... <name>", a word that can be a verb is one.
  const nameWords = new Set(people.flatMap((p) => p.text.split(" ")));
  ws.forEach((w, i) => {
    if (i > 0 && nameWords.has(ws[i - 1]) && !nameWords.has(w) && /\b(does|did|do|will|would|can)\b/.test(ws.slice(0, i).join(" ")) && isVerb(w)) pos.set(w, "VERB");
  });
  const joinedWords = ` ${ws.join(" ")} `;
  const things = runs.filter((p) => p.includes(" ") && ix.things.has(p) && joinedWords.includes(` ${p} `));
  const inThing = new Set(things.flatMap((t) => t.split(" ")));
  const personWords = new Set(people.flatMap((p) => p.text.split(" ")));
  // Not the kind asked: "which university" names none.
  const orgWords = [...new Set(ws.filter((w) => w.length >= 4 && w !== head && (ix.things.get(w) ?? []).some((r) => r.kind === "organization") && !personWords.has(w) && !inThing.has(w)))];
  // Country words, but not inside an organization's name ("American Enterprise Institute").
  const countryWords = ws.filter((w) => !inThing.has(w));
  // "seouls": a possessive typed without its apostrophe.
  // Not an English word that is also a country's initials, typed in lower case: "car-related" is no CAR.
  const initialsOnly = (w: string, c: Country | undefined) => c !== undefined && w !== "us" && c.aliases.includes(w.toUpperCase()) && !new RegExp(`\\b${w.toUpperCase()}\\b`).test(text) && isEnglishWord(w);
  // Nor a common noun that is a country's name too, typed in lower case: "the payout for a turkey" in a
  // story of "each turkey culled".
  const bird = (w: string) => !new RegExp(`\\b${escapeRegExp(w)}\\b`, "i").exec(text)?.[0].match(/^\p{Lu}/u) && (new RegExp(`\\b(?:a|an|each|per|every|one)\\s+${escapeRegExp(w)}\\b`).test(ws.join(" ")) || usedInLowerCase(kb, w.replace(/s$/, "")));
  const country = (w: string) => {
    const c = [w, ...(w.endsWith("s") ? [w.slice(0, -1)] : [])].map((x) => ({ x, c: countryOfWords(x) })).find(({ x, c }) => c && !initialsOnly(x, c))?.c;
    return c && !bird(w) ? c : undefined;
  };
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
    if (c && bird(w)) continue;
    if (c && !initialsOnly(w, c) && !countryNamed(kb, c) && !unknownNames.some((n) => countryOf(n)?.name === c.name)) unknownNames.push(c.name);
  }
  // A misspelling of a common word the articles do not use ("enrgy") says nothing of what they cover.
  // "the trial participant Daniel Fortin": words right before a name the articles know describe that person.
  const describing = new Set(ws.filter((w, i) => !nameWords.has(w) && (nameWords.has(ws[i + 1] ?? "") || (nameWords.has(ws[i + 2] ?? "") && !isStopWord(ws[i + 1] ?? "") && !nameWords.has(ws[i + 1] ?? "")))));
  const unknownWords = content.filter((w) => !known(kb, w) && !COMMON_ACRONYMS.test(w.toUpperCase()) && !slipped.has(w) && !describing.has(w) && !byWordNet.has(stemOf(w)) && !isRegionDemonym(w) && !countryOf(w) && !capitalOfNamed(kb, w) && !misspelledEnglish(w));
  const topic = topicOf(ws);
  return { text, words: ws, kind, ...(wants ? { wants } : {}), ...(head ? { head } : {}), ...(/\bfor or against\b/i.test(raw) ? { forOrAgainst: true as const } : {}), terms, searchTerms: [...searchTerms], people, countries: [...countries], unknownNames, unknownWords, topic, corrected, pos, related, synonyms, things, orgWords, descriptors: [...descriptors].map(stemOf) };
}

/**
 * A word is known when the articles use it or a word of the same stem, or a synonym of it, or a
 * longer form of a synonym ("lawmakers" where they say "parliamentary").
 */
export function known(kb: KnowledgeBase, w: string): boolean {
  if (kb.vocabularySet.has(w) || kb.termFrequency.has(stemOf(w))) return true;
  return expand(w).some((x) => kb.termFrequency.has(stemOf(x)) || (!x.includes(" ") && stemOf(x).length >= 6 && longerForms(kb, stemOf(x)).length > 0));
}

/** People named in the question by full name or by one word of their name ("blinken", "wang yi"). */
function findPeople(kb: KnowledgeBase, ws: string[], runs: string[], text: string): Question["people"] {
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
  // "Spokane Public Schools": a word of an organization's name the question gives is not "Safe Schools", a person misread.
  const inThing = new Set(runs.filter((p) => p.includes(" ") && ix.things.has(p)).flatMap((p) => p.split(" ")));
  // ("for flood-proofing" is no "Flood Re": a common word typed in lower case, that the articles use so too, names no one.)
  const common = (w: string) => !new RegExp(`\\b${escapeRegExp(w)}\\b`, "i").exec(text)?.[0].match(/^\p{Lu}/u) && isEnglishWord(w) && usedInLowerCase(kb, w);
  for (const w of ws) if (!isStopWord(w) && !inFullName.has(w) && !inThing.has(w) && ix.personWords.has(w) && !common(w)) push(ix.personWords.get(w), w);
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
    // "the NGO's samples": initials of a common noun name no one.
    if (isRegionDemonym(name) || isKnownPlace(name) || COMMON_ACRONYMS.test(name.replace(/['’]s$/, "").toUpperCase())) continue;
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

/** Whether the articles write a word in lower case, as a common noun ("turkey", "china" in "fine china"). */
function usedInLowerCase(kb: KnowledgeBase, w: string): boolean {
  let byWord = lowerCaseUses.get(kb);
  if (!byWord) lowerCaseUses.set(kb, (byWord = new Map()));
  let used = byWord.get(w);
  if (used === undefined) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?:s|es)?(?![\\p{L}])`, "u");
    // (Looked for in the sentences that hold the word's stem, by the index: not a scan of every sentence.)
    used = kb.vocabularySet.has(w) && kb.search.search([stemOf(w)], 500).some((h) => re.test(kb.sentences[h.doc].text));
    byWord.set(w, used);
  }
  return used;
}
const lowerCaseUses = new WeakMap<KnowledgeBase, Map<string, boolean>>();

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
