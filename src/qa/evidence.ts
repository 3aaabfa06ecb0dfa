import type { KnowledgeBase } from "../knowledge/base.ts";
import type { ArticleFacts, Person } from "../knowledge/types.ts";
import type { Evidence } from "./types.ts";

/** The citation of a sentence: its article and its exact text. */
export function evidence(kb: KnowledgeBase, article: number, sentence: number): Evidence {
  const facts = kb.articles[article];
  return { articleId: facts.article.id, title: facts.article.title, sentence, text: facts.sentences[sentence].text };
}

/**
 * The sentence that gives a person a role: one of theirs that holds it, or any that does ("The
 * minister, a former nurse, ..." names no one), or else their first.
 */
export function roleSentence(facts: ArticleFacts, person: Person, role: string): number {
  const own = person.sentences.find((i) => facts.sentences[i].text.includes(role));
  if (own !== undefined) return own;
  const any = facts.sentences.findIndex((s) => s.text.includes(role));
  return any >= 0 ? any : person.sentences[0];
}
