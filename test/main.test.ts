/**
 * `npm start` with a chat platform configured, against a fake Slack on 127.0.0.1 (SLACK_API_URL):
 * it starts the Slack adapter instead of the console, keeps the digest subscriptions in DATA_DIR,
 * stops cleanly on SIGTERM, and refuses a token Slack refuses with one line naming the variable.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORE_FILE } from "../src/digest/store.ts";
import { FakeSlack } from "./adapters/slack/fakeSlack.ts";
import { startTs, type Running } from "./support/spawn.ts";

describe("npm start with Slack configured", () => {
  let slack: FakeSlack;
  let running: Running | undefined;
  beforeEach(async () => {
    slack = await FakeSlack.start();
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await slack.close();
  });
  const env = async (data: string) => ({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: slack.apiUrl, SLACK_PORT: String(await freePort()), DATA_DIR: data, LOG_LEVEL: "info" });

  it("starts the Slack adapter, keeps the subscriptions in DATA_DIR, and stops cleanly on SIGTERM", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "briefbot-data-")), "nested");
    running = startTs("src/main.ts", { env: await env(data) });
    await running.stderrLine(/main: Slack adapter started/);
    expect(slack.calls("auth.test").length).toBeGreaterThan(0);
    expect(existsSync(join(data, STORE_FILE))).toBe(true);
    const code = await running.stop();
    running = undefined;
    expect(code).toBe(0);
  });

  it("refuses a token Slack refuses, with one line naming SLACK_BOT_TOKEN", async () => {
    slack.answerAlways("auth.test", { ok: false, error: "invalid_auth" });
    running = startTs("src/main.ts", { env: await env(mkdtempSync(join(tmpdir(), "briefbot-data-"))) });
    const line = await running.stderrLine(/main: Slack did not start/);
    expect(line).toMatch(/SLACK_BOT_TOKEN/);
    expect(await running.exited).toBe(1);
    running = undefined;
  });
});

/** A port nothing listens on now (SLACK_PORT takes 1 to 65535, not 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
