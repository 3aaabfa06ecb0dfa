/**
 * Bolt's logger interface over briefbot's injected logger, so Bolt's and the Web API client's
 * messages go where everything else goes (stderr, at the configured level) instead of to the console.
 */
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/core/types.ts";

const ORDER: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

/** A Bolt logger writing to `logger`, dropping messages below `level` (Bolt may change it with `setLevel`). */
export function boltLogger(logger: Logger, level: LogLevel): BoltLogger {
  let current = level;
  let name = "bolt";
  const emit = (at: LogLevel, write: (message: string, data?: unknown) => void) => (...parts: unknown[]) => {
    if (ORDER[at] < ORDER[current]) return;
    // An error keeps its stack by going to the logger as data; everything else becomes the message.
    const error = parts.find((p): p is Error => p instanceof Error);
    const text = parts.filter((p) => p !== error).map((p) => (typeof p === "string" ? p : safeJson(p))).join(" ");
    write(`slack: ${name}: ${text || error?.message || ""}`, error);
  };
  return {
    debug: emit(LogLevel.DEBUG, (m, d) => logger.debug(m, d)),
    info: emit(LogLevel.INFO, (m, d) => logger.info(m, d)),
    warn: emit(LogLevel.WARN, (m, d) => logger.warn(m, d)),
    error: emit(LogLevel.ERROR, (m, d) => logger.error(m, d)),
    setLevel: (l) => void (current = l),
    getLevel: () => current,
    setName: (n) => void (name = n),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
