import { describe, expect, it } from "vitest";
import type { Source } from "../../src/core/types.ts";
import { renderPlain } from "../../src/render/plain.ts";

const source: Source = { article: "a1", title: "Talks in Anchorage", published: "2021-03-18", index: 1, sentence: "The talks are in Anchorage, Alaska." };

describe("plain rendering", () => {
  it("puts a short answer first, then the source sentence quoted with its article", () => {
    const text = renderPlain({ kind: "answer", question: "where?", answer: "Anchorage, Alaska", sources: [source], confidence: 0.9 });
    expect(text).toBe("Anchorage, Alaska\n> The talks are in Anchorage, Alaska.\n— Talks in Anchorage (2021-03-18)");
  });

  it("declines by saying the articles don't say, and offers questions", () => {
    const text = renderPlain({ kind: "declined", question: "q", suggestions: ["Who is Antony Blinken?", "/positions"] });
    expect(text).toBe("I don't know: the articles don't say.\nYou could ask:\n• Who is Antony Blinken?\n• /positions");
  });

  it("renders sections with speakers, quotation marks and numbered sources listed once", () => {
    const text = renderPlain({
      kind: "sections",
      command: "quotes",
      title: "Quotes",
      sections: [{ heading: "Side A", items: [{ text: "We will not move", speaker: "Ann", quote: true, sources: [source] }, { text: "a plan", speaker: "Bob", sources: [source] }] }],
    });
    expect(text).toBe(
      "Quotes\n\nSide A\n• “We will not move” — Ann [1]\n• a plan — Bob [1]\n\nSources — Talks in Anchorage (2021-03-18):\n[1] The talks are in Anchorage, Alaska.",
    );
  });

  it("renders compact sources as sentence numbers", () => {
    const text = renderPlain({ kind: "sections", command: "digest", title: "Digest", compact: true, sections: [{ heading: "H", items: [{ text: "Where: Anchorage", sources: [source] }] }] });
    expect(text).toContain("• Where: Anchorage (s2)");
    expect(text).toContain("(sN): sentence N");
  });

  it("suggests the closest command for an unknown one, with its usage", () => {
    const text = renderPlain({ kind: "error", code: "unknown_command", message: "There is no /positons command.", suggestion: "/positions", usage: "/positions [party or topic]" });
    expect(text).toBe("There is no /positons command.\nDid you mean /positions? Usage: /positions [party or topic]");
  });

  it("renders help with an example per command", () => {
    const text = renderPlain({ kind: "help", commands: [{ name: "who", usage: "/who [name]", description: "Who is who.", example: "/who blinken" }] });
    expect(text).toContain("/who [name] — Who is who.\n    e.g. /who blinken");
  });
});
