/**
 * A local word explained as news writes it, on an article written for these tests: "What is
 * zama-zama?" is answered by the words the article says it is the name for ("illegal mining, known
 * locally as 'zama-zama'"), written with or without its hyphen.
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach } from "../support/ask.ts";

const MINING =
  "Gold output falls as illegal digging spreads\n\n" +
  "JOHANNESBURG, May 9 (Cape Wire) - South Africa's gold output fell 6% last year, the Minerals Council said, while illegal mining, known locally as \"zama-zama\", spread across abandoned shafts.\n\n" +
  "The council said it had asked police to guard 40 disused sites near Krugersdorp.\n";

describe("a local word explained", () => {
  const k = kb(tempKnowledge({ "mining.txt": MINING }));
  answersEach(k, "%s", [
    ["What is zama-zama?", /^illegal mining$/],
    ["what does zama-zama mean", /^illegal mining$/],
  ]);
});
