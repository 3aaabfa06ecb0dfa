import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, readConfig } from "../src/config.ts";

const problemsOf = (env: Record<string, string>) => {
  const r = parseConfig(env);
  return r.ok ? [] : r.problems;
};

describe("configuration", () => {
  it("has defaults for everything, and no platform when no token is set", () => {
    expect(readConfig({})).toEqual({ knowledgeDir: "./knowledge", dataDir: "./.briefbot", digestTime: { hour: 8, minute: 0 }, logLevel: "info" });
  });

  it("treats empty values (as copied from .env.example) as unset", () => {
    expect(readConfig({ SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "  ", KNOWLEDGE_DIR: "" }).knowledgeDir).toBe("./knowledge");
  });

  it("has Slack only when its bot token and signing secret are both set", () => {
    const config = readConfig({ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_SIGNING_SECRET: "s3cret", SLACK_APP_TOKEN: "xapp-1" });
    expect(config.slack).toEqual({ botToken: "xoxb-1-2", signingSecret: "s3cret", appToken: "xapp-1", port: 3000 });
    expect(config.discord).toBeUndefined();
  });

  it("reads SLACK_PORT, and names it when it is not a port number", () => {
    expect(readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_PORT: "8080" }).slack?.port).toBe(8080);
    for (const value of ["0", "65536", "80a", "-1", "3000.5", "http"]) {
      expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_PORT: value }), value).toEqual([{ variable: "SLACK_PORT", message: `expected a port number from 1 to 65535, got '${value}'` }]);
    }
  });

  it("reads SLACK_API_URL and DISCORD_API_URL, for a proxy or a stand-in, and names one that is no URL", () => {
    expect(readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "http://127.0.0.1:9/api/" }).slack?.apiUrl).toBe("http://127.0.0.1:9/api/");
    expect(readConfig({ DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "123456789012345678", DISCORD_API_URL: "https://proxy.example/api" }).discord?.apiUrl).toBe("https://proxy.example/api");
    expect(readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack?.apiUrl).toBeUndefined();
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "slack.com" })).toEqual([{ variable: "SLACK_API_URL", message: "expected an http:// or https:// URL, got 'slack.com'" }]);
  });

  it("does not count SLACK_PORT alone as a partly configured Slack, but still checks it", () => {
    expect(readConfig({ SLACK_PORT: "8080" }).slack).toBeUndefined();
    expect(problemsOf({ SLACK_PORT: "eighty" }).map((p) => p.variable)).toEqual(["SLACK_PORT"]);
  });

  it("names the missing variable when a platform is partly configured", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1" }).map((p) => p.variable)).toEqual(["SLACK_SIGNING_SECRET"]);
    expect(problemsOf({ SLACK_APP_TOKEN: "xapp-1" }).map((p) => p.variable)).toEqual(["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]);
    expect(problemsOf({ DISCORD_TOKEN: "abc" }).map((p) => p.variable)).toEqual(["DISCORD_APPLICATION_ID"]);
  });

  it("names each bad value, without repeating secrets", () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: "xoxp-secretvalue", SLACK_SIGNING_SECRET: "x", DISCORD_TOKEN: "tok", DISCORD_APPLICATION_ID: "my-app", DIGEST_TIME: "8am", LOG_LEVEL: "loud" });
    expect(problems.map((p) => p.variable).sort()).toEqual(["DIGEST_TIME", "DISCORD_APPLICATION_ID", "LOG_LEVEL", "SLACK_BOT_TOKEN"]);
    expect(JSON.stringify(problems)).not.toContain("secretvalue");
  });

  it("reads DIGEST_TIME, KNOWLEDGE_DIR and DATA_DIR", () => {
    const config = readConfig({ DIGEST_TIME: "17:45", KNOWLEDGE_DIR: "/srv/news", DATA_DIR: "/var/lib/briefbot", DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "123456789012345678" });
    expect(config).toMatchObject({ digestTime: { hour: 17, minute: 45 }, knowledgeDir: "/srv/news", dataDir: "/var/lib/briefbot", discord: { token: "t", applicationId: "123456789012345678" } });
  });

  it("throws one ConfigError listing every problem", () => {
    expect(() => readConfig({ DIGEST_TIME: "25:00", DISCORD_TOKEN: "t" })).toThrow(ConfigError);
    expect(() => readConfig({ DIGEST_TIME: "25:00", DISCORD_TOKEN: "t" })).toThrow(/DIGEST_TIME.*DISCORD_APPLICATION_ID/);
  });
});
