import { spawn, spawnSync } from "node:child_process";
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

/** A TypeScript entry point running in the background, as `npm start` does with a platform configured. */
export interface Running {
  /** Settles when stderr has printed a line matching `re` (rejects after `ms`, with what it did print). */
  stderrLine(re: RegExp, ms?: number): Promise<string>;
  /** Sends SIGTERM and settles with the exit code. */
  stop(): Promise<number | null>;
  /** Settles with the exit code when it ends by itself. */
  readonly exited: Promise<number | null>;
}

/** Starts a TypeScript entry point with tsx in the background. */
export function startTs(script: string, options: { env?: Record<string, string>; cwd?: string } = {}): Running {
  const child = spawn(TSX, [join(ROOT, script)], { cwd: options.cwd ?? ROOT, env: cleanEnv(options.env), stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  const listeners: (() => void)[] = [];
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const l of [...listeners]) l();
  });
  // "close", not "exit": by then everything it wrote has been read.
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return {
    exited,
    stderrLine(re, ms = 30_000) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          listeners.splice(listeners.indexOf(check), 1);
          clearTimeout(timer);
          fn();
        };
        const check = () => {
          const line = stderr.split("\n").find((l) => re.test(l));
          if (line !== undefined) settle(() => resolve(line));
        };
        const fail = (why: string) => settle(() => reject(new Error(`no stderr line matching ${re} ${why}; stderr was:\n${stderr}`)));
        const timer = setTimeout(() => fail(`within ${ms} ms`), ms);
        listeners.push(check);
        // Output that came with the exit is read first.
        void exited.then(() => setImmediate(() => (check(), fail("before it exited"))));
        check();
      });
    },
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
