/**
 * An operator and its counts, on an article written for these tests: "The operator, Portoviva
 * Concessoes," is a company when the story also gives "Portoviva's chief executive" (the title after
 * a name); and a headline's "hundreds of flights" gives way to the exact count the story gives.
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const FERRY =
  "Portoviva Concessoes scraps hundreds of sailings as crews walk out\n\n" +
  "LISBON, May 4 (Wire) - Ferry crews on the Tagus walked out on Monday, and the operator, Portoviva Concessoes, cancelled 318 sailings.\n\n" +
  "Rui Camacho, Portoviva's chief executive, said the strike would cost the company 2 million euros a day.\n";

describe("an operator and its counts", () => {
  const k = kb(tempKnowledge({ "ferry.txt": FERRY }));
  answersEach(k, "%s", [
    ["which company operates the ferries", /Portoviva Concessoes/],
    ["how many sailings did portoviva cancel", /^318 sailings$/],
  ]);

  it("reads the operator named after a company title as a company", () => {
    expect(k.articles[0].things.filter((t) => t.kind === "organization").map((t) => t.name)).toContain("Portoviva Concessoes");
  });
});
