import { countedNoun } from "./counted.ts";
import type { Question } from "./question.ts";

/**
 * "How many councillors voted for the ban?", "how many members opposed it?": a count of voters on
 * one side, which a tally ("approved by 28 votes to 15") gives: its first number for, its second
 * against.
 */

/** Who may vote: what such a question counts. */
const VOTERS = /^(?:councillors?|councilors?|council|members?|lawmakers?|legislators?|mps|senators?|representatives?|delegates?|judges?|justices?|shareholders?|directors?|votes?|voters?|deputies|ministers?|commissioners?|jurors?|governors?|states?|countries|nations)$/;

/** The side a question counts voters on, or undefined when it asks no such count. */
export function votingSide(q: Question): "for" | "against" | undefined {
  if (q.kind !== "quantity" || !VOTERS.test(countedNoun(q).counted ?? "")) return undefined;
  const text = q.words.join(" ");
  if (/\b(?:vote|votes|voted|voting) (?:against|no)\b|\b(?:oppose|opposed|opposing|rejected|reject|dissented)\b/.test(text)) return "against";
  if (/\b(?:vote|votes|voted|voting) (?:for|yes)\b|\b(?:support|supported|supporting|backed|back|approved|approve|endorsed)\b/.test(text)) return "for";
  return undefined;
}

/** A tally in a text: "28 votes to 15", "28-15", "by 28 to 15". */
export const TALLY_IN_TEXT = /\b(\d{1,4})\s*(?:votes?\s+to|[-–]|to)\s*(\d{1,4})\b(?!\s*(?:percent|per cent|%|years?|months?|days?|hours?|p\.?m|a\.?m))/i;

/** The number a tally gives for that side, with the tally it came from. */
export function sideOfTally(text: string, side: "for" | "against"): { count: string; tally: string } | undefined {
  const m = TALLY_IN_TEXT.exec(text);
  if (!m || !/\bvotes?\b|\b(?:approved|passed|rejected|backed|adopted|voted|defeated)\b/i.test(text)) return undefined;
  return { count: side === "for" ? m[1] : m[2], tally: m[0] };
}
