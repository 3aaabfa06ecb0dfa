import { describe, expect, it } from "vitest";
import { ALL_KBS, BUNDLED, FIXTURES, bodyOf, botOver, expectKind, kb, say } from "../../support/kb.ts";

describe("/quotes", () => {
  it.each(ALL_KBS.map((k) => [k.name, k.dir]))("%s: every quotation of three words or more, exactly as printed, with its speaker", (_name, dir) => {
    const k = kb(dir);
    const reply = expectKind(say(botOver(dir), "/quotes"), "sections");
    const items = reply.sections.flatMap((s) => s.items);
    const expected = k.articles.flatMap((a) => a.quotes).filter((q) => q.text.trim().split(/\s+/).length >= 3);
    expect(items).toHaveLength(expected.length);
    for (const item of items) {
      expect(item.quote).toBe(true);
      expect(item.speaker?.trim()).toBeTruthy();
      expect(bodyOf(k, item.sources[0].article)).toContain(item.text.replace(/\s+/g, " "));
      expect(reply.text).toContain(`“${item.text}” — ${item.speaker}`);
    }
  });

  it("groups the bundled article's quotes by side, sides first in name order", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/quotes"), "sections");
    const headings = reply.sections.map((s) => s.heading);
    const sides = kb(BUNDLED).articles[0].sides.map((s) => s.name).filter((n) => headings.includes(n));
    expect(headings).toEqual(expect.arrayContaining(["China", "United States"]));
    expect(headings.slice(0, sides.length)).toEqual(sides);
    expect(reply.note).toMatch(/short quoted phrase/);
  });

  it("filters by person, with a typo", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/quotes cui tiankia"), "sections");
    expect(reply.title).toBe("Quotes by Cui Tiankai");
    expect(reply.sections[0].items.length).toBeGreaterThanOrEqual(3);
    for (const i of reply.sections[0].items) expect(i.speaker).toMatch(/Cui|Tiankai/);
  });

  it("filters by side", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/quotes china"), "sections");
    expect(reply.sections.map((s) => s.heading)).toEqual(["China"]);
  });

  it("filters by topic across sides", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/quotes communication"), "sections");
    const items = reply.sections.flatMap((s) => s.items);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(`${i.text} ${i.sources[0].sentence}`).toMatch(/communication/i);
  });

  it("says so when a person has no quotes, pointing to /who", () => {
    const facts = kb(BUNDLED).articles[0];
    const silent = facts.people.find((p) => !facts.quotes.some((q) => q.personId === p.id || q.speaker.includes(p.name)))!;
    const reply = expectKind(say(botOver(BUNDLED), `/quotes ${silent.name}`), "sections");
    expect(reply.title).toBe(`Quotes by ${silent.name}`);
    expect(reply.sections[0].items).toHaveLength(0);
    expect(reply.text).toContain(`/who ${silent.name.toLowerCase()}`);
  });

  it("says when nothing matches", () => {
    expect(expectKind(say(botOver(BUNDLED), "/quotes volcanoes"), "error").code).toBe("no_match");
  });

  it("finds the words of people in other articles", () => {
    const strike = expectKind(say(botOver(FIXTURES[2].dir), "/quotes karen liu"), "sections");
    expect(strike.sections[0].items.map((i) => i.text)).toContain(
      "We have made a fair offer that would make our drivers among the best paid in Ohio. The union walked away from the table, not us.",
    );
    const science = expectKind(say(botOver(FIXTURES[3].dir), "/quotes brandt"), "sections");
    expect(science.sections[0].items[0].text).toMatch(/^People who got the spray had roughly four times/);
  });
});
