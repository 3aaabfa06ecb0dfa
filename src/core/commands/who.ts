import Fuse from "fuse.js";
import type { KnowledgeBase } from "../../knowledge/base.ts";
import type { Person } from "../../knowledge/types.ts";
import { allPeople, compareNames, firstNamedPerson, plural, requireArticles, sideGroups, sideName, sourceOf } from "../facts.ts";
import { matchPeople, normaliseQuery } from "../match.ts";
import { UserError, type Command, type CommandContext, type ReplyContent, type Section, type SectionItem } from "../types.ts";
import { escapeRegExp } from "../../qa/text.ts";

const MAX_APPEARANCES = 6;

/**
 * `/who [name]`: with no name, everyone in the articles with their roles, grouped by side; with a
 * name (fuzzy, roles count: "the ambassador"), that person's roles, aliases, side, what they said
 * and where they appear. A description of an unnamed speaker ("senior official") lists their quotes.
 */
export const who: Command = {
  name: "who",
  description: "Who is in the news: everyone by side, or one person's roles, quotes and appearances.",
  usage: "/who [name]",
  example: "/who",
  exampleFrom: (kb) => {
    const name = firstNamedPerson(kb);
    return name ? `/who ${name.split(" ").pop()!.toLowerCase()}` : undefined;
  },
  options: [{ name: "name", description: "A name or a role, typos allowed; empty for everyone", required: false }],
  handler(args, ctx) {
    requireArticles(ctx.knowledge);
    return args ? onePerson(args, ctx) : everyone(ctx.knowledge);
  },
};

function everyone(kb: KnowledgeBase): ReplyContent {
  const bySide = new Map<string, Map<string, SectionItem>>();
  for (const { facts, person } of allPeople(kb)) {
    const side = sideName(facts, person.side) ?? "";
    const people = bySide.get(side) ?? new Map<string, SectionItem>();
    const key = person.name.toLowerCase();
    const item = people.get(key) ?? { text: person.name, sources: [] };
    const roles = new Set(roleText(item.text));
    for (const r of person.roles) roles.add(r);
    item.text = roles.size ? `${person.name} (${[...roles].join("; ")})` : person.name;
    if (person.sentences.length) item.sources.push(sourceOf(facts, person.sentences[0]));
    people.set(key, item);
    bySide.set(side, people);
  }
  const order = [...sideGroups(kb).map((g) => g.name), ""];
  const sections: Section[] = order
    .filter((name) => bySide.has(name))
    .map((name) => ({ heading: name || "No clear side", items: [...bySide.get(name)!.values()] }));
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  return { kind: "sections", command: "who", title: `${plural(total, "person", "people")} in the articles, by side`, sections };
}

function roleText(text: string): string[] {
  const m = /\((.*)\)$/.exec(text);
  return m ? m[1].split("; ") : [];
}

function onePerson(args: string, ctx: CommandContext): ReplyContent {
  const kb = ctx.knowledge;
  const matches = matchPeople(kb, args);
  if (matches.length === 0) return unnamedSpeakers(args, kb);
  const name = matches[0].person.name;
  const refs = matches.filter((m) => m.person.name === name);
  const others = [...new Set(matches.filter((m) => m.person.name !== name && m.score <= matches[0].score + 0.1).map((m) => m.person.name))];
  ctx.remember({ people: refs.map((r) => r.person.id) });

  const roles = unique(refs.flatMap((r) => r.person.roles));
  const aliases = unique(refs.flatMap((r) => r.person.aliases)).filter((a) => a !== name);
  const sides = unique(refs.map((r) => sideName(r.facts, r.person.side) ?? "")).filter(Boolean);
  const sentences = refs.reduce((n, r) => n + r.person.sentences.length, 0);
  const about: SectionItem[] = [
    { text: `Roles: ${roles.length ? roles.join("; ") : "not stated in the articles"}`, sources: [] },
    ...(aliases.length ? [{ text: `Also called: ${aliases.join(", ")}`, sources: [] }] : []),
    { text: `Side: ${sides.length ? sides.join(", ") : "not clear from the articles"}`, sources: [] },
    { text: `Mentioned in ${plural(sentences, "sentence")} of ${plural(refs.length, "article")}`, sources: [] },
  ];
  const said = refs.flatMap(({ facts, person }) =>
    facts.quotes
      .filter((q) => q.personId === person.id || (!q.personId && isNamed(person, q.speaker)))
      .map((q): SectionItem => ({ text: q.text, speaker: q.speaker, quote: true, sources: [sourceOf(facts, q.sentence)] })),
  );
  const stated = refs.flatMap(({ facts, person }) =>
    facts.positions
      .filter((p) => !p.text.startsWith("“") && isNamed(person, p.speaker))
      .map((p): SectionItem => ({ text: p.text, speaker: p.speaker, sources: [sourceOf(facts, p.sentence)] })),
  );
  const seen = refs.flatMap(({ facts, person }) => person.sentences.map((i) => sourceOf(facts, i)));
  const appears: SectionItem[] = seen.slice(0, MAX_APPEARANCES).map((s) => ({ text: s.sentence, sources: [s] }));
  const sections: Section[] = [
    { heading: name, items: about },
    { heading: "What they said", items: said.length ? said : [{ text: "No direct quotes in the articles.", sources: [] }] },
    ...(stated.length ? [{ heading: "Stated positions", items: stated }] : []),
    { heading: "Where they appear", items: appears },
  ];
  const more = seen.length - appears.length;
  const notes = [more > 0 ? `…and ${plural(more, "more sentence")}.` : "", others.length ? `Also matching “${args}”: ${others.join(", ")}.` : ""].filter(Boolean);
  return { kind: "sections", command: "who", title: `Who is ${name}?`, sections, ...(notes.length ? { note: notes.join(" ") } : {}) };
}

/** "/who senior official": quotes by unnamed speakers whose description matches. */
function unnamedSpeakers(args: string, kb: KnowledgeBase): ReplyContent {
  const speakers = kb.articles.flatMap((facts) => facts.quotes.filter((q) => !q.personId).map((q) => ({ speaker: q.speaker, q, facts })));
  const fuse = new Fuse(unique(speakers.map((s) => s.speaker)), { includeScore: true, threshold: 0.3, ignoreLocation: true });
  const hits = new Set(fuse.search(normaliseQuery(args)).map((h) => h.item));
  if (hits.size === 0) {
    const names = unique(allPeople(kb).map((r) => r.person.name)).sort(compareNames);
    throw new UserError("no_match", `I can't find anyone called “${args}” in the articles. People I know: ${names.slice(0, 12).join(", ")}${names.length > 12 ? ", …" : ""}.`, {
      usage: who.usage,
      ...(names[0] ? { suggestion: `/who ${names[0].toLowerCase()}` } : {}),
    });
  }
  const sections: Section[] = [...hits].map((speaker) => ({
    heading: speaker,
    items: speakers.filter((s) => s.speaker === speaker).map(({ q, facts }) => ({ text: q.text, speaker, quote: true, sources: [sourceOf(facts, q.sentence)] })),
  }));
  return { kind: "sections", command: "who", title: `Unnamed speakers matching “${args}”`, sections, note: "The articles do not name them." };
}

/** Whether a speaker phrase names this person ("Ambassador Cui", "Blinken and Sullivan"). */
function isNamed(person: Person, speaker: string): boolean {
  return [person.name, ...person.aliases].some((n) => n.length > 2 && new RegExp(`(^|\\W)${escapeRegExp(n)}(\\W|$)`).test(speaker));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
