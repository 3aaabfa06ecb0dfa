import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOO_LONG } from "../../../adapters/discord/limits.ts";
import { NO_PINGS, renderDiscord } from "../../../adapters/discord/render.ts";
import type { Reply, ReplyContent, Section, SectionsReply, Source } from "../../../src/core/types.ts";
import { renderPlain } from "../../../src/render/plain.ts";
import { brokenLimits } from "./fits.ts";
import { harbourBot } from "./harness.ts";

/** A reply as the bot makes it: the content and its plain text. */
const reply = (content: ReplyContent): Reply => ({ ...content, text: renderPlain(content) });

const source = (index: number, sentence: string, article = "harbour", title = "Harbour council approves new sea wall"): Source => ({ article, title, published: "2024-05-02", index, sentence });
const WALL = source(1, "The wall will cost 12 million euros, council leader Ana Ruiz said.");
const STORM = source(2, "\"We cannot wait for the next storm,\" Ruiz said.");

describe("rendering each kind of reply for Discord", () => {
  it("an answer: the short answer first, then each source sentence with its article", () => {
    const [post, ...more] = renderDiscord(reply({ kind: "answer", question: "How much?", answer: "12 million euros", confidence: 0.9, sources: [WALL, STORM, source(3, "A third.")] }));
    expect(more).toEqual([]);
    expect(post.content).toBe("**12 million euros**");
    expect(post.embeds).toEqual([
      expect.objectContaining({
        description: `> ${WALL.sentence}\n— *Harbour council approves new sea wall (2024-05-02)*\n\n> "We cannot wait for the next storm," Ruiz said.\n— *Harbour council approves new sea wall (2024-05-02)*`,
      }),
    ]);
  });

  it("an answer with no short form shows its sentence; markdown from articles is shown, not obeyed", () => {
    const [post] = renderDiscord(reply({ kind: "answer", question: "q", answer: "", confidence: 0.5, sources: [source(0, "Shares rose *sharply* to __record__ highs")] }));
    expect(post.content).toBe("**Shares rose \\*sharply\\* to \\_\\_record\\_\\_ highs**");
  });

  it("a declined question: why, then the questions it can answer", () => {
    const [post] = renderDiscord(reply({ kind: "declined", question: "q", reason: "the articles never mention pizza", suggestions: ["Who is Ana Ruiz?", "/digest"] }));
    expect(post.content).toBe("I don't know: the articles never mention pizza.");
    expect(post.embeds).toEqual([expect.objectContaining({ title: "You could ask", description: "• Who is Ana Ruiz?\n• /digest" })]);
    expect(renderDiscord(reply({ kind: "declined", question: "q", suggestions: [] }))[0].embeds).toEqual([]);
  });

  it("sections: the title, one field per section with numbered sources, and the sources in an embed of their own", () => {
    const r: SectionsReply = {
      kind: "sections",
      command: "quotes",
      title: "Quotes",
      intro: "What was said.",
      sections: [
        { heading: "Ana Ruiz", items: [{ text: "We cannot wait", speaker: "Ana Ruiz", quote: true, sources: [STORM] }, { text: WALL.sentence, sources: [WALL] }] },
        { heading: "Fishermen", items: [] },
      ],
      note: "…and 3 more lines.",
    };
    const [post] = renderDiscord(reply(r));
    expect(post.content).toBe("**Quotes**");
    const [main, sources] = post.embeds;
    expect(main.description).toBe("What was said.");
    expect(main.fields).toEqual([
      // A line that is its own source sentence needs no number.
      { name: "Ana Ruiz", value: `• “We cannot wait” — Ana Ruiz [1]\n• ${WALL.sentence}` },
      { name: "Fishermen", value: "(none found in the articles)" },
    ]);
    expect(main.footer).toEqual({ text: "…and 3 more lines." });
    expect(sources).toMatchObject({ title: "Sources — Harbour council approves new sea wall (2024-05-02)", description: `[1] ${STORM.sentence}` });
  });

  it("sections from several articles name each source's article", () => {
    const other = source(4, "Talks resumed in Muscat.", "talks", "Talks resume");
    const r: SectionsReply = { kind: "sections", command: "who", title: "Who", sections: [{ heading: "People", items: [{ text: "Ana Ruiz", sources: [WALL] }, { text: other.sentence, sources: [other] }] }] };
    const [main, sources] = renderDiscord(reply(r))[0].embeds;
    expect(main.fields?.[0].value).toBe("• Ana Ruiz [1]\n• Talks resumed in Muscat. (Talks resume)");
    expect(sources).toMatchObject({ title: "Sources", description: `[1] ${WALL.sentence} — *Harbour council approves new sea wall (2024-05-02)*` });
  });

  it("a compact reply (the digest) cites sentence numbers and explains them in the footer", () => {
    const r: SectionsReply = { kind: "sections", command: "digest", title: "Digest preview for 2021-03-18", compact: true, sections: [{ heading: "Harbour", items: [{ text: "Who: Ana Ruiz", sources: [WALL] }] }] };
    const [post] = renderDiscord(reply(r));
    expect(post.embeds).toEqual([expect.objectContaining({ fields: [{ name: "Harbour", value: "• Who: Ana Ruiz (s2)" }], footer: { text: "(sN): sentence N of the article above; /sources lists the articles." } })]);
  });

  it("sections with nothing to list show their note as the description", () => {
    const r: SectionsReply = { kind: "sections", command: "positions", title: "Positions by side", sections: [], note: "The articles do not make clear which sides are involved." };
    const [embed, ...more] = renderDiscord(reply(r))[0].embeds;
    expect(more).toEqual([]);
    expect(embed).toMatchObject({ description: "The articles do not make clear which sides are involved." });
    expect(embed.fields).toBeUndefined();
  });

  it("help: every command as a field with its example; one command in detail with its options", () => {
    const who = { name: "who", usage: "/who [name]", description: "Who is in the news.", example: "/who ruiz" };
    const [list] = renderDiscord(reply({ kind: "help", commands: [who] }));
    expect(list.content).toMatch(/^Ask me about the news articles in plain words \(mention me, or write to me directly\)/);
    expect(list.embeds[0].fields).toEqual([{ name: "/who [name]", value: "Who is in the news.\ne.g. `/who ruiz`" }]);
    const [detail] = renderDiscord(reply({ kind: "help", commands: [who], detail: { ...who, options: [{ name: "name", description: "A name", required: false }] } }));
    expect(detail.content).toBe("**/who [name]**");
    expect(detail.embeds[0]).toMatchObject({ description: "Who is in the news.", fields: [{ name: "name (optional)", value: "A name" }, { name: "Example", value: "`/who ruiz`" }] });
  });

  it("an error: its plain text as content, with the hint", () => {
    const [post] = renderDiscord(reply({ kind: "error", code: "unknown_command", message: "There is no /nope command.", suggestion: "/quotes", usage: "/quotes [filter]" }));
    expect(post).toEqual({ content: "There is no /nope command.\nDid you mean /quotes? Usage: /quotes [filter]", embeds: [], allowedMentions: NO_PINGS });
  });

  it("renders every reply the real bot gives, each kind within Discord's limits and without pings", () => {
    const { bot } = harbourBot();
    const texts = ["How much will the wall cost?", "what colour is the moon?", "/who", "/quotes", "/positions", "/digest", "/sources", "/help", "/help who", "/nope", ""];
    const replies = texts.map((text) => bot.handle({ text, user: "u", conversation: "render", platform: "discord" }));
    expect(new Set(replies.map((r) => r.kind))).toEqual(new Set(["answer", "declined", "sections", "help", "error"]));
    for (const r of replies) {
      for (const post of renderDiscord(r)) {
        expect(brokenLimits(post), r.text).toEqual([]);
        expect(post.allowedMentions).toEqual({ parse: [], repliedUser: false });
      }
    }
  });
});

