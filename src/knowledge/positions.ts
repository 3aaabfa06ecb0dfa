import type { Mention, Person, Position, Quote, Sentence, Side } from "./types.ts";
import { attributionOf } from "./quotes.ts";
import type { SideFinder } from "./sides.ts";
import { escapeRegExp } from "../qa/text.ts";

/**
 * Each side's stated positions: what it says it wants, refuses, will do or believes.
 *
 * Sketch: (1) every quote whose speaker belongs to a side is a position of that side, in the
 * speaker's words; (2) a sentence whose subject is a side's person or the side itself ("Chinese
 * officials have dismissed...", "Blinken and Sullivan are expected to raise...") followed by a
 * stance verb is a position, cut to the clause from that verb; a list after the verb ("raise A, B,
 * and C") gives one position per item; (3) a sentence attributed to a side's speaker ("..., according
 * to a senior U.S. official") is a position of that side. One sentence gives a side each position once.
 */

const STANCE = new RegExp(
  "\\b(will|would|won['’]t|must|should|cannot|can['’]t|(?:is|are|was|were) (?:expected|set|ready|prepared|determined|willing|unwilling) to|" +
    "wants?|wanted|demand(?:s|ed)?|refus(?:es|ed|e)|reject(?:s|ed)?|dismiss(?:es|ed)?|insist(?:s|ed)?|promis(?:es|ed|e)|vow(?:s|ed)?|" +
    "seeks?|sought|plan(?:s|ned)?|hop(?:es|ed|e)|intends?|intended|oppos(?:es|ed|e)|support(?:s|ed)?|urg(?:es|ed|e)|call(?:s|ed)? for|" +
    "propos(?:es|ed|e)|accus(?:es|ed|e)|argu(?:es|ed|e)|warn(?:s|ed)?|pledg(?:es|ed|e)|threaten(?:s|ed)?|agre(?:es|ed|e)|den(?:ies|ied|y)|" +
    "defend(?:s|ed)?|blam(?:es|ed|e)|criticiz(?:es|ed|e)|condemn(?:s|ed)?|welcom(?:es|ed|e)|offer(?:s|ed)?|maintain(?:s|ed)?)\\b",
  "i",
);
const ACTOR_NOUNS = /\b(officials?|government|leaders?|delegation|diplomats?|administration|ministry|negotiators?|spokes(?:man|woman|person)|representatives?|executives?|management|lawmakers?|members?|leadership)\b/i;
const MAX_WORDS = 40;

export function findPositions(sentences: Sentence[], finder: SideFinder, people: Person[], mentions: Mention[], quotes: Quote[]): Position[] {
  const sides = finder.sides;
  const out: Position[] = [];
  const seen = new Set<string>();
  const add = (p: Position) => {
    const k = `${p.side}|${p.text.toLowerCase()}`;
    if (!seen.has(k)) seen.add(k), out.push(p);
  };
  for (const q of quotes) {
    // A scare quote ("to attempt to divide us") inside someone else's sentence is not a statement of position.
    if (!q.side || q.text.split(/\s+/).length < 6) continue;
    add({ side: q.side, text: `“${clip(q.text)}”`, speaker: q.speaker, sentence: q.sentence });
  }
  const quoted = new Set(quotes.filter((q) => q.side && q.text.split(/\s+/).length >= 4).map((q) => q.sentence));
  for (const s of sentences) {
    const attributedTo = quoted.has(s.index) ? undefined : attributionOf(s.text);
    const attributedSide = attributedTo ? finder.sideOfSpeaker(attributedTo, s.index) : undefined;
    let stated = stanceOf(s, sides, people, mentions);
    // "The Reform plan would save less..., according to Minister Marsh": the speaker's position, not Reform's.
    if (stated && attributedTo && stated.side !== attributedSide) stated = undefined;
    if (stated) {
      for (const item of listItems(stated.clause)) add({ side: stated.side, text: clip(item), speaker: stated.speaker, sentence: s.index });
      continue;
    }
    const attributed = attributedTo;
    const side = attributedSide;
    if (!attributed || !side) continue;
    const text = s.text.replace(/[,;]?\s*(?:according to\s+.*|(?:as\s+)?[^,]*\b(?:said|says|added)\.?)$/i, "").replace(/[.\s]+$/, "");
    if (text.split(/\s+/).length >= 4) add({ side, text: clip(text), speaker: attributed, sentence: s.index });
  }
  const order = new Map(sides.map((s, i) => [s.id, i]));
  return out.sort((a, b) => (order.get(a.side) ?? 0) - (order.get(b.side) ?? 0) || a.sentence - b.sentence);
}

