/**
 * A resignation, on an article written for these tests: "her resignation" is the woman of the
 * sentence before, not the man the sentence names; someone who only speaks of "the resignation" did
 * not resign; a stand-in named "as acting head" runs the place; a people's word is no one; a size
 * written before its change ("an 8 percent cut"); and a role owned by another country than the story's.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const QUIT =
  "---\ntitle: Norvian broadcaster chief quits over edited interview\n---\n" +
  "TALLIN, May 2 (Reuters) - The director general of Norvia's public broadcaster resigned on Monday.\n\n" +
  "Marta Lind, who had run the Norvian Broadcasting Corporation (NBC) since 2019, said she took full responsibility.\n\n" +
  "The board said it had accepted her resignation and named deputy director general Petr Olsen as acting head until a successor is found.\n\n" +
  "Culture Minister Ivo Berg called the resignation \"a necessary first step\".\n\n" +
  "Berg also confirmed that a 6 percent cut in the NBC's funding would go ahead.\n\n" +
  "Officials in Kastel, a neighbouring state, said they were watching closely.\n";

describe("a resignation", () => {
  const k = kb(tempKnowledge({ "quit.md": QUIT }));

  answersEach(k, "%s", [
    ["who resigned", /Marta Lind/],
    ["Who stepped down as head of the NBC?", /Marta Lind/],
    ["who is running the broadcaster now on an interim basis", /Petr Olsen/],
    ["By how much is the govt cutting NBC funding?", /6 percent/],
    ["who is Norvia's culture minister", /Ivo Berg/],
  ]);
  declinesEach(k, [
    ["the culture minister is Norvia's, not Kastel's", "who is Kastel's culture minister"],
  ]);
});
