import type { KnowledgeBase } from "../knowledge/base.ts";
import type { ArticleFacts, Person } from "../knowledge/types.ts";
import { countryOf, isDemonym } from "../lexicon/places.ts";
import { evidence, roleSentence } from "./evidence.ts";
import type { Question } from "./question.ts";
import type { Answer } from "./types.ts";

/** "What nationality is Verstraete?": the nationality in the person's description, or their side's. */
export function nationalityOf(kb: KnowledgeBase, q: Question): Answer | undefined {
  const asked = askedPerson(kb, q);
  if (!asked) return undefined;
  const { ref, facts, person } = asked;
  for (const role of person.roles) {
    const demonym = role.split(/\s+/).find((w) => isDemonym(w));
    if (!demonym) continue;
    const sentence = roleSentence(facts, person, role);
    return { answered: true, answer: demonym, evidence: [evidence(kb, ref.article, sentence)], confidence: 0.8, kind: "what", people: [person.id] };
  }
  // Or the country of the side they are on ("China's foreign minister").
  const country = countryOf(facts.sides.find((s) => s.id === person.side)?.name ?? "");
  const said = country ? person.sentences.find((i) => [country.name, ...country.aliases, ...country.demonyms].some((n) => facts.sentences[i].text.includes(n))) : undefined;
  if (!country || said === undefined) return undefined;
  return { answered: true, answer: country.demonyms[0] ?? country.name, evidence: [evidence(kb, ref.article, said)], confidence: 0.7, kind: "what", people: [person.id] };
}

/**
 * "What nationality is the mediator?": the nationality of the one person the articles say is that
 * (found by asking who it is), when the question names no one.
 */
export function nationalityOfDescribed(kb: KnowledgeBase, q: Question, ask: (question: string) => Answer): Answer | undefined {
  const described = q.people.length === 0 ? /^(?:what|which) nationality (?:is|was|are|were) (.+)$/.exec(q.words.join(" "))?.[1] : undefined;
  if (!described) return undefined;
  const ref = whoIs(kb, described, ask);
  return ref ? nationalityOf(kb, { ...q, people: [ref] }) : undefined;
}

/** "Which country is Amara Kellow health minister of?", "what country is she from?": the country in the person's roles ("Ghana's Health Minister"), or their side's. */
export function countryOfPerson(kb: KnowledgeBase, q: Question): Answer | undefined {
  const asked = askedPerson(kb, q);
  if (!asked) return undefined;
  const { ref, facts, person } = asked;
  for (const role of person.roles) {
    const country = role.split(/\s+/).map((w) => countryOf(w.replace(/['’]s$/, ""))).find((c) => c !== undefined);
    if (!country) continue;
    const sentence = roleSentence(facts, person, role);
    return { answered: true, answer: country.name, evidence: [evidence(kb, ref.article, sentence)], confidence: 0.8, kind: "where", people: [person.id] };
  }
  return undefined;
}

/** The first person the question names, with their article's facts. */
function askedPerson(kb: KnowledgeBase, q: Question): { ref: Question["people"][number]; facts: ArticleFacts; person: Person } | undefined {
  const ref = q.people[0];
  const facts = ref ? kb.articles[ref.article] : undefined;
  const person = facts?.people.find((p) => p.id === ref!.id);
  return ref && facts && person ? { ref, facts, person } : undefined;
}

/**
 * "Where is the health minister from?", "where is Halvorsen from?": the place after "from" in the
 * person's description ("a former paediatric nurse from Dunedin"). The person is the one the
 * question names, or the one the articles say holds the role it gives (found by asking who).
 */
export function hometownOf(kb: KnowledgeBase, q: Question, ask: (question: string) => Answer): Answer | undefined {
  const described = /^where (?:is|was|are|were|does|did) (.+?) (?:come |hail |originally |coming )?from$/.exec(q.words.join(" "))?.[1];
  if (!described) return undefined;
  const ref = q.people[0] ?? whoIs(kb, described, ask);
  if (!ref) return undefined;
  const facts = kb.articles[ref.article];
  const person = facts.people.find((p) => p.id === ref.id);
  for (const role of person?.roles ?? []) {
    const place = /\bfrom ((?:the )?\p{Lu}[\p{L}’'.-]*(?:,? \p{Lu}[\p{L}’'.-]*)*)/u.exec(role)?.[1];
    if (!place || !person) continue;
    const sentence = roleSentence(facts, person, role);
    // "Sherbrooke" is "Sherbrooke, Quebec" where the article names it so.
    const whole = facts.things.find((t) => t.kind === "place" && t.name.startsWith(`${place},`))?.name ?? place;
    return { answered: true, answer: whole, evidence: [evidence(kb, ref.article, sentence)], confidence: 0.75, kind: "where", people: [person.id] };
  }
  return undefined;
}

/** The one person the articles say a description is ("the health minister"), found by asking who it is. */
function whoIs(kb: KnowledgeBase, described: string, ask: (question: string) => Answer): Question["people"][number] | undefined {
  const who = ask(`who is ${described}`);
  const id = who.answered && who.people?.length === 1 ? who.people[0] : undefined;
  const article = id ? kb.articles.findIndex((a) => a.article.id === who.evidence[0]?.articleId && a.people.some((p) => p.id === id)) : -1;
  return id && article >= 0 ? { article, id, text: described } : undefined;
}
