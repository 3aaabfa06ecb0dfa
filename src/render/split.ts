/**
 * Splits a long plain-text reply into posts that each fit a platform's limit (Discord: 2,000
 * characters of content), cutting between lines, then at a space inside an over-long line, and
 * only as a last resort inside a word.
 */
export function splitForLimit(text: string, limit: number): string[] {
  if (limit < 1) throw new Error(`render: limit must be positive, got ${limit}`);
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = "";
  const flush = () => {
    if (current) parts.push(current);
    current = "";
  };
  for (const line of text.split("\n")) {
    const joined = current ? `${current}\n${line}` : line;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > limit) {
      const space = rest.lastIndexOf(" ", limit);
      const cut = space > 0 ? space : limit;
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, "");
    }
    current = rest;
  }
  flush();
  return parts;
}
