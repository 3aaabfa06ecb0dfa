import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/kb.ts";

/** The edge of the program: the only places that may read the environment. */
const EDGE = [/^src\/config\.ts$/, /^src\/main\.ts$/, /^src\/cli\//];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.[cm]?[jt]s$/.test(e.name) ? [join(dir, e.name)] : []));
}

const sources = files(join(ROOT, "src")).map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, "utf8") }));

describe("the core's boundary", () => {
  it("has files to check", () => {
    expect(sources.some((s) => s.file === "src/core/bot.ts")).toBe(true);
  });

  it("no file under src/ imports a platform SDK", () => {
    const offenders = sources.filter((s) => /from\s+["'](@slack\/|discord\.js)|import\(\s*["'](@slack\/|discord\.js)|require\(\s*["'](@slack\/|discord\.js)/.test(s.text));
    expect(offenders.map((s) => s.file)).toEqual([]);
  });

  it("only the edge (config, main, cli) reads process.env", () => {
    const offenders = sources.filter((s) => /process\.env|process\[["']env["']\]/.test(s.text) && !EDGE.some((e) => e.test(s.file)));
    expect(offenders.map((s) => s.file)).toEqual([]);
  });

  it("nothing under src/ opens network connections", () => {
    const net = /from\s+["'](node:)?(http|https|net|tls|dgram|http2)["']|\bfetch\(|new WebSocket\(/;
    expect(sources.filter((s) => net.test(s.text)).map((s) => s.file)).toEqual([]);
  });

  it("the core does not import adapters", () => {
    expect(sources.filter((s) => !EDGE.some((e) => e.test(s.file)) && /from\s+["'][./]*adapters\//.test(s.text)).map((s) => s.file)).toEqual([]);
  });
});