/** "Chinese officials have dismissed ...": a side's actor as the subject of a stance verb, before any quotation. */
function stanceOf(s: Sentence, sides: Side[], people: Person[], mentions: Mention[]): { side: string; speaker: string; clause: string } | undefined {
  // Only the words before any long quotation (that is the speaker's position already); short
  // quoted phrases ("priorities and intentions") are read as part of the sentence.
  const own = s.text.replace(/[“"]([^”"]*)[”"]/g, (all, inner: string) => (inner.split(/\s+/).length < 4 ? inner : all)).split(/[“"]/)[0];
  // "that plan", "its offer": after a determiner the word is a noun, not a stance verb.
  const verb = [...own.matchAll(new RegExp(STANCE.source, "gi"))].find((m) => !/\b(the|a|an|that|this|its|their|his|her|our|your|of)\s+$/i.test(own.slice(0, m.index)));
  if (!verb || verb.index === undefined) return undefined;
  const subject = own.slice(0, verb.index);
  if (subject.split(/\s+/).length > 14) return undefined;
  const actor = actorOf(subject, s.index, sides, people, mentions);
  if (!actor) return undefined;
  const clause = own
    .slice(verb.index)
    .replace(/[,;]?\s+(?:the\s+)?[\w\s.]{0,40}\b(?:said|says)\.?$/, "")
    .replace(/[,;]\s+(?:the\s+)?[\w\s.]{0,50}\b(?:said|says|added)\b,?/, "")
    .replace(/[,.\s]+(and|but|or)?[,.\s]*$/, "")
    .replace(/^(?:is|are|was|were) (?:expected|set|ready|prepared|determined) to\s+/i, "");
  return { ...actor, clause };
}

/** Who the subject of a clause is, if it belongs to exactly one side. */
function actorOf(subject: string, sentence: number, sides: Side[], people: Person[], mentions: Mention[]): { side: string; speaker: string } | undefined {
  const found: { side: string; speaker: string }[] = [];
  for (const m of mentions) {
    if (m.sentence !== sentence || m.kind !== "person" || !subject.includes(m.text)) continue;
    const p = people.find((x) => x.id === m.entity);
    if (p?.side) found.push({ side: p.side, speaker: p.name });
  }
  const named = sides.filter((side) => side.cues.some((cue) => new RegExp(`(^|[^\\w])${escapeRegExp(cue)}(?=$|[^\\w]|['’]s)`).test(subject)));
  if (named.length > 1) return undefined;
  if (found.length === 0) {
    for (const side of sides) {
      for (const cue of side.cues) {
        const re = new RegExp(`(^|[^\\w])${escapeRegExp(cue)}(?=$|[^\\w]|['’]s)`);
        const hit = re.exec(subject);
        if (!hit) continue;
        const rest = subject.slice(hit.index + hit[0].length);
        // "Chinese officials", "China", "Northwind's lawyers": the side itself, not an object of a preposition.
        const before = subject.slice(0, hit.index);
        if (/\b(to|of|for|against|with|about|on|over|towards|than)\s*$/i.test(before)) continue;
        if (ACTOR_NOUNS.test(rest.split(/[,;]/)[0]) || /^\s*(['’]s\s+\w+\s*)?$/.test(rest) || rest.trim() === "") {
          found.push({ side: side.id, speaker: `${cue}${ACTOR_NOUNS.exec(rest)?.[0] ? ` ${ACTOR_NOUNS.exec(rest)![0]}` : ""}`.trim() });
          break;
        }
      }
    }
  }
  const distinct = new Set(found.map((f) => f.side));
  if (distinct.size !== 1) return undefined;
  const speakers = [...new Set(found.map((f) => f.speaker))];
  return { side: found[0].side, speaker: speakers.join(" and ") };
}

/** "raise A, B, C, and D" -> ["raise A", "raise B", "raise C", "raise D"]. */
function listItems(clause: string): string[] {
  const m = /^(.{0,60}?\b(?:raise|discuss|address|press|demand|seek|include|cover|focus on|push for|call for|want))\s+(.+)$/i.exec(clause);
  if (!m) return [clause];
  const parts = m[2].split(/,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)/).map((p) => p.trim()).filter((p) => p.length > 2);
  if (parts.length < 3 || parts.some((p) => p.split(/\s+/).length > 14)) return [clause];
  return parts.map((p) => `${m[1]} ${p}`);
}

function clip(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= MAX_WORDS ? text : `${words.slice(0, MAX_WORDS).join(" ")}…`;
}


