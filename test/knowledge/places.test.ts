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

  it("files every name, short form, people and capital of one country under that one country", () => {
    const forms = ["Congo", "Congolese", "DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo"];
    expect(new Set(forms.map((f) => countryOf(f)?.name)).size).toBe(1);
    expect(countryOfCapital("Kinshasa")?.name).toBe(countryOf("Congo")?.name);
  });

  it("has no country twice: no name, short form or capital belongs to two entries", () => {
    const owners = new Map<string, Set<string>>();
    for (const c of COUNTRIES) for (const n of [c.name, ...c.aliases, ...(c.capital ? [c.capital] : [])]) owners.set(n.toLowerCase(), (owners.get(n.toLowerCase()) ?? new Set()).add(c.name));
    expect([...owners].filter(([, names]) => names.size > 1).map(([n, names]) => `${n}: ${[...names].join(" / ")}`)).toEqual([]);
  });
});
