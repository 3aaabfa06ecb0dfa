import type { ArticleFacts } from "../../knowledge/types.ts";
import { plural } from "../facts.ts";
import { UserError, type Command, type Section } from "../types.ts";

/** Up to this many articles, each gets its own section; beyond, one line each. */
const DETAILED_UP_TO = 5;

/** "Port strike ends — 2024-05-02, The Ledger: 14 sentences, 3 people, 4 quotes". */
function oneLine(facts: ArticleFacts): string {
  const a = facts.article;
  return `${a.title} — ${a.published ?? "date not given"}, ${a.source ?? "source not given"}: ${counts(facts)}`;
}

function counts(facts: ArticleFacts): string {
  return `${plural(facts.sentences.length, "sentence")}, ${plural(facts.people.length, "person", "people")}, ${plural(facts.quotes.length, "quote")}`;
}

/** `/sources`: the articles the bot knows, with their counts, and any file that could not be read. */
export const sources: Command = {
  name: "sources",
  description: "List the articles I know: title, date, source, and what I found in each.",
  usage: "/sources",
  example: "/sources",
  options: [],
  handler(args, ctx) {
    if (args) throw new UserError("bad_argument", "/sources takes no argument.", { usage: sources.usage });
    const kb = ctx.knowledge;
    const sections: Section[] = kb.articles.length > DETAILED_UP_TO ? [{ heading: "Articles", items: kb.articles.map((facts) => ({ text: oneLine(facts), sources: [] })) }] : kb.articles.map((facts) => {
      const a = facts.article;
      const sideNames = facts.sides.map((s) => s.name);
      const lines = [
        `Published: ${a.published ?? "date not given"}`,
        `Source: ${a.source ?? "not given"}`,
        ...(a.url ? [`URL: ${a.url}`] : []),
        `File: ${a.file}`,
        counts(facts),
        sideNames.length ? `Sides: ${sideNames.join(", ")}` : "Sides: none clear from the text",
      ];
      return { heading: a.title, items: lines.map((text) => ({ text, sources: [] })) };
    });
    if (kb.problems.length) {
      sections.push({
        heading: `Files I could not load (${kb.problems.length})`,
        items: kb.problems.map((p) => ({ text: `${p.file}: ${p.message}`, sources: [] })),
      });
    }
    const count = kb.articles.length;
    return {
      kind: "sections",
      command: "sources",
      title: count ? `${plural(count, "article")} in the knowledge base` : "No articles in the knowledge base",
      ...(count ? {} : { intro: "Add a Markdown (.md) or text (.txt) file under knowledge/articles/ and restart." }),
      sections,
    };
  },
};
