import { fitDigest } from "../../digest/fit.ts";
import { localDay } from "../../digest/schedule.ts";
import { requireArticles } from "../facts.ts";
import { UserError, type Command } from "../types.ts";
import { CHANNEL_SUBCOMMANDS } from "./digestChannel.ts";

export { DIGEST_MAX_CHARS } from "../../digest/fit.ts";

const SUBCOMMANDS = Object.keys(CHANNEL_SUBCOMMANDS) as (keyof typeof CHANNEL_SUBCOMMANDS)[];

/**
 * `/digest`: a preview of today's digest, as rich as fits in one chat post; `/digest subscribe`,
 * `unsubscribe` and `status` manage this channel's daily digest (see `digestChannel.ts`).
 */
export const digest: Command = {
  name: "digest",
  description: "Preview today's digest, or have it posted in this channel daily: subscribe, unsubscribe, status.",
  usage: `/digest [${SUBCOMMANDS.join("|")}]`,
  example: "/digest",
  options: [
    {
      name: "action",
      description: "subscribe, unsubscribe or status: this channel's daily digest (none: preview today's digest)",
      required: false,
      choices: SUBCOMMANDS,
    },
  ],
  handler(args, ctx) {
    if (args) {
      const [name, ...rest] = args.split(/\s+/);
      const subcommand = SUBCOMMANDS.find((s) => s === name.toLowerCase());
      if (!subcommand) {
        const close = SUBCOMMANDS.find((s) => name.length >= 3 && s.startsWith(name.toLowerCase()));
        throw new UserError("bad_argument", `Unknown subcommand '${name}' of /digest; try subscribe, unsubscribe or status.`, {
          ...(close ? { suggestion: `/digest ${close}` } : {}),
          usage: digest.usage,
        });
      }
      if (rest.length) throw new UserError("bad_argument", `/digest ${subcommand} takes nothing after it.`, { usage: digest.usage });
      return CHANNEL_SUBCOMMANDS[subcommand](ctx);
    }
    requireArticles(ctx.knowledge);
    // The server's own day, as the posted digest is dated (not UTC's, a day off far from Greenwich).
    return fitDigest(ctx.knowledge, localDay(ctx.clock()));
  },
};
