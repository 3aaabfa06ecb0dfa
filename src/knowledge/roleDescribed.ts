import type { NamedSentence } from "./people.ts";
import type { Person } from "./types.ts";
import { isOccupation, ROLE_WORDS } from "../lexicon/words.ts";
import { isPersonNoun } from "../lexicon/wordnet.ts";

/**
 * "The minister, a former paediatric nurse from Dunedin, introduced the measure": a description
 * after a role noun is the description of the one person the article gives that role ("Health
 * Minister Miriama Halvorsen"). With two people of that role, it is no one's.
 */

const ROLE_THEN_DESCRIPTION = /(?:^|[;:]\s+|\band\s+|\bbut\s+)[Tt]he ((?:[a-z-]+ ){0,2}[a-z]+), (?:an? )((?:former |retired |one-time |veteran )?[^,;:"“”]{3,80}?),/g;

export function describedRoles(sentences: NamedSentence[], people: Person[]): void {
  for (const s of sentences) {
    for (const m of s.text.matchAll(ROLE_THEN_DESCRIPTION)) {
      const noun = m[1].split(" ").pop()!;
      if (!ROLE_WORDS.has(noun) || /^(officials?|members?|people|leaders?)$/.test(noun)) continue;
      const holders = people.filter((p) => p.roles.some((r) => r.toLowerCase().split(/[\s'’-]+/).includes(noun)));
      if (holders.length !== 1) continue;
      const description = m[2].trim();
      // A description of what someone is ("a former nurse"), not of something else ("a move that ...").
      if (/\b(?:who|which|that)\b/.test(description)) continue;
      if (!description.split(/\s+/).some((w) => isOccupation(w) || isPersonNoun(w))) continue;
      const [p] = holders;
      if (!p.roles.some((r) => r.toLowerCase() === description.toLowerCase())) p.roles.push(description);
    }
  }
}
