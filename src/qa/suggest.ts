import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Question } from "./question.ts";

/**
 * Two or three questions the articles can answer, offered when the bot declines: about the people
 * the question named if any, else about the most mentioned people and the most quoted speaker.
 */
export function suggestQuestions(kb: KnowledgeBase, q: Question): string[] {
  const out: string[] = [];
  const people = kb.articles.flatMap((f) => f.people.map((p) => ({ p, quotes: f.quotes.filter((x) => x.personId === p.id).length })));
  const named = people.filter(({ p }) => q.people.some((r) => r.id === p.id));
  const ranked = [...people].sort((a, b) => b.p.sentences.length - a.p.sentences.length || a.p.name.localeCompare(b.p.name));
  for (const { p } of [...named, ...ranked]) {
    if (p.roles.length && out.length < 2) out.push(`Who is ${p.name}?`);
  }
  const quoted = [...people].filter((x) => x.quotes > 0).sort((a, b) => b.quotes - a.quotes || a.p.name.localeCompare(b.p.name))[0];
  if (quoted) out.push(`What did ${quoted.p.name} say?`);
  if (kb.articles.some((f) => f.sides.length >= 2)) out.push("/positions");
  return [...new Set(out)].slice(0, 3);
}
