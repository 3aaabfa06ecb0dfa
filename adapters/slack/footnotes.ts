/**
 * The sources of a sections reply, as Slack mrkdwn, by the same rules as the plain rendering
 * (`src/render/plain.ts`): full form, `[n]` after a line and each numbered sentence once at the end,
 * quoted, with its article's title; a line that is its own source sentence needs no reference.
 * Compact form (the digest): `(s5)`, sentence 5 of the article the line is listed under.
 */
import { citation } from "../../src/render/plain.ts";
import type { SectionItem, SectionsReply, Source } from "../../src/core/types.ts";
import { escapeMrkdwn } from "./blocks.ts";

/** Numbers sources as lines are rendered; {@link footer} then lists them. Output is escaped mrkdwn. */
export class SlackFootnotes {
  private readonly numbers = new Map<string, number>();
  private readonly list: Source[] = [];
  private readonly articles: Set<string>;

  constructor(private readonly reply: SectionsReply) {
    this.articles = new Set(reply.sections.flatMap((s) => s.items.flatMap((i) => i.sources.map((src) => src.article))));
  }

  /** What follows a line: ` [1, 2]`, ` (s5)`, ` (_Title_)` or nothing. */
  refs(item: SectionItem): string {
    if (this.reply.compact) return item.sources.length ? ` (${item.sources.map((s) => `s${s.index + 1}`).join(", ")})` : "";
    const sources = item.sources.filter((s) => s.sentence !== item.text);
    if (sources.length === 0) return item.sources.length && this.articles.size > 1 ? ` (_${escapeMrkdwn(item.sources[0].title)}_)` : "";
    return ` [${sources.map((s) => this.number(s)).join(", ")}]`;
  }

  /** The closing lines: the numbered sentences, or the compact form's key; empty when there is nothing to list. */
  footer(): string[] {
    if (this.reply.compact) return this.articles.size ? ["(sN): sentence N of the article above; /sources lists the articles."] : [];
    if (this.list.length === 0) return [];
    const one = this.articles.size === 1;
    const head = one ? `*Sources* — _${escapeMrkdwn(citation(this.list[0]))}_` : "*Sources*";
    const lines = this.list.map((s, i) => `>[${i + 1}] ${escapeMrkdwn(s.sentence)}${one ? "" : ` — _${escapeMrkdwn(citation(s))}_`}`);
    return [head, ...lines];
  }

  private number(s: Source): number {
    const key = `${s.article}#${s.index}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.list.push(s);
      this.numbers.set(key, n);
    }
    return n;
  }
}
