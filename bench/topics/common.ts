import type { GeneratedQuestion } from "../generate.ts";
import type { Writer } from "../writer.ts";
import { NUMBER_WORDS } from "../vocab.ts";

/** What every story is made of, and the paragraphs any story can use: outsiders, background, unnamed sources, what next. */

export interface Story {
  title: string;
  paragraphs: string[];
  questions: GeneratedQuestion[];
}

export interface Topic {
  name: string;
  write(w: Writer): Story;
}

export const percent = (n: number) => [`${n} percent`, `${n}%`, `${n} per cent`];
export const lower = (s: string) => s.toLowerCase();

const OBSERVER_ROLES = [
  (_w: Writer, city: string) => `a professor of public policy at the University of ${city}`,
  (w: Writer) => `the head of the ${w.org("Chamber of Commerce")}`,
  () => `a former member of the city council`,
  (w: Writer) => `a senior analyst at ${w.org("Research")}`,
  () => `a local business owner`,
];

const OBSERVER_QUOTES = [
  (about: string) => `People are watching ${about} closely, and they are running out of patience`,
  (about: string) => `I have seen a lot of these fights, and ${about} is not like the others`,
  (about: string) => `Nobody comes out of ${about} looking good`,
  (about: string) => `The real question is who pays for ${about} in the end`,
];

/** An outsider's view of the story, with a quote: someone new, named and described. */
export function observer(w: Writer, city: string, about: string): string[] {
  const who = w.person();
  const role = w.rng.pick(OBSERVER_ROLES)(w, city);
  const view = w.rng.pick(OBSERVER_QUOTES)(about);
  return w.rng.chance(0.5)
    ? [w.quote(who, `${who.name}, ${role},`.replace(/,$/, ""), view)]
    : [`${who.name}, ${role}, said the dispute had been years in the making. ${w.quote(who, undefined, view)}`];
}

const UNNAMED = [
  "a senior official who asked not to be named because the discussions were private",
  "a person familiar with the matter",
  "one official involved in the talks, speaking on condition of anonymity",
];

/** A quote from someone the article does not name. */
export function unnamed(w: Writer, about: string): string {
  const text = w.rng.pick([
    `Everyone knows how ${about} ends; the only question is how long it takes`,
    `There is more agreement on ${about} than either side will admit in public`,
    `Nobody has moved an inch on ${about} in weeks`,
  ]);
  const who = w.rng.pick(UNNAMED);
  return w.rng.chance(0.5) ? `${w.q(text, ",")} said ${who}.` : `According to ${who}, ${text[0].toLowerCase()}${text.slice(1)}.`;
}

/** What happens next, with dates. */
export function next(w: Writer, about: string): string {
  return w.rng.pick([
    `A further meeting on ${about} is pencilled in for ${w.monthDay(w.rng.int(5, 30))}, though neither side has confirmed it.`,
    `Officials said a decision on ${about} could come as early as ${w.weekdayAfter(w.rng.int(2, 6))}. A final report is due in ${w.month(w.rng.int(1, 4))}.`,
    `The next deadline in ${about} falls on ${w.monthDay(w.rng.int(7, 45))}, and both sides said they would keep talking until then.`,
  ]);
}

/** Background with a year and a number, in one of a few shapes. */
export function background(w: Writer, subject: string): string {
  const year = w.published.getUTCFullYear() - w.rng.int(2, 15);
  const n = w.rng.int(2, 9);
  return w.rng.pick([
    `The last comparable dispute over ${subject} was in ${year}, and it took ${NUMBER_WORDS[n]} months to settle.`,
    `Records show ${subject} has come up at least ${NUMBER_WORDS[n]} times since ${year}, without a lasting answer.`,
    `Since ${year}, disputes over ${subject} have cost the region an estimated $${w.rng.int(12, 600)} million, according to public figures.`,
  ]);
}

/**
 * The lede first, then the groups of paragraphs in a random order. A group introduces everyone it
 * quotes, so any order reads right.
 */
export function arrange(w: Writer, lede: string, groups: (string | string[])[]): string[] {
  return [lede, ...w.rng.shuffle(groups.map((g) => (Array.isArray(g) ? g : [g]))).flat()];
}
