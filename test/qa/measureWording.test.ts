/**
 * A sale and a vote, on articles written for these tests: the amount said of the measure asked ("a
 * record, $9.1 million") and not of another ("an estimate of $5 million", "double the record"); a
 * word the articles hyphenate typed joined ("presale"); "this port" for the town a story is filed
 * from; and the words a parliament story uses for the question's ("members" for lawmakers, an
 * amendment for a proposal, a meeting that "opened" for one that began).
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const SALE =
  "---\ntitle: Landscape sets auction record\n---\n" +
  "MARLOW, June 4 (Reuters) - \"River at Dusk\", a 1907 canvas by the painter Ida Kovac, fetched $21.5 million on Tuesday, more than double the previous auction record for the artist and well above a pre-sale estimate of $8 million to $12 million.\n\n" +
  "Kovac's previous auction record, $9.1 million, was set in Paris in 2016.\n\n" +
  "The art market shrank by about 9 percent last year, according to industry estimates.\n\n" +
  "It had agreed to hold back payment to the seller for 30 days, a spokeswoman said.\n";

const VOTE =
  "---\ntitle: Parliament passes ferry bill\n---\n" +
  "HOLMSUND, May 2 (Reuters) - The annual conference of the Northern Ferry Council, which opened in this harbour town on Monday, ended without a deal.\n\n" +
  "Parliament passed the Coastal Ferries Bill by 88 votes to 71 on Thursday. At least nine members of the ruling coalition voted against it.\n\n" +
  "An amendment that would have allowed whole islands to opt out was defeated 90 to 69 on Wednesday.\n";

const LAUNCH =
  "---\ntitle: Cracked mirror delays telescope\n---\n" +
  "OSLAND, March 16 (Reuters) - A mirror segment for the Vela space telescope cracked during testing, the agency said on Monday.\n\n" +
  "The launch, which had been scheduled for November 19, would now take place \"no earlier than January 2028\", the agency's chief said.\n\n" +
  "The pandas were due to stay until 2034 under the original agreement.\n\n" +
  "The row began on Friday, Oct. 10, when the president presented the Freedom Medal to a journalist.\n\n" +
  "Tam Tam's birth in August 2023 drew crowds to the zoo.\n\n" +
  "The mayor's campaign committee, Onward Osland, said it would appeal.\n\n" +
  "Nine passengers were taken to hospital, among them an 84-year-old man in serious condition.\n\n" +
  "The ferry line said it would refund 50 percent of every passenger's fare.\n\n" +
  "Officials said 23 new cases had been recorded in the previous 24 hours.\n\n" +
  "The zoo said adult pandas Bao Lin and Xiu Mei, along with their two-year-old daughter Tam Tam, must be flown back by Nov. 30.\n\n" +
  "The carmaker is recalling 120,000 vehicles. About 76,000 of the vehicles were sold in the United States and roughly 44,000 in Canada, it said.\n";

describe("amounts of the measure asked, and a parliament's words", () => {
  const launch = kb(tempKnowledge({ "launch.md": LAUNCH }));
  answersEach(launch, "%s", [
    // "new" is a word the article need not repeat; "no earlier than" gives the earliest date
    ["what's the new earliest launch date", /January 2028/],
    // "supposed to" for "due to", "originally" for "the original agreement"
    ["Originally, until what year were the pandas supposed to stay?", /2034/],
    // a date before "when" dates what the "when" clause tells
    ["when was the medal handed over?", /Oct\. 10/],
    // "born" for "birth"
    ["when was tam tam born?", /August 2023/],
    // a name given beside the words for the thing, asked what it is called
    ["whats the mayor's campaign committee called", /^Onward Osland$/],
    ["what is the mayor's campaign committee called", /^Onward Osland$/],
    // a man is a passenger asked about by what else the question says of him
    ["how old is the passenger in serious condition?", /84 years old/],
    ["How much of the fare will passengers get back?", /50 percent/],
    // an event named only to place the time asked need not be in the article
    ["how many new cases were there in the 24 hours before the announcement", /23/],
    ["how old is tam tam", /two years old/],
    // each number is the country's named after it; "the recalled vehicles" describes, it is no verb to find
    ["how many of the recalled vehicles were sold in canada", /44,000/],
    ["how many vehicles were sold in the united states", /76,000/],
  ]);
  // the age before "daughter Tam Tam" is hers, not her parents'
  declinesEach(launch, [["no age is given for Bao Lin", "How old is Bao Lin?"]]);

  const sale = kb(tempKnowledge({ "sale.md": SALE }));
  const vote = kb(tempKnowledge({ "vote.md": VOTE }));

  answersEach(sale, "%s", [
    ["what was the presale estimate", /\$8 million to \$12 million/],
    ["What was the artist's previous auction record?", /\$9\.1 million/],
    ["how much did the painting sell for", /\$21\.5 million/],
    ["what is the title of the painting that was sold", /River at Dusk/],
  ]);
  declinesEach(sale, [["the seller is never named; the spokeswoman only speaks of them", "who is the seller of the painting"]]);

  answersEach(vote, "%s", [
    ["In which town did the conference take place?", /Holmsund/],
    ["what day of the week did the conference begin", /Monday/],
    ["How many coalition lawmakers voted against the bill?", /nine/],
    ["what happened to the proposal letting entire islands opt out", /defeated/],
  ]);
});
