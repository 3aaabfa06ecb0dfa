import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/qa/types.ts";
import { BUNDLED, kb, botOver, expectKind, say } from "../../support/kb.ts";

describe("/ask", () => {
  it("asks the engine exactly what a plain question would", () => {
    const asked: string[] = [];
    const answer = (_kb: unknown, q: string): Answer => (asked.push(q), { answered: false, answer: "", evidence: [], confidence: 0, kind: "what" });
    const bot = botOver(BUNDLED, { answer });
    say(bot, "/ask where is the meeting?");
    say(bot, "where is the meeting?");
    expect(asked).toEqual(["where is the meeting?", "where is the meeting?"]);
  });

  it("gives the same reply as the plain question", () => {
    const bot = botOver(BUNDLED);
    expect(say(bot, "/ask where are the talks?", "a").text).toBe(say(bot, "where are the talks?", "b").text);
  });

  it("without a question, says how to use it", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/ask   "), "error");
    expect(reply.code).toBe("missing_argument");
    // The example names someone in the articles at hand.
    const someone = kb(BUNDLED).articles[0].people.find((p) => p.name.includes(" "))!.name;
    expect(reply.text).toContain(`/ask who is ${someone}?`);
  });
});
