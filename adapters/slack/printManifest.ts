/**
 * `npm run slack:manifest [-- --url https://your.host/slack/events] [--name briefbot] [--json]`:
 * prints the Slack app manifest for briefbot's commands, as YAML (or JSON), on stdout. Without
 * `--url` the app uses Socket Mode. Needs no token and no articles.
 */
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { createRegistry } from "../../src/core/commands/index.ts";
import { slackManifest } from "./manifest.ts";

function main(argv: string[]): number {
  let values: { url?: string; name?: string; json?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { url: { type: "string" }, name: { type: "string" }, json: { type: "boolean" } }, strict: true }));
  } catch (e) {
    process.stderr.write(`slack:manifest: ${e instanceof Error ? e.message : String(e)}\nusage: npm run slack:manifest -- [--url https://your.host/slack/events] [--name NAME] [--json]\n`);
    return 2;
  }
  try {
    const manifest = slackManifest(createRegistry().list(), { ...(values.url ? { requestUrl: values.url } : {}), ...(values.name ? { name: values.name } : {}) });
    process.stdout.write(values.json ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest, { lineWidth: 0 }));
    return 0;
  } catch (e) {
    process.stderr.write(`slack:manifest: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
