/**
 * A football club and the people around it, on an article written for these tests: the club's own
 * name is not short for its supporters' trust, the agency in the dateline is no body of the story,
 * "Dean" before one name is a given name, "the 39-year-old" and a reported "he" are the person just
 * named, and "take charge of the first team" says who leads it.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const CLUB =
  "Harbourside Rovers part company with coach Pellow after sixth straight defeat\n\n" +
  "BRISTOL, October 4 (Westcountry Sports Wire) - Harbourside Rovers sacked head coach Martin Pellow on Saturday night after a 3-1 defeat at Kingsmere Athletic, their sixth straight league loss.\n\n" +
  "The club said in a statement that the 39-year-old had left with immediate effect.\n\n" +
  "Lena Varga, who coaches the women's team, will take charge of the first team on an interim basis.\n\n" +
  "Owner Piotr Zalewski, a Polish logistics businessman who bought the club in 2021, hired Pellow in May 2023. The Harbourside Rovers Supporters' Trust, which says it speaks for 5,200 fans, welcomed the decision.\n\n" +
  "\"We have been asking for change since August,\" said Dean Okoro, who chairs the trust.\n\n" +
  "Pellow's contract ran until 2027. Local newspapers reported on Sunday that he would receive about 1.2 million pounds in compensation.\n\n" +
  "Asha Banerjee, the club's spokeswoman, said a new coach would be named within a month.\n";

describe("a club and its supporters", () => {
  const k = kb(tempKnowledge({ "club.txt": CLUB }));
  answersEach(k, "%s", [
    ["Who owns Harbourside Rovers?", /Zalewski/],
    ["How many fans does the trust say it speaks for?", /5,200/],
    ["How old is the head coach?", /^39 years old$/],
    ["How old is Pellow?", /^39 years old$/],
    ["When was Pellow appointed?", /May 2023/],
    ["how much compensation is pellow expected to get", /1\.2 million pounds/],
    ["Who is in charge of the first team for the time being?", /Varga/],
  ]);

  it("reads the club and its supporters' trust as two bodies, and no agency of the dateline as the club", () => {
    const things = k.articles[0].things.map((t) => t.name);
    expect(things).toContain("Harbourside Rovers");
    expect(things).toContain("Harbourside Rovers Supporters' Trust");
    const banerjee = k.articles[0].people.find((p) => p.name === "Asha Banerjee");
    expect(banerjee?.roles.join(" ")).not.toMatch(/Wire/);
  });

  it("reads 'Dean' before one name as a given name, not a title", () => {
    const okoro = k.articles[0].people.find((p) => p.name.endsWith("Okoro"));
    expect(okoro?.name).toBe("Dean Okoro");
    expect(okoro?.roles).not.toContain("Dean");
  });
});
