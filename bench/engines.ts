import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import type { ArticleFacts } from "../src/knowledge/types.ts";
import type { KnowledgeBase } from "../src/knowledge/base.ts";
import { answerQuestion } from "../src/qa/answer.ts";
import { isStopWord, stemOf, words } from "../src/qa/text.ts";

/**
 * The question answerers the eval and the bench compare, behind one interface: briefbot itself and
 * the two baselines a developer would otherwise reach for, both over the same extracted sentences.
 * A baseline always "answers" with its best sentence; its `score` lets the caller decline below a
 * threshold (see threshold.ts).
 */

export interface EngineReply {
  answered: boolean;
  /** The short answer; a baseline's is its whole best sentence. */
  answer: string;
  /** Cited sentences, best first. */
  sources: { article: string; sentence: string }[];
  /** The engine's own score of its best answer (briefbot: its confidence); -Infinity when it found nothing. */
  score: number;
}

export interface Engine {
  name: string;
  ask(question: string): EngineReply;
}

export const ENGINE_NAMES = ["briefbot", "minisearch", "fuse"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

interface SentenceDoc {
  id: number;
  article: string;
  text: string;
}

function sentenceDocs(articles: ArticleFacts[]): SentenceDoc[] {
  const docs: SentenceDoc[] = [];
  for (const a of articles) for (const s of a.sentences) docs.push({ id: docs.length, article: a.article.id, text: s.text });
  return docs;
}

const NOTHING: EngineReply = { answered: false, answer: "", sources: [], score: -Infinity };

function sentenceReply(doc: SentenceDoc, score: number): EngineReply {
  return { answered: true, answer: doc.text, sources: [{ article: doc.article, sentence: doc.text }], score };
}

/** briefbot: `answerQuestion` over the knowledge base. */
export function briefbotEngine(kb: KnowledgeBase): Engine {
  return {
    name: "briefbot",
    ask(question) {
      const a = answerQuestion(kb, question);
      return {
        answered: a.answered,
        answer: a.answer,
        sources: a.evidence.map((e) => ({ article: e.articleId, sentence: e.text })),
        score: a.confidence,
      };
    },
  };
}

/**
 * MiniSearch over sentences: BM25, fuzzy and prefix matching, stop words dropped, Porter2 stems
 * (the project's tokenizer and stemmer, so it reads words as briefbot does).
 */
export function miniSearchEngine(articles: ArticleFacts[]): Engine {
  const docs = sentenceDocs(articles);
  const index = new MiniSearch<SentenceDoc>({
    fields: ["text"],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm: (term) => (isStopWord(term) ? null : stemOf(term)),
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  index.addAll(docs);
  return {
    name: "minisearch",
    ask(question) {
      const best = index.search(question)[0];
      return best ? sentenceReply(docs[best.id as number], best.score) : NOTHING;
    },
  };
}

/** fuse.js over sentences, as documented for full-text fuzzy search (ignoring where in the text a match is). */
export function fuseEngine(articles: ArticleFacts[]): Engine {
  const docs = sentenceDocs(articles);
  const index = new Fuse(docs, { keys: ["text"], includeScore: true, ignoreLocation: true });
  return {
    name: "fuse",
    ask(question) {
      const best = index.search(question, { limit: 1 })[0];
      // Fuse scores 0 (perfect) to 1 (no match); turn it round so that higher is better, as for the others
      return best ? sentenceReply(best.item, 1 - (best.score ?? 1)) : NOTHING;
    },
  };
}

/** The reply a baseline gives with a decline threshold: below it, it declines. */
export function withThreshold(reply: EngineReply, threshold: number): EngineReply {
  return reply.answered && reply.score >= threshold ? reply : { ...NOTHING, score: reply.score };
}
