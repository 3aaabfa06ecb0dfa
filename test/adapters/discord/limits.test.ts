import { describe, expect, it } from "vitest";
import { cut, embedSize, fit } from "../../../adapters/discord/limits.ts";
import { brokenLimits } from "./fits.ts";

const lines = (n: number, width: number) => Array.from({ length: n }, (_, i) => `${i}`.padEnd(width, "x")).join("\n");

describe("fitting a draft into Discord's limits", () => {
  it("splits a long description between lines into embeds, the title on the first only", () => {
    const description = lines(200, 99);
    const posts = fit({ content: "", embeds: [{ title: "Sources", description }] });
    const embeds = posts.flatMap((p) => p.embeds);
    expect(embeds.length).toBeGreaterThan(4);
    expect(embeds.map((e) => e.title)).toEqual(["Sources", ...embeds.slice(1).map(() => undefined)]);
    expect(embeds.map((e) => e.description).join("\n")).toBe(description);
    for (const post of posts) expect(brokenLimits(post)).toEqual([]);
  });

  it("splits a long field into several, marked '(continued)'", () => {
    const [post] = fit({ content: "", embeds: [{ fields: [{ name: "Ana Ruiz", value: lines(30, 99) }] }] });
    expect(post.embeds[0].fields?.map((f) => f.name)).toEqual(["Ana Ruiz", "Ana Ruiz (continued)", "Ana Ruiz (continued)"]);
  });

  it("moves fields past 25 to a continuation embed, and the footer to the last embed", () => {
    const fields = Array.from({ length: 60 }, (_, i) => ({ name: `side ${i}`, value: "a position" }));
    const [post] = fit({ content: "", embeds: [{ title: "Positions", fields, footer: { text: "…and 3 more lines." } }] });
    expect(post.embeds.map((e) => e.fields?.length)).toEqual([25, 25, 10]);
    expect(post.embeds.map((e) => e.footer?.text)).toEqual([undefined, undefined, "…and 3 more lines."]);
  });

  it("packs embeds into posts of at most 10 embeds and 6,000 characters", () => {
    const posts = fit({ content: "Quotes", embeds: Array.from({ length: 25 }, (_, i) => ({ description: `${i}`.padEnd(1000, "x") })) });
    expect(posts.map((p) => p.embeds.length)).toEqual([6, 6, 6, 6, 1]);
    expect(posts.map((p) => p.content)).toEqual(["Quotes", undefined, undefined, undefined, undefined]);
    const small = fit({ content: "", embeds: Array.from({ length: 12 }, () => ({ description: "x" })) });
    expect(small.map((p) => p.embeds.length)).toEqual([10, 2]);
  });

  it("puts the embeds after the last part of long content", () => {
    const posts = fit({ content: lines(60, 79), embeds: [{ description: "source" }] });
    expect(posts.map((p) => p.embeds.length)).toEqual([0, 0, 1]);
    for (const post of posts) expect(brokenLimits(post)).toEqual([]);
  });

  it("cuts a title, a field name and a footer that are too long, with an ellipsis", () => {
    const [post] = fit({ content: "", embeds: [{ title: "t".repeat(300), fields: [{ name: "n".repeat(300), value: "v" }], footer: { text: "f".repeat(3000) } }] });
    const [embed] = post.embeds;
    expect(embed.title).toBe(`${"t".repeat(255)}…`);
    expect(embed.fields?.[0].name).toBe(`${"n".repeat(255)}…`);
    expect(embed.footer?.text.endsWith("…")).toBe(true);
    expect(brokenLimits(post)).toEqual([]);
  });

  it("never sends an empty post or an empty embed", () => {
    expect(fit({ content: "", embeds: [] })).toEqual([{ content: "…", embeds: [] }]);
    expect(fit({ content: "hello", embeds: [{ color: 1 }] })).toEqual([{ content: "hello", embeds: [] }]);
  });
});

describe("cut", () => {
  it("keeps text that fits, and never splits a surrogate pair", () => {
    expect(cut("short", 10)).toBe("short");
    expect(cut("ab😀cd", 4)).toBe("ab…");
    expect(cut("abc😀", 4)).toBe("abc…");
  });

  it("counts an embed's characters as Discord does", () => {
    expect(embedSize({ title: "ab", description: "cde", fields: [{ name: "f", value: "gh" }], footer: { text: "i" }, author: { name: "jk" }, color: 5 })).toBe(11);
  });
});
