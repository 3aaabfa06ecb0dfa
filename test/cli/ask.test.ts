import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, tempKnowledge } from "../support/kb.ts";
import { runTs } from "../support/spawn.ts";

const CONTRACT = ["input", "answered", "answer", "text", "sources", "confidence"];

function jsonLines(stdout: string): Record<string, unknown>[] {
  const lines = stdout.split("\n");
  expect(lines.pop()).toBe("");
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("ask --json --batch", () => {
  const inputs = ["where are the talks?", "", "/positions china", "   ", "/who yang jeichi", "what is the tallest mountain in Africa?", "\u0000\u0001binary\u00ff", "/nosuch", "@everyone /sources"];
  const dir = tempKnowledge({});
  const file = join(dir, "questions.txt");
  writeFileSync(file, `${inputs.join("\n")}\n`);
  const run = runTs("src/cli/ask.ts", ["--json", "--batch", file]);

  it("exits 0 and prints one JSON object per input line, in order, and nothing else on stdout", () => {
    expect(run.status, run.stderr).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(inputs.length);
    expect(out.map((o) => o.input)).toEqual(inputs);
  });

  it("gives every line the contract fields with the right types", () => {
    for (const o of jsonLines(run.stdout)) {
      for (const f of CONTRACT) expect(o, f).toHaveProperty(f);
      expect(typeof o.answered).toBe("boolean");
      expect(typeof o.answer).toBe("string");
      expect(typeof o.text).toBe("string");
      expect((o.text as string).length).toBeGreaterThan(0);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
      for (const s of o.sources as Record<string, unknown>[]) {
        expect(typeof s.article).toBe("string");
        expect(typeof s.sentence).toBe("string");
      }
      if (!o.answered && o.kind !== "sections") expect(o.answer).toBe("");
    }
  });

  it("gives empty lines their own line with a hint", () => {
    const out = jsonLines(run.stdout);
    expect(out[1]).toMatchObject({ input: "", answered: false, answer: "", sources: [], confidence: 0 });
    expect(out[3].answered).toBe(false);
  });

  it("adds command and sections for commands: one section per side for /positions", () => {
    const out = jsonLines(run.stdout);
    expect(out[2]).toMatchObject({ command: "positions", answered: true });
    const sections = out[2].sections as { heading: string; items: { text: string; speaker?: string; sources: { article: string; sentence: string }[] }[] }[];
    expect(sections.map((s) => s.heading)).toEqual(["China"]);
    for (const item of sections[0].items) {
      expect(item.speaker).toBeTruthy();
      expect(item.sources[0].article).toBe("2021-03-18-us-china-anchorage");
    }
    expect(out[4]).toMatchObject({ command: "who" });
    expect(out[7]).toMatchObject({ command: "nosuch", answered: false, sections: [] });
  });

  it("never pings in its text", () => {
    const out = jsonLines(run.stdout);
    expect(out[8].text).not.toMatch(/@everyone/);
    expect(out[8].command).toBe("sources");
  });
});

describe("ask", () => {
  it("--json QUESTION prints exactly one JSON object", () => {
    const run = runTs("src/cli/ask.ts", ["--json", "where are the talks?"]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });

  it("QUESTION prints the plain-text reply", () => {
    const run = runTs("src/cli/ask.ts", ["/help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Ask me about the news articles/);
    expect(run.stdout).toContain("/positions [party or topic]");
  });

  it("--batch - reads stdin, keeping no conversation between lines", () => {
    const run = runTs("src/cli/ask.ts", ["--json", "--batch", "-"], { input: "/sources\nwho is he?\n" });
    const out = jsonLines(run.stdout);
    expect(out.map((o) => o.input)).toEqual(["/sources", "who is he?"]);
  });

  it("--knowledge DIR answers from that folder", () => {
    const run = runTs("src/cli/ask.ts", ["--json", "--knowledge", FIXTURES[1].dir, "/sources"]);
    const [o] = jsonLines(run.stdout);
    expect(o.text).toContain("Opposition vows to block $48 billion spending bill");
  });

  it("sends load problems to stderr, never to stdout", () => {
    const dir = tempKnowledge({ "broken.md": "---\ntitle: [x\n---\nbody\n" });
    const run = runTs("src/cli/ask.ts", ["--json", "--knowledge", dir, "/sources"]);
    expect(run.stderr).toMatch(/knowledge: articles\/broken\.md: /);
    const [o] = jsonLines(run.stdout);
    expect(o.text).toContain("Files I could not load (1)");
  });

  it("refuses bad arguments on stderr with exit code 2", () => {
    const run = runTs("src/cli/ask.ts", ["--frobnicate", "q"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/unknown option --frobnicate/);
    const missing = runTs("src/cli/ask.ts", ["--batch", "/no/such/file"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the batch file/);
  });
});
