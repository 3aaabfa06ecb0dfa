import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Reply } from "../../src/core/types.ts";
import { memorySubscriptions } from "../../src/digest/memory.ts";
import { MAX_SLEEP_MS, startDigestRunner, type DigestRunner, type Poster, type Timer } from "../../src/digest/runner.ts";
import type { DigestSubscriptions } from "../../src/digest/types.ts";
import { recordingLogger } from "../support/kb.ts";

/** A local wall-clock time on March 2021 (the runner works in server local time). */
const march = (day: number, hour: number, minute = 0) => new Date(2021, 2, day, hour, minute);

/** A chat platform that records what it is asked to post; `refuse` lists channels whose posts fail. */
function fakePlatform(refuse: string[] = []) {
  const posts: { channel: string; title: string }[] = [];
  const post: Poster = async (channel, reply) => {
    if (refuse.includes(channel)) throw new Error(`not_in_channel: ${channel}`);
    posts.push({ channel, title: reply.kind === "sections" ? reply.title : reply.text });
  };
  return { posts, post };
}

function fakeDigest(day: string): Reply {
  return { kind: "sections", command: "digest", title: `Digest for ${day}`, sections: [], text: `Digest for ${day}` };
}

/** Runners started by a test; stopped after it. */
let running: DigestRunner[] = [];

/**
 * Runners over one store (a restart is a second `start()`) posting at 08:00 to fake platforms;
 * the clock and timers are vitest's fakes.
 */
function harness(platforms: Record<string, ReturnType<typeof fakePlatform>>, store: DigestSubscriptions = memorySubscriptions()) {
  const logger = recordingLogger();
  const compose = vi.fn((day: string): Reply | undefined => fakeDigest(day));
  const start = () => {
    const posters = new Map(Object.entries(platforms).map(([name, p]) => [name, p.post]));
    const runner = startDigestRunner({ time: { hour: 8, minute: 0 }, subscriptions: store, posters, compose, logger, clock: () => new Date() });
    running.push(runner);
    return runner;
  };
  return { store, logger, compose, start };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  running = [];
});
afterEach(async () => {
  await Promise.all(running.map((r) => r.stop()));
  vi.useRealTimers();
});

/** Moves the fake clock to `at`, firing the timers due on the way. */
async function advanceTo(at: Date): Promise<void> {
  await vi.advanceTimersByTimeAsync(at.getTime() - Date.now());
}

