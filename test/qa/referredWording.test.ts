/**
 * People and bodies a sentence means without naming them, on articles written for these tests:
 * "It estimated" after a sentence about a company, "The family" of someone named before and "Their
 * attorney" right after; a firm whose name joins partners with "&"; the employer of someone the
 * question describes ("the riders' lawyer"); and a lawyer at a firm who acted for the company asked about.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

describe("what a sentence means without naming it", () => {
  const k = kb(
    tempKnowledge({
      "heaters.md":
        "---\ntitle: Heater recall\n---\nOSLO, Jan 8 - Brannvik Electric said on Monday it would recall 90,000 heaters because a switch can overheat.\n\n" +
        "Brannvik said it knew of four fires linked to the fault. " +
        "It estimated that fewer than 0.5 percent of the heaters would fail.\n\n" +
        "For the family of Ingrid Solheim, who died in one of the fires, the recall came too late.\n\n" +
        "The family has sued Brannvik, seeking 30 million crowns in damages.\n\n" +
        "Their lawyer, Petter Aas, said the company had ignored warnings for a year.\n\n" +
        "Kari Moen, a lawyer at the firm Lund & Berg who represented Brannvik at an earlier hearing, declined to comment.\n",
      "couriers.md":
        "---\ntitle: Couriers win case\n---\nA court ruled on Friday that couriers for the app Zipra are employees.\n\n" +
        "Tomas Eng, a lawyer at the firm Vik & Strand who represented the couriers, said the ruling would cost Zipra millions.\n",
    }),
  );
  answersEach(k, "%s", [
    ["what share of the heaters does Brannvik expect to fail", /0\.5 percent/],
    ["How much in damages is the Solheim family seeking?", /30 million crowns/],
    ["who is the lawyer for the Solheim family", /Petter Aas/],
    ["which firm does the couriers' lawyer work for", /Vik & Strand/],
    ["Who represented Brannvik at the earlier hearing?", /Kari Moen/],
  ]);
  declinesEach(k, [["no firm is named for the family's lawyer", "which law firm does Petter Aas work for"]]);
});
