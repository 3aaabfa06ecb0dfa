import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/core/commands/index.ts";
import { BUNDLED, botOver, expectKind, say, tempKnowledge } from "../support/kb.ts";

const BROKEN = "---\ntitle: [unclosed\npublished: 2021-03-18\n---\n\nA body.\n";

describe("an empty knowledge base", () => {
  const dir = tempKnowledge({});
  const bot = botOver(dir);

  it("answers a question by saying there are no articles and how to add one", () => {
    const reply = expectKind(say(bot, "where are the talks?"), "error");
    expect(reply.code).toBe("no_articles");
    expect(reply.text).toMatch(/no articles.*knowledge\/articles/);
  });

  it.each(COMMANDS.map((c) => c.example))("%s gives a helpful reply, not a crash", (example) => {
    const reply = say(bot, example);
    expect(reply.kind === "error" ? reply.code : reply.kind).not.toBe("internal");
    expect(reply.text.length).toBeGreaterThan(10);
  });

  it("/sources says there are no articles", () => {
    const reply = expectKind(say(bot, "/sources"), "sections");
    expect(reply.text).toMatch(/^No articles in the knowledge base\nAdd a Markdown/);
  });

  it("a knowledge folder that does not exist is reported, not thrown", () => {
    const missing = join(mkdtempSync(join(tmpdir(), "briefbot-")), "nope");
    const reply = expectKind(say(botOver(missing), "/positions"), "error");
    expect(reply.code).toBe("no_articles");
    expect(reply.text).toMatch(/could be read.*\/sources/);
  });
});

describe("a broken article beside a good one", () => {
  const dir = tempKnowledge({ "zz-broken.md": BROKEN }, [BUNDLED]);
  const bot = botOver(dir);

  it("/sources names the broken file and its problem, and counts the good article", () => {
    const reply = expectKind(say(bot, "/sources"), "sections");
    expect(reply.title).toBe("1 article in the knowledge base");
    const problems = reply.sections.find((s) => s.heading.startsWith("Files I could not load"))!;
    expect(problems.items).toHaveLength(1);
    expect(problems.items[0].text).toMatch(/^articles\/zz-broken\.md: .*front matter/);
  });

  it("every other command still works on the good article", () => {
    expect(expectKind(say(bot, "/positions"), "sections").sections.map((s) => s.heading)).toEqual(expect.arrayContaining(["China", "United States"]));
    expect(expectKind(say(bot, "/who yang jeichi"), "sections").sections[0].heading).toBe("Yang Jiechi");
    expect(say(bot, "/digest").kind).toBe("sections");
  });

  it("with only broken articles, points to /sources", () => {
    const reply = expectKind(say(botOver(tempKnowledge({ "broken.md": BROKEN })), "/who"), "error");
    expect(reply.text).toMatch(/none of the article files could be read \(1 problem; \/sources lists them\)/);
  });
});
