/**
 * How a story about freed captives is asked about, on an article written for these tests: a
 * deadline is a date ("has until", "a deadline of"), "They" is the plural the sentence before opens
 * with, "abducted" for seized, "released" for freed, "work" for operations, "how many of the
 * detained men" asks a part and needs its verb, "the kidnappers, who call themselves ..." names the
 * group whose spokesman is asked, "speaking for", where a clinic they were heading to is, captives
 * "let go", and "al-" shared by two surnames.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Five engineers freed after talks\npublished: 2025-03-14\n---\n" +
  "DOHA, March 14 - Five engineers of a Lisbon-based water charity were freed on Thursday after talks brokered by Qatar.\n\n" +
  "They had been seized on November 3 at a checkpoint outside Marib while driving a truck loaded with pumps to a well the charity runs in the village of Sirwah.\n\n" +
  "Qatari mediator Hamad al-Kuwari said talks began on January 9.\n\n" +
  "The kidnappers, who call themselves the Eastern Clans Council, had initially demanded $2 million. They had set a deadline of February 20, which passed quietly.\n\n" +
  "The dispute began within hours.\n\n" +
  "Nasser Ba-Salim, who has acted as the group's spokesman, told Reuters that $1.1 million had been paid on Tuesday, two days before the hostages were driven to the border crossing at Wadiah.\n\n" +
  "Interior Minister Saleh al-Amri said 6 of the 10 detained clansmen had been freed on Wednesday, but insisted their release had been ordered by a court.\n\n" +
  "The abduction forced the charity to suspend about 30 percent of its operations in Yemen.\n\nThe charity's lawyers have until April 6 to appeal Monday's court ruling on the payment.\n";

describe("freed captives asked in other words", () => {
  const k = kb(tempKnowledge({ "captives.md": ARTICLE }));
  answersEach(k, "%s", [
    ["What was the kidnappers' original deadline?", /February 20/],
    ["what is the deadline for the charity to appeal the ruling", /April 6/],
    ["when were the engineers abducted", /November 3/],
    ["How many of the detained clansmen were released?", /\b6\b/],
    ["what share of its yemen work did the charity have to halt", /30 percent/],
    ["Who has been speaking for the kidnappers?", /Ba-Salim/],
    ["Where was the well the team was heading to?", /Sirwah/],
    ["what did al-Amri say about why the clansmen were let go", /court/],
    ["which frontier post were the captives driven to", /Wadiah/],
    ["where were the engineers abducted", /Marib/],
  ]);
  declinesEach(k, [
    ["no count of the clansmen sent home is given", "How many of the freed clansmen have gone home?"],
    ["no one in the articles is a foreign minister", "What did the foreign minister say?"],
    ["the hostages were driven to Wadiah, not kidnapped there", "where were the hostages kidnapped"],
  ]);
});
