/** The `ask` command line, parsed. Outside input: checked here, at the edge. */
export interface AskArgs {
  json: boolean;
  /** A file of questions, one per line; "-" is stdin. */
  batch?: string;
  /** The knowledge directory (laid out like `knowledge/`). */
  knowledge?: string;
  /** The question, when not in batch mode (the remaining arguments joined by spaces). */
  question?: string;
  help: boolean;
}

export const USAGE = `usage: ask [--json] [--knowledge DIR] "QUESTION or /command"
       ask [--json] [--knowledge DIR] --batch FILE   (one input per line; FILE "-" reads stdin)`;

/** Parses `ask` arguments; throws an Error with a message naming the bad argument. */
export function parseAskArgs(argv: readonly string[]): AskArgs {
  const out: AskArgs = { json: false, help: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i + 1));
      break;
    }
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`ask: ${flag} needs a value`);
      return v;
    };
    if (flag === "--json") out.json = true;
    else if (flag === "--batch") out.batch = value();
    else if (flag === "--knowledge") out.knowledge = value();
    else if (flag === "--help" || flag === "-h") out.help = true;
    else if (flag.startsWith("--") && rest.length === 0) throw new Error(`ask: unknown option ${flag}`);
    else rest.push(a);
  }
  if (out.batch !== undefined && rest.length) throw new Error("ask: give either --batch FILE or a question, not both");
  if (out.batch === undefined && rest.length) out.question = rest.join(" ");
  if (out.batch === undefined && out.question === undefined && !out.help) throw new Error("ask: no question given");
  return out;
}
