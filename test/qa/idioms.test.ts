import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstWords, IDIOM_PATTERNS, idioms, mayHoldIdiom } from "../../src/qa/idioms.ts";

/** Every idiom in one pattern: what the quick check must never miss. */
const ANY = new RegExp(IDIOM_PATTERNS.map((re) => `(?:${re.source})`).join("|"), "i");

/** Words the idioms are made of, and some they are not, to build texts from. */
const VOCABULARY = [...new Set(IDIOM_PATTERNS.flatMap((re) => re.source.match(/[a-z]+/gi) ?? []))].concat(["the", "Union", "vote", "Cleveland", "18", "42"]);
const text = fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(" ", " ", "-", ", ", ".", "'s ", "%")), { maxLength: 9 }).map((parts) => parts.map(([w, sep]) => w + sep).join("").trim());

describe("set phrases in questions", () => {
  it("are put as the articles say them", () => {
    expect(idioms("How many people lost their lives?")).toBe("How many people died?");
    expect(idioms("Who is the CEO?")).toBe("Who is the chief executive?");
    expect(idioms("How full is the reservoir right now?")).toBe("How full is the reservoir?");
    expect(idioms("When did the festival kick off")).toBe("When did the festival opened");
    expect(idioms("what share have the crews managed to recover")).toBe("what share have the crews recover");
    expect(idioms("what is the price tag on the upgrade")).toBe("what is the cost on the upgrade");
    expect(idioms("How much has the bank put aside?")).toBe("How much has the bank set aside?");
    expect(idioms("how many ferry staff downed tools?")).toBe("how many ferry staff walked out?");
    expect(idioms("How long did it take firefighters to get the fire contained?")).toBe("How long did firefighters get the fire contained?");
    expect(idioms("which group claimed responsibility for the attack")).toBe("which group claimed the attack");
    expect(idioms("how much per person are the customers' lawyers after")).toBe("how much a person are the customers' lawyers seeking");
  });

  it("leave a question without one as it is", () => {
    expect(idioms("Where are the talks held?")).toBe("Where are the talks held?");
    expect(mayHoldIdiom("Where are the talks held?")).toBe(false);
  });

  it("are read off the plain patterns by their first words", () => {
    expect(firstWords(/\b(?:brush|brushed) off\b/gi)).toEqual(["brush", "brushed"]);
    expect(firstWords(/\s*\b(?:right now|at the moment)\b/gi)).toEqual(["right", "at"]);
    expect(firstWords(/\bceos?\b/gi)).toEqual(["ceo", "ceos"]);
    // A pattern of another shape, or one that minds case, is tried as a pattern.
    expect(firstWords(/\b(?:(?:a|one) )?minute and a half\b/gi)).toBeUndefined();
    expect(firstWords(/\b([A-Za-z]+)-era\b/g)).toBeUndefined();
    // A choice at the top: the first words of every branch count, so it is tried as a pattern.
    expect(firstWords(/\blet the public know\b|\bmade public\b/gi)).toBeUndefined();
  });

  it("are never missed by the quick check", () => {
    fc.assert(
      fc.property(text, (t) => {
        if (ANY.test(t)) expect(mayHoldIdiom(t)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
