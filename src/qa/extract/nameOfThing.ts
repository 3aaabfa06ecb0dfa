import { isDemonym, isRegionDemonym } from "../../lexicon/places.ts";
import { NUMBER_WORDS } from "../../lexicon/words.ts";
import { isVerb } from "../../lexicon/wordnet.ts";
import { isStopWord } from "../text.ts";
import { expand } from "../../lexicon/synonyms.ts";
import type { Question } from "../question.ts";

/** "What was the vessel called?": the thing whose name is asked. */
export const ASKS_WHAT_CALLED = /^what (?:(?:is|was|are|were) )?the (?:[a-z-]+ ){0,3}?([a-z]+) (?:called|named)$/;

/** Works that go by a title: "the film", "her novel". */
const WORKS = /^(films?|movies?|books?|textbooks?|novels?|songs?|albums?|plays?|documentar(?:y|ies)|series|shows?|features?|operas?|paintings?|poems?|musicals?|podcasts?|games?|reports?|studies|study|papers?|essays?|memoirs?)$/;

/** Words for a document that binds or rules: one is named by another ("the Bergholt Agreement" for "the treaty"). */
const DOCUMENTS = /^(?:treat(?:y|ies)|agreements?|accords?|pacts?|conventions?|laws?|acts?|bills?|protocols?|charters?)$/;

/** The name a sentence gives the thing asked about ("Vell Station"; "the Corredor Solar del Norte" for "the project, called the ..."), or "" when the question names no thing. */
export function nameOfThing(text: string, q: Question): string | undefined {
  // "What was the vessel called?" asks the same. ("the ship they found": the thing, before a clause about it.)
  const asked = q.words.join(" ");
  const head = (/(?:names?|titles?) of (?:the |a |an |its |their )?(?:[a-z0-9-]+ ){0,3}?([a-z]+)(?= (?:outside|in|at|of|for|from|near|that|which|who|whose|where|when|with|by|being|to|on|above|below|behind|beside|under|over|off|across|along|inside|beyond|they|he|she|we|it|you|i|was|were|is|are|had|has|did|does|will|would|can|could)\b|$)/.exec(asked) ?? ASKS_WHAT_CALLED.exec(asked))?.[1];
  if (!head) return "";
  // "What is the name of the film that won?" with "her first feature, “The Salt Keepers”": a title in quotation marks.
  if (WORKS.test(head)) {
    // ("Foundations: Australia and the World, 1750-1918": a subtitle after a colon, and years, too.)
    const title = [...text.matchAll(/[“"]((?:[A-Z0-9][\w’'-]*)(?:[:,]?\s+(?:[A-Z0-9][\w’'–-]*|of|the|a|an|and|in|on|for|to|at|from))*)[”"]/g)].map((m) => m[1]).find((t) => t.split(/\s+/).length <= 10);
    if (title) return title;
  }
  // "What was the vessel called?" with "the passenger ferry Coral Wren": a word for it names it too.
  for (const form of [head, ...expand(head)].filter((w) => !w.includes(" "))) {
    const h = form.replace(/s$/, "");
    const word = `[${h[0]}${h[0].toUpperCase()}]${h.slice(1)}s?`;
    const name = "[A-Z][\\w’'-]*(?:\\s+(?:de|del|of|the|la)?\\s*[A-Z][\\w’'-]*)*";
    // Not "A spokesman, Joost Brinkman": a capital that only opens the sentence names nothing.
    const re = new RegExp(`(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|New)\\s)(${name})\\s+${word}\\b|\\b${word},?\\s+(?:called|named|known as|dubbed)\\s+(?:the\\s+)?(${name})|\\b${word},?\\s+(${name})`, "g");
    // "The MT Sea Lantern, a 7,400-tonne tanker carrying ...": the name the noun is set beside.
    // ("The Harbour Workers' Federation, the dockworkers' union": after "the" too.)
    const beside = form === head ? new RegExp(`(${name}),\\s+(?:a|an|the)\\s+(?:[\\w.,’'-]+\\s+){0,4}?${word}\\b`).exec(text)?.[1].replace(/^(?:The|A|An)\s+/, "") : undefined;
    if (beside && /^[A-Z]/.test(beside) && !NUMBER_WORDS.has(beside.split(" ")[0].toLowerCase())) return beside;
    for (const m of text.matchAll(re)) {
      const found = m[1] ? `${m[1]} ${/\w+$/.exec(m[0])![0]}` : (m[2] ?? m[3]);
      // "... and a 29-year-old nurse, Wrona said": a name after the word and a comma that says something is the speaker's.
      if (m[3] && /^\s+(?:said|says|told|added|noted|explained|recalled)\b/.test(text.slice(m.index! + m[0].length))) continue;
      // "The project would ...": a capital that starts the sentence names nothing.
      // Nor a number that opens it: "Two sailors from the Harmony".
      if (!found || /^(the|a|an|this|that|its|their|his|her|our|new)\b/i.test(found) || NUMBER_WORDS.has(found.split(" ")[0].toLowerCase())) continue;
      // "Caldermoor's insurers" names whose they are, not them; "a Belgian couple", where they are from.
      if (m[1] && (/['’]s?$/.test(m[1]) || isDemonym(m[1]) || isRegionDemonym(m[1]))) continue;
      // A word for it names it only after that word: "the passenger ferry Coral Wren", not "Bluewater Isles Ferries".
      // (Unless both are words for a document, whose names end with their kind: "the 1982 Bergholt Agreement" is a treaty.)
      if (m[1] && form !== head && !(DOCUMENTS.test(head) && DOCUMENTS.test(form))) continue;
      // "the Brenmouth ferry terminal": the word only qualifies another noun.
      const next = /^\s+([a-z]+)\b/.exec(text.slice(m.index! + m[0].length))?.[1];
      if (m[1] && next && !isStopWord(next) && !isVerb(next)) continue;
      return found;
    }
  }
  return undefined;
}
