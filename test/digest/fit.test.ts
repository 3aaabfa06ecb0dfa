import { describe, expect, it } from "vitest";
import { DIGEST_MAX_CHARS, dailyDigest } from "../../src/digest/fit.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { BUNDLED, PING, botOver, expectKind, kb, say, tempKnowledge } from "../support/kb.ts";

describe("the daily digest post", () => {
  it("is the digest /digest previews, titled for its day, with its plain text", () => {
    const preview = expectKind(say(botOver(BUNDLED), "/digest"), "sections");
    const posted = dailyDigest(kb(BUNDLED), "2021-03-18");
    expect(posted?.kind).toBe("sections");
    if (posted?.kind !== "sections") return;
    expect(posted.title).toBe("Digest for 2021-03-18");
    expect(posted.sections).toEqual(preview.sections);
    expect(posted.text).toBe(preview.text.replace(/^Digest preview for 2021-03-18/, "Digest for 2021-03-18"));
    expect(posted.text.length).toBeLessThanOrEqual(DIGEST_MAX_CHARS);
  });

  it("is made safe like every reply: no pings", () => {
    const dir = tempKnowledge({ "ping.md": "---\ntitle: Hello @everyone and <!channel>\n---\n\nThe council said on Monday that the bridge would reopen. \"We are ready,\" said Mayor Lena Ortiz.\n" });
    const posted = dailyDigest(loadKnowledge(dir), "2021-03-18");
    expect(posted?.text).toContain("Hello");
    expect(posted?.text).not.toMatch(PING);
  });

  it("is nothing when there are no articles", () => {
    expect(dailyDigest(loadKnowledge(tempKnowledge({})), "2021-03-18")).toBeUndefined();
  });
});
