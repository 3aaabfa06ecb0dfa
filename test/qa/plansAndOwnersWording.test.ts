/**
 * On articles written for these tests: what is only planned or weighed ("would ask parliament to
 * pass", "were considering a strike") does not confirm that it happened; a law or a tax "brought in"
 * is introduced; "the convention" is the named one a sentence before; "the retailer's finance chief"
 * is the company's chief financial officer; "last year" may be the year a story names when it has no
 * date of its own. "The name of the ship they found" asks for a ship's name, not "We found".
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const CHAIN =
  "Furniture chain Bramwell & Hart files for bankruptcy\n\n" +
  "LEEDS, May 6 (Wire) - Bramwell & Hart Ltd, the 90-year-old British furniture chain, filed for administration on Monday and said it would close 40 of its 120 shops.\n\n" +
  "The Leeds-based retailer blamed high rents and a slump in online sales.\n\n" +
  "Olivia Penrose, the company's chief financial officer, said sales fell 9 percent in 2024 to 310 million pounds.\n\n" +
  "Union leader Mark Devlin said members were considering a strike in Manchester if severance pay was cut.\n\n" +
  "Business Secretary Amira Lodge said she would ask parliament to pass a new law protecting workers' pensions before the summer.\n\n" +
  "Ireland introduced a similar pension guarantee levy in 2019.\n";

const WRECK =
  "Divers find 18th-century wreck off Cornwall\n\n" +
  "PLYMOUTH, June 2 (Wire) - Divers have found the wreck of a merchant ship off Cornwall, and Britain and the Netherlands both claim its cargo.\n\n" +
  "The Netherlands has signed the 2001 Paris Convention on Historic Wrecks, which bars the sale of recovered cargo.\n\n" +
  "Britain ratified the convention in 2011.\n\n" +
  '"We found this ship when nobody else could," said Tom Reed, the diver who led the search.\n';

describe("plans, owners and named documents", () => {
  const k = kb(tempKnowledge({ "chain.txt": CHAIN, "wreck.txt": WRECK }));
  answersEach(k, "%s", [
    ["Who is the retailer's finance chief?", /Olivia Penrose/],
    ["By what percentage did sales drop last year?", /9 percent/],
    ["when did ireland bring in its pension levy", /2019/],
    ["what year did britain ratify the paris wrecks treaty", /2011/],
  ]);
  declinesEach(k, [
    ["only weighed", "did the union actually go ahead with the strike in manchester"],
    ["only to be asked for", "did parliament end up passing the new pension law?"],
    ["no name is given: not 'We found'", "whats the name of the ship they found"],
  ]);
});
