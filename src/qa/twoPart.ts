import { tagWords } from "../knowledge/nlp.ts";
import { fixQuestionWord } from "./typos.ts";
import type { Answer } from "./types.ts";

/**
 * Two questions asked as one: "How long did the trial last, and when did it start?", "Which union
 * reacted and where is it based?". Each part is answered on its own; a pronoun in the second part
 * ("it", "they") stands for what the first part asks about.
 */

const ASKING = "when|where|who|whom|which|what|how|why";
const SECOND = new RegExp(`^(.+?),? and ((?:(?:in|at|on|for|by|from|to|since) )?(?:${ASKING})\\b.*)$`, "i");
const STARTS = new RegExp(`^(?:(?:in|at|on|for|by|from|to|since|during|with) (?:what|which|whom)\\b|(?:${ASKING}|is|are|was|were|do|does|did|has|have|had|will|would|can)\\b)`, "i");
/** A second part that asks only a time or a place: "on what day?", "in which city". */
const TIME_ASKED = /^(?:(?:on|in|by|at) )?(?:what|which) (?:day|date|year|month|time)\??$/i;
const PLACE_ASKED = /^(?:(?:in|at|on) )?(?:what|which) (?:city|town|place|country|venue|location)\??$/i;
const PRONOUN = /\b(it|they|them|he|she|him|her)\b/i;
const POSSESSIVE = /\b(its|their|his|her)\b/i;

export interface TwoParts {
  first: string;
  /** The second part with what the first asks about in place of its pronoun. */
  second: string;
  /** The second part as typed ("what did he say"), for when the first part's answer is a person. */
  asTyped: string;
}

/** The two questions, or undefined when the text asks one thing. */
export function splitTwoPart(text: string): TwoParts | undefined {
  // "wher will the recount take place and wen does it start": each part's question word as meant.
  const t = text.trim().replace(/(^|\band\s+)([A-Za-z]+)/g, (all, before: string, w: string) => {
    const fixed = fixQuestionWord(w.toLowerCase(), true);
    return fixed !== w.toLowerCase() && new RegExp(`^(?:${ASKING})$`).test(fixed) ? before + fixed : all;
  });
  // "Where and when are the talks happening?": one question for each question word.
  const pair = /^(when|where|who|why|how) and (when|where|who|why|how) (.{3,})$/i.exec(t);
  if (pair) return { first: `${pair[1]} ${pair[3]}`, second: `${pair[2]} ${pair[3]}`, asTyped: `${pair[2]} ${pair[3]}` };
  // "Is the union threatening to strike? When?": the bare word asks the first question again.
  const asked = /^(.{8,}?)\?\s+(when|where|why)\s*\??$/i.exec(t);
  if (asked && STARTS.test(t)) {
    const again = `${asked[2].toLowerCase()} ${predicateOf(asked[1]).replace(/^\w/, (c) => c.toLowerCase())}`;
    return { first: `${asked[1]}?`, second: again, asTyped: asked[2] };
  }
  const hit = SECOND.exec(t);
  if (!hit || !STARTS.test(t)) return undefined;
  const first = hit[1].trim();
  const second = hit[2].trim();
  // "How many farmers protested on Monday, and where?": the second word asks the first question again.
  // "Where did the agency hold its briefing, and on what day?": a day asks "when" of the first question
  // (unless the first asks for a thing: "which school does he run, and in what city?" asks of the school).
  // Not when the first already asks it that way: "where does she work, and in which city?" asks of the firm.
  const asksThing = /^(?:which|what|who|whom)\b/i.test(first);
  // ("..., and at what time?": a time of day is asked as typed.)
  const reasked = asksThing ? null : TIME_ASKED.test(second) && !/^when\b/i.test(first) ? ["", /\btime\b/i.test(second) ? second.replace(/\?$/, "").toLowerCase() : "when"] : PLACE_ASKED.test(second) && !/^where\b/i.test(first) ? ["", "where"] : null;
  const bare = /^(when|where|why)\??$/i.exec(second) ?? reasked;
  if (bare && first.split(/\s+/).length >= 3) {
    const again = `${bare[1].toLowerCase()} ${predicateOf(first)}`;
    return { first: first.replace(/[,;]+$/, ""), second: again, asTyped: second.replace(/\?$/, "") };
  }
  if (first.split(/\s+/).length < 3 || second.split(/\s+/).length < 2) return undefined;
  return { first: first.replace(/[,;]+$/, ""), second: withSubject(second, subjectOf(first)), asTyped: second };
}

