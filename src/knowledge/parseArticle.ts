import { parse as parseYaml } from "yaml";
import type { RawArticle } from "./types.ts";

/** Thrown for an article file that cannot be read; the message names the problem. */
export class ArticleError extends Error {}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Parses one article file: Markdown with optional YAML front matter, or plain text.
 * Without a `title`, the first line (if short) or the file name is the title.
 */
export function parseArticle(file: string, content: string): RawArticle {
  const id = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  if (content.includes("\u0000")) throw new ArticleError("the file is binary, not text");
  let text = content.replace(/^\uFEFF/, "");
  let meta: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(text);
  if (text.startsWith("---") && !fm) throw new ArticleError("front matter starts with --- but never ends");
  if (fm) {
    let parsed: unknown;
    try {
      parsed = parseYaml(fm[1]);
    } catch (e) {
      const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      throw new ArticleError(`cannot read front matter${line ? ` line ${line + 1}` : ""}: ${firstLine(String((e as Error).message))}`);
    }
    if (parsed !== null && parsed !== undefined && (typeof parsed !== "object" || Array.isArray(parsed))) {
      throw new ArticleError("front matter is not a set of `key: value` lines");
    }
    meta = (parsed ?? {}) as Record<string, unknown>;
    text = text.slice(fm[0].length);
  }
  const body = cleanBody(text);
  if (!body.trim()) throw new ArticleError("the article has no text");
  const published = dateField(meta.published ?? meta.date);
  if ((meta.published ?? meta.date) !== undefined && !published) {
    throw new ArticleError(`front matter 'published' is not a date (YYYY-MM-DD): ${String(meta.published ?? meta.date)}`);
  }
  const title = stringField(meta.title) ?? titleFromBody(body) ?? id;
  return {
    id,
    file,
    title,
    ...(published ? { published } : {}),
    ...(stringField(meta.source) ? { source: stringField(meta.source) } : {}),
    ...(stringField(meta.url) ? { url: stringField(meta.url) } : {}),
    body,
  };
}

function firstLine(s: string): string {
  return s.split("\n")[0];
}

function stringField(v: unknown): string | undefined {
  if (typeof v === "string" && v.trim()) return v.trim();
  if (typeof v === "number") return String(v);
  return undefined;
}

function dateField(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  }
  return undefined;
}

/** Drops what is not part of the prose: subheadings in capitals, Markdown heading marks, emphasis, links, images. */
function cleanBody(text: string): string {
  return withoutSubheadings(text)
    .replace(/\r\n?/g, "\n")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, "$1$2")
    .trim();
}

/**
 * A subheading in capitals ("WIDE GAP ON KEY DEMANDS") labels a section; it is not a sentence of
 * the story. The first line is kept: in a plain text file it is the headline.
 */
function withoutSubheadings(text: string): string {
  let first = true;
  return text
    .split("\n")
    .filter((line) => {
      const t = line.replace(/^#{1,6}\s+/, "").trim();
      if (!t) return true;
      const heading = !first && /[A-Z]{2}/.test(t) && !/[a-z]/.test(t) && t.split(/\s+/).length <= 12 && !/[.!?]["”’]?$/.test(t);
      first = false;
      return !heading;
    })
    .join("\n");
}

/** A short first line reads as a headline; a long one is the lede, not a title. */
function titleFromBody(body: string): string | undefined {
  const first = body.split("\n")[0].trim();
  if (!first) return undefined;
  if (first.length <= 120 && !/[.!?]["”’]?$/.test(first)) return first;
  const words = first.split(/\s+/).slice(0, 12).join(" ");
  return words.length < first.length ? `${words}…` : words;
}
