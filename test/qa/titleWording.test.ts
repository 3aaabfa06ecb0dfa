/**
 * The title of a work asked for, on an article written for these tests: "the title of the book"
 * (not only its name), a textbook as a book, "pulled" for withdrawn or removed, and a title in
 * quotation marks with a subtitle after a colon and a span of years.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Board withdraws history textbook\npublished: 2025-03-12\n---\n" +
  "The state education board voted on Tuesday to remove \"Horizons: Europe and the World, 1815-1914\", a 380-page textbook, from the list of approved texts.\n\n" +
  "Pulling a book from 300 schools in the middle of term is no small thing, the union said.\n";

describe("the title of a work", () => {
  const k = kb(tempKnowledge({ "textbook.md": ARTICLE }));
  answersEach(k, "%s", [
    ["what is the title of the book that got pulled", /^Horizons: Europe and the World, 1815-1914$/],
    ["what is the name of the textbook that was removed", /^Horizons/],
  ]);
});
