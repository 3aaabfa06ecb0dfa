import { expand } from "../lexicon/synonyms.ts";
import { splitClauses } from "./clauses.ts";
import type { Question } from "./question.ts";
import type { Candidate } from "./retrieve.ts";
import { isStopWord, stemOf, words } from "./text.ts";

/**
 * Sentences that say what the question asks is not known yet: "The cause of the fire was not yet
 * known", "she declined to say whether the sprinklers had operated", "it was not clear how many
 * were inside". Such a sentence answers honestly that nobody knows; an answer taken from beside it
 * would not.
 */
const NOT_KNOWN = new RegExp(
  [
    // "The cause ... was not yet known", "remains unclear"; "the cause is under investigation".
    String.raw`\b(?:was|were|is|are|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+|immediately\s+)?(?:known|clear)|unknown|unclear)\b`,
    String.raw`\b(?:cause|causes|reason|origin|motive|source)\b[^.;]{0,60}\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:under investigation|being investigated)\b`,
    // "declined to say whether", "would not confirm how many", "did not disclose".
    String.raw`\b(?:declined|refused|would not|wouldn['’]t|did not|didn['’]t|could not|couldn['’]t|has not|have not|had not)\s+(?:to\s+)?(?:say|confirm|disclose|reveal|specify|comment on|give|identify|name)\b`,
    // "has not yet been disclosed", "had not been determined".
    String.raw`\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:disclosed|released|made public|determined|established|announced|identified|confirmed)\b`,
    // "It was not clear whether", "it is too early to say".
    String.raw`\bit\s+(?:is|was)\s+(?:not\s+(?:yet\s+)?clear|unclear|too early to (?:say|tell))\b`,
  ].join("|"),
  "i",
);

/** Words every NOT_KNOWN pattern has one of. */
const MAY_SAY_NOT_KNOWN = /\b(?:not|n['’]t|unknown|unclear|declined|refused|investigat|too early)/i;

/** What an unknown must be of, for each kind of question: "how many" is not answered by "declined to say how they would vote". */
const OF_KIND: Partial<Record<Question["kind"], RegExp>> = {
  quantity: /\bhow (?:many|much|long|far|big|large|old|high|deep)\b|\b(?:number|numbers|amount|size|scale|extent|toll|cost|costs|value|figure|figures|total|price)\b/i,
  when: /\bwhen\b|\b(?:date|timing|time|timetable|day)\b/i,
  where: /\bwhere\b|\b(?:location|whereabouts|site)\b/i,
  who: /\b(?:who|whom|whose|which)\b|\b(?:identity|identities|name|names)\b/i,
  why: /\bwhy\b|\b(?:reason|reasons|cause|causes|motive|motives)\b/i,
  yesno: /\b(?:whether|if)\b/i,
};

/**
 * The clause of a candidate sentence that says the asked thing is not known, or undefined. The
 * unknown must be of the kind asked ("how many", "whether"), and the clause must hold at least half
 * the question's own words other than names (rarer words counting more), and more of them than any
 * other clause of the sentence: "investigators could not enter until Saturday, and she declined to
 * say whether the sprinklers worked" says nothing unknown of when they could enter.
 */
export function notKnownClause(c: Candidate, q: Question, frequency: ReadonlyMap<string, number>): string | undefined {
  // (A cheap look for the words first: most sentences have none, and the full pattern backtracks.)
  if (!MAY_SAY_NOT_KNOWN.test(c.sentence.text) || !NOT_KNOWN.test(c.sentence.text)) return undefined;
  const named = new Set([...q.people.map((p) => p.text), ...q.things, ...q.orgWords].flatMap((n) => words(n)).map(stemOf));
  const asked = q.terms.filter((t) => !t.startsWith("@") && !isStopWord(t) && !named.has(t));
  if (asked.length === 0) return undefined;
  const weightOf = (t: string) => 1 / (1 + (frequency.get(t) ?? 0));
  // Each asked word by its own forms and the words for it ("sparked" is said by "cause").
  const forms = new Map(asked.map((t) => [t, new Set([t, ...(q.related.get(t) ?? []), ...q.words.filter((w) => stemOf(w) === t).flatMap((w) => expand(w)).map(stemOf)])]));
  const weight = (text: string) => {
    const held = new Set(words(text).flatMap((w) => [w, ...expand(w)]).map(stemOf));
    return asked.filter((t) => held.has(t) || [...forms.get(t)!].some((f) => held.has(f))).reduce((sum, t) => sum + weightOf(t), 0);
  };
  const total = asked.reduce((sum, t) => sum + weightOf(t), 0);
  const clauses = splitClauses(c.sentence.text).map((x) => ({ text: x.text, weight: weight(x.text) }));
  // "Which company ...?" asks a name: "declined to say which", "whether the group would".
  const kind = q.wants === "organization" || q.wants === "person" ? OF_KIND.who : OF_KIND[q.kind];
  const unknown = clauses.find((x) => NOT_KNOWN.test(x.text) && (!kind || kind.test(x.text)) && x.weight * 2 >= total);
  return unknown && clauses.every((x) => x === unknown || x.weight < unknown.weight) ? unknown.text : undefined;
}
