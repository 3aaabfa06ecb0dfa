import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STORE_FILE } from "../../src/digest/store.ts";
import { runTs } from "../support/spawn.ts";

describe("npm start and the daily digest", () => {
  it("on the console alone: previews the digest, explains that subscribing needs a channel, and keeps no subscription file", () => {
    const data = mkdtempSync(join(tmpdir(), "briefbot-data-"));
    const run = runTs("src/main.ts", [], { input: "/digest\n/digest subscribe\n", env: { DATA_DIR: data } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Digest preview for \d{4}-\d\d-\d\d\n/);
    expect(run.stdout).toContain("/digest subscribe works in a Slack or Discord channel, where I can post the daily digest; here there is no channel to post to.");
    expect(readdirSync(data)).not.toContain(STORE_FILE);
  });

  it("with a chat platform configured, refuses a broken subscription file with one line naming it", () => {
    const data = mkdtempSync(join(tmpdir(), "briefbot-data-"));
    const file = join(data, STORE_FILE);
    writeFileSync(file, "not a database at all, just text ".repeat(40));
    const run = runTs("src/main.ts", [], { input: "/sources\n", env: { DATA_DIR: data, SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`digest: the subscription database ${file} cannot be used: file is not a database. Move it aside to start with no subscriptions, or restore it from a backup.\n`);
    expect(run.stdout).toBe("");
  });
});
