/**
 * Reply -> Discord posts: content (the short answer, or the first line) plus embeds (sources,
 * sections, commands), every post within Discord's limits and sent with mentions disabled.
 *
 * Text from articles and people is escaped, so an article's `*` or `_` is shown, not obeyed.
 * Footers are plain text on Discord (no markdown), so they are not escaped.
 */
import { escapeMarkdown, type APIEmbed, type APIEmbedField, type MessageMentionOptions } from "discord.js";
import type { AnswerReply, HelpReply, Reply, SectionItem, SectionsReply } from "../../src/core/types.ts";
import { citation } from "../../src/render/plain.ts";
import { COMPACT_LEGEND, Footnotes } from "../../src/render/footnotes.ts";
import { cut, fit, LIMITS, type Draft, type Post } from "./limits.ts";

/** Nothing pings: not `@everyone`/`@here`, not roles or users, not even the author of the message replied to. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };

/** One post as discord.js sends it. */
export interface DiscordPost extends Post {
  allowedMentions: MessageMentionOptions;
}

/** Evidence sentences shown under an answer, as in the plain rendering. */
const MAX_EVIDENCE = 2;
/** The embeds' side stripe. */
const COLOR = 0x3b82f6;
const INTRO = "Ask me about the news articles in plain words (mention me, or write to me directly), or use a slash command:";

/** A reply as the posts to send, in order; usually one. */
export function renderDiscord(reply: Reply): DiscordPost[] {
  return fit(draftOf(reply)).map((post) => ({ ...post, allowedMentions: NO_PINGS }));
}

/** A reply as content and embeds, before Discord's limits are applied. */
function draftOf(reply: Reply): Draft {
  switch (reply.kind) {
    case "answer":
      return answer(reply);
    case "declined":
      // The plain rendering's first line says why, in words meant for people ("I don't know: ...").
      return { content: md(reply.text.split("\n")[0]), embeds: reply.suggestions.length ? [{ color: COLOR, title: "You could ask", description: bullets(reply.suggestions) }] : [] };
    case "sections":
      return sections(reply);
    case "help":
      return help(reply);
    case "error":
      return { content: md(reply.text), embeds: [] };
    default:
      return unreachable(reply);
  }
}

function unreachable(reply: never): never {
  throw new Error(`discord: no rendering for reply ${JSON.stringify(reply)}`);
}

/** Escapes Discord markdown, including headings, list markers and masked links at the start of a line. */
function md(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, maskedLink: true });
}

/** Inline code; a backtick inside would end it, so it becomes a quote. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function bold(text: string): string {
  return text ? `**${md(text)}**` : "";
}

function bullets(lines: readonly string[]): string {
  return lines.map((l) => `• ${md(l)}`).join("\n");
}

function answer(r: AnswerReply): Draft {
  const evidence = r.sources.slice(0, MAX_EVIDENCE).map((s) => `> ${md(s.sentence)}\n— *${md(citation(s))}*`);
  return { content: bold(r.answer || r.sources[0]?.sentence || ""), embeds: evidence.length ? [{ color: COLOR, description: evidence.join("\n\n") }] : [] };
}

/**
 * A command's sections: the title as content, one field per section, and the sources in an
 * embed of their own. A note goes in the footer, or in the description when there is nothing else.
 */
function sections(r: SectionsReply): Draft {
  const notes = new Footnotes(r, md);
  const fields: APIEmbedField[] = r.sections.map((s) => ({
    name: md(s.heading),
    value: s.items.length ? s.items.map((item) => `• ${md(line(item))}${notes.refs(item)}`).join("\n") : "(none found in the articles)",
  }));
  const description = [r.intro, fields.length ? undefined : r.note].filter((t): t is string => Boolean(t)).map(md).join("\n\n");
  const footer = [fields.length ? r.note : undefined, legend(notes)].filter(Boolean).join(" ");
  const main: APIEmbed = { color: COLOR, ...(description ? { description } : {}), fields, ...(footer ? { footer: { text: footer } } : {}) };
  return { content: bold(r.title), embeds: [main, ...sourceEmbeds(notes)] };
}

function line(item: SectionItem): string {
  const text = item.quote ? `“${item.text}”` : item.text;
  return item.speaker ? `${text} — ${item.speaker}` : text;
}

/** What compact references mean, for the footer; empty when there are none. */
function legend(notes: Footnotes): string {
  return notes.compact && notes.articles.size ? COMPACT_LEGEND : "";
}

/** The numbered source sentences, in a "Sources" embed; none in the compact form. */
function sourceEmbeds(notes: Footnotes): APIEmbed[] {
  const list = notes.numbered;
  if (notes.compact || list.length === 0) return [];
  const one = notes.articles.size === 1;
  const lines = list.map((s, i) => `[${i + 1}] ${md(s.sentence)}${one ? "" : ` — *${md(citation(s))}*`}`);
  return [{ color: COLOR, title: cut(one ? `Sources — ${md(citation(list[0]))}` : "Sources", LIMITS.title), description: lines.join("\n") }];
}

function help(r: HelpReply): Draft {
  if (r.detail) {
    const d = r.detail;
    const fields: APIEmbedField[] = d.options.map((o) => ({ name: `${o.name} (${o.required ? "required" : "optional"})`, value: md(o.description) }));
    fields.push({ name: "Example", value: code(d.example) });
    return { content: bold(d.usage), embeds: [{ color: COLOR, description: md(d.description), fields }] };
  }
  const fields = r.commands.map((c) => ({ name: md(c.usage), value: `${md(c.description)}\ne.g. ${code(c.example)}` }));
  return { content: INTRO, embeds: [{ color: COLOR, fields }] };
}
