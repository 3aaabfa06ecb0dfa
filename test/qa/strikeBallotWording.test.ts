/**
 * A strike ballot, on an article written for these tests: "the National Union of Resident Nurses"
 * is one body (a plural noun after the title is the group it is of), its initials name it wherever
 * they come again, "the union" is the association, "Its council" is its own; the turnout answers only
 * a question about turnout; a salary is what someone earns; a bonus is a payment; a direction word
 * ends a count ("six clinics south of"); and "last walked out" is the last strike, not one that
 * "could" come.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const BALLOT =
  "Irish nurses back strike as health service offers last-minute deal\n\n" +
  "DUBLIN, May 6 (Liffey Press) - Trainee nurses in Ireland have voted to walk out for two days next month, their union said on Monday.\n\n" +
  "The Association of Resident Nurses (CNRI), which represents about 6,300 nurses in training, said 79 percent of those who took part in the ballot backed strike action, on a turnout of 64 percent.\n\n" +
  "\"Enough is enough,\" said Orla Keane, the association's president and a third-year resident at St. Brigid's hospital in Galway.\n\n" +
  "A first-year trainee currently earns a base salary of about 2,100 euros a month, according to CNRI figures.\n\n" +
  "The health service offered a 5 percent increase over two years and a one-off payment of 900 euros for every trainee.\n\n" +
  "Keane said the union would attend talks on Thursday. Its executive council will meet on Saturday to decide whether to put the offer to members.\n\n" +
  "\"We will protect emergency care,\" said Chief Executive Brian Doyle of the Shannon Hospital Group, which runs six clinics south of Limerick.\n\n" +
  "Trainee nurses last walked out nationally in March 2022. If Thursday's talks fail, the union said it could call a second strike in September.\n";

describe("a strike ballot", () => {
  const k = kb(tempKnowledge({ "ballot.txt": BALLOT }));
  answersEach(k, "%s", [
    ["What percentage of those voting supported walking out?", /^79 percent$/],
    ["what was the turnout", /^64 percent$/],
    ["What does a first-year trainee earn a month?", /2,100 euros/],
    ["How much is the one-time bonus in the offer?", /900 euros/],
    ["How many clinics does Doyle's group operate?", /^six clinics$/],
    ["When did trainee nurses last hold a national strike?", /March 2022/],
    ["When does the union's executive council meet to consider the offer?", /Saturday/],
    ["At which hospital does Keane work?", /St\. Brigid's hospital/],
  ]);
  declinesEach(k, [["no guards' union is ever mentioned ('guards' could be a verb, but a possessive is a noun)", "Did the guards' union say it would join the walkout?"]]);

  it("reads a body of a group ('of Resident Nurses') as one name, and its initials as that body", () => {
    const things = k.articles[0].things.map((t) => t.name);
    expect(things).toContain("Association of Resident Nurses");
    expect(things).not.toContain("CNRI");
    expect(k.articles[0].people.map((p) => p.name)).not.toContain("Nurses");
  });
});
