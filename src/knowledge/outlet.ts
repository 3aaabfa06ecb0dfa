import { ledeIndex } from "./extract.ts";
import type { ArticleFacts, Mention } from "./types.ts";

/**
 * The news outlet that carries the story ("PORT ELLERY, Maine (Northeast Ledger) —", the article's
 * source): it reports the news, it is not in it.
 */
export function isOutlet(facts: ArticleFacts, m: Mention | string): boolean {
  const name = typeof m === "string" ? m : m.text;
  const source = facts.article.source?.toLowerCase() ?? "";
  if (name.length > 2 && source.includes(name.toLowerCase())) return true;
  // By name: whether the article names it only as the agency of its dateline ("(CSW) -").
  if (typeof m === "string") return facts.mentions.some((x) => x.text === name && datelineAgency(facts, x));
  return datelineAgency(facts, m);
}

function datelineAgency(facts: ArticleFacts, m: Mention): boolean {
  const text = facts.sentences[m.sentence]?.text ?? "";
  // The dateline opens the story's first sentence (the second, after a headline).
  return m.sentence === ledeIndex(facts.sentences) && text.charAt(m.start - 1) === "(" && /^\)\s*[—–-]/.test(text.slice(m.end));
}