/** The first question without its question words: "how many farmers protested on Monday" -> "farmers protested on Monday". */
function predicateOf(question: string): string {
  return question.replace(/^(?:(?:(?:on|in|at|by|during) )?(?:what|which) (?:day|date|year|month|week|time)|how (?:many|much|long|far|big|often|old)|when|where|who|whom|which|what|why|how)\s+/i, "").replace(/[,;?]+$/, "");
}

/**
 * What the first question is about: the noun phrase after its question word and verb, up to the
 * next verb or preposition ("how long did | the trial | last" -> "the trial"; "which union |
 * reacted" -> "the union").
 */
export function subjectOf(question: string): string | undefined {
  const tags = tagWords(question);
  let i = 0;
  while (i < tags.length && /^(when|where|who|whom|which|what|how|why|long|much|many|big|often|far|old)$/i.test(tags[i].text)) i++;
  // "which union reacted": the noun after "which" is the subject.
  const asked = /^(which|what)$/i.test(tags[0]?.text ?? "") && tags[1]?.pos === "NOUN" ? 1 : 0;
  if (asked) i = 1;
  while (i < tags.length && tags[i].pos === "AUX") i++;
  const out: { text: string; pos: string }[] = [];
  for (; i < tags.length; i++) {
    const { text, pos } = tags[i];
    if (!/^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(pos) && !/^['’]s?$/.test(text)) break;
    out.push({ text, pos });
  }
  // "the trial last", "the claim worth": the phrase ends at its last noun.
  while (out.length && !/^(NOUN|PROPN|NUM)$/.test(out[out.length - 1].pos)) out.pop();
  const phrase = out.map((t) => t.text).join(" ").replace(/ (['’]s?)(?=\s|$)/g, "$1").trim();
  if (!phrase) return undefined;
  return asked && !/^(the|a|an)\b/i.test(phrase) ? `the ${phrase}` : phrase;
}

function withSubject(second: string, subject: string | undefined): string {
  if (!subject) return second;
  if (PRONOUN.test(second) && !/^(he|she|they)\b/i.test(subject)) return second.replace(PRONOUN, subject);
  if (POSSESSIVE.test(second)) return second.replace(POSSESSIVE, `${subject}'s`);
  return second;
}

/**
 * "Which school does he run, and in what city?": a second part with no verb asks about what the first
 * part found ("in what city is Braeside High School?"); undefined when it has a verb of its own.
 */
export function aboutFirstAnswer(parts: TwoParts, firstAnswer: string): string | undefined {
  const found = firstAnswer.replace(/\s*\(.*\)\s*$/, "").trim();
  if (!found) return undefined;
  // "Which bank helped finance the dam, and for how much?": how much the bank found did so.
  const measure = /^(?:(?:for|by|at|in) )?how (?:much|many|long)\??$/i.test(parts.asTyped.trim());
  const which = /^(which|what) [a-z]+ /i.exec(parts.first);
  if (measure && which && found.split(/\s+/).length <= 6) return `${parts.asTyped.replace(/\?$/, "")} ${parts.first.slice(which[0].length)} ${found}?`;
  if (!/^(?:(?:in|at|on|for|by|from|to|since) )?(?:what|which) [a-z]+\??$/i.test(parts.asTyped.trim())) return undefined;
  // "Where did the agency hold its briefing, and on what day?" asks the day of the briefing, not of Geneva.
  if (parts.second !== parts.asTyped && (TIME_ASKED.test(parts.asTyped.trim()) || PLACE_ASKED.test(parts.asTyped.trim()))) return undefined;
  return `${parts.asTyped.replace(/\?$/, "")} is ${found}?`;
}

/** Whether the second part stands on a pronoun ("what did he say"). */
export function leansOnFirst(parts: TwoParts): boolean {
  return PRONOUN.test(parts.asTyped) || POSSESSIVE.test(parts.asTyped);
}

/** One answer for both parts: each part's answer, and a word on the part the articles do not answer. */
export function joinAnswers(first: Answer, second: Answer, secondQuestion: string): Answer {
  if (!first.answered && !second.answered) return first;
  const answered = [first, second].filter((a) => a.answered);
  const evidence = answered.flatMap((a) => a.evidence).filter((e, i, all) => all.findIndex((x) => x.articleId === e.articleId && x.sentence === e.sentence) === i);
  const missing = !second.answered ? ` (no answer found to "${indirect(secondQuestion)}")` : !first.answered ? " (no answer found to the first part)" : "";
  return {
    ...answered[0],
    answer: `${answered.map((a) => a.answer).join("; ")}${missing}`,
    evidence,
    confidence: Math.min(...answered.map((a) => a.confidence)),
    people: answered.flatMap((a) => a.people ?? []),
  };
}

/** "when is it being heard?" -> "when is it being heard". */
function indirect(question: string): string {
  return question.replace(/[?.!]+$/, "").trim();
}
