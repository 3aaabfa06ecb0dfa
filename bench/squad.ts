/**
 * SQuAD 2.0 reading and scoring, as the official evaluation script (evaluate-v2.0.py) does it:
 * answers are normalised (lower case, no punctuation, no articles a/an/the, single spaces); exact
 * match and token F1 take the best over the gold answers; an unanswerable question's only gold
 * answer is "", so declining it (an empty answer) scores 1 and answering it scores 0.
 */

export interface SquadQuestion {
  id: string;
  question: string;
  /** Gold answers (duplicates kept, as in the file); empty when unanswerable. */
  answers: string[];
  impossible: boolean;
}

export interface SquadParagraph {
  /** `${title}-${index}`: the article id. */
  id: string;
  title: string;
  context: string;
  questions: SquadQuestion[];
}

/** Reads SQuAD 2.0 JSON (`{ data: [{ title, paragraphs: [{ context, qas }] }] }`); throws on another shape. */
export function parseSquad(json: unknown): SquadParagraph[] {
  const fail = (what: string): never => {
    throw new Error(`eval: the SQuAD file ${what}`);
  };
  const data = (json as { data?: unknown })?.data;
  if (!Array.isArray(data)) fail("has no 'data' list");
  const out: SquadParagraph[] = [];
  for (const article of data as unknown[]) {
    const a = article as { title?: unknown; paragraphs?: unknown };
    const title = typeof a.title === "string" ? a.title : "untitled";
    if (!Array.isArray(a.paragraphs)) fail(`article '${title}' has no 'paragraphs' list`);
    (a.paragraphs as unknown[]).forEach((p, i) => {
      const para = p as { context?: unknown; qas?: unknown };
      if (typeof para.context !== "string" || !Array.isArray(para.qas)) fail(`paragraph ${i} of '${title}' lacks 'context' or 'qas'`);
      const questions = (para.qas as unknown[]).map((q): SquadQuestion => {
        const qa = q as { id?: unknown; question?: unknown; answers?: unknown; is_impossible?: unknown };
        if (typeof qa.question !== "string") fail(`a question of '${title}' paragraph ${i} has no text`);
        const answers = Array.isArray(qa.answers) ? (qa.answers as { text?: unknown }[]).map((x) => String(x.text ?? "")).filter(Boolean) : [];
        return { id: String(qa.id ?? ""), question: qa.question as string, answers, impossible: qa.is_impossible === true || answers.length === 0 };
      });
      out.push({ id: `${title.replace(/\W+/g, "_")}-${String(i).padStart(3, "0")}`, title, context: para.context as string, questions });
    });
  }
  return out;
}

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** SQuAD's normalize_answer. (Python's string.punctuation is ASCII only; so is this.) */
export function normaliseAnswer(s: string): string {
  return s
    .toLowerCase()
    .replace(PUNCTUATION, "")
    .replace(/\b(a|an|the)\b/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

function tokens(s: string): string[] {
  return s ? normaliseAnswer(s).split(" ").filter(Boolean) : [];
}

export function exactMatch(gold: string, prediction: string): number {
  return normaliseAnswer(gold) === normaliseAnswer(prediction) ? 1 : 0;
}

export function tokenF1(gold: string, prediction: string): number {
  const g = tokens(gold);
  const p = tokens(prediction);
  // an empty side: 1 when both are empty, else 0 (the official script's rule for no-answer)
  if (g.length === 0 || p.length === 0) return g.length === p.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) same++, counts.set(t, n - 1);
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Best exact match and F1 of a prediction over the gold answers ("" is the gold of an unanswerable question). */
export function scoreAnswer(q: SquadQuestion, prediction: string): { em: number; f1: number } {
  const golds = q.impossible ? [""] : q.answers;
  return {
    em: Math.max(...golds.map((g) => exactMatch(g, prediction))),
    f1: Math.max(...golds.map((g) => tokenF1(g, prediction))),
  };
}

/** True when the sentence holds one of the gold answers, both normalised. */
export function sentenceHolds(q: SquadQuestion, sentence: string): boolean {
  const s = ` ${normaliseAnswer(sentence)} `;
  return q.answers.some((a) => {
    const n = normaliseAnswer(a);
    return n !== "" && s.includes(` ${n} `);
  });
}
