/**
 * What a side asks for, said with "calling for" in a sentence that ranks below another naming the
 * side (one where it "called" something else a name): the sentence that says what it wants answers.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Dockers' union hits back\npublished: 2025-04-11\n---\n" +
  "The dockworkers' union, Havenbond (HB), objected to what it called the police's portrayal of its members as the weak link.\n\n" +
  "Els Vink, the union's Rotterdam secretary, said two of the four dockworkers arrested had been released without charge on Friday afternoon.\n\n" +
  "\"Our members are not the problem; they are the ones being threatened at their own front doors,\" Vink said, calling for an anonymous reporting line and police protection for workers who are approached.\n";

describe("what a side is asking for", () => {
  const k = kb(tempKnowledge({ "union.md": ARTICLE }));
  answersEach(k, "%s", [["what is the union asking for", /anonymous reporting line/]]);
});
