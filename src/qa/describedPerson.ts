import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Question } from "./question.ts";
import type { Answer } from "./types.ts";
import { ROLE_WORDS } from "../lexicon/words.ts";

/**
 * Questions about someone the question describes instead of naming ("how old is the governor who
 * quit?", "where is the captain from?"): asked again of the one person the articles say that is.
 */
const ABOUT_SOMEONE: [RegExp, (name: string) => string][] = [
  [/^how old (?:is|was) (.+)$/, (name) => `how old is ${name}`],
  [/^where (?:is|was) (.+) from$/, (name) => `where is ${name} from`],
];

const PERSON_NOUNS = /^(?:man|woman|boy|girl|person|survivor|victim|passenger|teenager|mother|father|son|daughter)$/;

export function aboutDescribedPerson(kb: KnowledgeBase, q: Question, ask: (question: string) => Answer): Answer | undefined {
  if (q.people.length) return undefined;
  const text = q.words.join(" ");
  for (const [pattern, again] of ABOUT_SOMEONE) {
    const described = pattern.exec(text)?.[1];
    // Only a description of a person: "the governor who quit", not "the ship".
    if (!described || !described.split(" ").some((w) => ROLE_WORDS.has(w) || PERSON_NOUNS.test(w))) continue;
    const who = ask(`who is ${described}`);
    const id = who.answered && who.people?.length === 1 ? who.people[0] : undefined;
    const person = id ? kb.articles.find((a) => a.article.id === who.evidence[0]?.articleId)?.people.find((p) => p.id === id) : undefined;
    if (!person) return undefined;
    const answer = ask(again(person.name));
    return answer.answered ? answer : undefined;
  }
  return undefined;
}
