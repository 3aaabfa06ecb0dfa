/**
 * A metro fire, on an article written for these tests: a time in brackets after another restates it
 * for readers elsewhere ("at about 7:40 a.m. (2240 GMT)"), so the first answers; names joined
 * before "stations" are places; and the fare "before the increase" is the one it rose from, though
 * the new one is the one given per ride.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const METRO =
  "Fire halts Seoul metro line\n\n" +
  "SEOUL, June 5 (Wire) - A fire broke out at about 7:40 a.m. (2240 GMT) on Tuesday on a train travelling between Dong Gyeong and Han Seomun stations, the operator said.\n\n" +
  "The city council approved a fare increase in December.\n\n" +
  "Since January, passengers have paid a fare of 1,650 won per ride, up from 1,400 won.\n";

describe("a metro fire's wording", () => {
  const k = kb(tempKnowledge({ "metro.txt": METRO }));
  answersEach(k, "%s", [
    ["what time did the fire start", /^about 7:40 a\.m\.$/],
    ["what was the fare before the increase", /^1,400 won$/],
  ]);

  it("reads names joined before 'stations' as places", () => {
    const places = k.articles[0].things.filter((t) => t.kind === "place").map((t) => t.name);
    expect(places).toEqual(expect.arrayContaining(["Dong Gyeong", "Han Seomun"]));
  });
});
