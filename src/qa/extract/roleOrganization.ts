import type { KnowledgeBase } from "../../knowledge/base.ts";
import { nameIndex } from "../../knowledge/nameIndex.ts";
import { titlesFor } from "../../lexicon/synonyms.ts";
import type { Question } from "../question.ts";
import { escapeRegExp } from "../text.ts";

/** An organization the articles describe by a role: "The company's auditor, Kessler Marsh Accountants (KMA), ...". */
export interface RoleOrganization {
  article: number;
  sentence: number;
  name: string;
  role: string;
}

/**
 * "Who is Nordvaal's auditor?": no person holds the role, but an organization does, named right after
 * the role word and a comma. Only in the articles that name what the question names (the company),
 * so that a knowledge base of thousands of articles is not read through.
 */
export function organizationByRole(kb: KnowledgeBase, q: Question, roleWords: string[], within?: readonly number[]): RoleOrganization | undefined {
  const titles = [...new Set(roleWords.flatMap(titlesFor))].filter((w) => /^[a-z-]+$/.test(w));
  if (titles.length === 0) return undefined;
  const ix = nameIndex(kb);
  // The articles that name the body the question names; or, for a question that names none, those given.
  const named = [...new Set([...q.things, ...q.orgWords].flatMap((n) => ix.things.get(n) ?? []).map((r) => r.article))].sort((a, b) => a - b);
  const articles = named.length || !within ? named : [...new Set(within)];
  const before = new RegExp(`\\b((?:the|its|their|[\\w’'-]+['’]s)\\s+(?:[a-z-]+\\s+)?(?:${titles.map(escapeRegExp).join("|")})),\\s+(?:the\\s+)?$`, "i");
  for (const a of articles) {
    const facts = kb.articles[a];
    for (const m of facts.mentions) {
      if (m.kind !== "organization") continue;
      const text = facts.sentences[m.sentence].text;
      const hit = before.exec(text.slice(Math.max(0, m.start - 60), m.start));
      const thing = hit ? facts.things.find((t) => t.id === m.entity) : undefined;
      if (hit) return { article: a, sentence: m.sentence, name: thing?.name ?? m.text, role: hit[1] };
    }
  }
  return undefined;
}
