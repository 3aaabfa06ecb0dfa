/**
 * Accents, on an article written for these tests: a question may type a name with its accents or
 * without them, and either way it is the name the article gives ("Agnès" is no "ago", "Yaraví" no
 * "Yarav").
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const BRIDGE =
  "Drivers block bridge over toll rise\n\n" +
  "LIMA, March 12 (Wire) - Truck drivers blocked the Yaraví Bridge on Wednesday in protest at a 55% toll increase.\n\n" +
  "The bridge is run by Vialsur, whose chief executive, Agnès Royer, said the rise was owed under the contract.\n\n" +
  '"We have not raised the toll in nine years," Royer said.\n\n' +
  "José Ñáñez, who leads the drivers' federation, said the blockade would last until Friday.\n";

describe("accents typed or left out", () => {
  const k = kb(tempKnowledge({ "bridge.txt": BRIDGE }));
  answersEach(k, "%s", [
    ["Who is Agnès Royer?", /chief executive/],
    ["who is agnes royer", /chief executive/],
    ["What did Agnès Royer say about the toll?", /nine years/],
    ["How big is the toll increase on the Yaraví Bridge?", /55%/],
    ["who leads the drivers federation", /José Ñáñez/],
    ["What did José Ñáñez say about the blockade?", /Friday/],
  ]);
});
