/**
 * The Slack app manifest, generated from the command registry: paste it into "Create New App -> From
 * an app manifest" (https://api.slack.com/apps) and the app has exactly the scopes, events and slash
 * commands the adapter handles. `npm run slack:manifest` prints it.
 */
import type { Command } from "../../src/core/types.ts";

/** Options of {@link slackManifest}. */
export interface ManifestOptions {
  /** The app's name in Slack (at most 35 characters). Default `briefbot`. */
  name?: string;
  /**
   * The public URL of the adapter's HTTP endpoint, `https://your.host/slack/events`: events and
   * slash commands are sent there. Default: none, and the app uses Socket Mode (set SLACK_APP_TOKEN).
   */
  requestUrl?: string;
}

/** One slash command of the manifest. */
export interface ManifestCommand {
  command: string;
  description: string;
  usage_hint?: string;
  url?: string;
  should_escape: boolean;
}

/** The parts of Slack's app manifest (version 1) that briefbot sets. */
export interface SlackManifest {
  _metadata: { major_version: 1 };
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: ManifestCommand[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

/**
 * What the adapter needs from Slack, and why: mentions in channels, direct messages (read and
 * answer), slash commands, and posting (answers, the daily digest). `chat:write.public` lets the
 * digest reach a public channel that subscribed with `/digest subscribe` without inviting the bot
 * (a slash command works in any channel; posting there otherwise fails with `not_in_channel`).
 */
export const BOT_SCOPES = ["app_mentions:read", "chat:write", "chat:write.public", "commands", "im:history"] as const;
/** The events the adapter listens to (`listeners.ts`). */
export const BOT_EVENTS = ["app_mention", "message.im"] as const;

/** The manifest for these commands (normally `bot.commands`, or `COMMANDS` where no bot is running). */
export function slackManifest(commands: readonly Command[], options: ManifestOptions = {}): SlackManifest {
  const name = options.name ?? "briefbot";
  if (!name || name.length > 35) throw new Error(`slack: the app name must have 1 to 35 characters, got '${name}'`);
  const url = options.requestUrl;
  if (url !== undefined && !/^https:\/\/\S+$/.test(url)) throw new Error(`slack: the request URL must be a public https:// URL, such as https://your.host/slack/events; got '${url}'`);
  return {
    _metadata: { major_version: 1 },
    display_information: { name, description: "Answers questions about the news articles it is given, with the sentences it found them in." },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands.map((c) => slashCommand(c, url)),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: false },
      org_deploy_enabled: false,
      socket_mode_enabled: url === undefined,
      token_rotation_enabled: false,
    },
  };
}

function slashCommand(c: Command, url: string | undefined): ManifestCommand {
  // The usage without the command's name: "/positions [party or topic]" -> "[party or topic]".
  const hint = c.usage.slice(c.name.length + 1).trim();
  return {
    command: `/${c.name}`,
    description: c.description,
    ...(hint ? { usage_hint: hint } : {}),
    ...(url ? { url } : {}),
    // Mentions and links arrive as Slack markup, which the adapter and the core clean.
    should_escape: true,
  };
}
