import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Evidence } from "./types.ts";

/** The citation of a sentence: its article and its exact text. */
export function evidence(kb: KnowledgeBase, article: number, sentence: number): Evidence {
  const facts = kb.articles[article];
  return { articleId: facts.article.id, title: facts.article.title, sentence, text: facts.sentences[sentence].text };
}
