/**
 * A poultry cull, on an article written for these tests: "how wide" is the size written before the
 * zone asked about; "by 5 to 8 percent" is given whole; "a turkey" typed in lower case is the bird the
 * story counts, not the country; "and what's ..." carries on the chat and asks a "what" question; a
 * payout is an amount; "how many of the birds are turkeys" is not answered by a count of "chickens
 * and turkeys" together. An outbreak that "struck" on Sunday is when it hit.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const CULL =
  "Hungary culls 900,000 birds after bird flu outbreak\n\n" +
  "SZEGED, Hungary, December 3 (Wire) - Vets began culling about 900,000 chickens and turkeys on 14 farms on Tuesday after an outbreak of bird flu.\n\n" +
  "Authorities declared a 4-kilometre protection zone around the first farm, within which all poultry must be destroyed, and a 12-kilometre surveillance zone where the movement of eggs is restricted.\n\n" +
  "The outbreak struck at dawn on Sunday, when workers found 2,000 dead birds at a farm near Mako.\n\n" +
  "The region is among the most exposed to outbreaks, and Mako has been hit before.\n\n" +
  "The ministry will pay farmers 900 forints for each chicken and 2,600 forints for each turkey culled.\n\n" +
  "Analyst Gabor Toth said wholesale egg prices could rise by 4 to 9 percent over the next month.\n";

describe("a cull's wording", () => {
  const k = kb(tempKnowledge({ "cull.txt": CULL }));
  answersEach(k, "%s", [
    ["How wide is the zone where all poultry must be killed?", /^4 kilometre/],
    ["how wide is the surveillance zone", /^12 kilometre/],
    ["how much could wholesale egg prices climb", /4 to 9 percent/],
    ["and what's the payout for a turkey?", /^2,600 forints$/],
    ["what day did the outbreak hit", /^Sunday$/],
  ]);
  declinesEach(k, [["no count of turkeys alone", "how many of the culled birds are turkeys"]]);
});
