import type { Question } from "../question.ts";

/** The name a sentence gives the thing asked about ("Vell Station"; "the Corredor Solar del Norte" for "the project, called the ..."), or "" when the question names no thing. */
export function nameOfThing(text: string, q: Question): string | undefined {
  const head = /names? of (?:the |a |an |its |their )?(?:[a-z-]+ ){0,3}?([a-z]+)(?= (?:outside|in|at|of|for|near|that|which|who|whose|where|when|with|by|being|to|on)\b|$)/.exec(q.words.join(" "))?.[1];
  if (!head) return "";
  const h = head.replace(/s$/, "");
  const word = `[${h[0]}${h[0].toUpperCase()}]${h.slice(1)}s?`;
  const name = "[A-Z][\\w’'-]*(?:\\s+(?:de|del|of|the|la)?\\s*[A-Z][\\w’'-]*)*";
  const re = new RegExp(`(${name})\\s+${word}\\b|\\b${word},?\\s+(?:called|named|known as|dubbed)\\s+(?:the\\s+)?(${name})|\\b${word},?\\s+(${name})`, "g");
  for (const m of text.matchAll(re)) {
    const found = m[1] ? `${m[1]} ${/\w+$/.exec(m[0])![0]}` : (m[2] ?? m[3]);
    // "The project would ...": a capital that starts the sentence names nothing.
    if (found && !/^(the|a|an|this|that|its|their|his|her|our|new)\b/i.test(found)) return found;
  }
  return undefined;
}
