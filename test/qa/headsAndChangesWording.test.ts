/**
 * An agency's head by its usual title, and the end of a change asked for "now", on an article
 * written for these tests: "the agency's acting administrator" heads the agency, and a membership
 * "rising from about 900 to roughly 2,700" is 2,700 now, however far the number stands from the word.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

describe("heads by title and changes by their ends", () => {
  const k = kb(
    tempKnowledge({
      "agency.md":
        "---\ntitle: Safety agency opens probe\n---\nThe National Transport Safety Agency opened an investigation in October after receiving complaints from drivers.\n\n" +
        "Lena Marsh, the agency's acting administrator, said on Tuesday that the inquiry would widen.\n\n" +
        "Pia Holm said the drivers' union's membership among delivery couriers had more than doubled since the complaints began, rising from about 900 to roughly 2,700.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who is the acting head of the National Transport Safety Agency?", /Lena Marsh/],
    ["how big is the union's courier membership now", /2,700/],
  ]);
});
