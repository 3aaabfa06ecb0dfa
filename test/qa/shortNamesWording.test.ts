/**
 * Short names as news writes them, on an article written for these tests: one word in brackets after
 * a long name ("National Forestry and Wildlife Service (Fornaser)"), initials a law is "known by"
 * in another language, and a name that ends in "Law" has no military title in it ("the General
 * Forestry and Wildlife Law").
 */
import { describe, expect, it } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const FOREST =
  "Chile fines logger over illegal clearing\n\n" +
  "VALDIVIA, Chile, Aug 8 (Andes Wire) - The National Forestry and Wildlife Service (Fornaser) fined logging company Maderas del Sur on Tuesday.\n\n" +
  "Under the General Forestry and Wildlife Law, known by its Spanish initials LGFS, a company that clears native forest must replant it.\n\n" +
  "Fornaser said the company had cleared 400 hectares. Director Paula Ibanez said inspectors had found the clearing in May.\n";

describe("short names as news writes them", () => {
  const k = kb(tempKnowledge({ "forest.txt": FOREST }));
  answersEach(k, "%s", [
    ["What does Fornaser stand for?", /National Forestry and Wildlife Service/],
    ["What does LGFS stand for?", /General Forestry and Wildlife Law/],
  ]);

  it("reads the law as a law, not a person titled General", () => {
    const facts = k.articles[0];
    expect(facts.things.map((t) => t.name)).toContain("General Forestry and Wildlife Law");
    expect(facts.people.map((p) => p.name)).not.toContain("Forestry and Wildlife Law");
  });
});
