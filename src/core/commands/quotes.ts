import type { KnowledgeBase } from "../../knowledge/base.ts";
import type { ArticleFacts, Quote } from "../../knowledge/types.ts";
import { plural, requireArticles, sideGroups, sideName, sourceOf, wordCount, type SideGroup } from "../facts.ts";
import { matchPeople, matchSides, normaliseQuery, topicFilter } from "../match.ts";
import { UserError, type Command, type Section, type SectionItem } from "../types.ts";

/** Quoted phrases shorter than this are scare quotes ("games"), not quotations, and are left out. */
const MIN_WORDS = 3;
/** A person match must be at least this good to win over a topic ("communication" is no one's name). */
const PERSON_SCORE = 0.25;

/**
 * `/quotes [person or side or topic]`: quotations exactly as printed, with their speakers, grouped
 * by side. The filter is tried as a side's exact name or cue, then a person, then a side (fuzzily),
 * then a topic.
 */
export const quotes: Command = {
  name: "quotes",
  description: "Quotations exactly as printed, with speakers; filter by person, side or topic.",
  usage: "/quotes [person, side or topic]",
  example: "/quotes",
  exampleFrom: (kb) => {
    for (const facts of kb.articles) {
      const speaker = facts.people.find((p) => p.name.includes(" ") && facts.quotes.some((q) => q.personId === p.id && wordCount(q.text) >= MIN_WORDS));
      if (speaker) return `/quotes ${speaker.name.toLowerCase()}`;
    }
    return undefined;
  },
  options: [{ name: "filter", description: "A person, a side or a topic, typos allowed; empty for all", required: false }],
  handler(args, ctx) {
    const kb = ctx.knowledge;
    requireArticles(kb);
    const all = kb.articles.flatMap((facts) => facts.quotes.map((quote) => ({ facts, quote })));
    const long = all.filter((q) => wordCount(q.quote.text) >= MIN_WORDS);
    const short = all.length - long.length;
    const shortNote = short ? `${plural(short, "short quoted phrase")} (under ${MIN_WORDS} words) left out.` : undefined;
    if (!args) return reply("Quotes", bySide(kb, long), all.length ? shortNote : "The articles have no quotations.");

    const exactSide = matchSides(kb, args, false);
    const people = exactSide.length ? [] : matchPeople(kb, args, PERSON_SCORE);
    if (people.length) {
      const name = people[0].person.name;
      const refs = people.filter((p) => p.person.name === name);
      ctx.remember({ people: refs.map((r) => r.person.id) });
      const theirArticles = new Set(refs.map((r) => r.facts));
      const theirs = kb.articles
        .filter((facts) => theirArticles.has(facts))
        .flatMap((facts) => facts.quotes.map((quote) => ({ facts, quote })))
        .filter(({ facts, quote }) => refs.some((r) => r.facts === facts && (quote.personId === r.person.id || (!quote.personId && speaks(r.person.name, r.person.aliases, quote.speaker)))));
      const items = theirs.map(item);
      return reply(`Quotes by ${name}`, [{ heading: name, items }], items.length ? undefined : `The articles quote no words of ${name} directly. Try /who ${normaliseQuery(name)}.`);
    }
    const sides = exactSide.length ? exactSide : matchSides(kb, args);
    if (sides.length) {
      ctx.remember({ sides: sides.flatMap((g) => g.members.map((m) => m.side.id)) });
      const sections = sides.map((g) => ({ heading: g.name, items: long.filter(({ facts, quote }) => isMember(g, facts, quote.side)).map(item) }));
      return reply(`Quotes from ${sides.map((g) => g.name).join(" and ")}`, sections, shortNote);
    }
    const about = topicFilter(kb, args);
    const matching = about ? long.filter(({ facts, quote }) => about(quote.text) || about(facts.sentences[quote.sentence]?.text ?? "")) : [];
    if (matching.length === 0) {
      throw new UserError("no_match", `No quote in the articles is by or about “${args}”. Try a speaker's name, a side, or a word from the articles.`, {
        usage: quotes.usage,
        suggestion: "/quotes",
      });
    }
    return reply(`Quotes about “${args}”`, bySide(kb, matching));
  },
};

interface QuoteRef {
  facts: ArticleFacts;
  quote: Quote;
}

function item({ facts, quote }: QuoteRef): SectionItem {
  return { text: quote.text, speaker: quote.speaker, quote: true, sources: [sourceOf(facts, quote.sentence)] };
}

/** One section per side in name order, then the quotes of speakers with no clear side. */
function bySide(kb: KnowledgeBase, list: QuoteRef[]): Section[] {
  const sections: Section[] = sideGroups(kb).map((g) => ({
    heading: g.name,
    items: list.filter(({ facts, quote }) => isMember(g, facts, quote.side)).map(item),
  }));
  const others = list.filter(({ facts, quote }) => !sideName(facts, quote.side)).map(item);
  if (others.length) sections.push({ heading: sections.length ? "Other voices" : "Quotes", items: others });
  return sections.filter((s) => s.items.length > 0);
}

const membership = new WeakMap<SideGroup, Map<ArticleFacts, Set<string>>>();

/** Whether a side of an article belongs to the group, by a look-up built once per group. */
function isMember(group: SideGroup, facts: ArticleFacts, sideId: string | undefined): boolean {
  let sides = membership.get(group);
  if (!sides) {
    sides = new Map();
    for (const m of group.members) sides.set(m.facts, (sides.get(m.facts) ?? new Set()).add(m.side.id));
    membership.set(group, sides);
  }
  return sideId !== undefined && (sides.get(facts)?.has(sideId) ?? false);
}

function reply(title: string, sections: Section[], note?: string) {
  return { kind: "sections" as const, command: "quotes", title, sections, ...(note ? { note } : {}) };
}

function speaks(name: string, aliases: string[], speaker: string): boolean {
  return [name, ...aliases].some((n) => n.length > 2 && speaker.includes(n));
}
