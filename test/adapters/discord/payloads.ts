/**
 * What a fake Discord sends: a small world (one server with a channel and a thread, a person, another
 * bot, a DM) and the gateway payloads about it, shaped as Discord documents them and with the
 * fields discord.js reads.
 */

/** Snowflakes of the fake world. The application and its bot user share an id, as on Discord. */
export const IDS = {
  app: "100000000000000001",
  bot: "100000000000000001",
  guild: "200000000000000001",
  botRole: "200000000000000002",
  general: "300000000000000001",
  thread: "300000000000000002",
  /** A channel the client has not seen, so posting to it fetches it first. */
  news: "300000000000000003",
  dm: "300000000000000004",
  alice: "400000000000000001",
  otherBot: "400000000000000002",
} as const;

export type Json = Record<string, unknown>;

const JOINED = "2024-01-01T00:00:00.000Z";

export function user(id: string, username: string, bot = false): Json {
  return { id, username, discriminator: "0", global_name: username, avatar: null, ...(bot ? { bot: true } : {}) };
}

export const USERS: Record<string, Json> = {
  [IDS.bot]: user(IDS.bot, "briefbot", true),
  [IDS.alice]: user(IDS.alice, "alice"),
  [IDS.otherBot]: user(IDS.otherBot, "otherbot", true),
};

/** READY: who the bot is, its application, and the one server it is in (sent in full right after). */
export function ready(gateway: string): Json {
  return {
    v: 10,
    user: USERS[IDS.bot],
    guilds: [{ id: IDS.guild, unavailable: true }],
    session_id: "fake-session",
    resume_gateway_url: gateway,
    shard: [0, 1],
    application: { id: IDS.app, flags: 0 },
  };
}

const role = (id: string, name: string, extra: Json = {}): Json => ({ id, name, permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, ...extra });

/** The text channels the fake knows, for `GET /channels/:id`. */
export const CHANNELS: Record<string, Json> = {
  [IDS.general]: { id: IDS.general, type: 0, guild_id: IDS.guild, name: "general", position: 0, permission_overwrites: [] },
  [IDS.news]: { id: IDS.news, type: 0, guild_id: IDS.guild, name: "news", position: 1, permission_overwrites: [] },
  [IDS.thread]: {
    id: IDS.thread,
    type: 11,
    guild_id: IDS.guild,
    parent_id: IDS.general,
    name: "follow-ups",
    owner_id: IDS.alice,
    message_count: 0,
    member_count: 1,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: JOINED, locked: false },
  },
};

/** GUILD_CREATE: the server with #general and its thread (not #news), its roles and the bot as a member with its managed role. */
export function guild(): Json {
  return {
    id: IDS.guild,
    name: "Newsroom",
    icon: null,
    owner_id: IDS.alice,
    unavailable: false,
    large: false,
    member_count: 3,
    joined_at: JOINED,
    features: [],
    emojis: [],
    stickers: [],
    roles: [role(IDS.guild, "@everyone"), role(IDS.botRole, "briefbot", { managed: true, position: 1, tags: { bot_id: IDS.bot } })],
    channels: [CHANNELS[IDS.general]],
    threads: [CHANNELS[IDS.thread]],
    members: [{ user: USERS[IDS.bot], roles: [IDS.botRole], joined_at: JOINED, deaf: false, mute: false, flags: 0 }],
    presences: [],
    voice_states: [],
  };
}

let nextId = 900000000000000000n;
/** A fresh snowflake. */
export function snowflake(): string {
  return String(nextId++);
}

/** Where a message is posted: a server channel (default #general) or the DM with alice. */
export type Place = { channel?: string } | { dm: true };

/**
 * MESSAGE_CREATE from `author` (default alice), with the mentions Discord would compute from the
 * content: users for `<@id>` and `<@!id>`, roles for `<@&id>`, everyone for `@everyone`/`@here`.
 */
export function message(content: string, options: { author?: string; place?: Place } = {}): Json {
  const author = options.author ?? IDS.alice;
  const place = options.place ?? {};
  const mentioned = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => USERS[m[1]]).filter(Boolean);
  const base = {
    id: snowflake(),
    type: 0,
    content,
    author: USERS[author],
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: /@(everyone|here)\b/.test(content),
    mentions: mentioned,
    mention_roles: [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]),
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0,
  };
  if ("dm" in place) return { ...base, channel_id: IDS.dm, channel_type: 1 };
  return { ...base, channel_id: place.channel ?? IDS.general, guild_id: IDS.guild, channel_type: 0, member: { roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0 } };
}

/** INTERACTION_CREATE for a slash command used by alice in a channel (default #general). */
export function slashCommand(name: string, options: Record<string, string> = {}, channel: string = IDS.general): Json {
  return {
    id: snowflake(),
    application_id: IDS.app,
    type: 2,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: channel,
    channel: { id: channel, type: 0, guild_id: IDS.guild, name: "general" },
    member: { user: USERS[IDS.alice], roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0, permissions: "0" },
    app_permissions: "0",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": IDS.guild },
    context: 0,
    data: { id: snowflake(), name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
  };
}
