/**
 * Input hygiene and mention defusing.
 *
 * Incoming text may hold platform mention markup (Slack `<@U123>`, `<!channel>`; Discord `<@123>`,
 * `<@&456>`, `@everyone`), control or invisible characters, or be enormous. The core cleans what it
 * reads and defuses what it writes, so a reply can never ping anyone even when it echoes the input
 * or an article.
 */

/** Longest message the bot reads, in characters (after cleaning). */
export const MAX_INPUT_CHARS = 2000;

// C0/C1 controls except tab and newline, zero-width and bidi-override characters, the BOM, the
// replacement character (what invalid UTF-8 decodes to) and lone surrogates.
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Slack: `<@U123>`, `<@U123|name>`, `<!here>`, `<!subteam^S1|@team>`, `<#C1|general>`; Discord: `<@123>`, `<@!123>`, `<@&123>`, `<#123>`. */
const MARKUP_MENTION = /<(?:[@#][!&]?|!)[^<>\s]{1,80}>/g;
const BROADCAST = /@+(everyone|here|channel|all)\b/gi;
/** What is left of a special mention once its "@" is gone ("<!" + "everyone"): no half-made markup either. */
const BROKEN_SPECIAL = /<!(?=everyone|here|channel)/gi;

/** Cleans what a person typed: drops mention markup, broadcast pings and unwanted characters; collapses blank runs. */
export function cleanInput(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(UNWANTED, "")
    .replace(MARKUP_MENTION, (m) => labelOf(m) ?? " ")
    .replace(BROADCAST, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Makes text safe to post: no broadcast ping, no mention markup, no invisible or control characters. */
export function defuse(text: string): string {
  // Replacing one mention can join the text around it into another ("<@everyone<@U1>>"), so repeat
  // until nothing changes; every pass removes a "<", so this ends.
  let out = text.replace(UNWANTED, "");
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(MARKUP_MENTION, (m) => labelOf(m) ?? (m.startsWith("<!") ? m.slice(2, -1).split("^")[0] : "someone")).replace(BROADCAST, "$1").replace(BROKEN_SPECIAL, "");
  }
  return out;
}

/** The readable label of a Slack mention with one (`<#C1|general>` -> "general"), if any. */
function labelOf(markup: string): string | undefined {
  const bar = markup.indexOf("|");
  if (bar < 0) return undefined;
  const label = markup.slice(bar + 1, -1).replace(/^[@#!]+/, "");
  return label ? label : undefined;
}

/** Applies {@link defuse} to every string inside a plain value (objects and arrays are copied). */
export function defuseDeep<T>(value: T): T {
  if (typeof value === "string") return defuse(value) as T;
  if (Array.isArray(value)) return value.map((v) => defuseDeep(v)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = defuseDeep(v);
    return out as T;
  }
  return value;
}