describe("Discord's limits", () => {
  const long = (n: number, word = "word") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");
  const huge = (sections: number, items: number, words: number): SectionsReply => ({
    kind: "sections",
    command: "quotes",
    title: long(100, "title"),
    intro: long(1500),
    sections: Array.from({ length: sections }, (_, s): Section => ({ heading: long(60, `heading${s}-`), items: Array.from({ length: items }, (_, i) => ({ text: long(words, `q${s}-${i}-`), quote: true, sources: [source(i, long(words))] })) })),
    note: long(600),
  });

  it("splits a long reply into posts that each fit, and stops flooding after five with a note", () => {
    const posts = renderDiscord(reply(huge(10, 10, 60)));
    expect(posts).toHaveLength(5);
    expect(posts[4].content).toBe(TOO_LONG);
    for (const post of posts) expect(brokenLimits(post)).toEqual([]);
  });

  it("keeps a reply that fits in one post whole", () => {
    const sections = Array.from({ length: 10 }, (_, s): Section => ({ heading: `Side ${s}`, items: [{ text: long(30), sources: [source(s, long(20))] }] }));
    const posts = renderDiscord(reply({ kind: "sections", command: "positions", title: "Positions by side", sections }));
    expect(posts).toHaveLength(1);
    expect(posts[0].embeds.map((e) => e.fields?.length ?? 0)).toEqual([10, 0]);
  });

  it("splits long content between lines, in order", () => {
    const message = Array.from({ length: 120 }, (_, i) => `line ${i} ${"x".repeat(40)}`).join("\n");
    const posts = renderDiscord(reply({ kind: "error", code: "bad_argument", message }));
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.map((p) => p.content).join("\n")).toBe(message);
    for (const post of posts) expect(brokenLimits(post)).toEqual([]);
  });

  it("fits any sections reply, whatever its text (property)", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 400 });
    const item = fc.record({ text, quote: fc.boolean(), sources: fc.array(fc.record({ article: fc.constantFrom("a", "b"), title: text, index: fc.nat(50), sentence: text }), { maxLength: 2 }) });
    const sections = fc.array(fc.record({ heading: text, items: fc.array(item, { maxLength: 12 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(text, sections, fc.option(text, { nil: undefined }), fc.boolean(), (title, s, note, compact) => {
        const r: SectionsReply = { kind: "sections", command: "x", title, sections: s, ...(note === undefined ? {} : { note }), compact };
        for (const post of renderDiscord(reply(r))) expect(brokenLimits(post)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
