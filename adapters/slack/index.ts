import type { StartAdapter } from "../types.ts";
import { startSlack } from "./app.ts";

/** Starts the Slack adapter from the config (HTTP on SLACK_PORT, or Socket Mode when SLACK_APP_TOKEN is set; the Web API at SLACK_API_URL when set). */
export const startSlackAdapter: StartAdapter = (deps) => startSlack(deps, deps.config.slack?.apiUrl ? { apiUrl: deps.config.slack.apiUrl } : {});

export { startSlack, type SlackAdapter, type SlackOptions } from "./app.ts";
export { slackManifest, type ManifestOptions } from "./manifest.ts";
export { renderSlack } from "./render.ts";
