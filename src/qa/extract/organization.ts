import { isOutlet } from "../../knowledge/outlet.ts";
import { bodyWordBefore, headWordOf } from "../../knowledge/coreference.ts";
import { mentionsIn } from "../../knowledge/mentionsBySentence.ts";
import type { ArticleFacts, Mention, NamedThing } from "../../knowledge/types.ts";
import { expand } from "../../lexicon/synonyms.ts";
import { orgKindOf, ORG_NOUNS, ROLE_WORDS } from "../../lexicon/words.ts";
import { escapeRegExp, stemOf, words } from "../text.ts";
import type { Question } from "../question.ts";
import { mentionedInQuestion } from "../retrieve.ts";
import type { Candidate } from "../retrieve.ts";
import type { Extracted } from "./shared.ts";
import { nearness, sortedBy } from "./shared.ts";

/** Organizations as answers: the one a question calls by its kind, and never the outlet that carries the story. */

/** The organization in the sentence nearest to what the question asks about. */
export function organizationIn(c: Candidate, q: Question): Extracted | undefined {
  const near = nearness(c.sentence.text, q);
  // "A Kenyan High Court judge ordered ...": a body named to say where someone works is not who did it.
  const describesPerson = (m: Mention) => { const next = /^\s+([a-z]+)\b/.exec(c.sentence.text.slice(m.end))?.[1]; return next !== undefined && ROLE_WORDS.has(next); };
  const orgs = mentionsIn(c.facts, c.sentence.sentence).filter((m) => m.kind === "organization" && !mentionedInQuestion(m, q) && !isOutlet(c.facts, m) && !describesPerson(m));
  const called = calledAsHead(c.sentence.text, orgs, q);
  const pick = sortedBy(called.length ? called : orgs, near)[0];
  return pick ? { answer: pick.text } : undefined;
}
/**
 * "Which union...", "which journal...": an organization that the article calls by that word,
 * in its name ("European Journal of ...") or around it ("the union" where its people speak).
 */
export function organizationOfKind(facts: ArticleFacts, head: string): NamedThing | undefined {
  const forms = [head, ...expand(head)].map((w) => w.toLowerCase());
  // "Which court": "Shanzu Law Courts" is named so too.
  const re = new RegExp(`\\b(${forms.join("|")})s?\\b`, "i");
  const kind = orgKindOf(head);
  let best: { t: NamedThing; score: number } | undefined;
  for (const t of facts.things) {
    if (t.kind !== "organization" || isOutlet(facts, t.name)) continue;
    const sideId = facts.sides.find((s) => s.name === t.name)?.id;
    const sentences = new Set([...t.sentences, ...facts.people.filter((p) => sideId && p.side === sideId).flatMap((p) => p.sentences)]);
    // Named so ("European Journal of ..."), called so right next to its name ("AEI, a Washington-based
    // think tank"), or in the sentences about it and its people.
    const beside = facts.mentions.some((m) => m.entity === t.id && calledSo(facts.sentences[m.sentence].text, m, forms));
    // "Which union ...": an Association is one kind of union.
    const kindred = kind !== undefined && kind.includes(headWordOf(t.name));
    // "the brokerage Cruz y Vidal": called another kind of body by name, the kind asked near it is another's.
    const calledOtherwise = facts.mentions.some((m) => {
      const w = m.entity === t.id ? bodyWordBefore(facts.sentences[m.sentence].text, m) : undefined;
      return w !== undefined && !forms.includes(w);
    });
    const named = nameSaysKind(t.name, forms) || kindred;
    if (calledOtherwise && !named && !beside) continue;
    const score = (named ? 3 : 0) + (beside ? 5 : 0) + [...sentences].filter((i) => re.test(facts.sentences[i].text)).length;
    if (score > 0 && (!best || score > best.score)) best = { t, score };
  }
  return best?.t;
}
/**
 * Whether an organization's name says it is of a kind, by its head or first word ("Ohio State
 * University", "University College Cork"), or its owner's ("Communist Party's Central Commission");
 * not by a word inside it ("Irish Universities Council" is a council).
 */
export function nameSaysKind(name: string, kindWords: readonly string[]): boolean {
  const stems = new Set(kindWords.map(stemOf));
  return name.split(/['’]s\s+/).some((part) => [headWordOf(part), words(part)[0] ?? ""].some((w) => stems.has(stemOf(w))));
}

/**
 * Whether the text calls the mentioned organization by one of the words, right beside its name
 * ("AEI, a Washington-based think tank", "Local 268, said the union"), and not as another party
 * joined to it ("talks between their union and Rivergate Transit") or acting on it ("the union
 * would picket Rivergate's garages").
 */
/** "Which group first raised the alarm?": of the organizations, those the sentence calls by the word asked right after the name ("Teme Rivers Action (TRA), a volunteer group that ..."). */
export function calledAsHead(text: string, orgs: readonly Mention[], q: Question): Mention[] {
  const head = q.head;
  if (!head || !ORG_NOUNS.has(head)) return [];
  const forms = [head, ...expand(head)].filter((w) => !w.includes(" ")).map(escapeRegExp).join("|");
  const appositive = new RegExp(`^(?:\\s*\\([^)]{1,12}\\))?,\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}(?:${forms})\\b`, "i");
  return orgs.filter((m) => appositive.test(text.slice(m.end)));
}
function calledSo(text: string, m: Mention, forms: string[]): boolean {
  const re = new RegExp(`\\b(${forms.join("|")})\\b`, "gi");
  for (const hit of text.matchAll(re)) {
    const at = hit.index!;
    const between = at < m.start ? text.slice(at + hit[0].length, m.start) : text.slice(m.end, at);
    // Side by side ("the think tank AEI"), or set off by a comma or a dash ("Local 268, said the union").
    // Not a clause in between: "Cruz y Vidal, said he expected the regulator to ...".
    const beside = between.trim() === "" || (/^\s*[,(—–]/.test(between) && !/\b(?:he|she|they|it|we|i)\b/i.test(between));
    if (beside && between.length <= 40 && !/\b(and|or|between|with|against|versus|vs)\b/i.test(between)) return true;
  }
  return false;
}
/** Endings that make a name a company's. */
export const CORPORATE = /\b(corp|corporation|inc|incorporated|ltd|limited|llc|plc|co|company|group|holdings|partners|ag|sa|gmbh|nv)\.?$/i;
