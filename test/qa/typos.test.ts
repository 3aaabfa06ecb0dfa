import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/knowledge/base.ts";
import { extractFacts } from "../../src/knowledge/extract.ts";
import { parseArticle } from "../../src/knowledge/parseArticle.ts";
import { correct, editDistance, fixFunctionWord, fixQuestionWord, soundsLike } from "../../src/qa/typos.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";
import { readQuestion } from "../../src/qa/question.ts";
import { answerQuestion } from "../../src/qa/answer.ts";

/** The textbook table, to check the fast one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

const shortWord = fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e"), maxLength: 9 });

describe("typo distances", () => {
  it("count a swap of neighbouring letters as one slip", () => {
    expect(editDistance("when", "whne")).toBe(1);
    expect(editDistance("trial", "trail")).toBe(1);
    expect(editDistance("blinken", "blinkin")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("agree with the full table, and when bounded, give up only beyond the bound", () => {
    fc.assert(
      fc.property(shortWord, shortWord, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const full = reference(a, b);
        expect(editDistance(a, b)).toBe(full);
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("mend slipped question words and leave real words alone", () => {
    expect(fixQuestionWord("wher")).toBe("where");
    expect(fixQuestionWord("hwo")).toBe("how");
    expect(fixQuestionWord("manny")).toBe("many");
    expect(fixQuestionWord("whos")).toBe("who");
    expect(fixFunctionWord("abuot")).toBe("about");
    expect(fixFunctionWord("about")).toBe("about");
    expect(fixQuestionWord("whats")).toBe("what");
    expect(fixQuestionWord("where")).toBe("where");
    // First in the question, a real word one slip from a question word is that word ("wen"), but not "were".
    expect(fixQuestionWord("wen", true)).toBe("when");
    expect(fixQuestionWord("were", true)).toBe("were");
    expect(fixQuestionWord("wen")).toBe("wen");
    expect(fixQuestionWord("wats", true)).toBe("what");
    expect(fixQuestionWord("hats", true)).toBe("hats");
    expect(fixQuestionWord("wear")).toBe("wear");
  });

  it("spell by sound", () => {
    expect(soundsLike("petishun")).toBe(soundsLike("petition"));
    expect(soundsLike("fone")).toBe(soundsLike("phone"));
  });

  it("correct a question word to the articles' spelling, but not an English word into another one", () => {
    const article = "---\ntitle: Vote\npublished: 2025-10-06\n---\n\nThe political crisis deepened after striking workers reduced output at Brightvale on Monday.\n";
    const kb = buildKnowledgeBase([extractFacts(parseArticle("articles/vote.md", article))]);
    expect(correct(kb, "brigthvale")).toBe("brightvale");
    expect(correct(kb, "politcal")).toBe("political");
    expect(correct(kb, "strikers")).toBe("striking");
    expect(correct(kb, "position")).toBe("position");
  });

  it("double a letter typed once, though the dictionary takes 'runing' for a form of 'run'", () => {
    const article = "---\ntitle: Line\n---\n\nThe line should be running by 2031, after work stopped in March.\n";
    const kb = buildKnowledgeBase([extractFacts(parseArticle("articles/line.md", article))]);
    expect(correct(kb, "runing")).toBe("running");
    expect(correct(kb, "stoped")).toBe("stopped");
    expect(correct(kb, "line")).toBe("line");
  });

  it("mend one vowel typed for another, though the stem is the articles' for another word ('governer' and 'government')", () => {
    const article = "---\ntitle: Review\n---\n\nThe government said the governor of Harju county would chair an independent review.\n";
    const kb = buildKnowledgeBase([extractFacts(parseArticle("articles/review.md", article))]);
    expect(correct(kb, "governer")).toBe("governor");
    expect(correct(kb, "independant")).toBe("independent");
    // Real words and forms of the articles' words stay as typed.
    expect(correct(kb, "governed")).toBe("governed");
    expect(correct(kb, "reviews")).toBe("reviews");
  });
});

describe("englishSlip: a long English word typed with one slip", () => {
  it("fixes it when one word is one edit away", async () => {
    const { englishSlip } = await import("../../src/qa/typos.ts");
    expect(englishSlip("reinforcment")).toBe("reinforcement");
    expect(englishSlip("plantiff")).toBe("plaintiff");
  });
  it("leaves short words (maybe names), stop words and words with two near forms", async () => {
    const { englishSlip } = await import("../../src/qa/typos.ts");
    expect(englishSlip("pryde")).toBe("pryde");
    expect(englishSlip("against")).toBe("against");
    expect(englishSlip("headquarterd")).toBe("headquarterd");
  });
});

describe("a slip fixed to another form of a word keeps the word's stand-ins", () => {
  const k = kb(
    tempKnowledge({
      "inquiry.md":
        "---\ntitle: Misconduct\n---\nThe university's 90-page report, the product of a 19-month inquiry, found that the lab had altered images.\n\n" +
        "The investigating panel examined 37 papers.\n",
    }),
  );
  it("reads 'investigaton' as 'investigation', not as the article's 'investigating'", () => {
    expect(readQuestion(k, "how long did the investigaton take").words).toContain("investigation");
  });
  answersEach(k, "%s", [["how long did the investigaton take", /19-month/]]);
});

describe("a real word the articles never use, one slip from one they do, before declining", () => {
  const k = kb(
    tempKnowledge({
      "final.md":
        "---\ntitle: Cup final\n---\nKelvinside's manager, Alan Hume, said his players had earned the trophy.\n\n" +
        "The mayor, Joan Reid, said the city would hold a parade on Sunday.\n",
    }),
  );
  answersEach(k, "%s", [
    ["who is the manger of kelvinside", /Alan Hume/],
    ["who is the mayer", /Joan Reid/],
  ]);
  it("keeps a verb as typed: 'arrived' is no slip of 'arrested'", () => {
    expect(answerQuestion(k, "did the fans arrive").answered).toBe(false);
  });
});

describe("a surname typed with a capital and one slip, though the dictionary knows the slip", () => {
  const k = kb(
    tempKnowledge({
      "tariff.md":
        "---\ntitle: Tariff row\n---\nEfrain Cortes, the union's secretary-general, demanded that companies rehire laid-off workers.\n\n" +
        "The ministry said the duties would stay in place for two years.\n",
    }),
  );
  answersEach(k, "%s", [["what is Cortez demanding from the companies", /rehire laid-off workers/]]);
  it("leaves the word alone typed in lower case, where it may be meant as it is", () => {
    expect(readQuestion(k, "what did the conquistador cortez find").words).toContain("cortez");
  });
});

describe("a doer's noun is no slip of its verb", () => {
  const k = kb(
    tempKnowledge({
      "mine.md": "---\ntitle: Mine blockade\n---\nThe mine processes roughly 3,400 tonnes of ore a day and employs about 640 people.\n",
    }),
  );
  it("keeps 'employees' as typed, though the article says 'employs'", () => {
    expect(readQuestion(k, "How many employees does the mine have?").words).toContain("employees");
  });
  answersEach(k, "%s", [["How many employees does the mine have?", /640/]]);
});
