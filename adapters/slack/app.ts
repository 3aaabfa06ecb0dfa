/**
 * The Slack adapter: a Bolt app over the bot. It checks the bot token with Slack before taking
 * anything (a refused token rejects the start, naming SLACK_BOT_TOKEN), then receives events and
 * slash commands over HTTP (on SLACK_PORT, at `/slack/events`) or, when SLACK_APP_TOKEN is set,
 * over Socket Mode. It never reads the environment: everything comes from the config and options.
 */
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import type { SlackConfig } from "../../src/config.ts";
import type { Reply } from "../../src/core/types.ts";
import type { Adapter, AdapterDeps } from "../types.ts";
import { Guard } from "./guard.ts";
import { listen } from "./listeners.ts";
import { boltLogger } from "./logger.ts";
import { renderSlack } from "./render.ts";

/** Where to reach Slack and where to listen; the defaults are production's, tests point them at local fakes. */
export interface SlackOptions {
  /** Base URL of Slack's Web API. Default `https://slack.com/api/`. */
  apiUrl?: string;
  /** HTTP mode: the port to listen on; 0 picks a free one. Default: the config's (SLACK_PORT, 3000). */
  port?: number;
  /** HTTP mode: the interface to listen on, such as `127.0.0.1`. Default: every interface. */
  host?: string;
}

/** A running Slack adapter. Its `done` settles only once it has been stopped. */
export interface SlackAdapter extends Adapter {
  post(channel: string, reply: Reply): Promise<void>;
  /** HTTP mode: the port requests are received on (the real one when 0 was asked for); absent in Socket Mode. */
  readonly port?: number;
}

const LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/** Starts the Slack adapter; rejects with a message naming the variable to fix when Slack refuses a token. */
export async function startSlack(deps: AdapterDeps, options: SlackOptions = {}): Promise<SlackAdapter> {
  const slack = deps.config.slack;
  if (!slack) throw new Error("slack: not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
  const level = LEVELS[deps.config.logLevel];
  const app = new App({
    token: slack.botToken,
    signingSecret: slack.signingSecret,
    ...(slack.appToken ? { socketMode: true, appToken: slack.appToken } : {}),
    // The token is checked by init() below, where a refusal can reject the start; checked in the
    // constructor (Bolt's default), it would be an unhandled rejection.
    deferInitialization: true,
    // Messages from every bot, this one included, are ignored in one place (incoming.ts).
    ignoreSelf: false,
    // The core keeps the conversations.
    convoStore: false,
    logger: boltLogger(deps.logger, level),
    logLevel: level,
    // Shared with Socket Mode's client, so both reach the same Web API.
    clientOptions: options.apiUrl ? { slackApiUrl: options.apiUrl } : {},
  });
  const guard = new Guard(deps.logger);
  listen(app, { bot: deps.bot, logger: deps.logger, guard });
  app.error(async (error) => deps.logger.error("slack: Bolt could not process a request", error));

  await checkToken(app);
  const port = await receive(app, slack, options);
  deps.logger.info(port === undefined ? "slack: connected over Socket Mode" : `slack: receiving events and slash commands on port ${port} at /slack/events`);

  let ended: () => void = () => {};
  const done = new Promise<void>((resolve) => (ended = resolve));
  let stopping: Promise<void> | undefined;
  return {
    name: "slack",
    done,
    ...(port === undefined ? {} : { port }),
    stop: () =>
      (stopping ??= (async () => {
        try {
          await app.stop();
          // Replies being written when the stop came are let through.
          await guard.drain();
        } finally {
          ended();
        }
      })()),
    async post(channel, reply) {
      await app.client.chat.postMessage({ channel, ...renderSlack(reply), unfurl_links: false, unfurl_media: false });
    },
  };
}

/** Asks Slack who the bot token belongs to (auth.test); the bot's user id then lets mentions of it be removed. */
async function checkToken(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const code = slackError(error);
    throw new Error(
      code
        ? `slack: Slack refused SLACK_BOT_TOKEN (auth.test: ${code}); set it to the Bot User OAuth Token (xoxb-...) of the app installed in your workspace`
        : `slack: could not check SLACK_BOT_TOKEN with Slack (auth.test): ${message(error)}`,
      { cause: error },
    );
  }
}

/** Starts receiving: over Socket Mode (no port), or over HTTP, returning the port. */
async function receive(app: App, slack: SlackConfig, options: SlackOptions): Promise<number | undefined> {
  if (slack.appToken) {
    try {
      await app.start();
      return undefined;
    } catch (error) {
      await app.stop().catch(() => undefined);
      const code = slackError(error);
      throw new Error(`slack: could not connect over Socket Mode with SLACK_APP_TOKEN (${code ? `apps.connections.open: ${code}` : message(error)})`, { cause: error });
    }
  }
  const port = options.port ?? slack.port;
  try {
    const server = await app.start({ port, ...(options.host ? { host: options.host } : {}) });
    return (server.address() as AddressInfo).port;
  } catch (error) {
    throw new Error(`slack: could not listen for Slack's requests on port ${port} (SLACK_PORT): ${message(error)}`, { cause: error });
  }
}

/** Slack's error code (`invalid_auth`) when the Web API refused a call. */
function slackError(error: unknown): string | undefined {
  const data = typeof error === "object" && error !== null ? (error as { data?: unknown }).data : undefined;
  const code = typeof data === "object" && data !== null ? (data as { error?: unknown }).error : undefined;
  return typeof code === "string" ? code : undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
