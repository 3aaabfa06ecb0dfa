/**
 * `npm start`: read the configuration, load the articles, start every adapter whose configuration
 * is present (the console when there is none), and stop cleanly on SIGINT or SIGTERM.
 *
 * stdout carries replies only (the console adapter's), so `echo "question" | npm start` prints
 * just the answer; everything else goes to stderr.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import dotenv from "dotenv";
import { startConsoleAdapter } from "../adapters/console/index.ts";
import type { Adapter, StartAdapter } from "../adapters/types.ts";
import { ConfigError, readConfig, type Config } from "./config.ts";
import { createBot } from "./core/bot.ts";
import { join } from "node:path";
import { loadKnowledgeCached } from "./knowledge/cache.ts";
import { createLogger } from "./log.ts";

/** The chat platforms. A platform's adapter plugs in here: set `start` (one line) when it exists. */
const PLATFORMS: { name: string; configured: (c: Config) => boolean; start?: StartAdapter }[] = [
  { name: "Slack", configured: (c) => c.slack !== undefined },
  { name: "Discord", configured: (c) => c.discord !== undefined },
];

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = readConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const p of e.problems) process.stderr.write(`config: ${p.variable}: ${p.message}\n`);
    process.stderr.write("config: see .env.example for every variable.\n");
    return 1;
  }
  const logger = createLogger(config.logLevel);
  const dir = resolve(config.knowledgeDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`config: KNOWLEDGE_DIR: the folder ${dir} does not exist (set KNOWLEDGE_DIR or create knowledge/articles/)\n`);
    return 1;
  }
  // Facts are kept in DATA_DIR between runs: only new or changed articles are read again.
  const knowledge = loadKnowledgeCached(dir, join(resolve(config.dataDir), "facts.sqlite"), (s) =>
    logger.debug(`knowledge: fact cache: ${s.reused} reused, ${s.extracted} extracted, ${s.removed} removed`),
  );
  for (const p of knowledge.problems) logger.warn(`knowledge: ${p.file}: ${p.message}`);
  logger.info(`knowledge: ${knowledge.articles.length} article(s) loaded from ${dir}`);
  if (knowledge.articles.length === 0) logger.warn(`knowledge: no articles in ${dir}; the bot will say so when asked`);

  const bot = createBot({ knowledge, clock: () => new Date(), logger });
  const deps = { bot, config, logger };
  const adapters: Adapter[] = [];
  for (const platform of PLATFORMS.filter((p) => p.configured(config))) {
    if (!platform.start) {
      process.stderr.write(`main: ${platform.name} is configured, but the ${platform.name} adapter is not available yet; not starting it.\n`);
      continue;
    }
    adapters.push(await platform.start(deps));
    logger.info(`main: ${platform.name} adapter started`);
  }
  if (adapters.length === 0) adapters.push(await startConsoleAdapter(deps));

  let stopping: Promise<void> | undefined;
  const stop = (why: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.debug(`main: stopping (${why})`);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      const results = await Promise.allSettled(adapters.map((a) => a.stop()));
      results.forEach((r, i) => r.status === "rejected" && logger.error(`main: the ${adapters[i].name} adapter did not stop cleanly`, r.reason));
    })());
  function onSignal(signal: NodeJS.Signals): void {
    // A connection that refuses to close must not keep the process alive after a signal.
    setTimeout(() => process.exit(0), 5000).unref();
    void stop(signal);
  }
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  await Promise.race(adapters.map((a) => a.done));
  await stop("an adapter ended");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`main: failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
