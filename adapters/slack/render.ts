/**
 * Reply -> a Slack message: Block Kit blocks, and the reply's plain text as the top-level `text`
 * (notifications, and clients that cannot show blocks). One function per reply kind; the `switch`
 * is checked by the compiler, so a new kind of reply cannot be forgotten here.
 *
 * Every piece of text from an article or a user is escaped (see `blocks.ts`), so nothing becomes a
 * mention or a link, and Slack's limits (50 blocks, 3,000 characters a section) are kept.
 */
import type { AnswerReply, DeclinedReply, ErrorReply, HelpReply, Reply, SectionItem, SectionsReply } from "../../src/core/types.ts";
import { citation, renderPlain } from "../../src/render/plain.ts";
import { capBlocks, context, escapeMrkdwn as esc, fallbackText, header, sections, type Block } from "./blocks.ts";
import { slackFooter, slackFootnotes } from "./footnotes.ts";

/** What `chat.postMessage` and `respond()` take. */
export interface SlackMessage {
  blocks: Block[];
  /** The reply's plain text, escaped: the notification text and the fallback where blocks do not show. */
  text: string;
}

/** Source sentences shown under an answer, as in the plain rendering. */
const MAX_EVIDENCE = 2;

/** Renders a reply as Block Kit blocks plus its plain text. */
export function renderSlack(reply: Reply): SlackMessage {
  const text = fallbackText(reply.text);
  const blocks = blocksOf(reply);
  // Slack refuses an empty list of blocks; a reply with nothing to show in them shows its text.
  return { blocks: capBlocks(blocks.length ? blocks : sections(text || "…")), text };
}

function blocksOf(reply: Reply): Block[] {
  switch (reply.kind) {
    case "answer":
      return answer(reply);
    case "declined":
      return declined(reply);
    case "sections":
      return sectionsReply(reply);
    case "help":
      return help(reply);
    case "error":
      return error(reply);
    default:
      return unreachable(reply);
  }
}

function unreachable(reply: never): never {
  throw new Error(`slack: no Block Kit rendering for reply ${JSON.stringify(reply)}`);
}

/** The short answer in bold, then each source sentence quoted, with its article's title under it. */
function answer(r: AnswerReply): Block[] {
  const lead = (r.answer || r.sources[0]?.sentence || "").trim();
  const blocks = lead ? sections(`*${esc(lead)}*`) : [];
  for (const s of r.sources.slice(0, MAX_EVIDENCE)) blocks.push(...sections(quote(s.sentence)), context(`— _${esc(citation(s))}_`));
  return blocks;
}

/** Why not (worded by the plain renderer, which decides which reasons people see), then what to ask instead. */
function declined(r: DeclinedReply): Block[] {
  const blocks = sections(esc(renderPlain({ ...r, suggestions: [] })));
  if (r.suggestions.length) blocks.push(...sections(["You could ask:", ...r.suggestions.map((s) => `• ${esc(s)}`)].join("\n")));
  return blocks;
}

/** Title as a header, each section as a bold heading over its lines, then the note and the sources. */
function sectionsReply(r: SectionsReply): Block[] {
  const blocks = [...(r.title.trim() ? [header(r.title)] : []), ...sections(esc(r.intro ?? ""))];
  const notes = slackFootnotes(r);
  for (const s of r.sections) {
    const lines = s.items.length ? s.items.map((item) => `• ${line(item)}${notes.refs(item)}`) : ["• (none found in the articles)"];
    blocks.push(...sections([...(s.heading.trim() ? [`*${esc(s.heading)}*`] : []), ...lines].join("\n")));
  }
  blocks.push(...sections(esc(r.note ?? "")));
  const footer = slackFooter(notes).join("\n");
  // The compact form's footer is a key to the references, small print; the full form's, the sentences.
  if (footer) blocks.push(...(r.compact ? [context(footer)] : [{ type: "divider" } as const, ...sections(footer)]));
  return blocks;
}

function line(item: SectionItem): string {
  const text = esc(item.quote ? `“${item.text}”` : item.text);
  return item.speaker ? `${text} — ${esc(item.speaker)}` : text;
}

/** Every command with an example, or one command with its options. */
function help(r: HelpReply): Block[] {
  if (r.detail) {
    const d = r.detail;
    const options = d.options.map((o) => `• \`${esc(o.name)}\` (${o.required ? "required" : "optional"}): ${esc(o.description)}`);
    return [
      ...sections(`\`${esc(d.usage)}\`\n${esc(d.description)}`),
      ...(options.length ? sections(["*Options*", ...options].join("\n")) : []),
      context(`Example: \`${esc(d.example)}\``),
    ];
  }
  const commands = r.commands.map((c) => `\`${esc(c.usage)}\` — ${esc(c.description)}\n      e.g. \`${esc(c.example)}\``);
  return [...sections("Ask me about the news articles in plain words, or use a command:"), ...sections(commands.join("\n"))];
}

/** The message, then "did you mean" and how the command is used, in small print. */
function error(r: ErrorReply): Block[] {
  const hint = r.suggestion ? (r.code === "unknown_command" ? `Did you mean \`${esc(r.suggestion)}\`?` : `Try \`${esc(r.suggestion)}\``) : "";
  const usage = r.usage ? `Usage: \`${esc(r.usage)}\`` : "";
  const small = [hint, usage].filter(Boolean).join(" ");
  return [...sections(esc(r.message)), ...(small ? [context(small)] : [])];
}

/** A quotation block: every line starts with Slack's quote marker. */
function quote(text: string): string {
  return text
    .split("\n")
    .map((l) => `>${esc(l)}`)
    .join("\n");
}
