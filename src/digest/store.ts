/**
 * Digest subscriptions in a SQLite file (better-sqlite3), so they and the record of what was
 * posted survive restarts. The file is created on first use, in WAL mode, with one schema whose
 * version is SQLite's `user_version`:
 *
 * - `subscriptions (platform, channel, since)`: one row per subscribed channel;
 * - `posts (platform, channel, day, posted_at)`: one row per digest posted, kept after unsubscribing.
 *
 * A file that cannot be opened, is not a SQLite database, fails SQLite's quick check, or holds
 * another program's tables or a newer schema is refused with a {@link DigestStoreError} naming it.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type { ChannelRef, DigestSubscriptions, Subscription } from "./types.ts";

/** The schema this code writes; a file with a higher version is refused rather than misread. */
export const SCHEMA_VERSION = 1;

/** The database file's name in DATA_DIR. */
export const STORE_FILE = "briefbot.sqlite";

const SCHEMA = `
  CREATE TABLE subscriptions (
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    since TEXT NOT NULL,
    PRIMARY KEY (platform, channel)
  );
  CREATE TABLE posts (
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    day TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    PRIMARY KEY (platform, channel, day)
  );
  PRAGMA user_version = ${SCHEMA_VERSION};
`;

/** The store's file is missing its folder, unreadable, corrupt or not briefbot's; the message names the file. */
export class DigestStoreError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`digest: the subscription database ${file} ${reason}`);
    this.name = "DigestStoreError";
  }
}

/**
 * Opens (creating when missing, with its folder) the subscription database at `file`.
 * Throws {@link DigestStoreError} when the file cannot be used; later failures name it too.
 */
export function openDigestStore(file: string): DigestSubscriptions {
  const path = resolve(file);
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    const check = (db.pragma("quick_check") as { quick_check: string }[]).map((r) => r.quick_check).join("; ");
    if (check !== "ok") throw new Error(`it is damaged (SQLite's quick check: ${clip(check.replace(/\s+/g, " "), 200)})`);
    migrate(db, path);
    return named(statements(db), path);
  } catch (e) {
    db?.close();
    if (e instanceof DigestStoreError) throw e;
    throw new DigestStoreError(path, `cannot be used: ${message(e)}. Move it aside to start with no subscriptions, or restore it from a backup.`);
  }
}

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (version > SCHEMA_VERSION) throw new DigestStoreError(path, `has schema version ${version}, written by a newer briefbot (this one knows version ${SCHEMA_VERSION}).`);
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
  if (tables.length) throw new DigestStoreError(path, `holds other tables (${tables.map((t) => t.name).join(", ")}): it is not briefbot's subscription database.`);
  db.transaction(() => db.exec(SCHEMA))();
}

function statements(db: Database.Database): DigestSubscriptions {
  type Row = { platform: string; channel: string; since: string };
  const insert = db.prepare("INSERT OR IGNORE INTO subscriptions (platform, channel, since) VALUES (?, ?, ?)");
  const remove = db.prepare("DELETE FROM subscriptions WHERE platform = ? AND channel = ?");
  const one = db.prepare<[string, string], Row>("SELECT platform, channel, since FROM subscriptions WHERE platform = ? AND channel = ?");
  const all = db.prepare<[], Row>("SELECT platform, channel, since FROM subscriptions ORDER BY platform, channel");
  const posted = db.prepare<[string, string, string], { day: string }>("SELECT day FROM posts WHERE platform = ? AND channel = ? AND day = ?");
  const mark = db.prepare("INSERT OR IGNORE INTO posts (platform, channel, day, posted_at) VALUES (?, ?, ?, ?)");
  const last = db.prepare<[string, string], { day: string | null }>("SELECT MAX(day) AS day FROM posts WHERE platform = ? AND channel = ?");
  const key = (ref: ChannelRef): [string, string] => [String(ref.platform), ref.channel];
  const toSubscription = (row: Row): Subscription => ({ platform: row.platform, channel: row.channel, since: new Date(row.since) });
  let closed = false;

  return {
    subscribe: (ref, at) => insert.run(...key(ref), at.toISOString()).changes > 0,
    unsubscribe: (ref) => remove.run(...key(ref)).changes > 0,
    get: (ref) => {
      const row = one.get(...key(ref));
      return row && toSubscription(row);
    },
    list: () => all.all().map(toSubscription),
    wasPosted: (ref, day) => posted.get(...key(ref), day) !== undefined,
    markPosted: (ref, day, at) => void mark.run(...key(ref), day, at.toISOString()),
    lastPosted: (ref) => last.get(...key(ref))?.day ?? undefined,
    close: () => {
      if (!closed) db.close();
      closed = true;
    },
  };
}

/** The same store, with any SQLite error (a full disk, a file corrupted while running) rethrown naming the file. */
function named(store: DigestSubscriptions, path: string): DigestSubscriptions {
  const guarded = {} as Record<keyof DigestSubscriptions, unknown>;
  for (const name of Object.keys(store) as (keyof DigestSubscriptions)[]) {
    const method = store[name] as (...args: unknown[]) => unknown;
    guarded[name] = (...args: unknown[]) => {
      try {
        return method(...args);
      } catch (e) {
        throw new DigestStoreError(path, `failed (${name}): ${message(e)}`);
      }
    };
  }
  return guarded as DigestSubscriptions;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
