import { orgKindOf } from "../../lexicon/words.ts";
import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import { organizationNouns, referredOrganizations } from "../../knowledge/coreference.ts";
import { clauseAnswer, tidy } from "../clauses.ts";
import { expand } from "../../lexicon/synonyms.ts";
import { isVerb } from "../../lexicon/wordnet.ts";
import type { Question } from "../question.ts";
import type { Mention } from "../../knowledge/types.ts";
import { mentionedInQuestion } from "../retrieve.ts";
import type { Candidate } from "../retrieve.ts";
import { escapeRegExp, isStopWord, maskNumbers, stemOf, stemSet, tokenStem, unmaskNumbers, words } from "../text.ts";
import { calledAsHead, CORPORATE, nameSaysKind, organizationOfKind } from "./organization.ts";
import { isOutlet } from "../../knowledge/outlet.ts";
import type { Extracted } from "./shared.ts";
import { echoes, listText, nearness, sortedBy } from "./shared.ts";

/** "What", "why" and list questions: the clause, noun phrase or reason that answers. */

/** "What issues will they raise?": what follows the question's verb in the sentence, a list kept whole. */
export function listAfterVerb(c: Candidate, q: Question): Extracted | undefined {
  // "... take steps to strengthen its position, the officials said, including through ...": the attribution set aside.
  const text = c.sentence.text.replace(/,\s+(?:the|a|an)\s+[^,]{0,50}\b(?:said|says)\b(?=,)/, "");
  // The question's verb or a word for it ("bring up" -> "raise").
  const verbs = q.words.filter((w) => q.pos.get(w) === "VERB" && !/^(do|does|did|is|are|was|were|will|would)$/.test(w)).reverse().flatMap((w) => [w, ...expand(w).filter((x) => !x.includes(" "))]).map(stemOf);
  const objects = [...new Set(verbs)]
    .map((v) => new RegExp(`\\b(${v}\\w*)\\s+(.+?)(?:,\\s+(?:the|a|an)\\s+[^,]{0,50}\\b(?:said|says)\\b.*)?[.!?”"]*$`, "i").exec(text)?.[2])
    .filter((o): o is string => o !== undefined && o.split(/\s+/).length >= 3);
  // "What steps did they take before arranging the meeting?": the verb whose object is the asked noun ("take steps").
  const startsWithHead = (o: string) => q.head !== undefined && stemOf(words(o)[0] ?? "") === stemOf(q.head);
  const object = objects.find(startsWithHead) ?? objects[0];
  if (object === undefined) return undefined;
  // "What steps did it take?" "steps to strengthen its position, including X and Y": X and Y are the steps.
  const including = startsWithHead(object) ? /,\s+including\s+(?:through\s+|by\s+)?(.+)$/.exec(object)?.[1] : undefined;
  if (including) return { answer: tidy(including.split(/\s+/).slice(0, 20).join(" ")) };
  return { answer: shortList(tidy(object.split(/\s+/).slice(0, 35).join(" "))) };
}
/**
 * A list too long for a short answer, told by its names: an item that ends in one is that name
 * ("China's treatment of Muslim minorities in Xinjiang" -> "Xinjiang"); the cited sentence keeps the rest.
 */
