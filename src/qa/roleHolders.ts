import type { KnowledgeBase } from "../knowledge/base.ts";
import { NUMBER_WORDS, ROLE_WORDS } from "../lexicon/words.ts";
import { evidence } from "./evidence.ts";
import { listText } from "./extract/shared.ts";
import type { Question } from "./question.ts";
import { stemOf, words } from "./text.ts";
import type { Answer } from "./types.ts";

/** Everyone an article gives the role a plural head asks for ("advisers"), as many as the question says. */
export function pluralRoleHolders(kb: KnowledgeBase, article: number, q: Question): Answer | undefined {
  const head = q.head;
  if (!head || !/s$/.test(head) || ROLE_WORDS.has(head) || !ROLE_WORDS.has(head.slice(0, -1))) return undefined;
  // "Which other councillors voted against besides Okafor?" asks who did something, not who holds the role.
  if (/\b(?:besides|other than|apart from|except)\b/.test(q.words.join(" ")) && q.words.some((w) => q.pos.get(w) === "VERB" && !/^(is|are|was|were|be|been|being|has|have|had|do|does|did|serve|serves|served|hold|holds|held)$/.test(w))) return undefined;
  const stem = stemOf(head.slice(0, -1));
  const facts = kb.articles[article];
  const holders = facts.people.filter((p) => p.roles.some((r) => words(r).map(stemOf).includes(stem)));
  if (holders.length < 2) return undefined;
  const n = q.words.map((w) => NUMBER_WORDS.get(w)).find((x) => x !== undefined && x > 1) ?? 4;
  const chosen = holders.sort((x, y) => y.sentences.length - x.sentences.length || x.sentences[0] - y.sentences[0]).slice(0, n).sort((x, y) => x.sentences[0] - y.sentences[0]);
  const shared = facts.sentences.find((s) => chosen.every((p) => p.sentences.includes(s.index)))?.index ?? chosen[0].sentences[0];
  return { answered: true, answer: listText(chosen.map((p) => p.name)), evidence: [evidence(kb, article, shared)], confidence: 0.75, kind: "who", people: chosen.map((p) => p.id) };
}
