import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitForLimit } from "../../src/render/split.ts";

describe("splitting a long reply into posts", () => {
  it("keeps a short reply whole", () => {
    expect(splitForLimit("short\nreply", 2000)).toEqual(["short\nreply"]);
  });

  it("cuts between lines", () => {
    expect(splitForLimit("aaaa\nbbbb\ncccc", 10)).toEqual(["aaaa\nbbbb", "cccc"]);
  });

  it("cuts an over-long line at a space", () => {
    expect(splitForLimit("one two three four five", 10)).toEqual(["one two", "three four", "five"]);
  });

  it("every part fits the limit, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.integer({ min: 1, max: 120 }), (text, limit) => {
        for (const part of splitForLimit(text, limit)) expect(part.length).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it("loses no words", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 80 }), fc.integer({ min: 12, max: 60 }), (words, limit) => {
        const text = words.join(" ");
        expect(splitForLimit(text, limit).join(" ").split(/\s+/).filter(Boolean)).toEqual(words);
      }),
    );
  });
});
