import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Question } from "./question.ts";
import type { Person } from "../knowledge/types.ts";

/**
 * Two or three questions the articles can answer, offered when the bot declines: about the people
 * the question named if any, else about the most mentioned people and the most quoted speaker.
 */
export function suggestQuestions(kb: KnowledgeBase, q: Question): string[] {
  const out: string[] = [];
  const base = ranking(kb);
  const named = q.people.map((r) => kb.articles[r.article].people.find((p) => p.id === r.id)).filter((p): p is Person => Boolean(p));
  for (const p of [...named, ...base.prominent]) {
    if (p.roles.length && out.length < 2) out.push(`Who is ${p.name}?`);
  }
  if (base.mostQuoted) out.push(`What did ${base.mostQuoted.name} say?`);
  if (base.hasSides) out.push("/positions");
  return [...new Set(out)].slice(0, 3);
}

interface Ranking {
  /** People with roles, most mentioned first (a few). */
  prominent: Person[];
  mostQuoted?: Person;
  hasSides: boolean;
}

const rankings = new WeakMap<KnowledgeBase, Ranking>();
/** Worked out once per knowledge base: declining stays as quick as answering. */
function ranking(kb: KnowledgeBase): Ranking {
  let r = rankings.get(kb);
  if (r) return r;
  const people = kb.articles.flatMap((f) => {
    const counts = new Map<string, number>();
    for (const x of f.quotes) if (x.personId) counts.set(x.personId, (counts.get(x.personId) ?? 0) + 1);
    return f.people.map((p) => ({ p, quotes: counts.get(p.id) ?? 0 }));
  });
  const prominent = people
    .filter((x) => x.p.roles.length)
    .sort((a, b) => b.p.sentences.length - a.p.sentences.length || a.p.name.localeCompare(b.p.name))
    .slice(0, 3)
    .map((x) => x.p);
  const mostQuoted = people.filter((x) => x.quotes > 0).sort((a, b) => b.quotes - a.quotes || a.p.name.localeCompare(b.p.name))[0]?.p;
  r = { prominent, ...(mostQuoted ? { mostQuoted } : {}), hasSides: kb.articles.some((f) => f.sides.length >= 2) };
  rankings.set(kb, r);
  return r;
}
