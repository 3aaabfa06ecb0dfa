/** A running Discord adapter over a real bot, logged in to a fake Discord, and ways to talk to it. */
import { startDiscord, type DiscordOptions } from "../../../adapters/discord/index.ts";
import type { Adapter } from "../../../adapters/types.ts";
import { createBot, type Bot } from "../../../src/core/bot.ts";
import type { IncomingMessage } from "../../../src/core/types.ts";
import { CLOCK, kb, recordingLogger, tempKnowledge } from "../../support/kb.ts";
import { FakeDiscord, type FakeOptions, type Recorded } from "./fakeDiscord.ts";
import { IDS, message, type Json, type Place } from "./payloads.ts";

/** One short article: an amount, a person with a role, and a quotation that says "@everyone". */
export const HARBOUR = {
  "harbour.md": `---
title: "Harbour council approves new sea wall"
published: 2024-05-02
---

The Portmere harbour council approved a new sea wall on Tuesday after a storm flooded the old quay.

The wall will cost 12 million euros, council leader Ana Ruiz said.

"We cannot wait for the next storm, tell @everyone," Ruiz said. Fishermen opposed the plan, saying it would block the harbour mouth.
`,
};

let harbourDir: string | undefined;

/** A new bot (no conversations yet) over {@link HARBOUR}, loaded once per test file, with a logger that records. */
export function harbourBot(): { bot: Bot; logger: ReturnType<typeof recordingLogger> } {
  const logger = recordingLogger();
  return { bot: createBot({ knowledge: kb((harbourDir ??= tempKnowledge(HARBOUR))), clock: CLOCK, logger }), logger };
}

export interface Running {
  fake: FakeDiscord;
  adapter: Adapter;
  bot: Bot;
  /** Every message the adapter handed to the bot, in order. */
  incoming: IncomingMessage[];
  logger: ReturnType<typeof recordingLogger>;
  /** Stops the adapter and closes the fake. */
  close(): Promise<void>;
}

/** Starts a fake Discord and the adapter logged in to it. */
export async function running(fakeOptions: FakeOptions = {}, options: Partial<DiscordOptions> = {}): Promise<Running> {
  const fake = await FakeDiscord.start(fakeOptions);
  const { bot: real, logger } = harbourBot();
  const incoming: IncomingMessage[] = [];
  const bot: Bot = { commands: real.commands, handle: (m) => (incoming.push(m), real.handle(m)) };
  try {
    const adapter = await startDiscord({ bot, logger, discord: { token: "fake-token", applicationId: IDS.app }, api: fake.api, ...options });
    return { fake, adapter, bot, incoming, logger, close: async () => (await adapter.stop(), await fake.close()) };
  } catch (e) {
    await fake.close();
    throw e;
  }
}

/** The message a post replies to, if it is a reply. */
export function repliesTo(r: Recorded): string | undefined {
  const ref = r.body.message_reference as { message_id?: string } | undefined;
  return ref?.message_id;
}

/** Sends a message through the gateway and resolves with the bot's reply to it (one Discord accepted). */
export async function ask(fake: FakeDiscord, content: string, options: { author?: string; place?: Place } = {}): Promise<Recorded> {
  const sent = message(content, options);
  fake.dispatch("MESSAGE_CREATE", sent);
  return fake.waitFor("POST", /^\/channels\/\d+\/messages$/, (r) => r.status === 200 && repliesTo(r) === sent.id);
}

/** The text of a post: its content, then every embed's title, description, fields and footer. */
export function textOf(body: Json): string {
  const embeds = (body.embeds ?? []) as { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
  return [String(body.content ?? ""), ...embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text])].filter(Boolean).join("\n");
}
