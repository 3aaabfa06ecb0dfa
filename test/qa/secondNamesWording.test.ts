/**
 * People called by a second name and money given in a clause of its own, on an article written for
 * these tests: "The Danish-born choreographer" after a sentence naming her, born where the word says;
 * "the ballet's artistic director" asked with the company's possessive; "brought in as a mediator"
 * for "hired"; "putting in" money; "committed an additional" sum beside another donor's; and staff
 * who are no count of subscribers.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("second names and clauses of their own", () => {
  const k = kb(
    tempKnowledge({
      "ballet.md":
        "---\ntitle: Ballet dancers end strike\n---\nDUNMORE, April 2 - Dancers of the Dunmore City Ballet ended a ten-week strike on Monday after a new contract was agreed.\n\n" +
        "Artistic director Lotte Brandvold said she was relieved. The Danish-born choreographer, who has led the ballet since 2016, had stayed neutral during the dispute.\n\n" +
        "The talks were overseen by Ruth Okonjo, a retired judge who was brought in as a mediator in March.\n\n" +
        "The Albrecht Foundation pledged $2 million, and local banker Simon Tye committed an additional $600,000, the ballet said.\n\n" +
        "The company will also save money by leaving four staff positions unfilled.\n",
    }),
  );
  answersEach(k, "%s", [
    ["Who is the ballet's artistic director?", /Lotte Brandvold/],
    ["How long has Brandvold been leading the ballet?", /since 2016/],
    ["Where was the artistic director born?", /Denmark/],
    ["Who was brought in to mediate the talks?", /Ruth Okonjo/],
    ["How much money is Simon Tye putting in?", /\$600,000/],
  ]);
  declinesEach(k, [["staff are no subscribers", "how many subscribers does the Dunmore City Ballet have"]]);
});
