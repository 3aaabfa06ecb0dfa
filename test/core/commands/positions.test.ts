import { describe, expect, it } from "vitest";
import { ALL_KBS, BUNDLED, FIXTURES, bodyOf, botOver, expectKind, kb, say } from "../../support/kb.ts";

/** The words of a position before any "…" cut, without the quotation marks the extraction adds. */
const printed = (text: string) => text.replace(/^“|”$/g, "").split("…")[0].trim().replace(/\s+/g, " ");

describe("/positions on the bundled article", () => {
  const k = kb(BUNDLED);
  const bot = botOver(BUNDLED);
  const facts = k.articles[0];

  it("has one section per side, headed by the side's name, in the stable order of the extraction", () => {
    const reply = expectKind(say(bot, "/positions"), "sections");
    expect(reply.command).toBe("positions");
    expect(reply.sections.map((s) => s.heading)).toEqual(facts.sides.map((s) => s.name));
    expect(reply.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(["China", "United States"]));
  });

  it("lists at least five positions for China and for the United States, each with a speaker and its source sentence", () => {
    const reply = expectKind(say(bot, "/positions"), "sections");
    for (const side of ["China", "United States"]) {
      const section = reply.sections.find((s) => s.heading === side)!;
      expect(section.items.length, side).toBeGreaterThanOrEqual(5);
      for (const item of section.items) {
        expect(item.speaker?.trim(), item.text).toBeTruthy();
        expect(item.sources).toHaveLength(1);
        const [source] = item.sources;
        expect(source.article).toBe(facts.article.id);
        expect(source.sentence).toBe(facts.sentences[source.index].text);
        // As printed; an item of a list keeps its verb in front ("raise end to ... in Hong Kong").
        const text = printed(item.text);
        const [verb, ...rest] = text.split(" ");
        const verbatim = bodyOf(k, source.article).includes(text) || (source.sentence.includes(verb) && source.sentence.includes(rest.join(" ")));
        expect(verbatim, text).toBe(true);
      }
    }
  });

  it("shows what the United States will raise and what China says about its core interests", () => {
    const reply = expectKind(say(bot, "/positions"), "sections");
    const us = reply.sections.find((s) => s.heading === "United States")!.items.map((i) => i.text).join(" ");
    const china = reply.sections.find((s) => s.heading === "China")!.items.map((i) => i.text).join(" ");
    expect(us).toMatch(/Xinjiang/);
    expect(us).toMatch(/Taiwan/);
    expect(china).toMatch(/core (national )?interests/);
    expect(china).toMatch(/domestic matters/);
  });

  it.each(["china", "China", "chinese", "the chinese side", "beijing"])("'/positions %s' shows China only", (arg) => {
    const reply = expectKind(say(bot, `/positions ${arg}`), "sections");
    expect(reply.sections.map((s) => s.heading)).toEqual(["China"]);
    expect(reply.sections[0].items.length).toBeGreaterThanOrEqual(5);
  });

  it.each(["us", "the U.S.", "united states", "american"])("'/positions %s' shows the United States only", (arg) => {
    const reply = expectKind(say(bot, `/positions ${arg}`), "sections");
    expect(reply.sections.map((s) => s.heading)).toEqual(["United States"]);
  });

  it("'/positions taiwan' shows every side's line on Taiwan, and says which sides have none", () => {
    const reply = expectKind(say(bot, "/positions taiwan"), "sections");
    expect(reply.sections.length).toBeGreaterThan(0);
    for (const s of reply.sections) {
      for (const item of s.items) expect(`${item.text} ${item.sources[0].sentence}`).toMatch(/taiwan/i);
    }
    expect(reply.sections.map((s) => s.heading)).toContain("United States");
    if (reply.sections.length < facts.sides.length) expect(reply.note).toMatch(/No stated position on “taiwan”/);
  });

  it("tolerates a typo in a topic", () => {
    const reply = expectKind(say(bot, "/positions xinjang"), "sections");
    expect(reply.sections.flatMap((s) => s.items).some((i) => /Xinjiang/.test(i.sources[0].sentence))).toBe(true);
  });

  it("says when nothing matches, with the sides it knows and the usage", () => {
    const reply = expectKind(say(bot, "/positions zanzibar"), "error");
    expect(reply.code).toBe("no_match");
    expect(reply.text).toContain("China");
    expect(reply.text).toContain("United States");
    expect(reply.text).toContain("Usage: /positions [party or topic]");
  });

  it("renders each position on its own line with its speaker and a numbered source", () => {
    const reply = say(bot, "/positions china");
    expect(reply.text).toMatch(/^Positions of China\n\nChina\n• .+ — .+ \[1\]/);
    expect(reply.text).toContain("Sources — U.S. and China meet in Anchorage");
  });
});

describe("/positions over articles with other parties", () => {
  it.each(FIXTURES.map((f) => [f.name, f.dir]))("%s: sections follow the article's own sides; every line has a speaker and a real source", (_name, dir) => {
    const k = kb(dir);
    const reply = expectKind(say(botOver(dir), "/positions"), "sections");
    const sides = k.articles.flatMap((a) => a.sides.map((s) => s.name));
    expect(reply.sections.map((s) => s.heading)).toEqual(sides);
    if (sides.length === 0) expect(reply.note).toMatch(/do not make clear which sides/);
    for (const item of reply.sections.flatMap((s) => s.items)) {
      expect(item.speaker?.trim()).toBeTruthy();
      const facts = k.articles.find((a) => a.article.id === item.sources[0].article)!;
      expect(item.sources[0].sentence).toBe(facts.sentences[item.sources[0].index].text);
    }
  });

  it("the budget standoff has its two political parties as sides, not hard-coded ones", () => {
    const reply = expectKind(say(botOver(FIXTURES[1].dir), "/positions"), "sections");
    expect(reply.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(["Civic Alliance", "Reform Party"]));
    expect(reply.sections.map((s) => s.heading)).not.toContain("China");
    const civic = expectKind(say(botOver(FIXTURES[1].dir), "/positions civic alliance"), "sections");
    expect(civic.sections.map((s) => s.heading)).toEqual(["Civic Alliance"]);
  });

  it("a topic filter works in another article: budget positions on hospitals", () => {
    const reply = expectKind(say(botOver(FIXTURES[1].dir), "/positions hospitals"), "sections");
    for (const item of reply.sections.flatMap((s) => s.items)) expect(`${item.text} ${item.sources[0].sentence}`).toMatch(/hospital/i);
  });

  it("is the same on every run", () => {
    for (const { dir } of ALL_KBS) expect(say(botOver(dir), "/positions").text).toBe(say(botOver(dir), "/positions").text);
  });
});
