import type { Logger } from "./core/types.ts";

export type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * A logger that writes to stderr only (stdout is for replies), with errors' stacks. Messages below
 * `level` (default `warn`) are dropped.
 */
export function createLogger(level: Level = "warn", write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const at = ORDER[level];
  const emit = (l: Level, message: string, data: unknown) => {
    if (ORDER[l] < at) return;
    const extra = data instanceof Error ? `\n${data.stack ?? data.message}` : data === undefined ? "" : ` ${safeJson(data)}`;
    write(`${l}: ${message}${extra}`);
  };
  return {
    debug: (m, d) => emit("debug", m, d),
    info: (m, d) => emit("info", m, d),
    warn: (m, d) => emit("warn", m, d),
    error: (m, e) => emit("error", m, e),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
