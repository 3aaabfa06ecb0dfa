/**
 * Block Kit building blocks that keep Slack's limits and cannot ping: every mrkdwn text is escaped
 * (`&`, `<`, `>`) and marked `verbatim`, so nothing from an article or a user becomes a mention, a
 * channel link or a URL; long texts are split between lines into several blocks, or cut cleanly.
 */
import type { types } from "@slack/bolt";

/** Slack's limits for a message's blocks. */
export const LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** Characters of a section block's text. */
  sectionText: 3000,
  /** Characters of a header block's (plain) text. */
  headerText: 150,
  /** Characters of one context element's text (Slack allows more; context lines are meant to be short). */
  contextText: 2000,
  /** Characters of the top-level `text`, the notification and fallback (Slack's advice: at most 4,000). */
  fallbackText: 4000,
} as const;

/** One Block Kit block of a message. */
export type Block = types.KnownBlock;

/** Escapes the three characters Slack reads as markup. Apply to every piece of outside text in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Section blocks for already-escaped mrkdwn, as many as the text needs at {@link LIMITS.sectionText}
 * characters each, split between lines (then at spaces); empty text gives no block.
 */
export function sections(mrkdwn: string): Block[] {
  if (!mrkdwn.trim()) return [];
  return cutEscaped(mrkdwn, LIMITS.sectionText)
    .filter((text) => text.trim())
    .map((text) => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } }));
}

/** A header block of plain text (never parsed for mentions), cut at a word with "…" past {@link LIMITS.headerText}. */
export function header(text: string): Block {
  return { type: "header", text: { type: "plain_text", text: shorten(text, LIMITS.headerText), emoji: false } };
}

/** A context block (small grey text) of already-escaped mrkdwn, cut to {@link LIMITS.contextText}. */
export function context(mrkdwn: string): Block {
  const [first, ...rest] = cutEscaped(mrkdwn, LIMITS.contextText - 1);
  return { type: "context", elements: [{ type: "mrkdwn", text: rest.length ? `${first}…` : first, verbatim: true }] };
}

/** At most {@link LIMITS.blocks} blocks: past the limit, the last kept block says that the rest was cut. */
export function capBlocks(blocks: Block[]): Block[] {
  if (blocks.length <= LIMITS.blocks) return blocks;
  const kept = blocks.slice(0, LIMITS.blocks - 1);
  return [...kept, context(`…cut here: Slack shows at most ${LIMITS.blocks} blocks in a message.`)];
}

/** The top-level `text` of a message: the reply's plain text, escaped, cut between lines to {@link LIMITS.fallbackText}. */
export function fallbackText(plain: string): string {
  const parts = cutEscaped(escapeMrkdwn(plain), LIMITS.fallbackText - 1);
  return parts.length > 1 ? `${parts[0]}…` : parts[0];
}

/** Plain text cut at a word to at most `max` characters, ending with "…" when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Escaped text in parts of at most `limit` characters: cut at the last line break that fits, else
 * at the last space, else inside the word, but never inside an entity (`&amp;`, `&lt;`, `&gt;`).
 */
function cutEscaped(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut <= 0) cut = rest.lastIndexOf(" ", limit);
    if (cut <= 0) {
      cut = limit;
      const amp = rest.lastIndexOf("&", limit - 1);
      const entity = amp >= 0 ? /^&(?:amp|lt|gt);/.exec(rest.slice(amp, amp + 5)) : null;
      if (entity && amp > 0 && amp + entity[0].length > limit) cut = amp;
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  out.push(rest);
  return out;
}
