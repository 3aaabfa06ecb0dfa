import { referredOrganizations } from "../knowledge/coreference.ts";
import type { ArticleFacts } from "../knowledge/types.ts";
import { ORG_NOUNS } from "../lexicon/words.ts";
import { isOutlet } from "../knowledge/outlet.ts";

/**
 * A role as written beside a name, with the body it belongs to said by name: "managing director of
 * its Australian arm" -> "of Veltrane's Australian arm"; "the union's Western Australia secretary"
 * -> "Western Australia secretary of the Metal Workers' Union". The body is the one the sentence
 * means by its noun (or "its"), else the only organization the sentence before names; for a noun,
 * only a body whose name has it ("the union": a union). Unchanged when neither is known.
 */
export function roleWithOwner(facts: ArticleFacts, role: string, sentence: number): string {
  const its = /\bits\b/.test(role);
  const noun = /^(?:the\s+)?([a-z]+)['’]s\s+(.+)$/.exec(role);
  if (!its && !(noun && ORG_NOUNS.has(noun[1]))) return role;
  const before = facts.mentions.filter((m) => m.sentence === sentence - 1 && m.kind === "organization" && !isOutlet(facts, m));
  const owner = referredOrganizations(facts).get(sentence) ?? (new Set(before.map((m) => m.entity)).size === 1 ? before[0].text : undefined);
  if (!owner) return role;
  if (noun && ORG_NOUNS.has(noun[1])) {
    // Only a body called so: "the association" is no ministry named beside it.
    if (!new RegExp(`\\b${noun[1]}\\b`, "i").test(owner)) return role;
    const body = /^the\s/i.test(owner) ? owner : `the ${owner}`;
    // ("the agency's senior scientist for the region": the body's, when the role has its own "for" or "of".)
    return /\s(?:of|for|at|in)\s/.test(noun[2]) ? `${body}'s ${noun[2]}` : `${noun[2]} of ${body}`;
  }
  return role.replace(/\bits\b/, owner.endsWith("s") ? `${owner}'` : `${owner}'s`);
}
