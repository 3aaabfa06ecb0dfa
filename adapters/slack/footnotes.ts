/**
 * The closing lines of a sections reply in Slack mrkdwn: the numbered source sentences, quoted,
 * with their article's title, or what compact references mean. The numbering is the shared one
 * (`src/render/footnotes.ts`); titles and sentences are escaped.
 */
import { citation } from "../../src/render/plain.ts";
import { COMPACT_LEGEND, Footnotes } from "../../src/render/footnotes.ts";
import type { SectionsReply } from "../../src/core/types.ts";
import { escapeMrkdwn } from "./blocks.ts";

/** The shared numbering, with titles written as escaped mrkdwn italics. */
export function slackFootnotes(reply: SectionsReply): Footnotes {
  return new Footnotes(reply, (title) => `_${escapeMrkdwn(title)}_`);
}

/** The closing lines; empty when there is nothing to list. */
export function slackFooter(notes: Footnotes): string[] {
  if (notes.compact) return notes.articles.size ? [COMPACT_LEGEND] : [];
  const list = notes.numbered;
  if (list.length === 0) return [];
  const one = notes.articles.size === 1;
  const head = one ? `*Sources* — _${escapeMrkdwn(citation(list[0]))}_` : "*Sources*";
  return [head, ...list.map((s, i) => `>[${i + 1}] ${escapeMrkdwn(s.sentence)}${one ? "" : ` — _${escapeMrkdwn(citation(s))}_`}`)];
}
