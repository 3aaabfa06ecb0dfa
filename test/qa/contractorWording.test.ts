/**
 * A project story's wording, on an article written for these tests: a firm named with a word the
 * name finder does not know ("Construction"), known by its short form and by "which"; "which company
 * is the main contractor" answered by the sentence that says "contractor"; "It remained stuck" after
 * a sentence about a machine; a time, not a length, for how long something was stuck; "claims worth"
 * a sum for what is claimed; and a river by its name.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

describe("a tunnel project's wording", () => {
  const k = kb(
    tempKnowledge({
      "tunnel.md":
        "---\ntitle: Tunnel late and over budget\n---\nBRANDHOLM, May 3 - The Westway tunnel under the Oster River will open two years late, a committee said on Tuesday, blaming the regional transit authority that signed the construction contract.\n\n" +
        "The main contractor, Torvik-Lund Construction, which leads a consortium of three firms, rejected the findings.\n\n" +
        "In 2023 the boring machine Greta stalled about 300 metres short of the river's northern bank. It remained stuck for five months while engineers froze the ground.\n\n" +
        "Torvik-Lund has lodged claims worth $420 million against the transit authority, and its $2.1 billion estimate for the whole tunnel was published last year.\n\n" +
        "Torvik-Lund's chief executive, Ines Kohl, said the firm would finish the work.\n",
    }),
  );
  answersEach(k, "%s", [
    ["which company is the main contractor on the tunnel", /Torvik-Lund Construction/],
    ["How long was the boring machine stuck under the river?", /five months/],
    ["How much is the contractor claiming from the transit authority?", /\$420 million/],
    ["which river does the tunnel go under", /Oster River/],
  ]);
});

describe("a contractor named only in a sentence about blame", () => {
  const k = kb(
    tempKnowledge({
      "tram.txt":
        "Leeds tram line two years late\n\n" +
        "LEEDS, March 12 (Aire Wire) - Leeds's new tram line will open two years late and 200 million pounds over budget, officials said on Tuesday, as the main partners in the project traded blame.\n\n" +
        "Councillor Ruth Amis blamed the contractor, Kestrel Civils Group, for what she called chronic mismanagement.\n",
    }),
  );
  answersEach(k, "%s", [["Which firm is the main contractor on the tram project?", /^Kestrel Civils Group$/]]);
});
