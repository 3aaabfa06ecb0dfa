/**
 * Reply -> plain text: what the console prints, what `ask` prints, and the fallback text every
 * platform sends beside its rich rendering. No markup, so it reads the same everywhere.
 */
import type { AnswerReply, DeclinedReply, ErrorReply, HelpReply, ReplyContent, SectionItem, SectionsReply, Source } from "../core/types.ts";
import { COMPACT_LEGEND, Footnotes } from "./footnotes.ts";

/** Evidence sentences shown under an answer. */
const MAX_EVIDENCE = 2;

export function renderPlain(reply: ReplyContent): string {
  switch (reply.kind) {
    case "answer":
      return answer(reply);
    case "declined":
      return declined(reply);
    case "sections":
      return sections(reply);
    case "help":
      return help(reply);
    case "error":
      return error(reply);
    default:
      return unreachable(reply);
  }
}

function unreachable(reply: never): string {
  throw new Error(`render: no plain rendering for reply ${JSON.stringify(reply)}`);
}

/** "Title (2021-03-18)". */
export function citation(source: Pick<Source, "title" | "published">): string {
  return source.published ? `${source.title} (${source.published})` : source.title;
}

function answer(r: AnswerReply): string {
  const lines = [r.answer || r.sources[0]?.sentence || ""];
  for (const s of r.sources.slice(0, MAX_EVIDENCE)) lines.push(`> ${s.sentence}`, `— ${citation(s)}`);
  return lines.join("\n");
}

function declined(r: DeclinedReply): string {
  // Reasons written for people ("the articles never mention pizza") are shown; internal ones are not.
  const said = r.reason && /^(the articles|no one|the speaker|nothing)/.test(r.reason) ? r.reason : "the articles don't say";
  const lines = [`I don't know: ${said}.`];
  if (r.suggestions.length) lines.push("You could ask:", ...r.suggestions.map((s) => `• ${s}`));
  return lines.join("\n");
}

function sections(r: SectionsReply): string {
  const out: string[] = [r.title];
  if (r.intro) out.push(r.intro);
  const notes = new Footnotes(r);
  for (const s of r.sections) {
    out.push("", s.heading);
    if (s.items.length === 0) out.push("• (none found in the articles)");
    for (const item of s.items) out.push(`• ${line(item)}${notes.refs(item)}`);
  }
  if (r.note) out.push("", r.note);
  out.push(...footer(notes));
  return out.join("\n");
}

function line(item: SectionItem): string {
  const text = item.quote ? `“${item.text}”` : item.text;
  return item.speaker ? `${text} — ${item.speaker}` : text;
}

/** The closing lines of a sections reply: the numbered sentences, or what compact references mean. */
function footer(notes: Footnotes): string[] {
  if (notes.compact) return notes.articles.size ? ["", COMPACT_LEGEND] : [];
  const list = notes.numbered;
  if (list.length === 0) return [];
  if (notes.articles.size === 1) return ["", `Sources — ${citation(list[0])}:`, ...list.map((s, i) => `[${i + 1}] ${s.sentence}`)];
  return ["", "Sources:", ...list.map((s, i) => `[${i + 1}] ${s.sentence} — ${citation(s)}`)];
}

function help(r: HelpReply): string {
  if (r.detail) {
    const d = r.detail;
    const lines = [d.usage, d.description];
    if (d.options.length) lines.push("Options:", ...d.options.map((o) => `• ${o.name} (${o.required ? "required" : "optional"}): ${o.description}`));
    lines.push(`Example: ${d.example}`);
    return lines.join("\n");
  }
  return [
    "Ask me about the news articles in plain words, or use a command:",
    ...r.commands.flatMap((c) => [`${c.usage} — ${c.description}`, `    e.g. ${c.example}`]),
  ].join("\n");
}

function error(r: ErrorReply): string {
  const lines = [r.message];
  const hint = r.suggestion ? (r.code === "unknown_command" ? `Did you mean ${r.suggestion}?` : `Try ${r.suggestion}`) : "";
  const usage = r.usage ? `Usage: ${r.usage}` : "";
  if (hint || usage) lines.push([hint, usage].filter(Boolean).join(" "));
  return lines.join("\n");
}
