/**
 * What the Slack app listens to: mentions in channels (answered in their thread), direct messages,
 * and one slash command per registered command, generated from `bot.commands`. Each delivery goes
 * through the {@link Guard}, so a failure is logged and apologised for once.
 */
import type { App, RespondArguments, webApi } from "@slack/bolt";
import type { Bot } from "../../src/core/bot.ts";
import type { Logger, Reply } from "../../src/core/types.ts";
import { APOLOGY, type Guard } from "./guard.ts";
import { fromDirectMessage, fromMention, fromSlashCommand, type Ignored, type Turn } from "./incoming.ts";
import { renderSlack, type SlackMessage } from "./render.ts";

/** What the listeners use. */
export interface ListenerDeps {
  bot: Bot;
  logger: Logger;
  guard: Guard;
}

/** Registers every listener on `app`. */
export function listen(app: App, deps: ListenerDeps): void {
  app.event("app_mention", ({ event, context, client }) => answer(deps, "app_mention", fromMention(event, context.botUserId), client));
  app.message(({ message, context, client }) => answer(deps, "message", fromDirectMessage(message, context.botUserId), client));
  for (const { name } of deps.bot.commands) {
    app.command(`/${name}`, ({ command, ack, respond }) => {
      const message = fromSlashCommand(command);
      return deps.guard.run(
        `/${name} in ${message.channel}`,
        async () => {
          // Acknowledge at once, empty, then answer through response_url (valid for 30 minutes).
          // bot.handle is synchronous and its time grows with the articles, so it cannot be raced
          // against Slack's 3-second deadline; an empty ack always meets it.
          await ack();
          const reply = deps.bot.handle(message);
          await respond({ response_type: visibility(reply), ...renderSlack(reply) } satisfies RespondArguments);
        },
        () => respond({ response_type: "ephemeral", text: APOLOGY }),
      );
    });
  }
}

/** Posts the answer to a message, in its thread when it has one; ignored messages are only logged. */
function answer(deps: ListenerDeps, kind: string, turn: Turn | Ignored, client: webApi.WebClient): Promise<void> {
  if ("ignored" in turn) {
    deps.logger.debug(`slack: ignored ${kind}: ${turn.ignored}`);
    return Promise.resolve();
  }
  const { message, threadTs } = turn;
  const channel = message.channel ?? "";
  const post = (m: SlackMessage | { text: string }) => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...m, unfurl_links: false, unfurl_media: false });
  return deps.guard.run(
    `${kind} in ${channel}`,
    async () => void (await post(renderSlack(deps.bot.handle(message)))),
    () => post({ text: APOLOGY }),
  );
}

/**
 * Who sees a slash command's reply: help and mistakes only the person who typed it (ephemeral);
 * answers and lists the whole channel, with the command shown above them, as they are worth sharing.
 */
function visibility(reply: Reply): "ephemeral" | "in_channel" {
  return reply.kind === "help" || reply.kind === "error" ? "ephemeral" : "in_channel";
}
