/**
 * Everyday words and initials a question may use that the article puts otherwise, on an article
 * written for these tests: "the NGO's samples" names no body of its own, "in front of" the
 * courthouse is outside it, a "limit" is the article's "cap", and "RSV" is a disease, no body.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Villagers block road to copper mine\npublished: 2025-03-12\n---\n" +
  "Water samples collected by the Highland Rivers Network, an environmental group, found copper at 4.6 times the legal level.\n\n" +
  "Outside the courthouse, around 200 protesters gathered in light rain.\n\n" +
  "The operator said the plan would not raise the existing cap of 26 aircraft movements per night.\n";

describe("everyday words the article puts otherwise", () => {
  const k = kb(tempKnowledge({ "mine.md": ARTICLE }));
  answersEach(k, "%s", [
    ["by how many times did copper in the NGO's samples exceed the legal level?", /4\.6 times/],
    ["How many protesters turned out in front of the courthouse?", /200/],
    ["What is the limit on aircraft movements per night?", /26/],
  ]);
});

describe("a disease's initials name no body", () => {
  it("does not take RSV for an organization", () => {
    const k = kb(tempKnowledge({ "rsv.md": "---\ntitle: Shots delayed\n---\nThe clinics will protect older patients against RSV this winter, the authority said.\n" }));
    expect(k.articles[0].things.map((t) => t.name)).not.toContain("RSV");
  });
});
