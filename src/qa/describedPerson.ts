import type { KnowledgeBase } from "../knowledge/base.ts";
import type { Question } from "./question.ts";
import type { Answer } from "./types.ts";
import { ROLE_WORDS } from "../lexicon/words.ts";

/**
 * Questions about someone the question describes instead of naming ("how old is the governor who
 * quit?", "where is the captain from?", "which law firm does the riders' lawyer work for?"): asked
 * again of the one person the articles say that is (the pattern's group "who").
 */
const ABOUT_SOMEONE: [RegExp, (name: string, m: RegExpExecArray) => string][] = [
  [/^how old (?:is|was) (?<who>.+)$/, (name) => `how old is ${name}`],
  [/^where (?:is|was) (?<who>.+) from$/, (name) => `where is ${name} from`],
  [/^(?:which|what) party (?:does|did) (?<who>.+) (?:belong to|lead|head|represent)$/, (name) => `which party does ${name} belong to`],
  [/^(?:which|what) (?<kind>(?:[a-z]+ ){0,2}(?:firm|company|organization|organisation|group|bank|agency|newspaper|university|outlet|institute|party)) (?:does|did) (?<who>.+) work (?<at>for|at)$/, (name, m) => `which ${m.groups!.kind} does ${name} work ${m.groups!.at}`],
];

const PERSON_NOUNS = /^(?:man|woman|boy|girl|person|survivor|victim|passenger|teenager|mother|father|son|daughter)$/;

export function aboutDescribedPerson(kb: KnowledgeBase, q: Question, ask: (question: string) => Answer): Answer | undefined {
  if (q.people.length) return undefined;
  const text = q.words.join(" ");
  for (const [pattern, again] of ABOUT_SOMEONE) {
    const m = pattern.exec(text);
    const described = m?.groups?.who;
    // Only a description of a person: "the governor who quit", not "the ship".
    if (!described || !described.split(" ").some((w) => ROLE_WORDS.has(w) || PERSON_NOUNS.test(w))) continue;
    const who = ask(`who is ${described}`);
    const id = who.answered && who.people?.length === 1 ? who.people[0] : undefined;
    const person = id ? kb.articles.find((a) => a.article.id === who.evidence[0]?.articleId)?.people.find((p) => p.id === id) : undefined;
    if (!person) return undefined;
    const answer = ask(again(person.name, m!));
    return answer.answered ? answer : undefined;
  }
  return undefined;
}
