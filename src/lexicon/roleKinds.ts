import { words } from "../qa/text.ts";
import { kindSense } from "./wordnet.ts";

/**
 * Whether a role is, in its most common sense, a kind of one of the asked roles: an "obstetrician"
 * is a doctor, a "surgeon" too (WordNet files them under it). The role's head word decides: the
 * last before "who", "of", "at" ("obstetrician" of "obstetrician who chairs the branch").
 */
export function isKindOfRole(role: string, asked: readonly string[]): boolean {
  const head = roleHead(role);
  return head !== undefined && headIsKindOf(head, asked);
}

/** A role's head word: "obstetrician" of "obstetrician who chairs the branch". */
export function roleHead(role: string): string | undefined {
  return words(role.split(/\s+(?:who|that|of|at|for|with)\s+/)[0]).pop();
}

/** Whether a head word is a kind of one of the asked roles (not the role itself). */
export function headIsKindOf(head: string, asked: readonly string[]): boolean {
  return asked.some((w) => w !== head && kindSense(head, w) === 0);
}
