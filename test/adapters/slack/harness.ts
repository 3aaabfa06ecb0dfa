/**
 * A running Slack adapter (the real Bolt app) over a real bot and a small knowledge base, talking to
 * a {@link FakeSlack}, and the signed requests Slack would send it: events and slash commands.
 */
import { createHmac } from "node:crypto";
import { startSlack, type SlackAdapter } from "../../../adapters/slack/app.ts";
import { parseConfig, type Config, type SlackConfig } from "../../../src/config.ts";
import { createBot, type Bot } from "../../../src/core/bot.ts";
import type { IncomingMessage } from "../../../src/core/types.ts";
import { CLOCK, kb, recordingLogger, tempKnowledge } from "../../support/kb.ts";
import { BOT_USER, FakeSlack } from "./fakeSlack.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-1-fake-token";

/** One short article, with what must never reach Slack as markup: a broadcast, a special mention and a link. */
export const NEWS = tempKnowledge({
  "bridge.md": `---
title: Harbour bridge to reopen after repairs & checks
published: 2024-05-02
---

The Harbour Bridge in Port Ellis will reopen on Friday after six weeks of repairs, the city council said.

Mara Quill, the council's transport chief, said the repairs cost 4.2 million dollars.

"We thank everyone for their patience @everyone <!channel> <https://evil.example|click here>," Quill said.

Residents & shop owners had complained that the closure cut trade by a third.
`,
});

/** A real bot over {@link NEWS} that also records every message the adapter gives it. */
export function recordingBot(): Bot & { seen: IncomingMessage[] } {
  const bot = createBot({ knowledge: kb(NEWS), clock: CLOCK, logger: recordingLogger() });
  const seen: IncomingMessage[] = [];
  return { commands: bot.commands, seen, handle: (m) => (seen.push(m), bot.handle(m)) };
}

export interface Harness {
  slack: FakeSlack;
  adapter: SlackAdapter;
  bot: Bot & { seen: IncomingMessage[] };
  logger: ReturnType<typeof recordingLogger>;
  /** The adapter's endpoint, `http://127.0.0.1:PORT/slack/events`. */
  url: string;
  stop(): Promise<void>;
}

/** The config `main` would read from the test's Slack variables, plus `extra` ones. */
export function slackConfig(extra: Record<string, string> = {}): Config & { slack: SlackConfig } {
  const parsed = parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, ...extra });
  if (!parsed.ok || !parsed.config.slack) throw new Error(`test config: ${JSON.stringify(parsed)}`);
  return { ...parsed.config, slack: parsed.config.slack };
}

/** Starts a fake Slack and the adapter (HTTP mode, a free port of 127.0.0.1) pointed at it. */
export async function startHarness(options: { bot?: Bot & { seen: IncomingMessage[] }; env?: Record<string, string> } = {}): Promise<Harness> {
  const slack = await FakeSlack.start();
  const bot = options.bot ?? recordingBot();
  const logger = recordingLogger();
  try {
    const adapter = await startSlack({ bot, config: slackConfig(options.env), logger }, { apiUrl: slack.apiUrl, port: 0, host: "127.0.0.1" });
    return {
      slack,
      adapter,
      bot,
      logger,
      url: `http://127.0.0.1:${adapter.port}/slack/events`,
      async stop() {
        await adapter.stop();
        await slack.close();
      },
    };
  } catch (e) {
    await slack.close();
    throw e;
  }
}

/** `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}`: Slack's request signature. */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** How to sign a request; by default as Slack would, now, with the app's secret. */
export interface Signing {
  secret?: string;
  /** Seconds since the epoch. Default: now. */
  timestamp?: number;
}

/** POSTs a body to the adapter, signed. */
export function sendSigned(url: string, body: string, contentType: string, signing: Signing = {}): Promise<Response> {
  const timestamp = signing.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: "POST",
    headers: { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature(body, timestamp, signing.secret) },
    body,
  });
}

let events = 0;

/** Sends one Events API event (`event_callback`), as Slack does. */
export function sendEvent(url: string, event: Record<string, unknown>, signing?: Signing): Promise<Response> {
  const body = {
    token: "legacy-verification-token",
    team_id: "T0FAKE",
    api_app_id: "A0FAKE",
    type: "event_callback",
    event_id: `Ev${++events}`,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: "T0FAKE", user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    event,
  };
  return sendSigned(url, JSON.stringify(body), "application/json", signing);
}

/** Sends a slash command, as Slack does (form-encoded). */
export function sendCommand(url: string, fields: { command: string; text?: string; response_url: string; channel_id?: string; user_id?: string }, signing?: Signing): Promise<Response> {
  const body = new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T0FAKE",
    team_domain: "fake",
    channel_id: "C1",
    channel_name: "news",
    user_id: "U1",
    user_name: "ann",
    text: "",
    api_app_id: "A0FAKE",
    trigger_id: "1.2.3",
    ...fields,
  });
  return sendSigned(url, body.toString(), "application/x-www-form-urlencoded", signing);
}

let clock = 1_700_000_000;

/** A fresh message timestamp, as Slack gives each message. */
export function ts(): string {
  return `${++clock}.000100`;
}

/** An `app_mention` event in channel C1 by user U1. */
export function mention(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const at = ts();
  return { type: "app_mention", user: "U1", text, ts: at, event_ts: at, channel: "C1", ...extra };
}

/** A `message` event in the DM D1 by user U1. */
export function dm(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const at = ts();
  return { type: "message", channel_type: "im", user: "U1", text, ts: at, event_ts: at, channel: "D1", ...extra };
}

/** Every mrkdwn and plain text in a message's blocks, and its `text`. */
export function textsOf(body: Record<string, unknown>): string[] {
  const out: string[] = typeof body.text === "string" ? [body.text] : [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string") out.push(o.text);
      else Object.values(o).forEach(walk);
    }
  };
  walk(body.blocks);
  return out;
}
