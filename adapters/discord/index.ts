/**
 * The Discord adapter: a discord.js client that answers mentions in servers, DMs and slash
 * commands with the core's replies, registers the slash commands from the command registry at
 * start, and posts the daily digest to a channel.
 *
 * Each event is handled inside one guard: a failure is logged with its stack and the person gets
 * a short apology, and the bot keeps running.
 */
import { Events, type Client } from "discord.js";
import type { DiscordConfig } from "../../src/config.ts";
import type { Bot } from "../../src/core/bot.ts";
import type { Logger, Reply } from "../../src/core/types.ts";
import type { Adapter, StartAdapter } from "../types.ts";
import { registerCommands } from "./commands.ts";
import { answerCommand, apologiseFor } from "./interactions.ts";
import { createClient, logIn } from "./login.ts";
import { answerMessage, questionIn } from "./messages.ts";
import { NO_PINGS, renderDiscord, type DiscordPost } from "./render.ts";

/** Options of {@link startDiscord}. */
export interface DiscordOptions {
  bot: Bot;
  logger: Logger;
  /** DISCORD_TOKEN and DISCORD_APPLICATION_ID. */
  discord: DiscordConfig;
  /**
   * Base URL of Discord's REST API, without the version. Default `https://discord.com/api`.
   * The gateway is wherever this API's `GET /gateway/bot` says, so this one URL moves both (tests
   * point it at a fake Discord on 127.0.0.1).
   */
  api?: string;
  /** Warn when the login has not completed after this many milliseconds (it keeps trying). Default 30 s. */
  slowLoginMs?: number;
}

/** What a person sees when handling their message failed on our side. */
export const APOLOGY: DiscordPost = {
  content: "Sorry, something went wrong on my side while answering that. It has been logged; please try again.",
  embeds: [],
  allowedMentions: NO_PINGS,
};

/**
 * Logs in, registers the slash commands and starts answering. Rejects with a message naming
 * DISCORD_TOKEN when the login fails, or DISCORD_APPLICATION_ID when the registration does.
 */
export async function startDiscord(options: DiscordOptions): Promise<Adapter> {
  const { bot, logger, discord } = options;
  const client = createClient({ ...(options.api ? { api: options.api } : {}) });
  listen(client, bot, logger);
  await logIn(client, discord.token, { logger, ...(options.slowLoginMs ? { warnAfterMs: options.slowLoginMs } : {}) });
  try {
    await registerCommands(client.rest, discord.applicationId, bot.commands);
  } catch (e) {
    await client.destroy();
    throw new Error(`discord: could not register the slash commands of application ${discord.applicationId} (DISCORD_APPLICATION_ID): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  logger.info(`discord: logged in as ${client.user?.tag ?? "?"}; ${bot.commands.length} slash commands registered`);

  let stopped: Promise<void> | undefined;
  return {
    name: "discord",
    // A platform adapter runs until it is stopped.
    done: new Promise<void>(() => undefined),
    stop: () => (stopped ??= client.destroy()),
    post: (channel, reply) => post(client, channel, reply),
  };
}

/** Starts the Discord adapter from the configuration `main` read. */
export const startDiscordAdapter: StartAdapter = async ({ bot, config, logger }) => {
  if (!config.discord) throw new Error("discord: not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID");
  return startDiscord({ bot, logger, discord: config.discord, ...(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}) });
};

/** The adapter's entry points: every event goes through {@link guard}. */
function listen(client: Client, bot: Bot, logger: Logger): void {
  client.on(Events.MessageCreate, (message) => {
    let asked = false;
    void guard(
      logger,
      `message ${message.id} in channel ${message.channelId}`,
      async () => {
        const question = questionIn(message, message.client.user.id);
        if (question === undefined) return;
        asked = true;
        await answerMessage(message, question, bot);
      },
      // Only someone who asked gets an apology; other messages in the channel are none of the bot's business.
      async () => {
        if (asked) await message.reply(APOLOGY);
      },
    );
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    void guard(logger, `/${interaction.commandName} in channel ${interaction.channelId}`, () => answerCommand(interaction, bot), () => apologiseFor(interaction, APOLOGY));
  });
  client.on(Events.Error, (e) => logger.error("discord: client error", e));
  client.on(Events.Warn, (message) => logger.warn(`discord: ${message}`));
  client.on(Events.Debug, (message) => logger.debug(`discord: ${message}`));
}

/** Runs one event's handler; a failure is logged and apologised for, never thrown. */
async function guard(logger: Logger, what: string, handle: () => Promise<void>, apologise: () => Promise<void>): Promise<void> {
  try {
    await handle();
  } catch (e) {
    logger.error(`discord: failed to handle ${what}`, e);
    try {
      await apologise();
    } catch (again) {
      logger.warn(`discord: could not apologise for ${what}: ${again instanceof Error ? again.message : String(again)}`);
    }
  }
}

/** Posts a reply to a channel by id (the digest). Rejects, naming the channel, when Discord refuses. */
async function post(client: Client, channelId: string, reply: Reply): Promise<void> {
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new Error("not a channel the bot can post in");
    for (const p of renderDiscord(reply)) await channel.send(p);
  } catch (e) {
    throw new Error(`discord: could not post to channel ${channelId}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
