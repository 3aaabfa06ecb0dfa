import { describe, expect, it } from "vitest";
import { ALL_KBS, BUNDLED, FIXTURES, bodyOf, botOver, expectKind, kb, say } from "../../support/kb.ts";

describe("/who with no name", () => {
  it.each(ALL_KBS.map((k) => [k.name, k.dir]))("%s: lists everyone once, with roles, grouped by side in the extraction's order", (_name, dir) => {
    const k = kb(dir);
    const reply = expectKind(say(botOver(dir), "/who"), "sections");
    const people = k.articles.flatMap((a) => a.people);
    const items = reply.sections.flatMap((s) => s.items);
    expect(items).toHaveLength(new Set(people.map((p) => p.name.toLowerCase())).size);
    for (const p of people) {
      const section = reply.sections.find((s) => s.items.some((i) => i.text.startsWith(p.name)))!;
      expect(section, p.name).toBeDefined();
      const side = k.articles.flatMap((a) => a.sides).find((s) => s.id === p.side)?.name ?? "No clear side";
      expect(section.heading).toBe(side);
      for (const role of p.roles) expect(section.items.find((i) => i.text.startsWith(p.name))!.text).toContain(role);
    }
    const sideOrder = k.articles.flatMap((a) => a.sides.map((s) => s.name)).filter((n) => reply.sections.some((s) => s.heading === n));
    expect(reply.sections.map((s) => s.heading).filter((h) => h !== "No clear side")).toEqual(sideOrder);
  });

  it("on the bundled article, puts Blinken with the United States and Cui Tiankai with China", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/who"), "sections");
    const us = reply.sections.find((s) => s.heading === "United States")!.items.map((i) => i.text).join("\n");
    const china = reply.sections.find((s) => s.heading === "China")!.items.map((i) => i.text).join("\n");
    expect(us).toContain("Antony Blinken (Secretary of State");
    expect(us).toContain("Jake Sullivan (National Security Adviser");
    expect(china).toContain("Cui Tiankai (Chinese ambassador to the U.S.");
    expect(china).toContain("Wang Yi");
  });
});

describe("/who NAME", () => {
  const bot = botOver(BUNDLED);

  it.each(["yang jeichi", "Yang Jiechi", "yang", "jiechi"])("'/who %s' finds Yang Jiechi", (name) => {
    const reply = expectKind(say(bot, `/who ${name}`), "sections");
    expect(reply.title).toBe("Who is Yang Jiechi?");
    expect(reply.sections[0].heading).toBe("Yang Jiechi");
    expect(reply.text).toContain("Side: China");
    const where = reply.sections.find((s) => s.heading === "Where they appear")!;
    expect(where.items[0].text).toContain("Yang Jiechi");
  });

  it.each(["the ambassador", "ambassador cui", "tiankai", "Cui Tiankia"])("'/who %s' finds Cui Tiankai, with roles, aliases and his quotes as printed", (name) => {
    const k = kb(BUNDLED);
    const reply = expectKind(say(bot, `/who ${name}`), "sections");
    expect(reply.sections[0].heading).toBe("Cui Tiankai");
    expect(reply.text).toContain("Roles: Chinese ambassador to the U.S.");
    expect(reply.text).toMatch(/Also called: .*Ambassador Cui/);
    const said = reply.sections.find((s) => s.heading === "What they said")!;
    expect(said.items.length).toBeGreaterThanOrEqual(3);
    for (const q of said.items) {
      expect(q.quote).toBe(true);
      expect(bodyOf(k, q.sources[0].article)).toContain(q.text);
    }
    expect(said.items.map((q) => q.text).join(" ")).toContain("China has no room to back down");
  });

  it("'/who secretary of state' finds Antony Blinken by his role", () => {
    expect(expectKind(say(bot, "/who secretary of state"), "sections").sections[0].heading).toBe("Antony Blinken");
  });

  it("lists the quotes of an unnamed speaker described in the question", () => {
    const reply = expectKind(say(bot, "/who second senior administration official"), "sections");
    expect(reply.text).toContain("I’m not very confident");
  });

  it("says when no one matches, naming the people it knows", () => {
    const reply = expectKind(say(bot, "/who emmanuel macron"), "error");
    expect(reply.code).toBe("no_match");
    expect(reply.text).toContain("Antony Blinken");
    expect(reply.text).toContain("Usage: /who [name]");
  });

  it("finds people in other articles: the commissioner, the finance minister, the union president, the professor", () => {
    const cases: [number, string, string, RegExp][] = [
      [0, "priya raman", "Priya Raman", /Commissioner/],
      [0, "marcus leland", "Marcus Leland", /chief executive/],
      [1, "the prime minister", "Owen Harcourt", /Prime Minister/],
      [2, "dwayne holis", "Dwayne Hollis", /Transit Workers United/],
      [3, "nwosu", "Amara Nwosu", /Professor/],
    ];
    for (const [i, name, expected, role] of cases) {
      const reply = expectKind(say(botOver(FIXTURES[i].dir), `/who ${name}`), "sections");
      expect(reply.sections[0].heading, name).toBe(expected);
      expect(reply.text).toMatch(role);
    }
  });
});
