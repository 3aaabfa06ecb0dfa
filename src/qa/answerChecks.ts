import type { Question } from "./question.ts";
import { isStopWord, words } from "./text.ts";
import type { ArticleFacts } from "../knowledge/types.ts";
import { countryOfWords } from "../lexicon/places.ts";

/**
 * Checks that a found answer fits what the question asks, beyond its kind: whose views, what came
 * of an event, what the question rules out, whether a name is given.
 */

/** Whether the question asks how a country is viewed ("view the US favorably") and the sentence gives views of another ("views of China"). */
export function viewsOtherCountry(q: Question, sentence: string): boolean {
  const asked = /\b(?:view|views|viewed|see|sees|regard|regards|rate|rates|feel about|think of|opinion of|views of|attitudes? (?:toward|towards|to))\s+(?:the\s+)?([a-z.]+(?:\s[a-z]+)?)/.exec(q.words.join(" "));
  const askedCountry = asked ? countryOfWords(asked[1].split(" ")[0], asked[1].split(" ")[1]) : undefined;
  if (!askedCountry) return false;
  const given = /\b(?:views?|opinions?|attitudes?|perceptions?) (?:of|toward|towards|about|on)\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w]*)?)/.exec(sentence);
  const givenCountry = given ? countryOfWords(given[1].toLowerCase().split(" ")[0], given[1].toLowerCase().split(" ")[1]) : undefined;
  return givenCountry !== undefined && givenCountry.name !== askedCountry.name;
}

/** "What did they agree?", "what was the outcome?", "how did the talks end?": asks what came of something. */
export function asksOutcome(q: Question): boolean {
  const text = q.words.join(" ");
  // "What outcome did Cui say he hoped for?" asks a hope, not an outcome.
  // ("the vote on the plan" names a plan; "plans to" hopes.)
  if (/\b(?:hope|hoped|hopes|hoping|want|wants|wanted|expect|expects|expected|seek|seeks|sought|aim|aims|planned)\b|\bplans? to\b/.test(text)) return false;
  // "the agreement" as a thing ("when was the agreement signed?") is no question of what came of talks.
  // "the outcome of the talks", not "the results kits" or "the official result for Rono".
  return /\b(?:agree|agreed|agreeing|came out of|come out of)\b|\b(?:what|which|any|an|reach|reached)(?: \w+)? agreements?\b|\bwhat (?:was|is|were|will be) the (?:final |eventual )?(?:outcome|result)s?(?: of\b|$)|\boutcomes? of\b/.test(text) || /^how did .+ (?:end|conclude|wrap up|finish)$/.test(text) || /^what (?:was|were) (?:agreed|decided|resolved)\b/.test(text) || /^what (?:did|has|have|will) .+ (?:decide|resolve|conclude)\b/.test(text);
}
/** Words that report what came of something: "agreed", "ended", "signed", "voted". */
export const OUTCOME_SAID = /\b(?:agreed|agreement|reached|signed|ended|concluded|decided|settled|struck|approved|adopted|voted|passed|rejected|won|lost|resulted|produced|ruled|broke down|collapsed|deal)\b/i;

/** Whether an answer holds a name: a capitalised word past its first, not a place made an adjective ("Singapore-based"). */
export function namesSomething(answer: string): boolean {
  return /(^|\s)[A-Z][\w’'-]*/.test(answer.replace(/^[A-Z]\w*/, "").replace(/\b[A-Z][\w’'.]*-(?:based|owned|led|backed|born|made|registered|listed)\b/g, ""));
}

/** "besides Loopline", "other than the EU": the words of what the question rules out. */
export function excludedWords(q: Question): string[] {
  const m = /\b(?:besides|apart from|other than|aside from|except|excluding)\s+((?:[a-z0-9][\w’'-]*\s*){1,3})/.exec(q.words.join(" "));
  if (!m) return [];
  const out: string[] = [];
  for (const w of m[1].trim().split(/\s+/)) {
    if (/^(is|are|was|were|did|does|do|has|have|had|will|would|can|could|who|which|that)$/.test(w)) break;
    if (!isStopWord(w)) out.push(w);
  }
  return out;
}

/**
 * "Which company delivered the vaccines before Caldermoor?" is not answered by "Caldermoor Pharma
 * Logistics": an organization the question names is not the one it asks for.
 */
export function namesAskedOrganization(answer: string, facts: ArticleFacts, q: Question): boolean {
  const asked = [...q.things, ...q.orgWords];
  if (q.wants !== "organization" || asked.length === 0) return false;
  const plain = (text: string) => words(text).join(" ");
  const given = plain(answer.replace(/\s*\(.*\)\s*$/, ""));
  return facts.things.some((t) => {
    const names = [t.name, ...t.aliases].map(plain);
    return t.kind === "organization" && names.includes(given) && names.some((n) => asked.some((o) => n.includes(o)));
  });
}
