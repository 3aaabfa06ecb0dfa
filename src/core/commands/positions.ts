import { requireArticles, sideGroups, sourceOf, type SideGroup } from "../facts.ts";
import { matchSides, topicFilter } from "../match.ts";
import { UserError, type Command, type Section, type SectionsReply } from "../types.ts";

/**
 * `/positions [party or topic]`: each side's stated positions, side by side, one section per side
 * in name order. A side's name or cue ("china", "chinese") shows that side; any other word is a
 * topic ("taiwan") and shows every side's positions whose text or source sentence mentions it.
 */
export const positions: Command = {
  name: "positions",
  description: "Each side's stated positions, side by side; filter by a party or a topic.",
  usage: "/positions [party or topic]",
  example: "/positions",
  exampleFrom: (kb) => {
    const side = sideGroups(kb)[0];
    return side ? `/positions ${side.name.toLowerCase()}` : undefined;
  },
  options: [{ name: "filter", description: "A party or a topic; empty for every side", required: false }],
  handler(args, ctx) {
    const kb = ctx.knowledge;
    requireArticles(kb);
    const groups = sideGroups(kb);
    if (groups.length === 0) {
      return {
        kind: "sections",
        command: "positions",
        title: "Positions by side",
        sections: [],
        note: "The articles do not make clear which sides or parties are involved, so I cannot list positions. Try /quotes or /who instead.",
      };
    }
    if (!args) return reply("Positions by side", groups.map((g) => section(g)));

    const sides = matchSides(kb, args);
    if (sides.length) {
      ctx.remember({ sides: sides.flatMap((g) => g.members.map((m) => m.side.id)) });
      return reply(`Positions of ${sides.map((g) => g.name).join(" and ")}`, sides.map((g) => section(g)));
    }

    const about = topicFilter(kb, args);
    const sections = about ? groups.map((g) => section(g, about)) : [];
    const found = sections.filter((s) => s.items.length > 0);
    if (found.length === 0) {
      const names = groups.map((g) => g.name);
      throw new UserError("no_match", `No side or topic in the articles matches “${args}”. Sides: ${names.join(", ")}; a topic is any word from the articles, like /positions ${exampleTopic(groups)}.`, {
        usage: positions.usage,
        suggestion: `/positions ${names[0].toLowerCase()}`,
      });
    }
    const silent = sections.filter((s) => s.items.length === 0).map((s) => s.heading);
    return reply(`Positions on “${args}”`, found, silent.length ? `No stated position on “${args}” from: ${silent.join(", ")}.` : undefined);
  },
};

function section(group: SideGroup, about?: (text: string) => boolean): Section {
  const items = group.members.flatMap(({ facts, side }) =>
    facts.positions
      .filter((p) => p.side === side.id)
      // A position is about the topic when its own words are; its sentence counts only when no other
      // position taken from that sentence is (one item of a list: "raise ... Taiwan").
      .filter((p, _i, all) => !about || about(p.text) || (about(facts.sentences[p.sentence]?.text ?? "") && !all.some((o) => o.sentence === p.sentence && about(o.text))))
      .map((p) => ({ text: p.text, speaker: p.speaker, sources: [sourceOf(facts, p.sentence)] })),
  );
  return { heading: group.name, items };
}

function reply(title: string, sections: Section[], note?: string): SectionsReply {
  return { kind: "sections", command: "positions", title, sections, ...(note ? { note } : {}) };
}

/** A place the positions mention (or else a long word of one), to show what a topic looks like. */
function exampleTopic(groups: SideGroup[]): string {
  for (const g of groups) {
    for (const { facts } of g.members) {
      const cues = new Set(facts.sides.flatMap((s) => s.cues.map((c) => c.toLowerCase())));
      const thing = facts.things.find((t) => t.kind === "place" && !cues.has(t.name.toLowerCase()) && facts.positions.some((p) => p.text.includes(t.name)));
      if (thing) return thing.name.toLowerCase();
    }
  }
  const first = groups[0]?.members[0]?.facts.positions[0]?.text ?? "";
  return (first.match(/\p{L}{6,}/gu) ?? ["topic"])[0].toLowerCase();
}
