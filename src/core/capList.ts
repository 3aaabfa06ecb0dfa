import type { ReplyContent, Section } from "./types.ts";

/**
 * The most lines one reply lists. Chat readers skim: a reply with hundreds of lines (every quote of
 * a thousand articles) buries what they asked for, and splits into many posts. The rest are counted
 * in the note, with how to narrow the list.
 */
export const MAX_LIST_LINES = 30;

/** Sections cut to `max` lines in all, in order; sections left empty are dropped. */
export function capSections(sections: readonly Section[], max = MAX_LIST_LINES): { sections: Section[]; hidden: number } {
  let room = max;
  let hidden = 0;
  const out: Section[] = [];
  for (const s of sections) {
    const kept = s.items.slice(0, Math.max(room, 0));
    hidden += s.items.length - kept.length;
    room -= kept.length;
    if (kept.length || s.items.length === 0) out.push(kept.length === s.items.length ? s : { ...s, items: kept });
  }
  return { sections: out, hidden };
}

/** A list reply with at most `max` lines, and a note that counts what was left out and how to narrow it. */
export function capReply(reply: ReplyContent, max = MAX_LIST_LINES): ReplyContent {
  if (reply.kind !== "sections" || reply.compact) return reply;
  const { sections, hidden } = capSections(reply.sections, max);
  if (hidden === 0) return reply;
  const narrow = reply.command === "sources" ? "" : `: add a name, a side or a topic after /${reply.command} to narrow the list`;
  const more = `…and ${hidden.toLocaleString("en-US")} more line${hidden === 1 ? "" : "s"}${narrow}.`;
  return { ...reply, sections, note: reply.note ? `${reply.note} ${more}` : more };
}