describe("the daily digest runner", () => {
  it("posts the day's digest to every subscribed channel at the digest time, once per channel per day", async () => {
    vi.setSystemTime(march(18, 7));
    const slack = fakePlatform();
    const discord = fakePlatform();
    const h = harness({ slack, discord });
    for (const ref of [{ platform: "slack", channel: "C1" }, { platform: "slack", channel: "C2" }, { platform: "discord", channel: "D1" }]) h.store.subscribe(ref, march(17, 12));
    h.start();

    await advanceTo(march(18, 7, 59));
    expect(slack.posts).toEqual([]);
    await advanceTo(march(18, 8));
    expect(slack.posts).toEqual([{ channel: "C1", title: "Digest for 2021-03-18" }, { channel: "C2", title: "Digest for 2021-03-18" }]);
    expect(discord.posts).toEqual([{ channel: "D1", title: "Digest for 2021-03-18" }]);
    expect(h.compose).toHaveBeenCalledTimes(1);
    expect(h.store.wasPosted({ platform: "discord", channel: "D1" }, "2021-03-18")).toBe(true);

    await advanceTo(march(19, 7, 59));
    expect(slack.posts).toHaveLength(2);
    await advanceTo(march(19, 8, 30));
    expect(slack.posts.map((p) => p.title)).toEqual(["Digest for 2021-03-18", "Digest for 2021-03-18", "Digest for 2021-03-19", "Digest for 2021-03-19"]);
    expect(discord.posts).toHaveLength(2);
  });

  it("logs a failing post and still posts to the other channels; the failed channel waits for the next process", async () => {
    vi.setSystemTime(march(18, 7));
    const slack = fakePlatform(["C1"]);
    const h = harness({ slack });
    for (const channel of ["C1", "C2", "C3"]) h.store.subscribe({ platform: "slack", channel }, march(17, 12));
    const first = h.start();

    await advanceTo(march(18, 20));
    expect(slack.posts.map((p) => p.channel)).toEqual(["C2", "C3"]);
    const errors = h.logger.lines.filter((l) => l.level === "error");
    expect(errors.map((l) => l.message)).toEqual(["digest: could not post to slack channel C1"]);
    expect((errors[0].data as Error).message).toBe("not_in_channel: C1");
    expect(h.store.wasPosted({ platform: "slack", channel: "C1" }, "2021-03-18")).toBe(false);

    await first.stop();
    slack.posts.length = 0;
    h.logger.lines.length = 0;
    await h.start().idle();
    expect(slack.posts).toEqual([]);
    expect(h.logger.lines.find((l) => l.level === "error")?.message).toBe("digest: could not post to slack channel C1");
  });

  it("does not post twice when restarted later the same day", async () => {
    vi.setSystemTime(march(18, 7));
    const slack = fakePlatform();
    const h = harness({ slack });
    h.store.subscribe({ platform: "slack", channel: "C1" }, march(17, 12));
    const first = h.start();
    await advanceTo(march(18, 8, 5));
    await first.stop();
    expect(slack.posts).toHaveLength(1);

    await advanceTo(march(18, 9));
    await h.start().idle();
    await advanceTo(march(18, 23));
    expect(slack.posts).toHaveLength(1);
    expect(h.compose).toHaveBeenCalledTimes(1);
    await advanceTo(march(19, 8));
    expect(slack.posts.map((p) => p.title)).toEqual(["Digest for 2021-03-18", "Digest for 2021-03-19"]);
  });

  it("started after a missed digest time, posts that day's digest at once, and only once", async () => {
    vi.setSystemTime(march(18, 10));
    const slack = fakePlatform();
    const h = harness({ slack });
    h.store.subscribe({ platform: "slack", channel: "C1" }, march(16, 12));
    const first = h.start();
    await first.idle();
    // Today's digest, not the 17th's, which no process was running to post.
    expect(slack.posts).toEqual([{ channel: "C1", title: "Digest for 2021-03-18" }]);
    await first.stop();

    await advanceTo(march(18, 11));
    await h.start().idle();
    expect(slack.posts).toHaveLength(1);
  });

  it("gives a channel that subscribed after the day's time its first digest the next day", async () => {
    vi.setSystemTime(march(18, 7));
    const slack = fakePlatform();
    const h = harness({ slack });
    h.start();
    await advanceTo(march(18, 9));
    h.store.subscribe({ platform: "slack", channel: "late" }, march(18, 9));
    await advanceTo(march(18, 23));
    await h.start().idle();
    expect(slack.posts).toEqual([]);
    await advanceTo(march(19, 8));
    expect(slack.posts).toEqual([{ channel: "late", title: "Digest for 2021-03-19" }]);
  });

  it("composes and posts nothing when no channel is subscribed", async () => {
    vi.setSystemTime(march(18, 7));
    const slack = fakePlatform();
    const h = harness({ slack });
    h.start();
    await advanceTo(march(20, 9));
    expect(slack.posts).toEqual([]);
    expect(h.compose).not.toHaveBeenCalled();
  });

  it("skips the channels of a platform that is not running, and leaves them unmarked", async () => {
    vi.setSystemTime(march(18, 7));
    const slack = fakePlatform();
    const h = harness({ slack });
    h.store.subscribe({ platform: "discord", channel: "D1" }, march(17, 12));
    h.store.subscribe({ platform: "slack", channel: "C1" }, march(17, 12));
    h.start();
    await advanceTo(march(18, 8));
    expect(slack.posts.map((p) => p.channel)).toEqual(["C1"]);
    expect(h.store.wasPosted({ platform: "discord", channel: "D1" }, "2021-03-18")).toBe(false);
    expect(h.logger.lines.map((l) => l.message)).toContain("digest: not posting to discord channels: that platform is not running");
  });

  it("posts nothing and marks nothing when there is no digest to post (no articles)", async () => {
    vi.setSystemTime(march(18, 7));
    const slack = fakePlatform();
    const h = harness({ slack });
    h.compose.mockReturnValue(undefined);
    h.store.subscribe({ platform: "slack", channel: "C1" }, march(17, 12));
    h.start();
    await advanceTo(march(18, 8));
    expect(slack.posts).toEqual([]);
    expect(h.store.lastPosted({ platform: "slack", channel: "C1" })).toBeUndefined();
    expect(h.logger.lines.find((l) => l.level === "warn")?.message).toBe("digest: nothing to post for 2021-03-18: there are no articles");
  });

  it("once stopped, posts nothing more, and stopping waits for a post in progress", async () => {
    vi.setSystemTime(march(18, 7, 59));
    const store = memorySubscriptions();
    store.subscribe({ platform: "slack", channel: "C1" }, march(17, 12));
    let release = () => {};
    const posted: string[] = [];
    const slow: Poster = (channel) => new Promise<void>((resolve) => (release = () => (posted.push(channel), resolve())));
    const runner = startDigestRunner({ time: { hour: 8, minute: 0 }, subscriptions: store, posters: new Map([["slack", slow]]), compose: fakeDigest, logger: recordingLogger() });
    await advanceTo(march(18, 8));
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(posted).toEqual(["C1"]);
    expect(store.wasPosted({ platform: "slack", channel: "C1" }, "2021-03-18")).toBe(true);
    await runner.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("uses the injected clock and timer, and sleeps at most an hour before looking at the clock again", () => {
    const waits: number[] = [];
    let pending: (() => void) | undefined;
    const timer: Timer = { set: (callback, ms) => (waits.push(ms), (pending = callback)), clear: () => (pending = undefined) };
    let now = march(18, 7, 30);
    const runner = startDigestRunner({ time: { hour: 8, minute: 0 }, subscriptions: memorySubscriptions(), posters: new Map(), compose: fakeDigest, logger: recordingLogger(), clock: () => now, timer });
    expect(waits).toEqual([30 * 60_000]);
    now = march(18, 8);
    pending!();
    expect(waits[1]).toBe(MAX_SLEEP_MS);
    expect(MAX_SLEEP_MS).toBe(60 * 60_000);
    void runner.stop();
    expect(pending).toBeUndefined();
  });
});
