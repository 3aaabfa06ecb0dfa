/**
 * `npm start`: read the configuration, load the articles, start every adapter whose configuration
 * is present (the console when there is none), start the daily digest runner when an adapter can
 * post, and stop cleanly on SIGINT or SIGTERM.
 *
 * The digest subscriptions live in DATA_DIR/briefbot.sqlite, opened only when a chat platform is
 * configured (the console has no channel to subscribe), so `npm start` alone writes no state.
 *
 * stdout carries replies only (the console adapter's), so `echo "question" | npm start` prints
 * just the answer; everything else goes to stderr.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import dotenv from "dotenv";
import { startConsoleAdapter } from "../adapters/console/index.ts";
import { startDiscordAdapter } from "../adapters/discord/index.ts";
import { startSlackAdapter } from "../adapters/slack/index.ts";
import type { Adapter, StartAdapter } from "../adapters/types.ts";
import { ConfigError, readConfig, type Config } from "./config.ts";
import { createBot } from "./core/bot.ts";
import type { Platform } from "./core/types.ts";
import { dailyDigest } from "./digest/fit.ts";
import { startDigestRunner, type DigestRunner, type Poster } from "./digest/runner.ts";
import { describeDue, formatTime, nextRun } from "./digest/schedule.ts";
import { DigestStoreError, openDigestStore, STORE_FILE } from "./digest/store.ts";
import type { DigestSubscriptions } from "./digest/types.ts";
import { loadKnowledgeCached } from "./knowledge/cache.ts";
import { createLogger } from "./log.ts";

/** The chat platforms: each starts when its configuration is present. */
const PLATFORMS: { name: string; platform: Platform; configured: (c: Config) => boolean; start: StartAdapter }[] = [
  { name: "Slack", platform: "slack", configured: (c) => c.slack !== undefined, start: startSlackAdapter },
  { name: "Discord", platform: "discord", configured: (c) => c.discord !== undefined, start: startDiscordAdapter },
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
  const configured = PLATFORMS.filter((p) => p.configured(config));
  let subscriptions: DigestSubscriptions | undefined;
  if (configured.length) {
    try {
      subscriptions = openDigestStore(join(resolve(config.dataDir), STORE_FILE));
    } catch (e) {
      if (!(e instanceof DigestStoreError)) throw e;
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
  }
  // Facts are kept in DATA_DIR between runs: only new or changed articles are read again.
  const knowledge = loadKnowledgeCached(dir, join(resolve(config.dataDir), "facts.sqlite"), (s) =>
    logger.debug(`knowledge: fact cache: ${s.reused} reused, ${s.extracted} extracted, ${s.removed} removed`),
  );
  for (const p of knowledge.problems) logger.warn(`knowledge: ${p.file}: ${p.message}`);
  logger.info(`knowledge: ${knowledge.articles.length} article(s) loaded from ${dir}`);
  if (knowledge.articles.length === 0) logger.warn(`knowledge: no articles in ${dir}; the bot will say so when asked`);

  const digest = subscriptions ? { subscriptions, time: config.digestTime } : undefined;
  const bot = createBot({ knowledge, clock: () => new Date(), logger, ...(digest ? { digest } : {}) });
  const deps = { bot, config, logger };
  const adapters: Adapter[] = [];
  const posters = new Map<Platform, Poster>();
  for (const platform of configured) {
    let adapter: Adapter;
    try {
      adapter = await platform.start(deps);
    } catch (e) {
      // A refused token or an unreachable platform: one line that names what to fix, and nothing left running.
      process.stderr.write(`main: ${platform.name} did not start: ${e instanceof Error ? e.message : String(e)}\n`);
      await Promise.allSettled(adapters.map((a) => a.stop()));
      subscriptions?.close();
      return 1;
    }
    adapters.push(adapter);
    if (adapter.post) posters.set(platform.platform, (channel, reply) => adapter.post!(channel, reply));
    logger.info(`main: ${platform.name} adapter started`);
  }
  if (adapters.length === 0) adapters.push(await startConsoleAdapter(deps));

  let runner: DigestRunner | undefined;
  if (digest && posters.size) {
    const now = new Date();
    logger.info(`digest: posting the daily digest at ${formatTime(digest.time)} server time to subscribed channels; the next is due ${describeDue(nextRun(digest.time, now), now)}`);
    runner = startDigestRunner({ ...digest, posters, compose: (day) => dailyDigest(knowledge, day), logger });
  }

  let stopping: Promise<void> | undefined;
  const stop = (why: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.debug(`main: stopping (${why})`);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      // The runner first, so no post starts on an adapter that is closing; the store last.
      await runner?.stop();
      const results = await Promise.allSettled(adapters.map((a) => a.stop()));
      results.forEach((r, i) => r.status === "rejected" && logger.error(`main: the ${adapters[i].name} adapter did not stop cleanly`, r.reason));
      subscriptions?.close();
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
