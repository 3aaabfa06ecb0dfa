import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { memorySubscriptions } from "../../src/digest/memory.ts";
import { DigestStoreError, openDigestStore, SCHEMA_VERSION, STORE_FILE } from "../../src/digest/store.ts";
import type { DigestSubscriptions } from "../../src/digest/types.ts";

const open: DigestSubscriptions[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), "briefbot-store-")), "state", STORE_FILE);
}

const SLACK = { platform: "slack", channel: "C123" };
const MORNING = new Date("2021-03-18T07:00:00Z");

function withDb(file: string, use: (db: Database.Database) => unknown): void {
  const db = new Database(file);
  use(db);
  db.close();
}

/** A store with enough rows to span pages, then its third page overwritten. */
function damage(file: string): void {
  const s = openDigestStore(file);
  for (let i = 0; i < 500; i++) s.subscribe({ platform: "slack", channel: `C${String(i).padStart(60, "0")}` }, MORNING);
  s.close();
  const bytes = readFileSync(file);
  bytes.fill(0x41, 8192, 12288);
  writeFileSync(file, bytes);
}

/** Both stores must behave the same: the commands and the runner are tested on either. */
const STORES: [string, () => DigestSubscriptions][] = [
  ["in memory", memorySubscriptions],
  ["in SQLite", () => openDigestStore(tempFile())],
];

describe.each(STORES)("digest subscriptions %s", (_name, make) => {
  const store = () => {
    const s = make();
    open.push(s);
    return s;
  };

  it("subscribes a channel once, keeping when it first subscribed", () => {
    const s = store();
    expect(s.subscribe(SLACK, MORNING)).toBe(true);
    expect(s.subscribe(SLACK, new Date("2021-03-19T07:00:00Z"))).toBe(false);
    expect(s.get(SLACK)).toEqual({ ...SLACK, since: MORNING });
    expect(s.list()).toEqual([{ ...SLACK, since: MORNING }]);
  });

  it("tells the same channel id on two platforms apart, and lists by platform then channel", () => {
    const s = store();
    s.subscribe({ platform: "slack", channel: "B" }, MORNING);
    s.subscribe({ platform: "discord", channel: "B" }, MORNING);
    s.subscribe({ platform: "slack", channel: "A" }, MORNING);
    expect(s.list().map((x) => `${x.platform}/${x.channel}`)).toEqual(["discord/B", "slack/A", "slack/B"]);
    expect(s.unsubscribe({ platform: "discord", channel: "B" })).toBe(true);
    expect(s.get({ platform: "slack", channel: "B" })).toBeDefined();
  });

  it("unsubscribes, saying whether there was anything to remove", () => {
    const s = store();
    s.subscribe(SLACK, MORNING);
    expect(s.unsubscribe(SLACK)).toBe(true);
    expect(s.unsubscribe(SLACK)).toBe(false);
    expect(s.get(SLACK)).toBeUndefined();
    expect(s.list()).toEqual([]);
  });

  it("remembers which days' digests a channel had, and the latest", () => {
    const s = store();
    expect(s.wasPosted(SLACK, "2021-03-18")).toBe(false);
    expect(s.lastPosted(SLACK)).toBeUndefined();
    s.markPosted(SLACK, "2021-03-18", MORNING);
    s.markPosted(SLACK, "2021-03-18", MORNING);
    s.markPosted(SLACK, "2021-03-17", MORNING);
    expect(s.wasPosted(SLACK, "2021-03-18")).toBe(true);
    expect(s.wasPosted(SLACK, "2021-03-19")).toBe(false);
    expect(s.wasPosted({ platform: "discord", channel: "C123" }, "2021-03-18")).toBe(false);
    expect(s.lastPosted(SLACK)).toBe("2021-03-18");
  });
});

describe("the SQLite subscription store", () => {
  it("creates its file and folder on first use, in WAL mode, with the schema version", () => {
    const file = tempFile();
    open.push(openDigestStore(file));
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("keeps subscriptions and posts across a reopen", () => {
    const file = tempFile();
    const first = openDigestStore(file);
    first.subscribe(SLACK, MORNING);
    first.subscribe({ platform: "discord", channel: "42" }, MORNING);
    first.markPosted(SLACK, "2021-03-18", MORNING);
    first.unsubscribe({ platform: "discord", channel: "42" });
    first.close();
    first.close();
    const again = openDigestStore(file);
    open.push(again);
    expect(again.list()).toEqual([{ ...SLACK, since: MORNING }]);
    expect(again.wasPosted(SLACK, "2021-03-18")).toBe(true);
  });

  it.each([
    ["is not a database", (file: string) => writeFileSync(file, "these are not the bytes of a SQLite database ".repeat(40)), /cannot be used: file is not a database/],
    ["is a folder", (file: string) => mkdirSync(file), /cannot be used: unable to open database file/],
    ["is damaged", damage, /cannot be used: (database disk image is malformed|it is damaged \(SQLite's quick check: .*\))\. Move it aside/],
    ["was written by a newer briefbot", (file: string) => withDb(file, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)), /has schema version 2, written by a newer briefbot/],
    ["holds another program's tables", (file: string) => withDb(file, (db) => db.exec("CREATE TABLE facts (file TEXT)")), /holds other tables \(facts\): it is not briefbot's/],
  ])("refuses a file that %s, with a message naming the file", (_case, spoil, reason) => {
    const file = tempFile();
    mkdirSync(join(file, ".."), { recursive: true });
    spoil(file);
    let error: unknown;
    try {
      open.push(openDigestStore(file));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DigestStoreError);
    expect((error as Error).message).toContain(`digest: the subscription database ${file} `);
    expect((error as Error).message).toMatch(reason);
  });

  it("names the file when it fails after opening", () => {
    const file = tempFile();
    const s = openDigestStore(file);
    open.push(s);
    const db = new Database(file);
    db.exec("DROP TABLE posts");
    db.close();
    expect(() => s.wasPosted(SLACK, "2021-03-18")).toThrow(new RegExp(`subscription database ${file} failed \\(wasPosted\\): no such table: posts`));
  });
});
