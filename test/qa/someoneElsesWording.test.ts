/**
 * Facts that belong to someone or something else in the same sentence, on an article written for
 * these tests: the age and the name of a victim a speaker describes ("a 34-year-old teacher, Novak
 * said"), the president of another body than the one asked, the mayor a prefect acted on, a rally
 * held on a day no hearing is, a share of farmland for "how much wheat"; and a denial that answers
 * "does it admit".
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

const FLOOD =
  "Flash flood kills three in Moravian town; utility denies blame\n\n" +
  "OLOMOUC, May 12 (Central Wire) - A flash flood swept through the town of Litovel on Sunday, killing three people, officials said.\n\n" +
  "Among the dead was a 34-year-old teacher, Captain Pavel Novak said. Novak, who leads the regional fire brigade, said 80 firefighters took part.\n\n" +
  "The water utility, Litovel Water Works, denied any negligence over the burst reservoir wall.\n\n" +
  "The case was brought by the Farmers' Union and the Young Growers union. \"We lost everything,\" said Eva Dvorak, president of the Farmers' Union.\n\n" +
  "The regional prefect suspended Mayor Jiri Holub on Monday.\n\n" +
  "The growers plan to hold a rally outside the regional court on Friday, May 17.\n\n" +
  "About 4,000 hectares of the district's farmland were flooded last year, roughly 9 percent of its arable land. Its wheat production fell to about 21,000 tonnes.\n";

describe("facts that belong to someone else in the sentence", () => {
  const k = kb(tempKnowledge({ "flood.txt": FLOOD }));
  declinesEach(k, [
    ["the teacher's age is not the speaker's", "How old is Pavel Novak?"],
    ["the teacher is not named; the speaker is someone else", "What was the name of the 34-year-old teacher who died?"],
    ["only the Farmers' Union's president is quoted", "What did the president of the Young Growers union say about the flood?"],
    ["the prefect is not named; the mayor is whom he suspended", "What is the name of the prefect who suspended the mayor?"],
    ["the court's hearing has no date; Friday is the rally's", "On what date will the regional court hold its hearing?"],
  ]);
  answersEach(k, "%s", [
    ["Does the water utility admit it was negligent?", /^No\b.*denied any negligence/],
    ["how much wheat did the district produce", /21,000 tonnes/],
  ]);

  it("does not give a share of farmland for an amount of something else", () => {
    expect(answerQuestion(k, "how much wheat did the district produce last year").answer).not.toMatch(/9 percent/);
  });
});
