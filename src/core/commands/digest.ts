import { composeDigest, DETAIL_LEVELS } from "../../digest/compose.ts";
import { renderPlain } from "../../render/plain.ts";
import { requireArticles } from "../facts.ts";
import { UserError, type Command, type SectionsReply } from "../types.ts";

/**
 * Longest digest post, in characters of plain text. Discord allows 2,000 characters of message
 * content (Slack allows far more), so a digest under this fits both as one post.
 */
export const DIGEST_MAX_CHARS = 1900;

/** `/digest`: a preview of today's digest, as rich as fits in one chat post. */
export const digest: Command = {
  name: "digest",
  description: "Preview today's digest: headlines, who/where/when, positions, quotes, numbers.",
  usage: "/digest",
  example: "/digest",
  options: [],
  handler(args, ctx) {
    if (args) throw new UserError("bad_argument", "/digest takes no argument.", { usage: digest.usage });
    requireArticles(ctx.knowledge);
    const day = ctx.clock().toISOString().slice(0, 10);
    let last: SectionsReply | undefined;
    for (const detail of DETAIL_LEVELS) {
      last = composeDigest(ctx.knowledge, day, detail);
      if (renderPlain(last).length <= DIGEST_MAX_CHARS) return last;
    }
    // Even three headlines are too long (very long titles): keep the barest digest and cut its lines.
    const bare = last!;
    return { ...bare, sections: bare.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, text: i.text.slice(0, 200) })) })) };
  },
};
