import type { Question } from "../question.ts";
import type { Candidate } from "../retrieve.ts";
import { tidy } from "../clauses.ts";
import { escapeRegExp, isStopWord } from "../text.ts";
import { ROLE_WORDS } from "../../lexicon/words.ts";
import type { Extracted } from "./shared.ts";

/**
 * "Which Hong Kong issue is on the list?" with "... raise China's treatment of minorities in
 * Xinjiang, an end to self-rule in Hong Kong, economic coercion ... and aggressive activities towards
 * Taiwan": of the items of a list, the one that holds the name the question gives.
 */
export function listItem(c: Candidate, q: Question): Extracted | undefined {
  // Things of no named kind ("which issue", not "which body"), about no one the question names.
  // "How does the US describe China's behaviour toward Taiwan?": the item that names Taiwan too.
  const describes = q.kind === "how" && /\b(describe|describes|described|characteri[sz]e|characteri[sz]es|call|calls)\b/.test(q.words.join(" "));
  // "wage increase offered by the company?": a phrase typed alone asks for the item that holds it.
  const fragment = q.kind === "what" && !q.head && !q.wants && !/^(who|whom|whose|what|which|where|when|why|how)$/.test(q.words[0] ?? "");
  if (!(describes || fragment || (q.kind === "what" && q.head && !/s$/.test(q.head) && !q.wants)) || q.people.length) return undefined;
  const item = itemNaming(c.sentence.text, q) ?? (fragment ? itemHolding(c.sentence.text, q) : undefined);
  return item ? { answer: item } : undefined;
}

/** Of a list's items, the one that holds two words the question gives side by side ("wage increase"). */
function itemHolding(text: string, q: Question): string | undefined {
  const pairs = q.words.slice(0, -1).map((w, i) => [w, q.words[i + 1]]).filter(([a, b]) => !isStopWord(a) && !isStopWord(b)).map(([a, b]) => `${a} ${b}`);
  const items = listItems(text, true);
  if (!items || pairs.length === 0) return undefined;
  const holding = items.slice(1).filter((it) => pairs.some((p) => it.toLowerCase().includes(p)));
  return holding.length === 1 && holding[0].split(/\s+/).length <= 12 ? tidy(holding[0]) : undefined;
}

/** The items of a list a sentence gives, its opening part first, or undefined. */
function listItems(text: string, afterVerb = false): string[] | undefined {
  const parts = text.split(/,\s+(?:and\s+|or\s+)?/).map((x) => x.replace(/^[”"’\s]+|[.”"’\s]+$/g, ""));
  // "..., lower fees in Port Selene and a review in 2027": the last two items share no comma.
  const items = [...parts.slice(0, -1), ...(parts.length >= 3 ? parts[parts.length - 1].split(/\s+(?:and|or)\s+(?=(?:a|an|the|[a-z]+)\s)/) : parts.slice(-1))];
  // Three short items; or, for a phrase typed alone, a long first part (the subject and verb) and two short items after it.
  const short = (list: string[]) => list.filter((it) => it.split(/\s+/).length <= 12).length;
  return short(items) >= 3 || (afterVerb && items.length >= 3 && short(items.slice(1)) >= 2) ? items : undefined;
}

/** Of the items of the list a sentence gives, the one that holds a name the question gives (not its first part, which holds the verb). */
export function itemNaming(text: string, q: Question, skip: ReadonlySet<string> = new Set()): string | undefined {
  // A list: at least three short items.
  const items = listItems(text);
  if (!items) return undefined;
  // Names the question gives, as the sentence writes them (capitalised).
  const names = q.words.filter((w) => w !== q.head && !skip.has(w) && !isStopWord(w) && !ROLE_WORDS.has(w) && new RegExp(`\\b${escapeRegExp(w)}\\b`, "i").test(text) && capitalisedIn(text, w));
  if (names.length === 0) return undefined;
  const holding = items.filter((it) => names.some((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, "i").test(it)));
  // Not the first part, which holds the sentence's subject and verb ("Rivergate has offered ...").
  const listed = holding.filter((it) => it !== items[0]);
  // Short items only: the list's own, not the clause that opens it.
  const short = listed.filter((it) => it.split(/\s+/).length <= 12);
  return listed.length === 1 && short.length === 1 ? tidy(short[0]) : undefined;
}

function capitalisedIn(text: string, word: string): boolean {
  return new RegExp(`\\b${escapeRegExp(word[0].toUpperCase() + word.slice(1))}\\b`).test(text);
}
