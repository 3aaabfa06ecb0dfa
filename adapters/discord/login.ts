/**
 * Logging in: the discord.js client briefbot needs, and a login that either ends ready or fails
 * with a message that names DISCORD_TOKEN and says what to do.
 */
import { once } from "node:events";
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Logger } from "../../src/core/types.ts";
import { NO_PINGS } from "./render.ts";

/** Default of {@link LoginOptions.warnAfterMs}. */
export const SLOW_LOGIN_MS = 30_000;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Base URL of Discord's REST API, without the version. Default `https://discord.com/api` (discord.js's). */
  api?: string;
}

/** Options of {@link logIn}. */
export interface LoginOptions {
  /** Warn when the gateway has not said the bot is ready after this long. Default {@link SLOW_LOGIN_MS}. */
  warnAfterMs?: number;
  /** Where that warning goes. Default: nowhere. */
  logger?: Pick<Logger, "warn">;
}

/**
 * A client that sees server messages and DMs. It does without the privileged MessageContent intent
 * (a switch in the developer portal): Discord sends the text of a message that mentions the bot,
 * and of a DM, anyway, and those are all it answers. Partials.Channel lets DMs through, as DM
 * channels are never announced.
 * No reply may ping anyone, whatever a payload says.
 */
export function createClient(options: ClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    // A question deleted before the answer arrives still gets its answer, as a plain post.
    failIfNotExists: false,
    rest: options.api ? { api: options.api } : {},
  });
}

/**
 * Logs in and waits until the client is ready (user known, servers received). On failure the
 * client is destroyed and the error says why, naming DISCORD_TOKEN; the original is its `cause`.
 *
 * There is no time limit: a gateway that does not answer is retried by discord.js for ever, and
 * destroying the client while it waits for the gateway leaves it reconnecting (@discordjs/ws 1.2),
 * so a slow login is only reported, once, after {@link LoginOptions.warnAfterMs}.
 */
export async function logIn(client: Client, token: string, options: LoginOptions = {}): Promise<void> {
  const warnAfterMs = options.warnAfterMs ?? SLOW_LOGIN_MS;
  const slow = setTimeout(() => {
    options.logger?.warn(`discord: not logged in after ${warnAfterMs / 1000} s: Discord's gateway has not said the bot is ready; still trying (LOG_LEVEL=debug shows each step)`);
  }, warnAfterMs);
  // Listen before logging in: with no servers to wait for, "ready" comes before login() returns.
  const stopListening = new AbortController();
  const ready = once(client, Events.ClientReady, { signal: stopListening.signal });
  try {
    await Promise.all([client.login(token), ready]);
  } catch (e) {
    await client.destroy().catch(() => undefined);
    throw loginError(e);
  } finally {
    clearTimeout(slow);
    stopListening.abort();
  }
}

/** A login failure as an error naming DISCORD_TOKEN, with what to do about it. */
export function loginError(e: unknown): Error {
  return new Error(`discord: could not log in with DISCORD_TOKEN: ${reason(e)}`, { cause: e });
}

function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = e && typeof e === "object" && "code" in e ? String(e.code) : "";
  const status = e && typeof e === "object" && "status" in e ? Number(e.status) : 0;
  if (/disallowed intents/i.test(message)) {
    return "Discord refused one of the bot's gateway intents (Guilds, Guild Messages, Direct Messages; none is privileged); check the Bot page of the application in the Discord developer portal";
  }
  if (code === "TokenInvalid" || status === 401 || /authentication failed/i.test(message)) {
    return "Discord refused the token; copy it again from the Bot page of the Discord developer portal (Reset Token)";
  }
  if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|UND_ERR)/.test(code)) return `cannot reach Discord (${code}: ${message})`;
  return message;
}
