/**
 * Questions put in other words than the article's: a plural of a listed word ("companies" for
 * "firms"), a set phrase ("set up", "start running again", "do for a living"), wanting said as
 * "called on", and a deed the article gives to "she" or "he" after naming the person.
 * An article written for these tests.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const DEPOT =
  "Fire at Marlow depot halts city buses for a second day\n\n" +
  "CRANFORD, May 9 - Bus services across Cranford were suspended for a second day on Wednesday after a fire destroyed part of the main Marlow Road depot, the city's transport authority said.\n\n" +
  "The Cranford Transport Authority (CTA), which runs 41 routes, said the fire broke out shortly before midnight on Monday in a workshop where electric buses were being charged.\n\n" +
  "Glenda Ashby, the authority's operations director, said engineers were checking the wiring of every charger. She expected services to resume on Friday morning.\n\n" +
  "Councillor Petra Novak, who chairs the council's transport committee, said the authority had been warned about the chargers last year. She called on the mayor, Colin Reyes, to order an independent inquiry into the fire.\n\n" +
  "The Cranford Chamber of Trade, which represents about 640 firms, said shops in the centre had lost trade. Its president, Hugo Laine, said the closure would cost local businesses around 2 million pounds a day.\n\n" +
  '"My shift starts at six and there was simply no way to get in," said Tomasz Wirth, a 34-year-old baker from the suburb of Elmhurst. "I walked for an hour."\n\n' +
  "The Riders' Union, founded by retired teacher Ada Kemp in 2011, is calling for the authority's charging contract to be suspended until the inquiry reports. Mel Ortiz, the union's national secretary, said drivers had raised the alarm in March.\n\n" +
  "Reyes said he understood the anger of passengers. He estimated that the repairs would take at least six weeks.\n\n" +
  "Ortiz said drivers would announce strike dates unless the contract was suspended by June 1.\n\n" +
  "The Office of Transport Safety said it would examine the chargers, since two similar fires had broken out at depots in the north last year.\n\n" +
  "Shares in rival coach operator Lyndon Group jumped 8 percent on Wednesday.\n";

describe("a question in other words than the article's", () => {
  const k = kb(tempKnowledge({ "depot.txt": DEPOT }));
  answersEach(k, "%s", [
    // A plural the synonyms list only in the singular ("company" and "firm").
    ["how many companies does the chamber of trade represent", /640/],
    // Set phrases.
    ["when will services start running again", /Friday/],
    // And one typed with a slip, read once the slip is fixed.
    ["when will services strat running again", /Friday/],
    ["what does Wirth do for a living", /baker/],
    ["who set up the riders union", /Ada Kemp/],
    // A union's national secretary leads it, whatever apostrophe its name is typed with.
    ["who leads the riders union", /Mel Ortiz/],
    // Words of one meaning: climb and jump.
    ["which company saw its stock climb", /Lyndon Group/],
    // A verb of a clause that only says which ("before naming") need not be the sentence's.
    ["by what date does the union want the contract suspended before naming strike dates", /June 1/],
  ]);
});

describe("a deed the article gives to 'she' or 'he' after naming the person", () => {
  const k = kb(tempKnowledge({ "depot.txt": DEPOT }));
  answersEach(k, "%s", [
    // "She called on the mayor, Colin Reyes, to order an independent inquiry": she wants it, not he.
    ["who wants an independent inquiry into the fire", /Petra Novak/],
    ["which councillor wants an inquiry", /Petra Novak/],
    // "He estimated that ...": the mayor named in the sentence before; "how long" opens a clause of a "who" question.
    ["who estimated how long the repairs would take", /Colin Reyes/],
  ]);

  it("is not the person the question names: whom she called on is the one named after her", () => {
    const a = answerQuestion(k, "who did Novak call on to order an inquiry");
    expect(a.answer).toMatch(/Colin Reyes/);
    expect(a.answer).not.toMatch(/Novak/);
  });

  it("is not given to someone a later pronoun cannot mean: the wanted inquiry is not the mayor's", () => {
    expect(answerQuestion(k, "who wants an independent inquiry into the fire").answer).not.toMatch(/Reyes/);
  });
});
