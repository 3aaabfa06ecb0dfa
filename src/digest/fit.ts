/**
 * The digest as one chat post: {@link composeDigest} at the richest detail whose plain text fits.
 * `/digest` shows it as a preview; the daily runner posts the same digest to subscribed channels.
 */
import { defuseDeep } from "../core/sanitize.ts";
import type { Reply, SectionsReply } from "../core/types.ts";
import type { KnowledgeBase } from "../knowledge/base.ts";
import { renderPlain } from "../render/plain.ts";
import { composeDigest, DETAIL_LEVELS } from "./compose.ts";

/**
 * Longest digest post, in characters of plain text. Discord allows 2,000 characters of message
 * content (Slack allows far more), so a digest under this fits both as one post.
 */
export const DIGEST_MAX_CHARS = 1900;

/** The richest digest of `day` (`YYYY-MM-DD`) that fits in {@link DIGEST_MAX_CHARS}; titled as a preview. */
export function fitDigest(kb: KnowledgeBase, day: string): SectionsReply {
  let last: SectionsReply | undefined;
  for (const detail of DETAIL_LEVELS) {
    last = composeDigest(kb, day, detail);
    if (renderPlain(last).length <= DIGEST_MAX_CHARS) return last;
  }
  // Even three headlines are too long (very long titles): keep the barest digest and cut its lines.
  const bare = last!;
  return { ...bare, sections: bare.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, text: i.text.slice(0, 200) })) })) };
}

/**
 * The digest the runner posts for `day`: the preview's content titled "Digest for <day>", made safe
 * (no pings) and with its plain text, as the bot finishes every reply. Undefined when there are no
 * articles: there is nothing to post.
 */
export function dailyDigest(kb: KnowledgeBase, day: string): Reply | undefined {
  if (kb.articles.length === 0) return undefined;
  const content = defuseDeep({ ...fitDigest(kb, day), title: `Digest for ${day}` });
  return { ...content, text: renderPlain(content) };
}
