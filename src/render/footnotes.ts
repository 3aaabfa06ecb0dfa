import type { SectionItem, SectionsReply, Source } from "../core/types.ts";

/** What a compact reply's references mean, for its closing line. */
export const COMPACT_LEGEND = "(sN): sentence N of the article above; /sources lists the articles.";

/**
 * The sources of a sections reply, numbered as its lines are rendered, by the rules every
 * renderer follows (plain text, Slack, Discord). Full form: `[n]` after a line, each sentence
 * numbered once, listed at the end (`numbered`); a line that is its own source sentence needs no
 * number, only its article's title when the reply spans several. Compact form (the digest):
 * `(s5)`, sentence 5 of the article the line is listed under.
 */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  private readonly list: Source[] = [];
  /** The articles the reply's lines come from. */
  readonly articles: ReadonlySet<string>;

  /** `title` writes an article's title the renderer's way (escaped, in italics). */
  constructor(
    private readonly reply: SectionsReply,
    private readonly title: (title: string) => string = (t) => t,
  ) {
    this.articles = new Set(reply.sections.flatMap((s) => s.items.flatMap((i) => i.sources.map((src) => src.article))));
  }

  /** Whether the references are the compact `(sN)` form. */
  get compact(): boolean {
    return this.reply.compact === true;
  }

  /** What follows a line: ` [1, 2]`, ` (s5)`, ` (Title)` or nothing. */
  refs(item: SectionItem): string {
    if (this.compact) return item.sources.length ? ` (${item.sources.map((s) => `s${s.index + 1}`).join(", ")})` : "";
    const sources = item.sources.filter((s) => s.sentence !== item.text);
    if (sources.length === 0) return item.sources.length && this.articles.size > 1 ? ` (${this.title(item.sources[0].title)})` : "";
    return ` [${sources.map((s) => this.number(s)).join(", ")}]`;
  }

  /** The sentences numbered so far, `[1]` first. */
  get numbered(): readonly Source[] {
    return this.list;
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
