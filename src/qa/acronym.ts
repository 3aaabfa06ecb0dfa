import type { KnowledgeBase } from "../knowledge/base.ts";
import { nameIndex } from "../knowledge/nameIndex.ts";
import { evidence } from "./evidence.ts";
import type { Question } from "./question.ts";
import type { Answer } from "./types.ts";
import { isStopWord } from "./text.ts";

/** "What does CCIT stand for?", "what is the CNB short for?", "what does SPFL mean?": the letters asked about. */
const ASKS_LETTERS = /^what (?:(?:does|do|did|is|was) )?(?:the )?([a-z][a-z0-9&]{1,9}) (?:stand for|stands for|short for|mean|means|an abbreviation for|abbreviate)\b/;

/** The full name an article gives for an organization's or a place's initials: "the Confederation of Czech Industry and Transport (CCIT)". */
export function spelledOut(kb: KnowledgeBase, q: Question): Answer | undefined {
  const letters = ASKS_LETTERS.exec(q.words.join(" "))?.[1];
  if (!letters) return undefined;
  for (const ref of nameIndex(kb).things.get(letters) ?? []) {
    const facts = kb.articles[ref.article];
    const thing = facts.things.find((t) => t.id === ref.id);
    if (!thing || !thing.aliases.some((a) => a.toLowerCase() === letters) || thing.name.toLowerCase() === letters) continue;
    // Cited where the article writes both: the name and, in brackets, the letters.
    const at = facts.sentences.findIndex((s) => s.text.includes(thing.name) && new RegExp(`\\b${letters}\\b`, "i").test(s.text));
    const sentence = at >= 0 ? at : (facts.mentions.find((m) => m.entity === thing.id)?.sentence ?? 0);
    return { answered: true, answer: thing.name, evidence: [evidence(kb, ref.article, sentence)], confidence: 0.9, kind: "what" };
  }
  return spelledBefore(kb, letters);
}

/**
 * Initials of no organization or place, spelled out where the article first writes them:
 * "their exclusive economic zone, or EEZ," or "the value-added tax (VAT)". The words right before
 * the letters whose initials spell them.
 */
function spelledBefore(kb: KnowledgeBase, letters: string): Answer | undefined {
  const upper = letters.toUpperCase();
  const at = new RegExp(`((?:[A-Za-z][\\w'’-]*\\s+){0,9}[A-Za-z][\\w'’-]*)\\s*(?:\\(|,?\\s+or\\s+)${upper}\\b`);
  for (const hit of kb.search.search([letters], 20)) {
    const s = kb.sentences[hit.doc];
    const before = at.exec(s.text)?.[1].trim().split(/\s+/);
    if (!before) continue;
    for (let from = before.length - 1; from >= 0; from--) {
      const phrase = before.slice(from);
      const initials = phrase.flatMap((w) => w.split("-")).filter((w) => !isStopWord(w.toLowerCase())).map((w) => w[0].toLowerCase()).join("");
      if (initials === letters) return { answered: true, answer: phrase.join(" "), evidence: [evidence(kb, s.article, s.sentence)], confidence: 0.85, kind: "what" };
      if (initials.length > letters.length) break;
    }
  }
  return undefined;
}
