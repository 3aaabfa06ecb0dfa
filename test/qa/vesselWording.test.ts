/**
 * A seized boat, on an article written for these tests: "said that the skipper, 51-year-old Name,"
 * gives the name its role, past the age between them; a skipper is a captain; and in "the skipper of
 * the Vietnamese boat" the country says whose the boat is, not whose side the skipper is on.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const BOAT =
  "Navy detains Vietnamese fishing boat\n\n" +
  "MANILA, June 2 (Wire) - The Philippine navy detained a Vietnamese fishing boat on Sunday in waters both countries claim.\n\n" +
  "The boat's owner, Somchai Rattana, said by telephone that the skipper, 51-year-old Anan Srisuk, had reported being outside the disputed zone.\n";

describe("a seized boat's crew", () => {
  const k = kb(tempKnowledge({ "boat.txt": BOAT }));
  answersEach(k, "%s", [
    ["who's the skipper of the vietnamese boat", /Anan Srisuk/],
    ["who is the captain of the boat", /Anan Srisuk/],
  ]);

  it("gives the skipper his role past the age before his name", () => {
    expect(k.articles[0].people.find((p) => p.name === "Anan Srisuk")?.roles).toContain("skipper");
  });
});
