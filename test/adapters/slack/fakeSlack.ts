/**
 * A fake of Slack's Web API and of slash commands' `response_url`, on 127.0.0.1: it answers what
 * Bolt calls (`auth.test`, `chat.postMessage`, `apps.connections.open` ...) and records every
 * request, so tests can wait for one (`next`) instead of sleeping, and assert on what reached Slack.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The bot the fake's `auth.test` describes. */
export const BOT_USER = "UBOT";
export const BOT_ID = "BBOT";

/** One request the fake received. */
export interface Received {
  /** The Web API method (`chat.postMessage`), or `response_url` for a slash command's response. */
  method: string;
  /** The request's fields; JSON-valued ones (`blocks`) parsed. */
  body: Record<string, unknown>;
  /** The token it was sent with (Authorization header or `token` field). */
  token?: string;
}

type Answer = (body: Record<string, unknown>) => { status?: number; json: unknown };

/** How long {@link FakeSlack.next} waits before failing the test with what did arrive. */
const WAIT_MS = 10_000;

export class FakeSlack {
  readonly received: Received[] = [];
  private readonly taken = new Map<string, number>();
  private readonly waiters: (() => void)[] = [];
  private readonly once = new Map<string, Answer[]>();
  private readonly always = new Map<string, Answer>();
  private posts = 0;

  private constructor(private readonly server: Server) {}

  /** Starts a fake on a free port of 127.0.0.1. */
  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server);
    server.on("request", (req, res) => {
      void readBody(req).then((raw) => {
        const { status, json } = fake.handle(req, raw);
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  private get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What to give Bolt as the Web API's base URL (`clientOptions.slackApiUrl`). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  /** A `response_url` for a slash command. */
  responseUrl(id = "r1"): string {
    return `${this.base}/response/${id}`;
  }

  /** Answers the next call of `method` (and only that one) with `json`, such as `{ ok: false, error: "not_in_channel" }`. */
  answerOnce(method: string, json: unknown, status = 200): void {
    this.once.set(method, [...(this.once.get(method) ?? []), () => ({ status, json })]);
  }

  /** Answers every call of `method` with `json` from now on. */
  answerAlways(method: string, json: unknown): void {
    this.always.set(method, () => ({ json }));
  }

  /** The requests of one method received so far. */
  calls(method: string): Received[] {
    return this.received.filter((r) => r.method === method);
  }

  /** The next request of `method` not yet taken by an earlier `next`, once it has arrived. Fails after 10 s. */
  next(method: string): Promise<Received> {
    const index = this.taken.get(method) ?? 0;
    this.taken.set(method, index + 1);
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.calls(method)[index];
        if (found) resolve(found);
        return found !== undefined;
      };
      if (check()) return;
      const timer = setTimeout(() => reject(new Error(`fake slack: no ${method} call #${index + 1} within ${WAIT_MS} ms; got: ${this.received.map((r) => r.method).join(", ") || "nothing"}`)), WAIT_MS);
      const waiter = () => {
        if (check()) {
          clearTimeout(timer);
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
        }
      };
      this.waiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, raw: string): { status: number; json: unknown } {
    const path = new URL(req.url ?? "/", this.base).pathname;
    const method = path.startsWith("/response/") ? "response_url" : path.replace(/^\/api\//, "");
    const body = parseBody(raw, req.headers["content-type"] ?? "");
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const token = bearer ?? (typeof body.token === "string" ? body.token : undefined);
    this.received.push({ method, body, ...(token ? { token } : {}) });
    for (const waiter of [...this.waiters]) waiter();
    const override = this.once.get(method)?.shift() ?? this.always.get(method);
    const answer = override ? override(body) : this.standard(method, body);
    return { status: answer.status ?? 200, json: answer.json };
  }

  private standard(method: string, body: Record<string, unknown>): { status?: number; json: unknown } {
    switch (method) {
      case "auth.test":
        return { json: { ok: true, url: "https://fake.slack.test/", team: "Fake", user: "briefbot", team_id: "T0FAKE", user_id: BOT_USER, bot_id: BOT_ID } };
      case "chat.postMessage":
        return { json: { ok: true, channel: body.channel, ts: `1800000000.${String(++this.posts).padStart(6, "0")}` } };
      default:
        return { json: { ok: true } };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) body[key] = key === "blocks" || key === "attachments" ? JSON.parse(value) : value;
  return body;
}
