import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./kb.ts";

const TSX = join(ROOT, "node_modules/.bin/tsx");

/** An environment with no platform tokens, so nothing but the console can start. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (/^(SLACK_|DISCORD_|KNOWLEDGE_DIR|DATA_DIR|DIGEST_TIME|LOG_LEVEL)/.test(k) && !(k in extra)) delete env[k];
  return env;
}

/** Runs a TypeScript entry point with tsx, as `npm run` would, and waits for it. */
export function runTs(script: string, args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(TSX, [join(ROOT, script), ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? "", env: cleanEnv(options.env), encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
