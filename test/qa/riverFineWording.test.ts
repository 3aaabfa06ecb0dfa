/**
 * A polluter fined, on an article written for these tests: "end up in" asks where; "the Wye" is the
 * River Wye, not a group named after it; "which group" is the body the sentence calls a group; a sum
 * named as another kind of money ("a profit of") is no fine; "how many times" is a count, never
 * money; an age beside a name answers "how old is the woman who founded"; and "rejected calls to step
 * down" answers "will he resign" with no.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const FINE =
  "Hollins Dairy fined 3.4 million pounds for slurry spills into River Wye\n\n" +
  "HEREFORD, England, June 3 (Marches Wire) - A dairy processor was ordered on Tuesday to pay 3.4 million pounds for letting slurry leak into the River Wye dozens of times over three years.\n\n" +
  "Prosecutors said the company's tanks had released slurry on 48 occasions, and anglers found more than 900 dead fish along a stretch of the Wye below its Ledbury plant.\n\n" +
  "The judge said the fine reflected a company that reported a profit of 41 million pounds last year.\n\n" +
  "Wye Watch, a volunteer group that first raised the alarm over the fish kill, said Hollins Dairy should lose its permit.\n\n" +
  "The company promised the leaks would end by the autumn.\n\n" +
  "\"They have treated the river as a drain,\" said Carol Pryor, 71, a retired teacher who founded the group in 2018.\n\n" +
  "Chief Executive Simon Hollins, 58, apologised. He rejected calls to step down, saying his job was to fix the plant.\n";

describe("a polluter fined", () => {
  const k = kb(tempKnowledge({ "fine.txt": FINE }));
  answersEach(k, "%s", [
    ["What river did the slurry end up in?", /River Wye/],
    ["how many fish were found dead", /^900 dead fish$/],
    ["Which group was the first to raise the alarm about the dead fish?", /^Wye Watch$/],
    ["How many times did the company release slurry?", /^48 occasions$/],
    ["How old is the woman who set up the group?", /^71 years old$/],
    ["Is Hollins going to resign over this?", /^No\b/],
  ]);

  it("does not give the company's profit as the fine", () => {
    expect(answerQuestion(k, "How big was the fine the judge imposed?").answer).not.toMatch(/41 million/);
  });

  it("reads 'the Wye' as the river, not the group named after it", () => {
    const facts = k.articles[0];
    const wye = facts.mentions.filter((m) => m.text === "Wye");
    expect(wye.length).toBeGreaterThan(0);
    expect(wye.every((m) => m.entity === facts.things.find((t) => t.name === "River Wye")?.id)).toBe(true);
  });
});
