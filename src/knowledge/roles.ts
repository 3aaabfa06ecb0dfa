import type { Token } from "./nlp.ts";
import { joinTokens, type NameSpan } from "./names.ts";
import { HONORIFICS, NUMBER_WORDS, POST_NOMINALS, ROLE_VERBS, ROLE_WORDS } from "../lexicon/words.ts";
import { countryOf } from "../lexicon/places.ts";
import { irregularBase } from "../lexicon/irregular.ts";
import { isPersonNoun, isVerb } from "../lexicon/wordnet.ts";

/**
 * Roles written around a person's name, beyond a leading capitalised title (names.ts):
 * - before the name, a lower-case title phrase: "Chinese ambassador to the U.S. Cui Tiankai";
 * - after it, an appositive between commas: "Yang Jiechi, the director of the ... Commission,".
 */

const PHRASE_FUNCTION_WORDS = new Set(["of", "to", "the", "for", "at", "in", "on", "and", "'s", "’s"]);
const LEADING_TRIM = new Set(["of", "to", "the", "for", "at", "in", "on", "and", "a", "an", "its", "his", "her", "their", "whose", "'s", "’s"]);
const MAX_ROLE_TOKENS = 24;

/** A title phrase that ends right before the name, e.g. "Chinese ambassador to the U.S.", or "A spokesperson for the prime minister, Nadia Brennan,". */
export function roleBefore(tokens: Token[], name: number): string | undefined {
  // "the report's lead author, Dr. Anjali Menon": the title is before the honorific.
  let first = name;
  while (first > 0 && (HONORIFICS.has(tokens[first - 1].text.toLowerCase()) || HONORIFICS.has(tokens[first - 1].text.toLowerCase().replace(/\.$/, "")) || (tokens[first - 1].text === "." && HONORIFICS.has(tokens[first - 2]?.text.toLowerCase() ?? "")))) first--;
  // "His agent, Lisbon-based Ricardo Almeida": where someone is based stands between the role and the name.
  if (tokens[first - 1]?.text.toLowerCase() === "based" && tokens[first - 2]?.text === "-" && tokens[first - 3]?.pos === "PROPN") first -= 3;
  // "the skipper, 48-year-old Nguyen Van Khoa,": an age between the role and the name.
  const age = tokens.slice(Math.max(0, first - 5), first).map((t) => t.text).join(" ");
  if (first >= 6 && /^\d{1,3} - year - old$/.test(age) && tokens[first - 6].text === ",") first -= 5;
  if (tokens[first - 1]?.text === ",") {
    // "..., to let an independent monitor review its contracts, Okafor said": what was said, not a role.
    let after = name;
    while (tokens[after]?.pos === "PROPN") after++;
    if (/^(said|says|added|adds|told|tells|wrote|writes|noted|notes)$/.test(tokens[after]?.text ?? "")) return undefined;
    // "<a/the role phrase>, Name,": the phrase from the start of the sentence or clause.
    let i = first - 2;
    // "..., Noor Rahimova and its chief trade negotiator, Name": a list's last item starts after "and".
    // "... to meet Salvatierra and YLB's president, Name": so does a possessive after "and".
    const listAnd = (k: number) => tokens[k].text === "and" && (/^(a|an|the|its|his|her|their)$/i.test(tokens[k + 1]?.text ?? "") || /^['’]s$/.test(tokens[k + 2]?.text ?? ""));
    // A "verb" right after "the" or "'s" is a noun the tagger misread ("the report's lead author").
    // Nor "shipping" in "Dutch shipping group": an "-ing" word before a noun describes it.
    const modifier = (k: number) => /ing$/.test(tokens[k].text) && tokens[k + 1]?.pos === "NOUN";
    const verb = (k: number) => (tokens[k].pos === "VERB" && !/^(a|an|the|['’]s)$/i.test(tokens[k - 1]?.text ?? "") && !modifier(k)) || tokens[k].pos === "AUX";
    // A dash with space around it ends the phrase too: "MARCH 13 - The chief executive of X, Name".
    const spacedDash = (k: number) => /^[-–]$/.test(tokens[k].text) && k > 0 && tokens[k].start > tokens[k - 1].end;
    while (i >= 0 && ![",", ";", ":", "—", "“", "”", '"'].includes(tokens[i].text) && !spacedDash(i) && !verb(i) && !listAnd(i)) i--;
    // "negotiated by Verstraete's agent, Name": the phrase after the verb's preposition.
    // "represented by its head of case management, Name": after the preposition, a determiner opens it.
    const byWhom = /^(by|from|with|to|for|through|via)$/i.test(tokens[i + 1]?.text ?? "") && (/^['’]s$/.test(tokens[i + 3]?.text ?? "") || /^(its|his|her|their|the|a|an)$/i.test(tokens[i + 2]?.text ?? ""));
    const start = i + 1 + (byWhom ? 1 : 0);
    // "A spokesperson for X, Name", "Iceland's chief negotiator, Name", "its chief negotiator, Name".
    const opens = /^(a|an|the|its|his|her|their|whose)$/i.test(tokens[start].text) || /^['’]s$/.test(tokens[start + 1]?.text ?? "");
    if (start < first - 1 && opens) return trimmedRole(tokens, start, first - 2);
    // "was called to the pitchside monitor by the video assistant referee, Colin Meikle": the
    // noun phrase after the last preposition that holds a role ("two councillors, among them the
    // party's deputy group leader, Sanjay Mehra": or after "among them", "including"; "said that the
    // skipper, Name," after "that").
    for (let k = first - 3; k > start; k--) {
      if (/^(the|a|an)$/i.test(tokens[k].text) && /^(by|to|from|with|for|at|of|on|in|as|them|including|notably|namely|that)$/i.test(tokens[k - 1].text)) {
        const role = trimmedRole(tokens, k, first - 2);
        if (role) return role;
      }
    }
    return undefined;
  }
  // "a spokeswoman for Teo's trust": a name right after a preposition is whom the role serves, not who holds it.
  if (/^(for|of|to|at|with|by|from)$/.test(tokens[first - 1]?.text ?? "")) return undefined;
  let i = first - 1;
  let start = first;
  while (i >= 0 && first - i <= MAX_ROLE_TOKENS) {
    const t = tokens[i];
    const low = t.text.toLowerCase();
    const fits =
      isRoleWord(t) ||
      PHRASE_FUNCTION_WORDS.has(low) ||
      t.pos === "PROPN" ||
      (t.pos === "ADJ" && low !== "such") ||
      (t.pos === "NOUN" && i < first - 1) ||
      // "attacking midfielder", "leading scientist": a participle before the title describes it.
      (t.pos === "VERB" && /ing$/.test(low) && i < first - 1 && i > 0) ||
      countryOf(t.text) !== undefined ||
      // "68-year-old farmer Manuel Carvalho": the parts of a hyphenated word.
      joinedByHyphen(tokens, i);
    // "Finance Director Raj Patel and lawyer Tom Ng": "and" before a lower-case title ends the phrase
    // (in "Minister of Trade and Industry" a capital follows it).
    const listBreak = low === "and" && /^[a-z]/.test(tokens[i + 1]?.text ?? "");
    // "struck the arm of Dunmore defender Lewis Strachan": "of" after a common noun that is no title ends the phrase.
    const ofThing = low === "of" && tokens[i - 1] !== undefined && tokens[i - 1].pos === "NOUN" && /^[a-z]/.test(tokens[i - 1].text) && !isRoleWord(tokens[i - 1]);
    // "Zambia sacks coach Mwale": in a headline (no full stop), a present-tense verb after its subject ends the phrase.
    const headlineVerb = /^[a-z]+s$/.test(t.text) && !ROLE_WORDS.has(low) && tokens[i - 1]?.pos === "PROPN" && !/[.!?"”]$/.test(tokens[tokens.length - 1].text) && isVerb(low.slice(0, -1));
    if (!fits || low === "according" || listBreak || ofThing || headlineVerb) break;
    start = i;
    i--;
  }
  return trimmedRole(tokens, start, first - 1);
}

/** Whether token `i` is a hyphen inside a word, or a word or number written up against one ("68-year-old"). */
function joinedByHyphen(tokens: Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (t.text === "-") return before !== undefined && after !== undefined && before.end === t.start && t.end === after.start;
  return after?.text === "-" && after.start === t.end;
}

/**
 * "whose class representative, economist Nadia Okafor-Reyes": a role phrase before a comma, then a
 * lower-case title right before the name. The phrase before the comma is a role too.
 */
export function roleBeforeTitle(tokens: Token[], name: number): string | undefined {
  let i = name - 1;
  while (i >= 0 && name - i <= 4 && /^[a-z]/.test(tokens[i].text) && /^(NOUN|ADJ)$/.test(tokens[i].pos)) i--;
  if (i === name - 1 || tokens[i]?.text !== ",") return undefined;
  return roleBefore(tokens, i + 1);
}

/**
 * An appositive after the name: ", the director of X," or ", China's foreign minister,". It ends at a
 * relative pronoun ("an immunologist at Kingsbridge who led the study"). With `anyNoun`, a
 * description without a role word counts too ("a drugmaker based in Copenhagen"). `nextName` is
 * where the next person's name in the sentence starts: an appositive never reaches it.
 */
export function roleAfter(tokens: Token[], last: number, anyNoun = false, nextName = tokens.length): string | undefined {
  if (POST_NOMINALS.test(tokens[last + 1]?.text ?? "")) last++;
  if (tokens[last + 1]?.text !== ",") return undefined;
  let start = last + 2;
  // Skip an age: "Maria Lopez, 34, a nurse".
  if (tokens[start]?.type === "number" && tokens[start + 1]?.text === ",") start += 2;
  const first = tokens[start];
  // "Name, accompanied by ...": a participle opens a clause, not a description; "Name, managing
  // director of its Australian arm," a title ("acting president", "presiding judge").
  const titled = /ing$/.test(first?.text ?? "") && tokens[start + 1] !== undefined && isRoleWord(tokens[start + 1]);
  if (!first || ["who", "which", "that", "where", "said", "says", "told", "and", "but"].includes(first.text.toLowerCase()) || (first.pos === "VERB" && !titled)) return undefined;
  let end = start;
  // Lower case only: "the WHO representative" is the World Health Organization's.
  while (end < tokens.length && ![",", ".", ";", ":", "—", "–", "(", "“", "”", '"'].includes(tokens[end].text) && !/^(who|which|that|whose)$/.test(tokens[end].text)) end++;
  end--;
  // "Diego Rossi, the chief executive of Meridianline Grocers said: ...": an appositive whose closing comma is missing ends at the verb of saying.
  const saying = tokens.slice(start + 1, end + 1).findIndex((t) => /^(?:said|says|told|tells|added|adds)$/.test(t.text));
  if (saying >= 0) end = start + saying;
  // "Name, Adviser Other Name and ...": the next person's name means a list of people, not an
  // appositive; unless it is an owner ("Callum Rennie, Scottish Labour's education spokesman").
  const owned = nextName < tokens.length && /^['’]s$/.test(tokens.slice(nextName, end + 1).find((t, i, all) => i > 0 && /^['’]s$/.test(t.text) && all[i - 1].pos === "PROPN")?.text ?? "");
  // "a 52-year-old businessman convicted by a Copenhagen court ... and sentenced to eight years": the
  // description ends where a participle after its noun opens a clause of its own.
  if (end - start + 1 > MAX_ROLE_TOKENS) end = reducedClauseAt(tokens, start, end) ?? end;
  if (end < start || end - start + 1 > MAX_ROLE_TOKENS || (end >= nextName && !owned)) return undefined;
  const span = tokens.slice(start, end + 1);
  // A participle describes ("a privately held carrier", "a state-owned bank"); another verb makes a clause.
  // A capitalised word is part of a name ("Prisoners' Rights Watch"), whatever the tagger says.
  // ("Australian-born", "state-run": a participle joined to the word before describes too.)
  const participle = (t: Token, k: number) => /ed$|ing$/.test(t.text) || span[k - 1]?.text === "-" || (span[k - 1]?.pos === "ADV" && irregularBase(t.text.toLowerCase()) !== undefined);
  // Nor "lead" in "Halcyon's lead counsel": a word before the role noun qualifies it.
  const qualifies = (k: number) => span[k + 1] !== undefined && isRoleWord(span[k + 1]) && k + 1 === span.length - 1;
  if (span.some((t, k) => (t.pos === "VERB" && !participle(t, k) && !(k > 0 && /^\p{Lu}/u.test(t.text)) && !qualifies(k)) || t.pos === "AUX")) return undefined;
  if (anyNoun) return /^(a|an|the)$/i.test(first.text) ? joinTokens(tokens, start + 1, end) : undefined;
  return trimmedRole(tokens, start, end);
}

/** The last token before a past participle that follows a role noun ("businessman | convicted by ..."). */
function reducedClauseAt(tokens: Token[], start: number, end: number): number | undefined {
  for (let k = start + 1; k <= Math.min(end, start + MAX_ROLE_TOKENS); k++) {
    const t = tokens[k];
    if (t.pos === "VERB" && /^[a-z]+ed$/.test(t.text) && tokens[k - 1].pos === "NOUN" && isRoleWord(tokens[k - 1])) return k - 1;
  }
  return undefined;
}

function trimmedRole(tokens: Token[], a: number, b: number): string | undefined {
  while (a <= b && LEADING_TRIM.has(tokens[a].text.toLowerCase())) a++;
  while (b >= a && PHRASE_FUNCTION_WORDS.has(tokens[b].text.toLowerCase())) b--;
  if (a > b) return undefined;
  const span = tokens.slice(a, b + 1);
  const hasRole = span.some((t) => isRoleWord(t));
  return hasRole ? joinTokens(tokens, a, b) : undefined;
}

/** "... his first trip as the top U.S. diplomat": a role given with "as" later in the sentence. */
export function roleAs(text: string, from: number): string | undefined {
  const re = /\bas (?:the|a|an|its|their|his|her) /g;
  re.lastIndex = from;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const role = roleAt(text, hit.index + hit[0].length);
    if (role) return role;
  }
  return undefined;
}

/**
 * "Deputy Governor Elizabeth Quaye would serve as acting governor": the role a person is said to
 * serve, act or stay on as, right after their name or the description set off after it (whoever
 * else the sentence names first).
 */
export function roleServedAs(text: string, from: number): string | undefined {
  // "named deputy director general Samuel Averin as acting head": a stand-in's role, after "as".
  const standIn = /^\s+as\s+(?:the\s+|an?\s+)?(?=(?:acting|interim|temporary|caretaker)\s)/i.exec(text.slice(from));
  if (standIn) return roleAt(text, from + standIn[0].length);
  // ("Luca Ranieri, 44, a former schoolteacher, took over as acting mayor": past an age and a description set off by commas.)
  const described = /^(?:,\s*\d{1,3})?(?:,\s*(?:a|an|the)\s[^,;]{1,100})?,(?=\s)/.exec(text.slice(from));
  const at = described ? from + described[0].length : from;
  const m = SERVES_AS.exec(text.slice(at));
  return m ? roleAt(text, at + m[0].length) : undefined;
}
const SERVES_AS = /^\s+(?:(?:would|will|is to|was to|has been|had been|is|was|to)\s+)?(?:serve|serves|served|serving|act|acts|acted|acting|stay on|stays on|stayed on|step in|steps in|stepped in|take over|takes over|took over|taking over|return|returns|returned)\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+)?/i;

/** The words from `from` up to and with a role word, within six words and before any punctuation that ends a phrase. */
function roleAt(text: string, from: number): string | undefined {
  const words = text.slice(from).split(/\s+/).slice(0, 6);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/[,;:.!?”"’)]+$/, "");
    if (ROLE_WORDS.has(w.toLowerCase())) return [...words.slice(0, i), w].join(" ");
    if (/[,;:!?”")]$/.test(words[i]) || (/\.$/.test(words[i]) && !/^(?:[A-Z]\.)+$/.test(words[i]))) break;
  }
  return undefined;
}

/**
 * ", who chairs the authority's mergers panel" (", 38, who co-founded ...", ", the neurologist at
 * Laval who chaired the panel", ", the envoy for Asia, who chaired the sessions"): what a person
 * does, said with a relative clause after the name or after the description that follows it.
 */
const AFTER_POST_NOMINAL = new RegExp(`^\\s+${POST_NOMINALS.source.slice(1, -1)}(?=,)`);

export function roleWho(text: string, from: number): string | undefined {
  const m = /^,\s+(?:\d{1,3},\s+)?(?:(?:the|a|an)\s[^,;:—“”"]{3,80}?(?:,\s+|\s))?who\s+((?:chairs|chaired|leads|led|heads|headed|commands|commanded|runs|ran|directs|directed|manages|managed|founded|co-founded|represents|represented|works for|works at|worked for|oversees|oversaw|coordinates|coordinated|teaches at|taught at|coaches|coached|captains|captained|edits|edited|advises|advised|owns|owned|bought|acquired|is the|was the)\b(?:[^,.;:—“”"]|(?<=\d)[,.](?=\d)){3,120})/.exec(text.slice(from).replace(AFTER_POST_NOMINAL, ""));
  return m?.[1].trim();
}

/**
 * "its internal review board - nine engineers and three outside experts, chaired by retired Air Force
 * Colonel Frank Ambrose": the body a person is said, before their name, to chair, head or direct
 * ("chair of its internal review board"). `before` is the sentence up to the name.
 */
export function roleLedBy(before: string): string | undefined {
  const by = LED_BY.exec(before);
  if (!by) return undefined;
  const role = ROLE_VERBS.get(by[1].toLowerCase());
  const bodies = [...before.slice(0, by.index).matchAll(BODY_PHRASE)];
  const body = bodies[bodies.length - 1];
  return role && body ? `${role} of ${body[0].replace(/^(?:a|an|the)\s/i, "the ")}` : undefined;
}
/** "chaired by", "headed by retired Colonel": the verb, then at most a few words of title before the name. */
const LED_BY = /\b(chaired|headed|directed|managed|commanded)\s+by\s+(?:[A-Za-z.-]+\s+){0,5}$/;
/** A body someone can lead, with what qualifies it: "its internal review board", "the three-member panel". */
const BODY_PHRASE = /\b(?:its|the|their|his|her|a|an)\s+(?:[a-z][\w-]*\s+){0,3}(?:board|panel|committee|commission|council|inquiry|review|investigation|task force|taskforce|tribunal|jury|delegation|team|working group|unit)\b/gi;

/** ", whose Civic Alliance holds 82 seats": the organization a person leads or belongs to, named with "whose". */
export function whoseOrganization(text: string, from: number): string | undefined {
  return /^,\s+whose\s+((?:[A-Z][\w’'-]*\s?){1,4})\s+(?:holds|has|controls|leads|won|runs|is|was)\b/.exec(text.slice(from))?.[1].trim();
}

/** A word for what someone is or does: listed ("minister"), or an occupation by its ending ("immunologist", "historian"). */
export function isRoleWord(t: Token): boolean {
  const low = t.text.toLowerCase();
  if (HONORIFICS.has(low)) return false;
  // "a 47-year-old crane operator": a person's job here, though "the grid operator" asked about is a company.
  return ROLE_WORDS.has(low) || low === "operator" || (t.pos === "NOUN" && low.length >= 6 && /(ists?|ians?)$/.test(low) && !/^(christians?|lists?|twists?|exists?|resists?|insists?|assists?|persists?)$/.test(low)) || occupationNoun(t);
}

/** A lower-case noun WordNet files under people ("grandmaster", "arbiter"), but not a word for anyone at all ("man", "child"). */
function occupationNoun(t: Token): boolean {
  const low = t.text.toLowerCase();
  return t.pos === "NOUN" && /^[a-z]/.test(t.text) && !ANYONE.has(low) && isPersonNoun(low);
}
const ANYONE = new Set(["man", "men", "woman", "women", "person", "child", "children", "boy", "boys", "girl", "girls", "kid", "kids", "adult", "adults", "individual", "individuals", "guy", "guys", "baby", "babies", "someone", "anyone", "everyone", "people", "victim", "victims"]);

/**
 * "Biden's two top foreign policy advisers, Secretary of State Antony Blinken and National Security
 * Adviser Jake Sullivan": each person of a list after a plural role holds that role ("Biden's top
 * foreign policy adviser"). `at` is the person's index among the sentence's names.
 */
export function roleOfList(tokens: Token[], names: NameSpan[], at: number): string | undefined {
  let k = at;
  // Back to the first person of the list: only commas and "and" between its members.
  while (k > 0 && names[k - 1].kind === "person") {
    const between = tokens.slice(names[k - 1].last + 1, names[k].titleFirst ?? names[k].first).map((t) => t.text.toLowerCase()).join(" ");
    if (!/^(,|and|, and)$/.test(between)) break;
    k--;
  }
  const start = names[k].titleFirst ?? names[k].first;
  const plural = tokens[start - 2];
  if (tokens[start - 1]?.text !== "," || !plural) return undefined;
  const low = plural.text.toLowerCase();
  const one = low.replace(/s$/, "");
  if (low === one || !ROLE_WORDS.has(one)) return undefined;
  // The words that qualify it: "top foreign policy", "Biden's"; not how many there are.
  let j = start - 3;
  while (j >= 0 && start - 3 - j < 8 && (["ADJ", "NOUN", "PROPN", "NUM", "PART"].includes(tokens[j].pos) || /^['’]s$/.test(tokens[j].text))) j--;
  const kept = tokens.slice(j + 1, start - 2).filter((t) => t.pos !== "NUM" && !NUMBER_WORDS.has(t.text.toLowerCase()));
  // An owner's given name and title go ("President Joe Biden's" -> "Biden's").
  const owner = kept.findIndex((t) => /^['’]s$/.test(t.text));
  const words = (owner > 0 ? kept.slice(owner - 1) : kept).map((t) => t.text);
  return `${words.join(" ").replace(/ (['’]s)\b/g, "$1")} ${plural.text.slice(0, -1)}`.trim();
}
