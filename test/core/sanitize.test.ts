import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanInput, defuse, defuseDeep } from "../../src/core/sanitize.ts";
import { PING } from "../support/kb.ts";

describe("cleaning what people type", () => {
  it.each([
    ["<@U123> where are the talks?", "where are the talks?"],
    ["<@!123456789> /help", "/help"],
    ["@everyone @here who is Blinken?", "who is Blinken?"],
    ["<!channel> <!subteam^S1|@editors> news", "editors news"],
    ["see <#C123|general>", "see general"],
    ["wh\u0000ere\u200b is\u202e it?\r\n", "where is it?"],
    ["  many    spaces\t\there ", "many spaces here"],
  ])("%j -> %j", (raw, clean) => {
    expect(cleanInput(raw)).toBe(clean);
  });
});

describe("defusing what the bot posts", () => {
  it("keeps the words but drops the ping", () => {
    expect(defuse("I can't find “@everyone”")).toBe("I can't find “everyone”");
    expect(defuse("hello <!here> and <@U1>")).toBe("hello here and someone");
  });

  it("keeps e-mail addresses and ordinary text", () => {
    expect(defuse("write to press@example.org about U.S. policy")).toBe("write to press@example.org about U.S. policy");
  });

  it("reaches every string of a reply", () => {
    expect(defuseDeep({ a: ["@here"], b: { c: "<@U9>" }, n: 3 })).toEqual({ a: ["here"], b: { c: "someone" }, n: 3 });
  });

  it("leaves no ping that removing another one would make", () => {
    // Found by the property below: removing the inner mention joined the outer text into a new one.
    for (const text of ["<@everyone<@U123>>", "<!@everyone", "<<@U1>@U2>>"]) expect(defuse(text), text).not.toMatch(PING);
  });

  it("leaves no ping in any text (property)", () => {
    const pingy = fc.constantFrom("@everyone", "@here", "@channel", "<!channel>", "<!here>", "<@U123>", "<@!42>", "<@&42>", "@@everyone", "@\u200beveryone");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 8 }), pingy), { maxLength: 12 }), (parts) => {
        expect(defuse(parts.join(""))).not.toMatch(PING);
        expect(cleanInput(parts.join(" "))).not.toMatch(PING);
      }),
    );
  });
});
