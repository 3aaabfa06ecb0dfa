import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/core/bot.ts";
import { COMMANDS } from "../../src/core/commands/index.ts";
import { MAX_INPUT_CHARS } from "../../src/core/sanitize.ts";
import type { Command } from "../../src/core/types.ts";
import type { Answer, QuestionContext } from "../../src/qa/types.ts";
import { BUNDLED, CLOCK, PING, botOver, expectKind, kb, recordingLogger, say } from "../support/kb.ts";

const declining = (): Answer => ({ answered: false, answer: "", evidence: [], confidence: 0, kind: "what" });

describe("the bot's input hygiene", () => {
  const bot = botOver(BUNDLED);

  it.each(["", "   ", "\n\t \n", "\u200b\u200b", "\u0000\u0001"])("empty input %j gets a hint, not an error", (text) => {
    const reply = expectKind(say(bot, text), "error");
    expect(reply.code).toBe("empty_input");
    expect(reply.text).toMatch(/Ask me a question.*\/help/);
  });

  it("refuses a 100 KB message with a clear limit", () => {
    const reply = expectKind(say(bot, "why ".repeat(25_000)), "error");
    expect(reply.code).toBe("input_too_long");
    expect(reply.text).toContain(`at most ${MAX_INPUT_CHARS.toLocaleString("en-US")}`);
    expect(reply.text.length).toBeLessThan(300);
  });

  it("accepts a message just under the limit", () => {
    expect(say(bot, `where ${"a".repeat(MAX_INPUT_CHARS - 10)}`).kind).not.toBe("error");
  });

  it("survives binary garbage", () => {
    const garbage = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)).toString("utf8");
    const reply = say(bot, garbage);
    expect(typeof reply.text).toBe("string");
    expect(reply.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\uFFFD]/);
  });

  it.each([
    "@everyone where are the talks?",
    "@here /positions",
    "<!channel> /who",
    "<!here> who is <@U123ABC>?",
    "<@U024BE7LH|bob> /quotes @everyone",
    "/who @everyone",
    "/positions <!everyone>",
    "/quotes <@&123456789012345678>",
    "/xyz@here",
  ])("never pings, even when echoing %j", (text) => {
    const reply = say(bot, text);
    expect(reply.text).not.toMatch(PING);
    expect(JSON.stringify(reply)).not.toMatch(PING);
  });

  it("strips a leading mention of the bot so '<@U1> /help' is the help command", () => {
    expect(say(bot, "<@U0BOT> /help").kind).toBe("help");
  });

  it("never throws and never pings, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom(...COMMANDS.map((c) => `/${c.name} `)).chain((c) => fc.string({ maxLength: 40 }).map((s) => c + s))), (text) => {
        const reply = say(bot, text);
        expect(typeof reply.text).toBe("string");
        expect(reply.text.length).toBeGreaterThan(0);
        expect(reply.text).not.toMatch(PING);
        expect(reply.kind === "error" ? reply.code : "ok").not.toBe("internal");
      }),
      { numRuns: 150 },
    );
  });

  it("does not crash on a malformed message from an adapter", () => {
    const reply = bot.handle({ text: undefined as unknown as string, user: "u", conversation: "c", platform: "test" });
    expect(expectKind(reply, "error").code).toBe("empty_input");
  });
});

describe("a bug inside a handler", () => {
  it("is logged once with its stack, and the user gets a short apology", () => {
    const logger = recordingLogger();
    const broken: Command = { name: "boom", description: "throws", usage: "/boom", example: "/boom", options: [], handler: () => { throw new TypeError("x is undefined"); } };
    const bot = createBot({ knowledge: kb(BUNDLED), clock: CLOCK, logger, commands: [...COMMANDS, broken] });
    const reply = expectKind(say(bot, "/boom"), "error");
    expect(reply.code).toBe("internal");
    expect(reply.text).toMatch(/^Sorry, something went wrong/);
    expect(reply.text).not.toContain("x is undefined");
    expect(logger.lines.filter((l) => l.level === "error")).toHaveLength(1);
    expect((logger.lines[0].data as Error).stack).toContain("x is undefined");
  });

  it("in the answering engine is caught the same way", () => {
    const logger = recordingLogger();
    const bot = createBot({ knowledge: kb(BUNDLED), clock: CLOCK, logger, answer: () => { throw new Error("engine bug"); } });
    expect(expectKind(say(bot, "where are the talks?"), "error").code).toBe("internal");
    expect(logger.lines).toHaveLength(1);
  });

  it("a user's mistake is not logged as an error", () => {
    const logger = recordingLogger();
    const bot = createBot({ knowledge: kb(BUNDLED), clock: CLOCK, logger });
    say(bot, "/positions zanzibar");
    say(bot, "/nope");
    expect(logger.lines).toHaveLength(0);
  });
});

describe("follow-up questions", () => {
  function spyBot(clock = CLOCK, answer: (q: string) => Partial<Answer> = () => ({})) {
    const contexts: QuestionContext[] = [];
    const engine = (_kb: unknown, q: string, context: QuestionContext = {}): Answer => (contexts.push(context), { ...declining(), ...answer(q) });
    const bot = createBot({ knowledge: kb(BUNDLED), clock: () => clock(), logger: recordingLogger(), answer: engine });
    return { bot, contexts };
  }

  it("pass the previous question and the people it was about, per conversation", () => {
    const { bot, contexts } = spyBot(CLOCK, (q) => (q.includes("ambassador") ? { people: ["p:cui-tiankai"] } : {}));
    say(bot, "Tell me about the Chinese ambassador", "dm");
    say(bot, "what did he tell state media?", "dm");
    say(bot, "what did he tell state media?", "another-channel");
    expect(contexts[0]).toEqual({});
    expect(contexts[1]).toEqual({ people: ["p:cui-tiankai"], sides: expect.arrayContaining(["s:china"]), previousQuestion: "Tell me about the Chinese ambassador" });
    expect(contexts[2]).toEqual({});
  });

  it("remember the sides a question names, for 'and for the US?'", () => {
    const { bot, contexts } = spyBot();
    say(bot, "Who speaks for China?");
    say(bot, "and for the US?");
    expect(contexts[1].sides).toEqual(["s:china"]);
    expect(contexts[1].previousQuestion).toBe("Who speaks for China?");
  });

  it("remember the person a /who command was about", () => {
    const { bot, contexts } = spyBot();
    say(bot, "/who the ambassador");
    say(bot, "what did he say?");
    expect(contexts[0].people).toEqual(["p:cui-tiankai"]);
  });

  it("expire after 30 minutes of silence, by the injected clock", () => {
    let now = CLOCK().getTime();
    const { bot, contexts } = spyBot(() => new Date(now));
    say(bot, "Who is Blinken?");
    now += 29 * 60_000;
    say(bot, "what did he say?");
    now += 31 * 60_000;
    say(bot, "what did he say?");
    expect(contexts[1].previousQuestion).toBe("Who is Blinken?");
    expect(contexts[2]).toEqual({});
  });
});

describe("replies", () => {
  it("are the same for the same message on a fresh bot", () => {
    for (const text of ["/positions", "/who", "/quotes", "/sources", "/digest", "/help", "where are the talks?", "what is the capital of France?"]) {
      expect(say(botOver(BUNDLED), text)).toEqual(say(botOver(BUNDLED), text));
    }
  });

  it("carry their plain text, rendered from the structured content", () => {
    const reply = say(botOver(BUNDLED), "/sources");
    expect(reply.text.startsWith("1 article in the knowledge base")).toBe(true);
  });
});
