import type { Reply, Section, Source } from "../core/types.ts";

/** A source as the `ask --json` contract shows it. */
export interface JsonSource {
  /** Article id. */
  article: string;
  title: string;
  sentence: string;
}

/**
 * One line of `ask --json` output: the contract fields (`input`, `answered`, `answer`, `text`,
 * `sources`, `confidence`), `kind`, and for commands `command` and `sections`.
 */
export interface JsonReply {
  input: string;
  /** False when the bot declines or the input was a mistake; true for an answer or a command that found something. */
  answered: boolean;
  /** The short direct answer; "" when declined; a command's title line. */
  answer: string;
  /** The whole reply as plain text, as the console shows it. */
  text: string;
  /** Best first; for commands, every cited sentence in order of first use. */
  sources: JsonSource[];
  confidence: number;
  kind: Reply["kind"];
  command?: string;
  sections?: { heading: string; items: { text: string; speaker?: string; sources: JsonSource[] }[] }[];
  suggestions?: string[];
  error?: { code: string; message: string };
}

/** The JSON object of one input and its reply. An input typed as a command always gets `command` and `sections`. */
export function toJson(input: string, reply: Reply): JsonReply {
  const { answered, answer, text, sources, confidence, input: _, ...rest } = build(input, reply);
  const json: JsonReply = { input, answered, answer, text, sources, confidence, ...rest };
  const typed = /^\s*\/([\p{L}\p{N}_-]+)/u.exec(input)?.[1]?.toLowerCase();
  if (typed && json.command === undefined) json.command = typed;
  if (typed && json.sections === undefined) json.sections = [];
  return json;
}

function build(input: string, reply: Reply): JsonReply {
  const base = { input, text: reply.text, kind: reply.kind };
  switch (reply.kind) {
    case "answer":
      return { ...base, answered: true, answer: reply.answer, sources: reply.sources.map(source), confidence: reply.confidence };
    case "declined":
      return { ...base, answered: false, answer: "", sources: [], confidence: 0, suggestions: reply.suggestions };
    case "sections": {
      const sections = reply.sections.map(section);
      const found = reply.sections.some((s) => s.items.length > 0);
      return { ...base, answered: found, answer: reply.title, sources: allSources(reply.sections), confidence: found ? 1 : 0, command: reply.command, sections };
    }
    case "help": {
      const sections = [{ heading: "Commands", items: reply.commands.map((c) => ({ text: `${c.usage} — ${c.description} (e.g. ${c.example})`, sources: [] })) }];
      return { ...base, answered: true, answer: reply.detail ? reply.detail.usage : "Commands", sources: [], confidence: 1, command: "help", sections };
    }
    case "error":
      return { ...base, answered: false, answer: "", sources: [], confidence: 0, error: { code: reply.code, message: reply.message } };
  }
}

function source(s: Source): JsonSource {
  return { article: s.article, title: s.title, sentence: s.sentence };
}

function section(s: Section) {
  return { heading: s.heading, items: s.items.map((i) => ({ text: i.text, ...(i.speaker ? { speaker: i.speaker } : {}), sources: i.sources.map(source) })) };
}

function allSources(sections: Section[]): JsonSource[] {
  const seen = new Set<string>();
  const out: JsonSource[] = [];
  for (const s of sections) {
    for (const i of s.items) {
      for (const src of i.sources) {
        const key = `${src.article}#${src.index}`;
        if (!seen.has(key)) seen.add(key), out.push(source(src));
      }
    }
  }
  return out;
}
