import type { KnowledgeBase } from "../knowledge/base.ts";
import { nameIndex } from "../knowledge/nameIndex.ts";
import { tidy } from "./clauses.ts";
import { evidence } from "./evidence.ts";
import type { Question } from "./question.ts";
import type { Answer } from "./types.ts";

/** The description written beside a named organization or place: "AEI, a Washington-based think tank". */
export function describedThing(kb: KnowledgeBase, q: Question): Answer | undefined {
  const ix = nameIndex(kb);
  const names = [...q.things, ...q.orgWords];
  const kind = /^what (?:kind|type|sort) of ([a-z]+)/.exec(q.words.join(" "))?.[1];
  for (const name of names) {
    for (const ref of ix.things.get(name) ?? []) {
      const facts = kb.articles[ref.article];
      const thing = facts.things.find((t) => t.id === ref.id);
      if (!thing) continue;
      for (const m of facts.mentions.filter((x) => x.entity === thing.id)) {
        const text = facts.sentences[m.sentence].text;
        const after = /^,\s+((?:a|an|the)\s+[^,.;:“”"]{3,80}?)(?=[,.;:]|$)/.exec(text.slice(m.end));
        // Or before it: "voice-cloning company Lumora Labs".
        const before = kind ? new RegExp(`((?:[a-z][\\w-]*\\s+){1,2}${kind})\\s+$`).exec(text.slice(0, m.start)) : null;
        const found = after?.[1] ?? before?.[1].replace(/^(?:of|the|a|an|at|in|for|by|to|with|and)\s+/, "");
        if (found) return { answered: true, answer: tidy(found), evidence: [evidence(kb, ref.article, m.sentence)], confidence: 0.8, kind: "what" };
      }
    }
  }
  return undefined;
}
