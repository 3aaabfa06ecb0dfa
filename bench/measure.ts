import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Timing and memory helpers for the bench: latency percentiles, a time budget, and a forced GC. */

setFlagsFromString("--expose-gc");
const gcFn = runInNewContext("gc") as (() => void) | undefined;

/** Collects garbage (twice: the first pass can leave finalised objects) so heap numbers mean retained memory. */
export function collect(): void {
  gcFn?.();
  gcFn?.();
}

export function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

/** Milliseconds taken by `fn`, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export interface LatencyStats {
  /** Timed calls. */
  n: number;
  medianMs: number;
  p95Ms: number;
  /** Calls per second on one core (n / total time of the timed calls). */
  qps: number;
}

/**
 * Untimed calls before timing. V8 keeps optimising a function for a while after its first
 * thousands of calls, and a contender with more code (briefbot reads the question, ranks, extracts)
 * needs more of them than a small one (MiniSearch) before all of its code is compiled. A fixed count
 * was not enough: after 1,000 calls briefbot at one article was measured at 0.62 ms a question, and
 * its bot.handle (answerQuestion and more, timed later in the same run) at 0.45 ms; its medians, in
 * blocks of 512 calls, fall from 0.49 ms to a steady 0.2-0.3 ms after about 6,000 calls (2 s).
 * So every contender warms up for the same time, at least WARMUP_MS and WARMUP_CALLS calls, never
 * more than half its budget: the steady state of a bot that has been running for a while.
 */
export const WARMUP_CALLS = 1000;
export const WARMUP_MS = 1500;

export interface QueryRunOptions {
  /**
   * Untimed calls first, cycling through the inputs, so that every contender is measured in its
   * steady state (compiled and with its caches filled, as in a bot that has run for a while), not
   * while the JIT is still at work. Default: one pass over the inputs, at least WARMUP_CALLS calls
   * and WARMUP_MS; never more than half the budget.
   */
  warmup?: number;
  /** Untimed time first, in milliseconds, after the warm-up calls if they end sooner. Default WARMUP_MS (never more than half the budget); 0 when `warmup` is given. */
  warmupMs?: number;
  /** Stop once this much time is spent in timed calls (after at least `minSamples`). Default 3000. */
  budgetMs?: number;
  /** Default 3; 1 when one warm-up call alone took the whole budget (fuse at 10,000 articles takes most of a minute). The warm-up stops after half the budget. */
  minSamples?: number;
  /** Default: two passes over the inputs. */
  maxSamples?: number;
}

/** The warm-up of a run: calls and time (see WARMUP_MS), and the budget that caps it at half. */
function warmupOf(inputs: number, options: QueryRunOptions): { warmup: number; warmupMs: number; budget: number } {
  const budget = options.budgetMs ?? 3000;
  const warmup = options.warmup ?? Math.max(WARMUP_CALLS, inputs);
  const warmupMs = options.warmupMs ?? (options.warmup === undefined ? Math.min(WARMUP_MS, budget / 2) : 0);
  return { warmup, warmupMs, budget };
}

/** The value at quantile `q` (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Times `fn` on the inputs in order, one call at a time, cycling when they run out, until the
 * budget is spent or `maxSamples` calls are made. `onResult` sees the first result for each input.
 */
export function measureQueries<I, R>(inputs: I[], fn: (input: I) => R, options: QueryRunOptions = {}, onResult?: (input: I, result: R, index: number) => void): LatencyStats {
  const { warmup, warmupMs, budget } = warmupOf(inputs.length, options);
  const minSamples = options.minSamples ?? 3;
  const maxSamples = options.maxSamples ?? inputs.length * 2;
  if (inputs.length === 0) return { n: 0, medianMs: NaN, p95Ms: NaN, qps: NaN };
  // the warm-up may be slow (fuse at 10,000 articles): it counts against the budget too
  let slowest = 0;
  const warmStart = performance.now();
  for (let i = 0; (i < warmup || performance.now() - warmStart < warmupMs) && performance.now() - warmStart < budget / 2; i++) {
    const t0 = performance.now();
    fn(inputs[i % inputs.length]);
    slowest = Math.max(slowest, performance.now() - t0);
  }
  const least = slowest >= budget ? 1 : minSamples;
  const times: number[] = [];
  let total = 0;
  for (let i = 0; times.length < maxSamples && (total < budget || times.length < least); i++) {
    const input = inputs[i % inputs.length];
    const t0 = performance.now();
    const result = fn(input);
    const dt = performance.now() - t0;
    times.push(dt);
    total += dt;
    if (i < inputs.length) onResult?.(input, result, i);
  }
  times.sort((a, b) => a - b);
  return { n: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), qps: (1000 * times.length) / total };
}

/** One of several functions measured side by side. */
export interface Contender<I> {
  name: string;
  fn: (input: I) => unknown;
  onResult?: (input: I, result: unknown, index: number) => void;
}

/**
 * Like `measureQueries` for several functions at once, interleaved in blocks: each contender in turn
 * answers the next `block` inputs (16 by default), then the next contender the same ones, and so on
 * round after round. A busy machine slows them all alike, so their ratios stay fair; and each runs a
 * block on its own, as it would in a service, rather than after a call of another library that has
 * filled the processor's caches with its own data. Each contender has its own budget and sample limits.
 */
export function measureInterleaved<I>(inputs: I[], contenders: Contender<I>[], options: QueryRunOptions & { block?: number } = {}): Map<string, LatencyStats> {
  const { warmup, warmupMs, budget } = warmupOf(inputs.length, options);
  const minSamples = options.minSamples ?? 3;
  const maxSamples = options.maxSamples ?? inputs.length * 2;
  const block = Math.max(1, options.block ?? Math.min(inputs.length, 16));
  const state = contenders.map((c) => ({ c, times: [] as number[], total: 0, warm: 0, slowest: 0 }));
  const least = (s: (typeof state)[number]) => (s.slowest >= budget ? 1 : minSamples);
  const running = (s: (typeof state)[number]) => s.times.length < maxSamples && (s.total < budget || s.times.length < least(s));
  if (inputs.length > 0) {
    for (const s of state) {
      for (let i = 0; (i < warmup || s.warm < warmupMs) && s.warm < budget / 2; i++) {
        const t0 = performance.now();
        s.c.fn(inputs[i % inputs.length]);
        const dt = performance.now() - t0;
        s.warm += dt;
        s.slowest = Math.max(s.slowest, dt);
      }
    }
    for (let start = 0; state.some(running); start += block) {
      for (const s of state) {
        for (let i = start; i < start + block && running(s); i++) {
          const input = inputs[i % inputs.length];
          const t0 = performance.now();
          const result = s.c.fn(input);
          const dt = performance.now() - t0;
          s.times.push(dt);
          s.total += dt;
          if (i < inputs.length) s.c.onResult?.(input, result, i);
        }
      }
    }
  }
  const out = new Map<string, LatencyStats>();
  for (const s of state) {
    const sorted = [...s.times].sort((a, b) => a - b);
    out.set(s.c.name, sorted.length ? { n: sorted.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), qps: (1000 * sorted.length) / s.total } : { n: 0, medianMs: NaN, p95Ms: NaN, qps: NaN });
  }
  return out;
}
