/**
 * Read-only views over the knowledge base that several commands share: citing a sentence, and
 * the sides and people of all articles, merged by name across articles in a stable order.
 */
import type { KnowledgeBase } from "../knowledge/base.ts";
import type { ArticleFacts, Person, Side } from "../knowledge/types.ts";
import { UserError, type Source } from "./types.ts";

/** The citation of sentence `index` of an article. */
export function sourceOf(facts: ArticleFacts, index: number): Source {
  const a = facts.article;
  const source: Source = { article: a.id, title: a.title, index, sentence: facts.sentences[index]?.text ?? "" };
  if (a.published) source.published = a.published;
  return source;
}

/** A side as it appears in one or more articles ("China" in two articles is one group). */
export interface SideGroup {
  name: string;
  members: { facts: ArticleFacts; side: Side }[];
}

const groupsOf = new WeakMap<KnowledgeBase, SideGroup[]>();

/** Every side of every article, merged by name, sorted by name (a stable order that favours none). Worked out once per knowledge base. */
export function sideGroups(kb: KnowledgeBase): SideGroup[] {
  let cached = groupsOf.get(kb);
  if (cached) return cached;
  const groups = new Map<string, SideGroup>();
  for (const facts of kb.articles) {
    for (const side of facts.sides) {
      const key = side.name.toLowerCase();
      const group = groups.get(key) ?? { name: side.name, members: [] };
      group.members.push({ facts, side });
      groups.set(key, group);
    }
  }
  cached = [...groups.values()].sort((a, b) => compareNames(a.name, b.name));
  groupsOf.set(kb, cached);
  return cached;
}

/** The name of a side id within an article. */
export function sideName(facts: ArticleFacts, sideId: string | undefined): string | undefined {
  return sideId ? facts.sides.find((s) => s.id === sideId)?.name : undefined;
}

/** A person with the article they were found in. */
export interface PersonRef {
  facts: ArticleFacts;
  person: Person;
}

/** Every person of every article, in article order then order of first appearance. */
export function allPeople(kb: KnowledgeBase): PersonRef[] {
  let cached = peopleOf.get(kb);
  if (!cached) peopleOf.set(kb, (cached = kb.articles.flatMap((facts) => facts.people.map((person) => ({ facts, person })))));
  return cached;
}

const peopleOf = new WeakMap<KnowledgeBase, PersonRef[]>();

/** The full name (two words or more) of the first person the articles name, for examples. */
export function firstNamedPerson(kb: KnowledgeBase): string | undefined {
  for (const facts of kb.articles) {
    const person = facts.people.find((p) => p.name.includes(" "));
    if (person) return person.name;
  }
  return undefined;
}

/** Locale-independent, case-insensitive name order with a byte-order tie-break, so every machine sorts alike. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Stops a command that needs articles when there are none, saying why and what to do. */
export function requireArticles(kb: KnowledgeBase): void {
  if (kb.articles.length > 0) return;
  const problems = kb.problems.length;
  const why = problems
    ? `none of the article files could be read (${problems} problem${problems === 1 ? "" : "s"}; /sources lists them)`
    : "the knowledge folder has no articles";
  throw new UserError("no_articles", `I have no articles to work from: ${why}. Add a Markdown or .txt file under knowledge/articles/ and restart.`, {
    suggestion: "/sources",
  });
}

/** Cuts a text to at most `max` words, marking the cut with an ellipsis. */
export function clipWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= max ? text.trim() : `${words.slice(0, max).join(" ").replace(/[,;:]$/, "")}…`;
}

/** The number of words in a text. */
export function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

/** "1 quote", "2 quotes". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
