/**
 * Animals on the loose, on an article written for these tests: a count ends at a word for when
 * ("lost 14 sheep overnight on Friday" counts sheep), though "overnight visitors" are still
 * visitors; and animals that "got loose" escaped.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const ZOO =
  "Wolves roam farmland after storm damages wildlife park\n\n" +
  "BRANDON, Manitoba, July 3 (Wire) - Conservation officers searched farmland on Saturday for wolves that fled the Red Pine Wildlife Park after a storm.\n\n" +
  "Of the 19 animals that got loose, 12 had been caught by Friday night, officials said.\n\n" +
  "Helen Moss, a sheep farmer, said she lost 14 sheep overnight on Friday.\n\n" +
  "The park drew about 1.2 million overnight visitors to the region last year.\n";

describe("animals on the loose", () => {
  const k = kb(tempKnowledge({ "zoo.txt": ZOO }));
  answersEach(k, "%s", [
    ["How many sheep did the farmer lose?", /^14 sheep$/],
    ["how many animals escaped", /19/],
    ["how many overnight visitors did the park draw last year", /1\.2 million overnight visitors/],
  ]);
});
