/**
 * The adapter's one entry point for Slack's deliveries: a failure while handling one event or
 * command is caught here, once, logged with its stack, and answered with a short apology; the
 * process keeps running. It also keeps count of the work in flight, so stopping can let it finish.
 */
import type { Logger } from "../../src/core/types.ts";

/** What a person sees when handling their message failed on our side. */
export const APOLOGY = "Sorry, something went wrong on my side while answering that. It has been logged; please try again in a moment.";

/** Runs handlers, catching and reporting their failures, and remembers the ones still running. */
export class Guard {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  /**
   * Runs `work`; if it throws, logs it (`what` names the delivery: "app_mention in C123") and runs
   * `apologise`, whose own failure (the channel is gone) is logged too. Never rejects.
   */
  run(what: string, work: () => Promise<void>, apologise: () => Promise<unknown>): Promise<void> {
    const task = (async () => {
      try {
        await work();
      } catch (error) {
        this.report(`slack: failed to handle ${what}`, error);
        try {
          await apologise();
        } catch (again) {
          this.report(`slack: could not send the apology for ${what}`, again);
        }
      }
    })();
    this.running.add(task);
    return task.finally(() => this.running.delete(task));
  }

  /** Settles when every handler started so far has finished. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private report(message: string, error: unknown): void {
    try {
      this.logger.error(message, error);
    } catch {
      // A broken logger must not turn an apology into a crash.
    }
  }
}
