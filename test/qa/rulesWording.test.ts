/**
 * How a story about a new city rule is asked about, on an article written for these tests: "kick in"
 * for when the rule starts where the article never says "take effect", "who wrote" a document asks
 * its author ("drafted by"), "how fast" a thing must be done asks a time ("within 48 hours"), "take
 * down" for remove, "the taxi drivers' group" for the body named for them, and "how fast can they
 * go" asks a speed.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const ARTICLE =
  "---\ntitle: Porto limits rental scooters\npublished: 2025-03-11\n---\n" +
  "PORTO, March 11 - Porto's city council approved new limits on rental scooters late on Tuesday.\n\n" +
  "The rules, drafted by councillor Ines Sobral, start on July 1 and let the city order operators to remove any of their 4,000 scooters that are badly parked within 2 hours.\n\n" +
  "Rui Pestana, president of the Porto Taxi Association, welcomed the vote.\n\n" +
  "Scooters can reach 25 km per hour, police said.\n\n" +
  "Under the plan, the yearly licence fee paid by operators would rise from 800 euros to 1,200 euros, phased in over three years beginning in January 2026.\n";

describe("a new city rule asked in other words", () => {
  const k = kb(tempKnowledge({ "scooters.md": ARTICLE }));
  answersEach(k, "%s", [
    ["when do the rules kick in", /July 1/],
    ["When would the higher fees start to kick in?", /January 2026/],
    ["who wrote the rules", /Sobral/],
    ["how fast do operators have to take down badly parked scooters", /2 hours/],
    ["who leads the taxi drivers' group", /Pestana/],
    ["how fast can the scooters go", /25 km per hour/],
  ]);
  declinesEach(k, [["no time is given for when riders must be insured", "how fast do riders have to get insurance"]]);
});

describe("a border jam asked in other words", () => {
  const k = kb(
    tempKnowledge({
      "jam.md":
        "---\ntitle: Lorries stuck at border\npublished: 2025-03-12\n---\n" +
        "SOFIA, March 12 - More than 2,000 lorries were stuck in queues stretching up to 21 km at the Vetren crossing on Wednesday.\n\n" +
        "Ivan Petkov, chairman of the National Union of Road Hauliers, said his organisation had warned the government in January that the new checks would slow traffic.\n\n" +
        "Kerem Aydin, president of the International Drivers' Federation of Turkey, said members were losing money.\n",
    }),
  );
  answersEach(k, "%s", [
    ["how far back did the truck lines stretch", /21 km/],
    ["when did the haulage union warn the government", /January/],
    ["who leads the turkish drivers' federation", /Aydin/],
  ]);
});
