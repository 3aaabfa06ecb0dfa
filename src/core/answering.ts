/**
 * The plain-question path: ask the answering engine with the conversation's context, and turn its
 * Answer into a Reply. The engine is treated as a neighbour whose output is checked, not trusted:
 * a missing field or an out-of-range confidence must not break a reply.
 */
import type { KnowledgeBase } from "../knowledge/base.ts";
import { answerQuestion } from "../qa/answer.ts";
import type { Answer, QuestionContext } from "../qa/types.ts";
import { sourceOf } from "./facts.ts";
import type { ReplyContent, Source } from "./types.ts";

/** What a question turn produced: the reply, and who and what it was about for follow-ups. */
export interface QuestionTurn {
  reply: ReplyContent;
  people: string[];
}

/** The engine's signature, injectable for tests. */
export type AnswerFn = (kb: KnowledgeBase, question: string, context?: QuestionContext) => Answer;

export function answerTurn(kb: KnowledgeBase, question: string, context: QuestionContext, engine: AnswerFn = answerQuestion): QuestionTurn {
  const answer = engine(kb, question, context);
  const people = Array.isArray(answer.people) ? answer.people.filter((p) => typeof p === "string") : [];
  const text = typeof answer.answer === "string" ? answer.answer.trim() : "";
  if (!answer.answered || !text) {
    const reason = answer.reason ?? (answer.answered ? "the engine gave an empty answer" : undefined);
    return { reply: { kind: "declined", question, ...(reason ? { reason } : {}), suggestions: suggestionsFor(kb, answer.suggestions) }, people };
  }
  return {
    reply: { kind: "answer", question, answer: text, sources: sourcesOf(kb, answer), confidence: clamp(answer.confidence) },
    people,
  };
}

function sourcesOf(kb: KnowledgeBase, answer: Answer): Source[] {
  const out: Source[] = [];
  for (const e of Array.isArray(answer.evidence) ? answer.evidence : []) {
    const facts = kb.articles.find((f) => f.article.id === e.articleId);
    if (facts && facts.sentences[e.sentence]?.text === e.text) out.push(sourceOf(facts, e.sentence));
    else out.push({ article: e.articleId, title: e.title, index: e.sentence, sentence: e.text });
  }
  return out;
}

function clamp(n: unknown): number {
  return typeof n === "number" && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** The engine's suggestions, or (when it gave none) questions and commands the articles can answer. */
function suggestionsFor(kb: KnowledgeBase, given: string[] | undefined): string[] {
  const list = (given ?? []).filter((s) => typeof s === "string" && s.trim()).slice(0, 3);
  if (list.length >= 2) return list;
  const extra: string[] = [];
  const quoted = kb.articles.flatMap((f) => f.quotes.filter((q) => q.personId).map((q) => f.people.find((p) => p.id === q.personId)?.name ?? ""));
  if (quoted[0]) extra.push(`What did ${quoted[0]} say?`);
  const withRole = kb.articles.flatMap((f) => f.people.filter((p) => p.roles.length > 0))[0];
  if (withRole) extra.push(`Who is ${withRole.name}?`);
  extra.push("/digest", "/positions");
  return [...new Set([...list, ...extra])].slice(0, 3);
}
