import type { KnowledgeBase } from "../knowledge/base.ts";
import { readQuestion, type Question } from "./question.ts";
import type { QuestionContext } from "./types.ts";
import { countryToken } from "./text.ts";

const PRONOUNS = /\b(he|she|him|her|his|hers|they|them|their)\b/;
const ELLIPSIS = /^(and|what about|how about|and what about|same for|and for)\b/;

/**
 * Follow-up questions lean on the conversation: "what did he tell state media?" after a question
 * about the ambassador means the ambassador; "and for the US?" after "who speaks for China?" asks the
 * same question about the US. With no context the question is returned as read.
 */
export function resolveFollowUp(kb: KnowledgeBase, q: Question, context: QuestionContext): Question {
  const lower = q.words.join(" ");
  if (context.previousQuestion && ELLIPSIS.test(lower) && q.words.length <= 6) {
    const previous = readQuestion(kb, context.previousQuestion);
    const drop = new Set([...previous.people.flatMap((p) => p.text.split(" ")), ...previous.words.filter((w) => countryToken(w) !== undefined)]);
    const rest = q.text.replace(/^(and what about|what about|how about|and for|same for|and)\s*/i, "").replace(/[?]+$/, "");
    const base = context.previousQuestion.replace(/[?]+$/, "").split(/\s+/).filter((w) => !drop.has(w.toLowerCase().replace(/[^\w.]/g, ""))).join(" ");
    return readQuestion(kb, `${base} ${rest}?`);
  }
  if (q.people.length === 0 && context.people?.length && PRONOUNS.test(lower)) {
    for (const id of context.people) {
      const article = kb.articles.findIndex((f) => f.people.some((p) => p.id === id));
      if (article < 0) continue;
      const person = kb.articles[article].people.find((p) => p.id === id)!;
      // Asked again with the name for the pronoun: "how long has she been a customer?" reads as a question about her.
      const named = readQuestion(kb, withName(q.text, person.name));
      if (named.people.some((p) => p.id === id)) return named;
      return { ...q, people: [{ article, id, text: person.name.toLowerCase() }] };
    }
  }
  return q;
}

/** The question with a person's name for its first pronoun: "she" -> "Margaret Ellison", "his" -> "Margaret Ellison's". */
function withName(text: string, name: string): string {
  return text.replace(/\b(he|she|they|him|them|his|their|her)\b(\s+\w+)?/i, (_all, pronoun: string, next: string | undefined) => {
    const p = pronoun.toLowerCase();
    // "her" before a noun is whose ("her bank"); before a word that cannot be one, or at the end, it is whom.
    const owner = p === "his" || p === "their" || (p === "her" && next !== undefined && !/^\s+(?:to|for|about|on|in|at|with|from|by|and|or|say|said|tell|told|that|was|is|if|when)$/i.test(next));
    return `${name}${owner ? "'s" : ""}${next ?? ""}`;
  });
}
