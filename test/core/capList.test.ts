import { describe, expect, it } from "vitest";
import { capSections, MAX_LIST_LINES } from "../../src/core/capList.ts";
import { botOver, expectKind, say, tempKnowledge } from "../support/kb.ts";

const lines = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ text: `${prefix} ${i}`, sources: [] }));

describe("long lists", () => {
  it("are cut to a number of lines in order, counting what was left out", () => {
    const { sections, hidden } = capSections([{ heading: "A", items: lines(4, "a") }, { heading: "B", items: lines(4, "b") }, { heading: "C", items: lines(2, "c") }], 6);
    expect(sections.map((s) => [s.heading, s.items.length])).toEqual([["A", 4], ["B", 2]]);
    expect(hidden).toBe(4);
    expect(capSections([{ heading: "A", items: lines(3, "a") }], 6)).toEqual({ sections: [{ heading: "A", items: lines(3, "a") }], hidden: 0 });
  });

  it("in a knowledge base of many articles, /sources lists one line per article, at most a screenful, and says how many more", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 45; i++) files[`story-${String(i).padStart(2, "0")}.md`] = `---\ntitle: Harbour report ${i}\npublished: 2024-05-${String((i % 28) + 1).padStart(2, "0")}\nsource: The Ledger\n---\nMayor Ana Ortiz opened pier ${i} on Monday, the city said.`;
    const reply = expectKind(say(botOver(tempKnowledge(files)), "/sources"), "sections");
    const shown = reply.sections.flatMap((s) => s.items);
    expect(shown).toHaveLength(MAX_LIST_LINES);
    expect(shown[0].text).toMatch(/^Harbour report 0 — 2024-05-01, The Ledger: 1 sentence, 1 person, 0 quotes$/);
    expect(reply.note).toContain(`…and ${45 - MAX_LIST_LINES} more lines`);
    expect(reply.title).toBe("45 articles in the knowledge base");
  });
});
