import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { startSlack, type SlackAdapter } from "../../../adapters/slack/app.ts";
import { recordingLogger } from "../../support/kb.ts";
import { BOT_USER, FakeSlack } from "./fakeSlack.ts";
import { mention, recordingBot, slackConfig } from "./harness.ts";

const APP_TOKEN = "xapp-1-A0FAKE-fake";

/**
 * A fake of Slack's Socket Mode endpoint: it greets each connection with `hello`, as Slack does,
 * and records what the app sends back (its acknowledgements).
 */
async function fakeSocketMode() {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await once(server, "listening");
  const sockets: WebSocket[] = [];
  const acks: { envelope_id: string }[] = [];
  const acked = new Map<string, () => void>();
  server.on("connection", (socket) => {
    sockets.push(socket);
    socket.on("message", (data) => {
      const ack = JSON.parse(String(data)) as { envelope_id: string };
      acks.push(ack);
      acked.get(ack.envelope_id)?.();
    });
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0FAKE" } }));
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=fake`,
    acks,
    /** Delivers an event over the open connection; settles when the app acknowledges it. */
    deliver(envelopeId: string, event: Record<string, unknown>): Promise<void> {
      const done = new Promise<void>((resolve) => acked.set(envelopeId, resolve));
      const payload = { team_id: "T0FAKE", api_app_id: "A0FAKE", type: "event_callback", event_id: `Ev-${envelopeId}`, event_time: 1, authorizations: [{ team_id: "T0FAKE", user_id: BOT_USER, is_bot: true }], event };
      sockets[0].send(JSON.stringify({ envelope_id: envelopeId, type: "events_api", accepts_response_payload: false, retry_attempt: 0, retry_reason: "", payload }));
      return done;
    },
    close: () => {
      for (const s of sockets) s.terminate();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe("the Slack adapter in Socket Mode (SLACK_APP_TOKEN set)", () => {
  it("connects with the app token, acknowledges events and answers them, without listening on a port", async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const socket = await fakeSocketMode();
    cleanups.push(socket.close);
    slack.answerAlways("apps.connections.open", { ok: true, url: socket.url });

    const adapter: SlackAdapter = await startSlack({ bot: recordingBot(), config: slackConfig({ SLACK_APP_TOKEN: APP_TOKEN }), logger: recordingLogger() }, { apiUrl: slack.apiUrl });
    cleanups.push(() => adapter.stop());
    expect(adapter.port).toBeUndefined();
    expect(slack.calls("apps.connections.open")[0].token).toBe(APP_TOKEN);

    const event = mention(`<@${BOT_USER}> When will the Harbour Bridge reopen?`);
    await socket.deliver("env-1", event);
    const post = (await slack.next("chat.postMessage")).body;
    expect(post).toMatchObject({ channel: "C1", thread_ts: event.ts, text: expect.stringMatching(/^Friday/) });
    expect(socket.acks).toEqual([{ envelope_id: "env-1", payload: {} }]);
  });

  it("rejects the start naming SLACK_APP_TOKEN when Slack refuses it", async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    slack.answerAlways("apps.connections.open", { ok: false, error: "invalid_auth" });
    const start = startSlack({ bot: recordingBot(), config: slackConfig({ SLACK_APP_TOKEN: APP_TOKEN }), logger: recordingLogger() }, { apiUrl: slack.apiUrl });
    await expect(start).rejects.toThrow(/SLACK_APP_TOKEN.*invalid_auth/);
  });
});
