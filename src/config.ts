/**
 * briefbot's configuration, read from the environment once and validated. Every problem names its
 * variable; secret values are never repeated in messages. `.env.example` documents each variable.
 */

/** Slack is configured when both its bot token and signing secret are set. */
export interface SlackConfig {
  /** SLACK_BOT_TOKEN, `xoxb-...`. */
  botToken: string;
  /** SLACK_SIGNING_SECRET. */
  signingSecret: string;
  /** SLACK_APP_TOKEN, `xapp-...`: optional; when set, Slack is reached over Socket Mode (no public URL). */
  appToken?: string;
  /** SLACK_PORT: the port Slack's HTTP requests (events, slash commands) are received on. Unused in Socket Mode. Default 3000. */
  port: number;
  /** SLACK_API_URL: base URL of Slack's Web API, for a proxy or a stand-in. Default Slack's own. */
  apiUrl?: string;
}

/** Discord is configured when both its bot token and application id are set. */
export interface DiscordConfig {
  /** DISCORD_TOKEN. */
  token: string;
  /** DISCORD_APPLICATION_ID, a numeric snowflake. */
  applicationId: string;
  /** DISCORD_API_URL: base URL of Discord's REST API (the gateway is where it says), for a proxy or a stand-in. Default Discord's own. */
  apiUrl?: string;
}

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Config {
  /** KNOWLEDGE_DIR: the folder holding `articles/`. Default `./knowledge`. */
  knowledgeDir: string;
  /** DATA_DIR: where the bot keeps its state (digest history). Default `./.briefbot`. */
  dataDir: string;
  /** DIGEST_TIME: when the daily digest is posted, 24-hour `HH:MM`, server time. Default `08:00`. */
  digestTime: { hour: number; minute: number };
  /** LOG_LEVEL: debug, info, warn or error. Default `info`. */
  logLevel: LogLevel;
  /** Present only when Slack's required variables are all set. */
  slack?: SlackConfig;
  /** Present only when Discord's required variables are all set. */
  discord?: DiscordConfig;
}

/** One bad or missing variable. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/** Thrown by {@link readConfig}; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`config: ${problems.map((p) => `${p.variable}: ${p.message}`).join("; ")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

/** Validates an environment; returns the config or every problem found. Pure: pass any object. */
export function parseConfig(env: Env): { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const bad = (variable: string, message: string) => problems.push({ variable, message });

  const digest = get("DIGEST_TIME") ?? "08:00";
  const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(digest);
  if (!time) bad("DIGEST_TIME", `expected a 24-hour time like 08:00, got '${digest}'`);
  const logLevel = (get("LOG_LEVEL") ?? "info").toLowerCase();
  if (!["debug", "info", "warn", "error"].includes(logLevel)) bad("LOG_LEVEL", `expected debug, info, warn or error, got '${logLevel}'`);

  const config: Config = {
    knowledgeDir: get("KNOWLEDGE_DIR") ?? "./knowledge",
    dataDir: get("DATA_DIR") ?? "./.briefbot",
    digestTime: time ? { hour: Number(time[1]), minute: Number(time[2]) } : { hour: 8, minute: 0 },
    logLevel: logLevel as LogLevel,
  };

  // Checked even when Slack is not configured: a bad value is a mistake either way, and a port alone
  // does not make Slack partly configured.
  const slackPort = get("SLACK_PORT") ?? "3000";
  const port = /^\d{1,5}$/.test(slackPort) ? Number(slackPort) : NaN;
  if (!(port >= 1 && port <= 65535)) bad("SLACK_PORT", `expected a port number from 1 to 65535, got '${slackPort}'`);
  const slack = platform(get, bad, "Slack", ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"], ["SLACK_APP_TOKEN"]);
  if (slack) {
    const [botToken, signingSecret] = slack;
    const appToken = get("SLACK_APP_TOKEN");
    if (!botToken.startsWith("xoxb-")) bad("SLACK_BOT_TOKEN", "expected a bot token starting with xoxb-");
    if (appToken && !appToken.startsWith("xapp-")) bad("SLACK_APP_TOKEN", "expected an app-level token starting with xapp-");
    const apiUrl = url(get, bad, "SLACK_API_URL");
    config.slack = { botToken, signingSecret, ...(appToken ? { appToken } : {}), port, ...(apiUrl ? { apiUrl } : {}) };
  }
  const discord = platform(get, bad, "Discord", ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"], []);
  if (discord) {
    const [token, applicationId] = discord;
    if (!/^\d{15,22}$/.test(applicationId)) bad("DISCORD_APPLICATION_ID", "expected the numeric application id from the Discord developer portal");
    const apiUrl = url(get, bad, "DISCORD_API_URL");
    config.discord = { token, applicationId, ...(apiUrl ? { apiUrl } : {}) };
  }
  return problems.length ? { ok: false, problems } : { ok: true, config };
}

/**
 * A platform's required values when all are set; undefined when none of its variables is set;
 * a problem naming each missing variable when only some are.
 */
function platform(
  get: (name: string) => string | undefined,
  bad: (variable: string, message: string) => void,
  label: string,
  required: string[],
  optional: string[],
): string[] | undefined {
  const values = required.map(get);
  const anySet = [...required, ...optional].some((name) => get(name) !== undefined);
  if (!anySet) return undefined;
  const missing = required.filter((_, i) => values[i] === undefined);
  const set = [...required, ...optional].filter((name) => get(name) !== undefined);
  for (const name of missing) bad(name, `missing: ${label} is partly configured (${set.join(", ")} set), and ${label} needs ${required.join(" and ")}`);
  return missing.length ? undefined : (values as string[]);
}

/** An optional http(s) URL; a problem when it is set to anything else. */
function url(get: (name: string) => string | undefined, bad: (variable: string, message: string) => void, name: string): string | undefined {
  const value = get(name);
  if (value === undefined) return undefined;
  if (/^https?:\/\/[^\s/]+/.test(value)) return value;
  bad(name, `expected an http:// or https:// URL, got '${value}'`);
  return undefined;
}

/** Reads `process.env` once; throws {@link ConfigError} naming every bad or missing variable. */
export function readConfig(env: Env = process.env): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}
