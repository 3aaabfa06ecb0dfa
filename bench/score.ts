/**
 * Scoring of the project's question sets, with exactly the semantics of ../shared/tools/score-qa.mjs,
 * so `npm run eval` and the shared scorer agree on every case:
 * - an answerable case is "direct" when the short answer alone holds the expected terms, none of the
 *   forbidden ones, within `max_words` (default 20) words;
 * - it is "supported" when the short answer plus the first cited sentence hold the expected terms;
 * - an `abstain` case is right only when the bot declines (`answered === false`).
 * A response whose `answered` is missing counts as an answer, as in score-qa.mjs.
 */

/** Alternatives for one expected term: any one of them is enough. */
export type Alternatives = string[];

/** One line of a question set (JSONL). */
export interface EvalCase {
  id: string;
  q: string;
  /** Every group must be held by the answer. */
  all?: Alternatives[];
  /** At least `n` of the groups must be held. */
  some?: { n: number; of: Alternatives[] };
  /** No group may be held by the short answer. */
  none?: Alternatives[];
  /** Longest direct answer, in words. Default 20. */
  max_words?: number;
  /** The articles do not answer it: the bot must decline. */
  abstain?: boolean;
}

/** What the scorer reads from one reply: the fields of the `ask --json` contract it uses. */
export interface ScoredReply {
  answered?: boolean;
  answer?: string;
  text?: string;
  sources?: { sentence: string }[];
}

export type Outcome =
  | "declined" // abstain case, declined: right
  | "answered-out-of-scope" // abstain case, answered: wrong
  | "direct" // answerable, direct answer
  | "indirect" // answerable, supported by the cited sentence but not a direct answer
  | "wrong"; // answerable, neither (including a wrong decline)

export interface CaseResult {
  id: string;
  outcome: Outcome;
  direct: boolean;
  supported: boolean;
  /** An answerable case the bot declined. */
  wrongDecline: boolean;
  /** The line score-qa.mjs prints for a miss; undefined for a hit. */
  miss?: string;
}

export interface SetScore {
  /** Answerable cases. */
  answerable: number;
  direct: number;
  supported: number;
  /** Cases the bot should decline. */
  outOfScope: number;
  /** Of those, declined. */
  declined: number;
  /** Answerable cases declined. */
  wrongDeclines: number;
  misses: string[];
  results: CaseResult[];
}

/** Lower case, straight apostrophes, straight double quotes, single spaces (score-qa.mjs `norm`). */
export function normalise(s: unknown): string {
  return String(s ?? "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ");
}

/** True when `text` holds one of the alternatives (as written in the set: not normalised). */
export function holds(text: string, alts: Alternatives): boolean {
  return alts.some((a) => text.includes(a));
}

/** The `all` and `some` conditions of a case, on an already normalised text. */
export function matchesCase(c: EvalCase, text: string): boolean {
  if (c.all && !c.all.every((alts) => holds(text, alts))) return false;
  if (c.some && c.some.of.filter((alts) => holds(text, alts)).length < c.some.n) return false;
  return true;
}

/** Words separated by white space, as score-qa.mjs counts them. */
export function wordCount(s: unknown): number {
  return String(s ?? "")
    .split(/\s+/)
    .filter(Boolean).length;
}

export function scoreCase(c: EvalCase, r: ScoredReply = {}): CaseResult {
  if (c.abstain) {
    const declined = r.answered === false;
    return {
      id: c.id,
      outcome: declined ? "declined" : "answered-out-of-scope",
      direct: false,
      supported: false,
      wrongDecline: false,
      ...(declined ? {} : { miss: `ANSWERED ${c.id}: ${c.q} -> ${String(r.answer || r.text).slice(0, 120)}` }),
    };
  }
  const answeredIt = r.answered !== false;
  const ans = normalise(r.answer);
  const src = normalise(
    (r.sources || [])
      .slice(0, 1)
      .map((s) => s.sentence)
      .join(" "),
  );
  const maxWords = c.max_words ?? 20;
  const forbidden = (c.none || []).some((alts) => holds(ans, alts));
  const direct = answeredIt && matchesCase(c, ans) && !forbidden && wordCount(r.answer) <= maxWords;
  const supported = answeredIt && matchesCase(c, ans + " " + src);
  return {
    id: c.id,
    outcome: direct ? "direct" : supported ? "indirect" : "wrong",
    direct,
    supported,
    wrongDecline: !answeredIt,
    ...(direct ? {} : { miss: `${supported ? "INDIRECT" : "WRONG"} ${c.id}: ${c.q} -> ${String(r.answer ?? "").slice(0, 140)}` }),
  };
}

/** Scores a whole set; `replies[i]` answers `cases[i]` (a missing reply counts as an empty answer). */
export function scoreSet(cases: EvalCase[], replies: ScoredReply[]): SetScore {
  const results = cases.map((c, i) => scoreCase(c, replies[i] ?? {}));
  const score: SetScore = { answerable: 0, direct: 0, supported: 0, outOfScope: 0, declined: 0, wrongDeclines: 0, misses: [], results };
  cases.forEach((c, i) => {
    const r = results[i];
    if (c.abstain) {
      score.outOfScope++;
      if (r.outcome === "declined") score.declined++;
    } else {
      score.answerable++;
      if (r.direct) score.direct++;
      if (r.supported) score.supported++;
      if (r.wrongDecline) score.wrongDeclines++;
    }
    if (r.miss) score.misses.push(r.miss);
  });
  return score;
}

/** score-qa.mjs's verdict: direct and declines each at least their minimum share (default 0.9). */
export function passes(score: SetScore, minDirect = 0.9, minAbstain = 0.9): boolean {
  return score.direct >= minDirect * score.answerable && score.declined >= minAbstain * score.outOfScope;
}

/** Reads a question set (JSONL); a bad line throws an error naming the file and the line. */
export function parseCases(jsonl: string, file = "questions"): EvalCase[] {
  const out: EvalCase[] = [];
  jsonl.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new Error(`eval: ${file} line ${i + 1} is not JSON: ${(e as Error).message}`);
    }
    out.push(checkCase(v, `${file} line ${i + 1}`));
  });
  return out;
}

function checkCase(v: unknown, where: string): EvalCase {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error(`eval: ${where} is not an object`);
  const o = v as Record<string, unknown>;
  if (typeof o.q !== "string") throw new Error(`eval: ${where} has no question 'q'`);
  const groups = (x: unknown, name: string): Alternatives[] | undefined => {
    if (x === undefined) return undefined;
    if (!Array.isArray(x) || !x.every((g) => Array.isArray(g) && g.every((a) => typeof a === "string"))) {
      throw new Error(`eval: ${where} '${name}' is not a list of lists of strings`);
    }
    return x as Alternatives[];
  };
  const c: EvalCase = { id: typeof o.id === "string" ? o.id : where, q: o.q };
  const all = groups(o.all, "all");
  if (all) c.all = all;
  const none = groups(o.none, "none");
  if (none) c.none = none;
  if (o.some !== undefined) {
    const s = o.some as Record<string, unknown>;
    if (typeof s !== "object" || s === null || typeof s.n !== "number") throw new Error(`eval: ${where} 'some' needs a number 'n'`);
    c.some = { n: s.n, of: groups(s.of, "some.of") ?? [] };
  }
  if (typeof o.max_words === "number") c.max_words = o.max_words;
  // score-qa.mjs tests `c.abstain` for truth, not for `true`
  if (o.abstain) c.abstain = true;
  return c;
}
