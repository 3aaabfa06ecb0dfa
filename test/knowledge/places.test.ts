import { describe, expect, it } from "vitest";
import { COUNTRIES } from "../../src/lexicon/countries.ts";
import { countryOf, countryOfCapital, countryOfWords } from "../../src/lexicon/places.ts";
import { words } from "../../src/qa/text.ts";

describe("country look-up by the words of a text", () => {
  it("agrees with the general look-up for every name, short form, demonym and capital, alone and in running text", () => {
    const forms = COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms, c.capital]);
    for (const form of forms) {
      const ws = words(`talks with ${form} officials`);
      ws.forEach((w, i) => {
        const expected = (ws[i + 1] ? countryOf(`${w} ${ws[i + 1]}`) : undefined) ?? countryOf(w) ?? countryOfCapital(w);
        expect(countryOfWords(w, ws[i + 1])?.name, `${w} ${ws[i + 1] ?? ""}`).toBe(expected?.name);
      });
    }
  });

  it("reads dotted short forms and two-word names", () => {
    expect(countryOfWords("u.s")?.name).toBe(countryOf("U.S.")?.name);
    expect(countryOfWords("south", "korea")?.name).toBe(countryOf("South Korea")?.name);
    expect(countryOfWords("south", "said")).toBeUndefined();
    expect(countryOfWords("talks")).toBeUndefined();
  });
});
