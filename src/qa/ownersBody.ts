import type { KnowledgeBase } from "../knowledge/base.ts";
import type { NameIndex } from "../knowledge/nameIndex.ts";
import { bodyOfPerson } from "../knowledge/coreference.ts";

/** Words for a body someone belongs to or leads: "Ellery's group", "Okafor's union". */
const BODY_WORDS = "group|organi[sz]ation|union|association|alliance|federation|coalition|campaign|charity|party|company|firm|agency|body|council|society|network";

const OWNED_BODY = new RegExp(`\\b([A-Za-z][\\w-]*)['’]s?\\s+(${BODY_WORDS})\\b`, "gi");

/**
 * "What is Ellery's group demanding?" where Ellery is "chair of the Hypertension Patients Alliance":
 * the body is asked by its name, as the articles say what it does ("The group is calling for ...")
 * without naming her. Only for one person, whose roles name exactly one organization of the articles.
 */
export function withBodyForOwner(kb: KnowledgeBase, ix: NameIndex, text: string): string {
  return text.replace(MEMBERS_BODY, (all, members: string) => bodyOfMembers(ix, members.toLowerCase()) ?? all).replace(OWNED_BODY, (all, owner: string) => bodyOf(kb, ix, owner.toLowerCase()) ?? all);
}

/** "the hotel owners' group": a body named for its members, by a word of their description. */
const MEMBERS_BODY = new RegExp(`\\b(?:the\\s+)?([a-z]{4,}\\s+[a-z]+s)['’]\\s+(?:${BODY_WORDS})\\b`, "gi");
const MEMBERS_HEADS = /^(association|union|group|federation|council|alliance|chamber|confederation|society|guild|league|coalition)$/;

/**
 * The one organization whose name has a word grown from the members' words ("Milan Hoteliers'
 * Association" for "hotel owners", "International Transporters' Federation of Turkey" for "Turkish
 * transporters") and whose head is a word for a body.
 */
function bodyOfMembers(ix: NameIndex, members: string): string | undefined {
  const [kind, plural] = members.split(/\s+/);
  const stems = [kind, plural.replace(/s$/, "")].filter((w) => w.length >= 4);
  const found = new Set<string>();
  for (const [name, refs] of ix.things) {
    if (!refs.some((r) => r.kind === "organization")) continue;
    const ws = name.split(" ");
    const of = ws.indexOf("of");
    const head = of > 0 ? of - 1 : ws.length - 1;
    if (MEMBERS_HEADS.test(ws[head]) && ws.some((w, i) => i !== head && stems.some((s) => w.startsWith(s)))) found.add(name);
  }
  if (found.size !== 1) return undefined;
  const [name] = found;
  return `the ${name}`;
}

function bodyOf(kb: KnowledgeBase, ix: NameIndex, owner: string): string | undefined {
  const refs = (ix.personWords.get(owner) ?? []).filter((r) => r.kind === "person");
  if (refs.length !== 1) return undefined;
  const facts = kb.articles[refs[0].article];
  const person = facts.people.find((p) => p.id === refs[0].id);
  const body = person ? bodyOfPerson(facts, person) : undefined;
  return body ? `the ${body.name}` : undefined;
}
