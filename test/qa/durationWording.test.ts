/**
 * How long something lasts, on an article written for these tests: "last" asks the length and is no
 * word the sentence must hold ("returned to profit last year" says nothing of it), an earlier event's
 * length ("the first strike since a 24-hour walkout in 2019") is not this one's, and neither is the
 * notice before a strike or a "months-long dispute". "How many seconds" asks a length of time like
 * "how many minutes".
 */
import { describe } from "vitest";
import { kb, tempKnowledge } from "../support/kb.ts";
import { answersEach, declinesEach } from "../support/ask.ts";

const AIRLINE =
  "---\ntitle: Cabin crew at Aurora Air to strike for 72 hours\npublished: 2025-08-11\n---\n" +
  "Cabin crew at Aurora Air to strike for 72 hours\n\n" +
  "ATHENS, August 11 - Cabin crew at Aurora Air will walk out from Saturday in a dispute over pay, their union said on Tuesday.\n\n" +
  "The dispute is the first full strike at Aurora since a 24-hour walkout in November 2019.\n\n" +
  "Aurora, which returned to profit last year for the first time since 2018, called the strike irresponsible.\n";

const NURSES =
  "---\ntitle: Nurses vote to authorize strike\npublished: 2025-09-10\n---\n" +
  "Nurses at Harbor General have voted to authorize a strike, escalating a months-long dispute over staffing.\n\n" +
  "The union must give the hospital 10 days' notice before walking out, and no strike can begin before Sept. 22.\n";

const LAUNCH =
  "---\ntitle: Test rocket lost after launch\npublished: 2025-05-02\n---\n" +
  "A test rocket carrying two weather satellites broke apart about 95 seconds after lifting off from Kourou on Friday, ending its first flight, its builder said.\n";

describe("how long something lasts", () => {
  const k = kb(tempKnowledge({ "airline.md": AIRLINE, "nurses.md": NURSES }));
  answersEach(k, "%s", [["how long will the walkout last", /72 hours/]]);
  answersEach(kb(tempKnowledge({ "launch.md": LAUNCH })), "%s", [["How many seconds into the flight did the rocket break up?", /95 seconds/]]);
  declinesEach(k, [
    ["the notice and the dispute are not the strike's length", "How long would the nurses' strike last?"],
  ]);
});
