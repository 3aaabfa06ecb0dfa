/**
 * Fits a drafted message into Discord's limits, cutting or splitting cleanly rather than letting
 * Discord refuse the post.
 *
 * Sketch: long content is split between lines into several posts; each embed is cut (title,
 * field names, footer) or split (description at 4,096, field values at 1,024, 25 fields, 6,000
 * characters) into embeds that each fit; the embeds are then packed into posts of at most 10
 * embeds and 6,000 characters. Reading order is kept: content first, then embeds in order.
 */
import type { APIEmbed, APIEmbedField } from "discord.js";
import { splitForLimit } from "../../src/render/split.ts";

/** Discord's limits, in characters (UTF-16 code units, which never undercounts). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  /** Discord allows 2,048; kept lower so that a title, a full description and the footer fit one embed's 6,000. */
  footer: 1024,
  embeds: 10,
  /** Characters of all embeds of one post together. */
  total: 6000,
  /** Posts one reply may take; more would flood the channel. */
  posts: 5,
} as const;

/** What a renderer produces: text and embeds, of any size. */
export interface Draft {
  content: string;
  embeds: APIEmbed[];
}

/** One post that Discord accepts: content and embeds within every limit, never both empty. */
export interface Post {
  content?: string;
  embeds: APIEmbed[];
}

/** Shown instead of the posts past {@link LIMITS.posts}. */
export const TOO_LONG = "…the rest of this reply is too long for Discord; ask a narrower question.";

/** Splits a draft into posts that fit Discord's limits. */
export function fit(draft: Draft): Post[] {
  const contents = draft.content ? splitForLimit(draft.content, LIMITS.content) : [];
  const posts: Post[] = contents.map((content) => ({ content, embeds: [] }));
  let current: Post | undefined = posts.at(-1);
  for (const embed of draft.embeds.flatMap(splitEmbed)) {
    if (!current || current.embeds.length >= LIMITS.embeds || sizeOf(current.embeds) + embedSize(embed) > LIMITS.total) {
      current = { embeds: [] };
      posts.push(current);
    }
    current.embeds.push(embed);
  }
  if (posts.length > LIMITS.posts) return [...posts.slice(0, LIMITS.posts - 1), { content: TOO_LONG, embeds: [] }];
  return posts.length ? posts : [{ content: "…", embeds: [] }];
}

/** Cuts text to `max` characters, ending with "…" when cut, never inside a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Characters Discord counts toward an embed's 6,000. */
export function embedSize(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + fields + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
}

function sizeOf(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedSize(e), 0);
}

/**
 * One drafted embed as embeds that each fit: the title and the first part of the description in
 * the first, the rest of the description and the fields in continuation embeds, the footer on the last.
 */
function splitEmbed(draft: APIEmbed): APIEmbed[] {
  const { title, description, fields = [], footer, ...style } = draft;
  const footerText = footer?.text ? cut(footer.text, LIMITS.footer) : "";
  const parts = description ? splitForLimit(description, LIMITS.description) : [];
  const first: APIEmbed = { ...style, ...(title ? { title: cut(title, LIMITS.title) } : {}), ...(parts[0] ? { description: parts[0] } : {}) };
  const out: APIEmbed[] = [first, ...parts.slice(1).map((part) => ({ ...style, description: part }))];
  for (const field of fields.flatMap(splitField)) {
    let last = out[out.length - 1];
    const full = (last.fields?.length ?? 0) >= LIMITS.fields || embedSize(last) + field.name.length + field.value.length + footerText.length > LIMITS.total;
    if (full) out.push((last = { ...style }));
    last.fields = [...(last.fields ?? []), field];
  }
  if (footerText) out[out.length - 1].footer = { text: footerText };
  // A draft with nothing but style would be an empty embed, which Discord refuses.
  return out.filter((e) => embedSize(e) > 0);
}

/** A field whose value is too long becomes several, the name marked "(continued)" after the first. */
function splitField(field: APIEmbedField): APIEmbedField[] {
  const name = cut(field.name || "—", LIMITS.fieldName);
  const values = splitForLimit(field.value || "—", LIMITS.fieldValue);
  return values.map((value, i) => ({ name: i === 0 ? name : cut(`${field.name} (continued)`, LIMITS.fieldName), value, ...(field.inline ? { inline: true } : {}) }));
}