function shortList(list: string): string {
  if (list.split(/\s+/).length <= SHORT_ANSWER) return list;
  const items = list.split(/,\s+(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)/);
  if (items.length < 3) return list;
  const named = items.map((it) => /\b(?:in|of|to|towards?|for|on|at|with|from)\s+((?:[A-Z][\w’'.-]*\s?){1,3})$/.exec(it.trim())?.[1].trim() ?? it.trim());
  // A serial comma, as an item may hold "and" itself ("allies and partners").
  return `${named.slice(0, -1).join(", ")}, and ${named[named.length - 1]}`;
}
const SHORT_ANSWER = 20;

/** The noun phrase that ends with `head` in the text: "the COVID-19 stimulus package’s passage" -> "COVID-19 stimulus package". */
function nounPhrase(text: string, head: string): string | undefined {
  const stem = stemOf(head);
  const tokens = text.split(/\s+/);
  const at = tokens.findIndex((t) => tokenStem(t) === stem);
  if (at < 0) return undefined;
  let from = at;
  while (from > 0 && from > at - 4 && !/[,.;:—–“”"]$/.test(tokens[from - 1]) && !/^(the|a|an|of|in|on|at|to|for|with|through|by|and|or|his|her|their|its|this|that|these|those)$/i.test(tokens[from - 1])) from--;
  if (from === at) return undefined;
  return tidy(tokens.slice(from, at + 1).join(" ").replace(/['’]s$/, ""));
}
/** "Why": the purpose or cause clause ("to firmly defend core national interests"), else the answering clause. */
export function why(c: Candidate, q: Question): Extracted | undefined {
  // "after Norvance refused to go below $4.50 a dose": a number's point ends no clause.
  const text = maskNumbers(c.sentence.text.replace(/“|”/g, ""));
  // "Under what condition...?": the "if" or "unless" clause.
  if (q.head === "condition") {
    const cond = /\b(if|unless|provided that|as long as|only when|on condition that)\s+[^.;]{6,}/i.exec(text);
    return cond ? { answer: unmaskNumbers(tidy(cond[0].split(/\s+/).slice(0, 20).join(" "))) } : undefined;
  }
  // A stated cause first, then what someone calls important, then a purpose ("to ...").
  // "..., citing easing inflation and a cooling labour market": a reason given with "citing" too.
  // The cause given after the question's own verb first: in "Two people, who asked not to be named
  // because ..., said the governor had clashed with the ministry over a request ...", the clash's.
  // A dispute's cause is said with "over" too.
  // ("why are the controllers striking": a participle the tagger calls an adjective is the verb too.)
  // ("why did the operators strike": the last word after "did" is its verb, whatever the tagger says.)
  const last = q.words.length - 1;
  const asVerb = (w: string, i: number) => q.pos.get(w) === "VERB" || (q.pos.get(w) === "ADJ" && /ing$/.test(w) && isVerb(w)) || (i === last && /^(?:did|does|do|will|would|should|could|can)$/.test(q.words[1] ?? "") && isVerb(w));
  const verbs = q.words.filter((w, i) => !isStopWord(w) && asVerb(w, i)).flatMap((w) => [w, ...expand(w)]).map(stemOf);
  const verbAt = verbs.length ? [...text.matchAll(/[A-Za-z]+/g)].find((w) => verbs.includes(stemOf(w[0].toLowerCase())))?.index : undefined;
  const after = verbAt !== undefined ? text.slice(verbAt) : undefined;
  // (In the verb's own clause: "resigned on Thursday, ..., as two sides traded blame over ..." is another's.)
  const disputed = verbs.some((v) => DISPUTE_VERBS.has(v)) && after !== undefined ? /^[^,.;]{0,80}?\b(over\s+(?!the\s+(?:past|last|next|weekend|years?|months?|weeks?|days?)\b)[^,.;]{6,})/i.exec(after) : null;
  const ownCause = after !== undefined ? CAUSE.exec(after) : null;
  const cause = ownCause ?? (disputed ? Object.assign([disputed[1]], { index: 0 }) : null) ?? CAUSE.exec(text);
  // The reason given for the question's own verb, in its clause ("We are striking because ...",
  // "a strike ... over chronic understaffing"), fits the question as a reason for something else does not.
  // ("after" and "since" tell a time as often as a reason: they fit no better than another.)
  const forVerb = (ownCause !== null && !/^(?:after|since)$/i.test(ownCause[1]) && /^[^.;]{0,60}$/.test(after!.slice(0, ownCause.index))) || disputed !== null;
  const important = /\b(?:it is|it’s|it's|is)\s+(?:important|necessary|essential|vital|crucial)\s+(?:that|to)\s+[^,.;]{6,}/i.exec(text);
  // What the people who acted gave as their reason: "residents, who said the generators would bring noise".
  const given = /\b(?:who|which|they|he|she)\s+(?:said|say|says|argued|argue|complained|warned|feared|fear)\s+(?:that\s+)?[^.;]{6,}?\b(?:would|will|could|might)\b[^.;]{4,}/i.exec(text);
  // Not a place ("travels to Alaska") nor a phrase ("according to Chinese ...").
  // Nor what a headline says is to come ("Hospital group to close four wards"), nor what someone
  // plans or agreed to do: "plans to close" says what, not why.
  const headline = c.sentence.sentence === 0 && !/[.!?]["”’']?$/.test(c.sentence.text.trim());
  // (Each "to" in turn: "planned to drop 40 routes ... to close a budget gap" holds two.)
  const purpose = headline ? undefined : [...text.matchAll(/\b(?:in order to|so that|to)\s+(?=[^,.;]{6,})/gi)].map((m) => Object.assign([/^[^,.;]*/.exec(text.slice(m.index))![0]], { index: m.index })).find((m) => !/^to\s+(the|a|an|be|this|that)\b/i.test(m[0]) && !/^to\s+[A-Z]/.test(m[0]) && !/\baccording\s*$/i.test(text.slice(Math.max(0, m.index! - 10), m.index)) && !INTENT_BEFORE.test(text.slice(Math.max(0, m.index! - 14), m.index)));
  // What doing it would bring: "declare an emergency, which would allow farmers to defer payments".
  // (Up to what the sentence goes on to say: "..., and that she would meet both".)
  const benefit = /\b(?:which|that)\s+(?:would|will|could)\s+(?:allow|enable|let|help|give|mean|ensure|protect|prevent|stop|save|free|unlock|open)\b[^.;]{6,}?(?=,\s+and\s+(?:that|she|he|they|it|its|their|his|her)\b|[.;]|$)/i.exec(text);
  // What the place the question names offers: "resell it in Germany, where the same pen can fetch three times as much".
  const placeNamed = q.words.filter((w) => /^[a-z]{3,}$/.test(w) && !isStopWord(w)).find((w) => new RegExp(`\\b${w}, where\\s`, "i").test(text));
  const offered = placeNamed ? new RegExp(`\\b${placeNamed}, (where\\s[^.;]{6,})`, "i").exec(text) : null;
  // "was due to fly to Lisbon for his sister's wedding": an occasion gone to is why one goes.
  const occasion = OCCASION.exec(after ?? text);
  // "resigned on Monday, ..., saying he wanted to take responsibility": what the one who did it said as they did.
  const saying = after !== undefined ? /,\s+(saying|explaining)\s+(?:that\s+)?[^.;]{6,}/i.exec(after) : null;
  const sayingReason = saying ? Object.assign([saying[0].replace(/^,\s+/, "")], { index: saying.index }) : null;
  const m = cause ?? important ?? given ?? sayingReason ?? benefit ?? (offered ? Object.assign([offered[1]], { index: offered.index }) : null) ?? purpose ?? occasion;
  if (m) return { answer: unmaskNumbers(tidy(m[0].replace(/^(who|which|they|he|she)\s+/i, "").split(/\s+/).slice(0, 20).join(" "))), ...(m === cause && forVerb ? { fits: true } : {}) };
  // No reason given in so many words: the answering clause, a weaker answer than a stated reason.
  const clause = clauseAnswer(unmaskNumbers(text), q);
  return clause ? { answer: clause, weak: true } : undefined;
}
// ("go after livestock", "look after": a verb's particle, not a cause.)
const CAUSE = /\b(because|since|as a result of|(?<!\b(?:is|are|was|were|be|been|not|now|also)\s)due to|owing to|(?<!\b(?:go|goes|went|gone|going|come|comes|came|coming|look|looks|looked|looking|run|runs|ran|chase|chased|named|take|takes|took|taken)\s)after|given that|citing)\s+[^,.;]{6,}/i;
/** "for his sister's wedding", "for talks", "for medical treatment": an occasion one goes somewhere for. */
const OCCASION = /\bfor\s+(?:(?:his|her|their|its|the|a|an|[A-Z][\w-]*['’]s?)\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:wedding|funeral|graduation|birthday|christening|reunion|exams?|appointments?|talks|meetings?|summit|conference|treatment|surgery|operation|holiday|vacation|trial|hearing|ceremony|celebrations?|interview|match|game|tournament|festival|checks?|check-ups?|tests|studies|work|business|negotiations|consultations|briefings?)\b/i;
/** Verbs of a dispute, whose cause is said with "over": "clashed with the ministry over a request". */
const DISPUTE_VERBS = new Set(["clash", "clashed", "dispute", "disputed", "quarrel", "quarrelled", "fight", "fought", "argue", "argued", "row", "rowed", "split", "feud", "protest", "protested", "strike", "struck", "sue", "sued", "resign", "resigned", "quit"].map(stemOf));

/** Words after which "to" begins what is intended, not why: "plans to", "agreed to", "is set to". */
const INTENT_BEFORE = /\b(?:plans?|planned|planning|wants?|wanted|agreed|decided|hopes?|hoped|intends?|intended|aims?|aimed|expects?|expected|going|set|due|likely|able|unable|voted|refused|promised|pledged|threatened|tries|tried|trying|failed)\s+$/i;

/** Any other question: the clause that answers. */
export function clause(c: Candidate, q: Question): Extracted | undefined {
  // "Which package passed ...?" -> "the COVID-19 stimulus package": the asked-for noun with its modifiers.
  if (q.kind === "what" && q.head && !q.wants && /^(which|what)\b/.test(q.words.join(" "))) {
    // Only a name-like phrase ("COVID-19 stimulus package"): "a 9 percent raise" is better told by its clause.
    const phrase = nounPhrase(c.sentence.text, q.head);
    if (phrase && !echoes(phrase, q) && /(^|\s)[A-Z][\w-]*\s/.test(phrase)) return { answer: phrase };
  }
  if (q.wants === "organization") {
    const generic = !q.head || /^(organization|organisation|organizations|body|group|firm|company|companies|outlet|agency)$/.test(q.head);
    // When several of the article's organizations are named so ("four parties"), the kind does not single one out.
    const several = c.facts.things.filter((t) => t.kind === "organization" && nameSaysKind(t.name, [q.head!])).length > 1;
    const kindOrg = generic || several ? undefined : organizationOfKind(c.facts, q.head!);
    // "Which airline ...?" where nothing in the article is called an airline: no organization answers it.
    // Unless the sentence calls one so by another word of the kind ("Australian carriers Jetstar and ...").
    if (!generic && !several && !kindOrg && SPECIFIC_KINDS.test(q.head ?? "") && !calledByKind(c.sentence.text, q.head!)) return undefined;
    const near = nearness(c.sentence.text, q);
    let orgs = sortedBy(
      // One that names itself so ("National Unity Party" for "which party") is of that kind too.
      mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "organization" && !mentionedInQuestion(m, q) && !isOutlet(c.facts, m) && (generic || !kindOrg || m.entity === kindOrg.id)),
      near,
    );
    // "Which company...": a name that says it is one ("Borealis Lithium Corp.") over a community or a ministry;
    // never one the article calls a gang, a union or a party.
    if (/^(company|companies|firm|firms|business)$/.test(q.head ?? "")) {
      const nouns = organizationNouns(c.facts);
      // (Unless the sentence calls it a business right before its name: "British drugmaker Bramwell
      // Pharmaceuticals", though "the regulator" of the same sentence was taken for its word too.)
      const calledBusiness = (m: Mention) => BUSINESS_BEFORE.test(c.sentence.text.slice(Math.max(0, m.start - 40), m.start));
      // (Nor one whose name says it is none: the "Constitutional Court", the "Federation of Waikaru Communities".)
      const nameOf = (m: Mention) => c.facts.things.find((t) => t.id === m.entity)?.name ?? m.text;
      orgs = orgs.filter((m) => calledBusiness(m) || (![...(nouns.get(nameOf(m)) ?? [])].some((n) => NOT_BUSINESS.test(n)) && !nameSaysKind(nameOf(m), NOT_BUSINESS_WORDS)));
      const corporate = orgs.filter((m) => CORPORATE.test(c.facts.things.find((t) => t.id === m.entity)?.name ?? m.text));
      if (corporate.length) orgs = corporate;
    }
    const called = calledAsHead(c.sentence.text, orgs, q);
    if (called.length) orgs = [...called, ...orgs.filter((m) => !called.includes(m))];
    // "Norrvik Pension Fund, which owns 6.2 percent of Castellan and is its largest private shareholder":
    // the body the clause with the question's words is said of, before one named inside that clause.
    const saidOf = orgs.find((m) => { const clause = /^,\s+(?:which|that|who)\s+([^;]*)/.exec(c.sentence.text.slice(m.end))?.[1].split(/,\s/)[0] ?? ""; return q.terms.filter((t) => stemSet(clause).has(t)).length >= 2; });
    if (saidOf && orgs[0] !== saidOf) orgs = [saidOf, ...orgs.filter((m) => m !== saidOf)];
    // "Which regulators have to sign off?": every one the sentence names.
    const plural = /s$/.test(q.head ?? "") && !/(ss|us)$/.test(q.head ?? "") && !generic;
    const names = [...new Set(orgs.map((m) => m.text))];
    if (plural && names.length > 1) return { answer: listText(names.slice(0, 5)), distance: near(orgs[0]) };
    // ("AFSA" is told with its full name: "Aldermark Financial Supervisory Authority (AFSA)".)
    const full = c.facts.things.find((t) => t.id === orgs[0]?.entity)?.name;
    if (orgs.length) return { answer: full && full !== orgs[0].text && /^[A-Z&]{2,6}$/.test(orgs[0].text) ? `${full} (${orgs[0].text})` : orgs[0].text, distance: near(orgs[0]) };
    // "... to sell 60 branches to a rival lender": the sentence says the one asked is not named.
    if (q.head && !generic && new RegExp(`\\b(?:a|an|another)\\s+(?:[a-z-]+\\s+)?${escapeRegExp(q.head)}\\b`, "i").test(c.sentence.text)) return undefined;
    // "The union has threatened a strike": the organization the sentence calls "the union".
    const referred = referredOrganizations(c.facts).get(c.sentence.sentence);
    // (Not a commission for "which company": a body whose name says it is no business.)
    const businessAsked = /^(company|companies|firm|firms|business)$/.test(q.head ?? "");
    if (referred && (generic || !kindOrg || kindOrg.name === referred) && !q.words.some((w) => words(referred).includes(w)) && !(businessAsked && nameSaysKind(referred, NOT_BUSINESS_WORDS))) return { answer: referred };
    // The sentence does not name it, but the article has one organization of that kind (not for a
    // question about someone: "which university does Whelan head?" is not told by the article's one university).
    if (kindOrg && q.people.length === 0) return { answer: kindOrg.name, sentence: kindOrg.sentences[0] };
    return undefined;
  }
  const text = clauseAnswer(c.sentence.text, q);
  if (!text) return undefined;
  if (q.wants === "nationality" || q.head === "counterparts") {
    const nat = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "nationality");
    if (nat.length) return { answer: listText(nat.map((m) => m.text)) };
  }
  return { answer: text };
}

/** Whether the text names something right after a word of the asked kind: "carriers Jetstar" for "which airlines". */
function calledByKind(text: string, head: string): boolean {
  const kind = orgKindOf(head);
  return kind !== undefined && new RegExp(`\\b(?:${kind.join("|")})s?\\s+[A-Z]`).test(text);
}

/** A word for a business right before a name: "drugmaker Bramwell Pharmaceuticals", "the retailer Corlett's". */
const BUSINESS_BEFORE = /\b(?:company|firm|drugmaker|carmaker|automaker|chipmaker|maker|manufacturer|retailer|lender|bank|insurer|airline|carrier|operator|developer|miner|producer|supplier|conglomerate|group|giant|startup|start-up)\s+(?:the\s+)?$/i;

/** Words for bodies that are no company. */
const NOT_BUSINESS_WORDS = ["court", "union", "party", "agency", "ministry", "university", "hospital", "charity", "regulator", "council", "committee", "commission", "federation", "association", "law", "act", "bill", "authority", "centre", "center", "institute", "foundation"];
const NOT_BUSINESS = /^(?:gangs?|cartels?|militias?|unions?|part(?:y|ies)|agency|agencies|ministry|ministries|courts?|universit(?:y|ies)|hospitals?|charit(?:y|ies)|regulators?|watchdogs?|councils?|committees?|commissions?)$/;

/** Kinds of organization that an organization of another kind cannot be taken for. */
const SPECIFIC_KINDS = /^(airlines?|carriers?|banks?|broadcasters?|newspapers?|networks?|channels?|stations?|clubs?|schools?|hospitals?|universit(y|ies)|courts?|brands?|manufacturers?|insurers?|lenders?|automakers?|carmakers?|drugmakers?|retailers?|pollsters?|hotels?|part(y|ies)|unions?|regulators?|watchdogs?)$/;

/** Heads that ask for countries or their people: "which allies", "which countries". */
const NATIONS = /^(allies|partners|counterparts|countries|nations|governments|powers|neighbours|neighbors|members)$/;

/** "Which allies did he call?" with "his British, French, and German counterparts": the nationalities listed. */
export function nationalities(c: Candidate, q: Question): Extracted | undefined {
  if (!NATIONS.test(q.head ?? "")) return undefined;
  const nat = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "nationality" && !mentionedInQuestion(m, q));
  if (nat.length < 2) return undefined;
  // Written as one list: only commas, "and" or "or" between them.
  const text = c.sentence.text;
  const listed = nat.every((m, i) => i === 0 || /^[\s,]*(?:and|or)?\s*$/.test(text.slice(nat[i - 1].end, m.start)));
  return listed ? { answer: listText(nat.map((m) => m.text)) } : undefined;
}
