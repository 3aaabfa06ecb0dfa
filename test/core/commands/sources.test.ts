import { describe, expect, it } from "vitest";
import { ALL_KBS, BUNDLED, botOver, expectKind, kb, say } from "../../support/kb.ts";

describe("/sources", () => {
  it.each(ALL_KBS.map((k) => [k.name, k.dir]))("%s: title, date, source and counts of each article", (_name, dir) => {
    const k = kb(dir);
    const reply = expectKind(say(botOver(dir), "/sources"), "sections");
    expect(reply.sections).toHaveLength(k.articles.length);
    k.articles.forEach((facts, i) => {
      const lines = reply.sections[i].items.map((item) => item.text);
      expect(reply.sections[i].heading).toBe(facts.article.title);
      expect(lines).toContain(`Published: ${facts.article.published}`);
      expect(lines).toContain(`Source: ${facts.article.source}`);
      const people = facts.people.length;
      expect(lines).toContain(`${facts.sentences.length} sentences, ${people} ${people === 1 ? "person" : "people"}, ${facts.quotes.length} quote${facts.quotes.length === 1 ? "" : "s"}`);
    });
  });

  it("reads well for the bundled article", () => {
    const text = say(botOver(BUNDLED), "/sources").text;
    expect(text).toMatch(/^1 article in the knowledge base\n\nU\.S\. and China meet in Anchorage with long lists of grievances\n• Published: 2021-03-18/);
    expect(text).toMatch(/• \d+ sentences, \d+ people, \d+ quotes/);
  });
});
