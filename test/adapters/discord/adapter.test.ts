import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slashCommands } from "../../../adapters/discord/commands.ts";
import { APOLOGY } from "../../../adapters/discord/index.ts";
import { COMMANDS } from "../../../src/core/commands/index.ts";
import { PING } from "../../support/kb.ts";
import { ask, repliesTo, running, textOf, type Running } from "./harness.ts";
import { IDS, message, slashCommand } from "./payloads.ts";

let world: Running;
beforeAll(async () => {
  world = await running();
});
afterAll(() => world?.close());

const NO_PINGS = { parse: [], replied_user: false };

describe("the Discord adapter at start", () => {
  it("logs in through the gateway with the intents it needs, none of them privileged", () => {
    const intents = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
    expect(world.fake.identifies).toEqual([expect.objectContaining({ token: "fake-token", intents })]);
  });

  it("registers every command of the registry as a slash command, in one bulk PUT", () => {
    const puts = world.fake.received("PUT", /^\/applications\/\d+\/commands$/);
    expect(puts.map((p) => p.path)).toEqual([`/applications/${IDS.app}/commands`]);
    expect(puts[0].body).toEqual(slashCommands(world.bot.commands));
    expect((puts[0].body as unknown as { name: string }[]).map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
  });
});

describe("messages", () => {
  it("answers a mention in a server channel with the answer, then its source sentence and article", async () => {
    const reply = await ask(world.fake, `<@${IDS.bot}> How much will the wall cost?`);
    expect(reply.path).toBe(`/channels/${IDS.general}/messages`);
    expect(reply.body.content).toBe("**12 million euros**");
    expect(textOf(reply.body)).toContain("> The wall will cost 12 million euros, council leader Ana Ruiz said.\n— *Harbour council approves new sea wall (2024-05-02)*");
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it("hands the core the question without the mention, with who asked, the channel and the conversation", async () => {
    await ask(world.fake, `<@${IDS.bot}> How much will <@${IDS.bot}> the wall cost?`);
    expect(world.incoming.at(-1)).toEqual({ text: "How much will   the wall cost?", user: IDS.alice, conversation: IDS.general, platform: "discord", channel: IDS.general });
    await ask(world.fake, `<@${IDS.bot}> How much?`, { place: { channel: IDS.thread } });
    expect(world.incoming.at(-1)).toMatchObject({ text: "How much?", conversation: IDS.thread, channel: IDS.thread });
  });

  it("reads a nickname mention (<@!id>) and a mention of its role the same way", async () => {
    const byNickname = await ask(world.fake, `<@!${IDS.bot}> who is the council leader?`);
    const byRole = await ask(world.fake, `<@&${IDS.botRole}> who is the council leader?`);
    expect(byNickname.body.content).toBe("**Ana Ruiz (council leader)**");
    expect(byRole.body.content).toBe(byNickname.body.content);
    expect(world.incoming.slice(-2).map((m) => m.text)).toEqual(["who is the council leader?", "who is the council leader?"]);
  });

  it("answers every DM, without a mention", async () => {
    const reply = await ask(world.fake, "How much will the wall cost?", { place: { dm: true } });
    expect(reply.path).toBe(`/channels/${IDS.dm}/messages`);
    expect(reply.body.content).toBe("**12 million euros**");
    expect(world.incoming.at(-1)).toMatchObject({ text: "How much will the wall cost?", conversation: IDS.dm, channel: IDS.dm });
  });

  it("gives a bare mention a hint, not silence", async () => {
    const reply = await ask(world.fake, `<@${IDS.bot}>`);
    expect(reply.body.content).toMatch(/Ask me a question about the news articles.*\/help/);
  });

  it("keeps follow-ups per channel: 'she' is the person asked about in that channel, and no one in a thread", async () => {
    await ask(world.fake, `<@${IDS.bot}> who is the council leader?`);
    const followUp = await ask(world.fake, `<@${IDS.bot}> what did she say?`);
    expect(followUp.body.content).toContain("We cannot wait for the next storm");
    const inThread = await ask(world.fake, `<@${IDS.bot}> what did she say?`, { place: { channel: IDS.thread } });
    expect(inThread.path).toBe(`/channels/${IDS.thread}/messages`);
    expect(inThread.body.content).toMatch(/^I don't know/);
  });

  it("ignores other bots, itself, messages that do not mention it, and @everyone", async () => {
    const ignored = [
      message(`<@${IDS.bot}> How much will the wall cost?`, { author: IDS.otherBot }),
      message(`<@${IDS.bot}> How much will the wall cost?`, { author: IDS.bot }),
      message("How much will the wall cost?"),
      message("@everyone how much will the wall cost?"),
    ];
    for (const m of ignored) world.fake.dispatch("MESSAGE_CREATE", m);
    // Events are handled in order, so once the last one is answered the others have been seen.
    await ask(world.fake, `<@${IDS.bot}> How much will the wall cost?`);
    const answered = world.fake.received("POST", /\/messages$/).map(repliesTo);
    expect(ignored.map((m) => String(m.id)).filter((id) => answered.includes(id))).toEqual([]);
  });
});

describe("pings", () => {
  it("never pings: @everyone, @here and role mentions from a question or an article stay inert", async () => {
    const replies = [
      await ask(world.fake, `<@${IDS.bot}> /quotes @everyone`),
      await ask(world.fake, `<@${IDS.bot}> what did Ruiz say? @here <@&${IDS.guild}>`),
      await ask(world.fake, `<@${IDS.bot}> /who @everyone`),
    ];
    expect(textOf(replies[1].body)).toContain("tell everyone");
    for (const r of replies) {
      expect(r.body.allowed_mentions).toEqual(NO_PINGS);
      expect(JSON.stringify(r.body)).not.toMatch(PING);
    }
  });
});

describe("slash commands", () => {
  it("defers at once, then edits the deferred reply with the answer", async () => {
    const interaction = slashCommand("ask", { question: "How much will the wall cost?" });
    world.fake.dispatch("INTERACTION_CREATE", interaction);
    const edit = await world.fake.waitFor("PATCH", new RegExp(`^/webhooks/${IDS.app}/${String(interaction.token)}/messages/@original$`));
    const defer = world.fake.requests.findIndex((r) => r.path === `/interactions/${String(interaction.id)}/${String(interaction.token)}/callback`);
    expect(defer).toBeGreaterThanOrEqual(0);
    expect(defer).toBeLessThan(world.fake.requests.indexOf(edit));
    expect(world.fake.requests[defer].body).toMatchObject({ type: 5 });
    expect(edit.body.content).toBe("**12 million euros**");
    expect(textOf(edit.body)).toContain("Harbour council approves new sea wall");
    expect(edit.body.allowed_mentions).toEqual(NO_PINGS);
    expect(world.incoming.at(-1)).toEqual({ text: "/ask How much will the wall cost?", user: IDS.alice, conversation: IDS.general, platform: "discord", channel: IDS.general });
  });

  it("runs a command without its optional option, with sections as embed fields and sources apart", async () => {
    const interaction = slashCommand("who");
    world.fake.dispatch("INTERACTION_CREATE", interaction);
    const edit = await world.fake.waitFor("PATCH", new RegExp(`/${String(interaction.token)}/messages/@original$`));
    const [people, sources] = edit.body.embeds as { fields?: { name: string; value: string }[]; title?: string; description?: string }[];
    expect(edit.body.content).toBe("**1 person in the articles, by side**");
    expect(people.fields).toEqual([{ name: "No clear side", value: "• Ana Ruiz (council leader) [1]" }]);
    expect(sources.title).toBe("Sources — Harbour council approves new sea wall (2024-05-02)");
    expect(sources.description).toBe("[1] The wall will cost 12 million euros, council leader Ana Ruiz said.");
  });
});

describe("the digest", () => {
  it("post() sends a reply to a channel by its id", async () => {
    const digest = world.bot.handle({ text: "/digest", user: "scheduler", conversation: "digest", platform: "discord" });
    await world.adapter.post!(IDS.news, digest);
    const [sent] = world.fake.received("POST", new RegExp(`^/channels/${IDS.news}/messages$`));
    expect(sent.body.content).toBe("**Digest preview for 2021-03-18**");
    expect(textOf(sent.body)).toContain("Who: Ana Ruiz, council leader (s2)");
    expect(sent.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it("post() rejects, naming the channel, when Discord does not know it", async () => {
    const reply = world.bot.handle({ text: "/sources", user: "scheduler", conversation: "digest", platform: "discord" });
    await expect(world.adapter.post!("399999999999999999", reply)).rejects.toThrow(/could not post to channel 399999999999999999: Unknown Channel/);
  });
});

describe("failures", () => {
  it("logs a reply Discord refuses, apologises, and keeps answering", async () => {
    world.fake.failNext("POST", new RegExp(`^/channels/${IDS.general}/messages$`), 403, { message: "Missing Permissions", code: 50013 });
    const apology = await ask(world.fake, `<@${IDS.bot}> How much will the wall cost?`);
    expect(apology.body.content).toBe(APOLOGY.content);
    expect(world.logger.lines).toContainEqual(expect.objectContaining({ level: "error", message: expect.stringMatching(/^discord: failed to handle message \d+ in channel/) }));
    expect((await ask(world.fake, `<@${IDS.bot}> How much will the wall cost?`)).body.content).toBe("**12 million euros**");
  });

  it("edits a slash command's deferred reply into an apology when its reply is refused", async () => {
    const interaction = slashCommand("help");
    world.fake.failNext("PATCH", /\/messages\/@original$/, 400, { message: "Invalid Form Body", code: 50035 });
    world.fake.dispatch("INTERACTION_CREATE", interaction);
    const token = String(interaction.token);
    const edit = await world.fake.waitFor("PATCH", /@original$/, (r) => r.path.includes(token) && r.body.content === APOLOGY.content);
    expect(world.fake.received("PATCH", new RegExp(token))).toHaveLength(2);
    expect(edit.body.allowed_mentions).toEqual(NO_PINGS);
  });
});
