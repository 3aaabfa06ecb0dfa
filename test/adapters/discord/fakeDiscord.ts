/**
 * A fake Discord on 127.0.0.1: the REST routes discord.js calls (every request recorded) and a
 * gateway (`ws`) that says HELLO, accepts IDENTIFY, answers heartbeats, sends READY and the server,
 * then dispatches whatever a test sends. One port serves both: `${api}` for REST, `/gateway` for the
 * websocket, which discord.js finds through `GET /gateway/bot`, as it does on Discord.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { CHANNELS, guild, IDS, ready, snowflake, USERS, type Json } from "./payloads.ts";

/** One REST request, as received (the path without `/api/v10`), and the status it was answered with. */
export interface Recorded {
  method: string;
  path: string;
  query: string;
  authorization: string | undefined;
  body: Json;
  status: number;
}

/** How the fake behaves. */
export interface FakeOptions {
  /** The bot token it accepts. Default `fake-token`. */
  token?: string;
  /** Close the gateway with this code instead of sending READY (4014: disallowed intents). */
  closeOnIdentify?: number;
  /** Do not answer IDENTIFY until the test calls {@link FakeDiscord.release}, as a slow gateway. */
  silent?: boolean;
}

type Answer = [status: number, body?: unknown];
type Waiter = { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void };

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  /** The `d` of every IDENTIFY received. */
  readonly identifies: Json[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<Waiter>();
  private readonly failures: { method: string; path: RegExp; answer: Answer }[] = [];
  /** Channel of each interaction token, so its webhook messages land in the right channel. */
  private readonly interactionChannels = new Map<string, string>();
  private sequence = 0;
  /** A silent gateway's IDENTIFY waits for {@link release}. */
  private holding = false;
  private released = false;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    private readonly options: FakeOptions,
  ) {}

  static async start(options: FakeOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server, path: "/gateway" });
    const fake = new FakeDiscord(server, wss, options);
    server.on("request", (req, res) => void fake.serve(req, res));
    wss.on("connection", (ws) => fake.connect(ws));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  private get origin(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The REST base URL to give discord.js (it adds `/v10`). */
  get api(): string {
    return `http://${this.origin}/api`;
  }

  get gateway(): string {
    return `ws://${this.origin}/gateway`;
  }

  /**
   * The first request (already received or still to come) of this method whose path matches.
   * Rejects after `withinMs`, listing what was received, so a broken adapter fails with a reason
   * rather than the test's timeout.
   */
  waitFor(method: string, path: RegExp, match: (r: Recorded) => boolean = () => true, withinMs = 5000): Promise<Recorded> {
    const test = (r: Recorded) => r.method === method && path.test(r.path) && match(r);
    const seen = this.requests.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { match: test, resolve: (r) => (clearTimeout(timer), resolve(r)) };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const received = this.requests.map((r) => `${r.method} ${r.path} ${r.status}`).join("\n  ");
        reject(new Error(`fake Discord: no matching ${method} ${path} within ${withinMs} ms; received:\n  ${received}`));
      }, withinMs);
      this.waiters.add(waiter);
    });
  }

  /** Requests of this method whose path matches, in order. */
  received(method: string, path: RegExp): Recorded[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Answers the next request of this method and path with an error, as Discord refusing it. */
  failNext(method: string, path: RegExp, status: number, body: Json): void {
    this.failures.push({ method, path, answer: [status, body] });
  }

  /** Sends a dispatch (op 0) to every connected client. */
  dispatch(event: string, data: Json): void {
    if (event === "INTERACTION_CREATE") this.interactionChannels.set(String(data.token), String(data.channel_id));
    const payload = JSON.stringify({ op: 0, t: event, s: ++this.sequence, d: data });
    for (const ws of this.sockets) ws.send(payload);
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private connect(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on("message", (raw: Buffer) => {
      const { op, d } = JSON.parse(raw.toString("utf8")) as { op: number; d: Json };
      if (op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (op !== 2) return;
      this.identifies.push(d);
      if (d.token !== (this.options.token ?? "fake-token")) return ws.close(4004, "Authentication failed");
      if (this.options.closeOnIdentify) return ws.close(this.options.closeOnIdentify, "Refused");
      if (this.options.silent && !this.released) this.holding = true;
      else this.sayReady();
    });
  }

  /** Lets a silent gateway answer IDENTIFY: now if it came, or as soon as it comes. */
  release(): void {
    this.released = true;
    if (this.holding) this.sayReady();
    this.holding = false;
  }

  /** READY, then the server, as the gateway sends them after IDENTIFY. */
  private sayReady(): void {
    this.dispatch("READY", ready(this.gateway));
    this.dispatch("GUILD_CREATE", guild());
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = "";
    for await (const chunk of req) text += String(chunk);
    const url = new URL(req.url ?? "/", `http://${this.origin}`);
    const recorded: Recorded = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ""),
      query: url.search,
      authorization: req.headers.authorization,
      body: text && req.headers["content-type"]?.includes("json") ? (JSON.parse(text) as Json) : {},
      status: 0,
    };
    const [status, body] = this.answer(recorded);
    recorded.status = status;
    res.writeHead(status, body === undefined ? {} : { "content-type": "application/json" });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    // Recorded once answered, so a test that waits for a request can rely on discord.js having sent it.
    this.requests.push(recorded);
    for (const w of this.waiters) if (w.match(recorded)) (this.waiters.delete(w), w.resolve(recorded));
  }

  private answer(r: Recorded): Answer {
    const failure = this.failures.findIndex((f) => f.method === r.method && f.path.test(r.path));
    if (failure >= 0) return this.failures.splice(failure, 1)[0].answer;
    const webhook = /^\/(interactions|webhooks)\//.test(r.path);
    if (!webhook && r.authorization !== `Bot ${this.options.token ?? "fake-token"}`) return [401, { message: "401: Unauthorized", code: 0 }];
    const route = `${r.method} ${r.path}`;
    let m: RegExpExecArray | null;
    if (route === "GET /gateway/bot") {
      return [200, { url: this.gateway, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }];
    }
    if (route === "GET /users/@me") return [200, USERS[IDS.bot]];
    if ((m = /^PUT \/applications\/(\d+)\/commands$/.exec(route))) {
      if (m[1] !== IDS.app) return [403, { message: "Missing Access", code: 50001 }];
      return [200, (r.body as unknown as Json[]).map((c) => ({ id: snowflake(), application_id: IDS.app, version: snowflake(), ...c }))];
    }
    if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(route)) return [204];
    if ((m = /^(?:PATCH \/webhooks\/\d+\/([^/]+)\/messages\/@original|POST \/webhooks\/\d+\/([^/]+))$/.exec(route))) {
      return [200, this.posted(this.interactionChannels.get(m[1] ?? m[2]) ?? IDS.general, r.body)];
    }
    if ((m = /^(GET|POST) \/channels\/(\d+)(\/messages)?$/.exec(route)) && (CHANNELS[m[2]] || m[2] === IDS.dm)) {
      if (m[1] === "GET" && !m[3]) return [200, CHANNELS[m[2]]];
      if (m[1] === "POST" && m[3]) return [200, this.posted(m[2], r.body)];
    }
    if (/\/channels\/\d+/.test(route)) return [404, { message: "Unknown Channel", code: 10003 }];
    return [404, { message: "404: Not Found", code: 0 }];
  }

  /** The message Discord returns for one the bot posted. */
  private posted(channel: string, body: Json): Json {
    return {
      id: snowflake(),
      type: body.message_reference ? 19 : 0,
      channel_id: channel,
      author: USERS[IDS.bot],
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
    };
  }
}
