import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, type Block } from "../../../adapters/slack/blocks.ts";
import { renderSlack } from "../../../adapters/slack/render.ts";
import { createBot } from "../../../src/core/bot.ts";
import type { Reply, ReplyContent, Source } from "../../../src/core/types.ts";
import { renderPlain } from "../../../src/render/plain.ts";
import { CLOCK, kb, PING } from "../../support/kb.ts";
import { NEWS, textsOf } from "./harness.ts";

const bot = createBot({ knowledge: kb(NEWS), clock: CLOCK });
const say = (text: string) => bot.handle({ text, user: "u", conversation: `render-${text}`, platform: "slack" });
const reply = (content: ReplyContent): Reply => ({ ...content, text: renderPlain(content) });
const source = (sentence: string, title = "A title"): Source => ({ article: "a", title, index: 0, sentence });

/** Every text object in the blocks, with its type. */
function textObjects(blocks: Block[]): { type: string; text: string; verbatim?: boolean }[] {
  const out: { type: string; text: string; verbatim?: boolean }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as { type?: unknown; text?: unknown; verbatim?: boolean };
      if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string") out.push({ type: o.type, text: o.text, ...(o.verbatim !== undefined ? { verbatim: o.verbatim } : {}) });
      else Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out;
}

/** What must hold for every rendering: Slack's limits, and no markup made from outside text. */
function expectSafe(message: ReturnType<typeof renderSlack>): void {
  expect(message.blocks.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(message.text).not.toMatch(/[<>]/);
  for (const b of message.blocks) {
    if (b.type === "section") expect(b.text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === "header") expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
  }
  // Slack refuses empty texts.
  for (const t of textObjects(message.blocks)) expect(t.text.trim()).not.toBe("");
  for (const t of textObjects(message.blocks).filter((t) => t.type === "mrkdwn")) {
    expect(t.verbatim).toBe(true);
    // ">" only as the quote marker at the start of a line.
    expect(t.text.replace(/^>/gm, "")).not.toMatch(/[<>]/);
  }
}

describe("rendering replies as Block Kit", () => {
  const kinds: [string, Reply][] = [
    ["an answer", say("When will the Harbour Bridge reopen?")],
    ["a declined question", say("what is the capital of France?")],
    ["a list with sources (/who)", say("/who")],
    ["a list with quotes (/quotes)", say("/quotes")],
    ["a list with a note and no sections (/positions)", say("/positions")],
    ["the digest (compact sources)", say("/digest")],
    ["/sources", say("/sources")],
    ["help", say("/help")],
    ["help for one command", say("/help who")],
    ["a mistake with a suggestion", say("/positionz")],
    ["an empty message", say("")],
  ];

  it.each(kinds)("renders %s within Slack's limits, escaped, with its plain text beside", (_name, r) => {
    const message = renderSlack(r);
    expectSafe(message);
    expect(message.text).toBe(r.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  });

  it("covers every kind of reply", () => {
    expect(new Set(kinds.map(([, r]) => r.kind))).toEqual(new Set(["answer", "declined", "sections", "help", "error"]));
  });

  it("puts the short answer first, then its source sentence as a quote, then the article's title", () => {
    const blocks = renderSlack(say("how much did the repairs cost?")).blocks;
    expect(textObjects(blocks).map((t) => t.text)).toEqual([
      "*4.2 million dollars*",
      ">Mara Quill, the council's transport chief, said the repairs cost 4.2 million dollars.",
      "— _Harbour bridge to reopen after repairs &amp; checks (2024-05-02)_",
    ]);
  });

  it("lists a declined question's suggestions", () => {
    const texts = textObjects(renderSlack(say("what is the capital of France?")).blocks).map((t) => t.text);
    expect(texts).toEqual(["I don't know: the articles do not mention France.", "You could ask:\n• Who is Mara Quill?\n• What did Mara Quill say?"]);
  });

  it("shows a list's title as a header, each section as a bold heading, and its sources after a divider", () => {
    const blocks = renderSlack(say("/who")).blocks;
    expect(blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "1 person in the articles, by side", emoji: false } });
    expect(textObjects(blocks.slice(1, 2))[0].text).toMatch(/^\*No clear side\*\n• Mara Quill \(council's transport chief\) \[1\]$/);
    expect(blocks.map((b) => b.type)).toEqual(["header", "section", "divider", "section"]);
  });

  it("escapes markup from articles and users, so it cannot mention, link or format as markup", () => {
    const evil = "<!channel> <@U123> <#C1|general> <https://evil.example|click> & more";
    const message = renderSlack(reply({ kind: "answer", question: evil, answer: evil, sources: [source(evil, evil)], confidence: 1 }));
    expectSafe(message);
    const all = textsOf(message as unknown as Record<string, unknown>).join("\n");
    expect(all).not.toMatch(PING);
    expect(all).toContain("&lt;!channel&gt; &lt;@U123&gt; &lt;#C1|general&gt; &lt;https://evil.example|click&gt; &amp; more");
  });

  it("splits a long section between lines, and cuts past 50 blocks saying so", () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ text: `Line ${i} ${"word & ".repeat(60)}`, sources: [] }));
    const message = renderSlack(reply({ kind: "sections", command: "quotes", title: "T".repeat(400), sections: [{ heading: "Many", items }] }));
    expectSafe(message);
    expect(message.blocks).toHaveLength(LIMITS.blocks);
    expect(message.blocks[0]).toMatchObject({ type: "header", text: { text: expect.stringMatching(/^T+…$/) } });
    expect(textObjects(message.blocks.slice(-1))[0].text).toMatch(/cut here: Slack shows at most 50 blocks/);
    // Cuts fall between lines: every section but the first starts with a whole line.
    for (const t of textObjects(message.blocks.slice(2, -1))) expect(t.text).toMatch(/^• Line \d+ word/);
  });

  it("cuts a word longer than a section without splitting an escaped character", () => {
    const word = "&".repeat(LIMITS.sectionText);
    const message = renderSlack(reply({ kind: "error", code: "bad_argument", message: word }));
    expectSafe(message);
    const texts = textObjects(message.blocks).map((t) => t.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t).toMatch(/^(&amp;)+$/);
    expect(texts.join("")).toBe("&amp;".repeat(LIMITS.sectionText));
  });

  it("keeps the limits and escapes everything, whatever the text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", "&", "<", ">", "@", "!", "*", "é", "|"), maxLength: 8000, size: "large" });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 60 }), (title, answer, lines) => {
        expectSafe(renderSlack(reply({ kind: "answer", question: "q", answer, sources: [source(answer, title)], confidence: 1 })));
        expectSafe(renderSlack(reply({ kind: "sections", command: "who", title, sections: [{ heading: title, items: lines.map((l) => ({ text: l, sources: [source(l, title)] })) }] })));
        expectSafe(renderSlack(reply({ kind: "declined", question: "q", suggestions: lines.slice(0, 3) })));
      }),
      { numRuns: 60 },
    );
  });
});
