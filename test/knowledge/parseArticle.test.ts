import { describe, expect, it } from "vitest";
import { ArticleError, parseArticle } from "../../src/knowledge/parseArticle.ts";

describe("reading an article file", () => {
  it("takes title, date, source and url from YAML front matter", () => {
    const a = parseArticle("articles/x.md", "---\ntitle: Port strike ends\npublished: 2024-05-02\nsource: The Ledger\nurl: https://ledger.example/x\n---\n\nDockworkers returned on Monday.\n");
    expect(a).toMatchObject({ id: "x", title: "Port strike ends", published: "2024-05-02", source: "The Ledger", url: "https://ledger.example/x" });
    expect(a.body).toBe("Dockworkers returned on Monday.");
  });

  it("loads a plain text file without front matter, titled by its short first line", () => {
    const a = parseArticle("articles/port.txt", "Port strike ends\n\nDockworkers returned on Monday.");
    expect(a.title).toBe("Port strike ends");
    expect(a.published).toBeUndefined();
  });

  it("titles a file whose first line is a whole sentence by its opening words", () => {
    const a = parseArticle("articles/port.txt", "Dockworkers at the port of Valdor returned to work on Monday after a nine-day strike over pay and hours.");
    expect(a.title.endsWith("…")).toBe(true);
  });

  it("drops Markdown decoration but keeps the words", () => {
    const a = parseArticle("a.md", "# Headline\n\nThe **union** said [on its site](https://x.example) that _talks_ resume.");
    expect(a.body).toContain("The union said on its site that talks resume.");
  });

  it("drops subheadings in capitals between paragraphs, but keeps a headline in capitals on the first line", () => {
    const a = parseArticle("a.md", "TALKS RESUME IN OSLO\n\nThe talks resumed on Monday.\n\nWIDE GAP ON KEY DEMANDS\n\nThe rebels want a full amnesty.\n\n## FUNDING\n\nDONORS PLEDGED $4 MILLION.");
    expect(a.title).toBe("TALKS RESUME IN OSLO");
    expect(a.body).not.toMatch(/WIDE GAP|FUNDING/);
    expect(a.body).toContain("The rebels want a full amnesty.");
    expect(a.body).toContain("DONORS PLEDGED $4 MILLION.");
  });

  it.each([
    ["front matter that never ends", "---\ntitle: x\nno end here", /never ends/],
    ["broken YAML", "---\ntitle: [unclosed\n---\nText.", /front matter/],
    ["a date that is not a date", "---\npublished: someday\n---\nText.", /not a date/],
    ["no text at all", "---\ntitle: Empty\n---\n   \n", /no text/],
    ["binary content", "abc\u0000def", /binary/],
  ])("refuses %s with a message that says what is wrong", (_what, content, message) => {
    expect(() => parseArticle("articles/bad.md", content)).toThrow(ArticleError);
    expect(() => parseArticle("articles/bad.md", content)).toThrow(message);
  });
});
