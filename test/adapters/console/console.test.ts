import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { startConsole } from "../../../adapters/console/console.ts";
import { createBot } from "../../../src/core/bot.ts";
import type { Answer, QuestionContext } from "../../../src/qa/types.ts";
import { BUNDLED, CLOCK, kb, recordingLogger } from "../../support/kb.ts";
import { runTs } from "../../support/spawn.ts";

/** Runs a console session over in-memory streams: writes the lines, ends the input, returns what was printed. */
async function session(lines: string[], options: { interactive?: boolean; answer?: (kb: unknown, q: string, c?: QuestionContext) => Answer } = {}) {
  const bot = createBot({ knowledge: kb(BUNDLED), clock: CLOCK, logger: recordingLogger(), ...(options.answer ? { answer: options.answer } : {}) });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const adapter = startConsole({ bot, input, output, interactive: options.interactive ?? false });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await adapter.done;
  return printed;
}

describe("the console adapter", () => {
  it("answers piped lines in order, separated by a blank line, and ends at end of input", async () => {
    const printed = await session(["/sources", "", "/help"]);
    expect(printed).toMatch(/^1 article in the knowledge base\n[\s\S]*\n\nAsk me about the news articles/);
    expect(printed.endsWith("\n")).toBe(true);
  });

  it("keeps one conversation for the whole session, so follow-ups get context", async () => {
    const contexts: QuestionContext[] = [];
    const answer = (_kb: unknown, _q: string, c: QuestionContext = {}): Answer => (contexts.push(c), { answered: false, answer: "", evidence: [], confidence: 0, kind: "what" });
    await session(["Tell me about the Chinese ambassador", "what did he tell state media?"], { answer });
    expect(contexts[1].previousQuestion).toBe("Tell me about the Chinese ambassador");
  });

  it("prompts and greets at a terminal, and leaves on 'exit'", async () => {
    const printed = await session(["/sources", "exit", "/help"], { interactive: true });
    expect(printed).toMatch(/^briefbot: ask about the news articles/);
    expect(printed).toContain("briefbot> ");
    expect(printed).toContain("1 article in the knowledge base");
    expect(printed).not.toContain("Ask me about the news articles in plain words, or use a command");
  });

  it("can be stopped from outside", async () => {
    const bot = createBot({ knowledge: kb(BUNDLED), clock: CLOCK });
    const adapter = startConsole({ bot, input: new PassThrough(), output: new PassThrough(), interactive: false });
    await adapter.stop();
    await adapter.stop();
    await expect(adapter.done).resolves.toBeUndefined();
  });
});

describe("npm start with piped input", () => {
  it("starts the console when no platform is configured, prints the replies on stdout and exits at end of input", () => {
    const run = runTs("src/main.ts", [], { input: "/sources\n/who yang jeichi\n" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^1 article in the knowledge base/);
    expect(run.stdout).toContain("Who is Yang Jiechi?");
    expect(run.stdout).not.toMatch(/^info:|^warn:/m);
  });

  it("refuses a partial configuration, naming the missing variable", () => {
    const run = runTs("src/main.ts", [], { env: { DISCORD_TOKEN: "t" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("config: DISCORD_APPLICATION_ID: missing");
    expect(run.stdout).toBe("");
  });

  it("refuses a knowledge folder that does not exist, naming KNOWLEDGE_DIR", () => {
    const run = runTs("src/main.ts", [], { env: { KNOWLEDGE_DIR: "/no/such/folder" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/KNOWLEDGE_DIR: the folder .*no\/such\/folder does not exist/);
  });
});
