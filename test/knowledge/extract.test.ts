/**
 * Fact extraction on articles written for these tests (two parties each, the usual news forms), and
 * on the bundled article. Nothing here is about one article: each check is a form news is written in.
 */
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/knowledge/base.ts";
import { extractFacts } from "../../src/knowledge/extract.ts";
import { parseArticle } from "../../src/knowledge/parseArticle.ts";
import type { ArticleFacts } from "../../src/knowledge/types.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED, ROOT, kb } from "../support/kb.ts";

/** Two countries, the usual quote forms, a dateline and relative dates (test/fixtures/kb-mackerel). */
const FISHERIES = readFileSync(join(ROOT, "test/fixtures/kb-mackerel/articles/mackerel.md"), "utf8");

const STRIKE = `---
title: Bakery workers walk out at Hollow Oak Foods
published: 2025-01-15
---

About 900 workers at Hollow Oak Foods walked off the job on Tuesday, the first strike at the company in 20 years.

Marta Ruiz, president of the Bakery and Confectionery Workers Union, said members had rejected a 3 percent raise.

"Nobody in this union wants to strike, but we will not work for less than our parents did," Ruiz said.

A Hollow Oak spokeswoman, Dana Whitfield, said the company "remains at the table" and called the walkout "unnecessary."
`;

const facts = (text: string, file = "articles/test.md"): ArticleFacts => extractFacts(parseArticle(file, text));
const person = (f: ArticleFacts, name: string) => f.people.find((p) => p.name === name);

describe("people, roles and aliases", () => {
  const f = facts(FISHERIES);

  it("finds people with a title before the name", () => {
    expect(person(f, "Ingrid Solberg")?.roles).toContain("Fisheries Minister");
  });

  it("finds a role given in an appositive after the name", () => {
    expect(person(f, "Gunnar Eiriksson")?.roles.join(" ")).toMatch(/chief negotiator/);
  });

  it("keeps a list of titled people apart: no one's role is the rest of the list", () => {
    const f2 = facts(`---\ntitle: Talks\npublished: 2024-09-16\n---\n\nThe Northland delegation is led by Foreign Minister Anna Kovac, accompanied by Trade Envoy Milo Brandt.\n\nSouthland has sent Foreign Minister Ravi Osei, Security Adviser Lena Ruud and its chief trade negotiator, Tomas Greve.\n`);
    expect(person(f2, "Anna Kovac")?.roles).toEqual(["Foreign Minister"]);
    expect(person(f2, "Milo Brandt")?.roles).toEqual(["Trade Envoy"]);
    expect(person(f2, "Ravi Osei")?.roles).toEqual(["Foreign Minister"]);
    expect(person(f2, "Tomas Greve")?.roles).toEqual(["chief trade negotiator"]);
  });

  it("types as organizations a law firm of partners' names and a name that an organization noun introduces", () => {
    const f2 = facts(`---\ntitle: Breach\npublished: 2024-03-14\n---\n\nThe law firm Barrow, Keene & Listrom LLP filed a lawsuit, and the insurer hired the forensic firm Ardent Forensics.\n\nA ransomware group calling itself Black Lantern has claimed responsibility.\n`);
    const orgs = f2.things.filter((t) => t.kind === "organization").map((t) => t.name);
    expect(orgs).toEqual(expect.arrayContaining(["Barrow, Keene & Listrom LLP", "Ardent Forensics", "Black Lantern"]));
    expect(f2.people.map((p) => p.name)).toEqual([]);
  });

  it("keeps a hyphenated given name whole and a nationality before a title in the role", () => {
    const f2 = facts(`---\ntitle: Talks\npublished: 2025-11-13\n---\n\nJapanese Foreign Minister Haruka Minegishi and her South Korean counterpart, Seo Jae-hwan, met in Busan.\n\nJapan and South Korea have argued over fishing rights since 2016.\n\n"We came to find numbers," Seo said.\n`);
    expect(person(f2, "Haruka Minegishi")?.roles).toContain("Japanese Foreign Minister");
    expect(person(f2, "Haruka Minegishi")?.side).toBe("s:japan");
    expect(person(f2, "Seo Jae-hwan")?.side).toBe("s:south-korea");
    expect(f2.quotes[0].personId).toBe(person(f2, "Seo Jae-hwan")?.id);
  });

  it("reads a role after the name that holds an acronym in capitals ('the WHO representative'), and a particle in a surname", () => {
    const f2 = facts(`---\ntitle: Outbreak\npublished: 2025-03-07\n---\n\nDr. Helga Marsh, the WHO representative in Peru, said the vaccine was a tool.\n\nThe deal was announced by Omani Foreign Minister Khalid al-Harthy in Muscat. "It is a first step," al-Harthy told reporters.\n`);
    expect(person(f2, "Helga Marsh")?.roles).toContain("WHO representative in Peru");
    expect(person(f2, "Khalid al-Harthy")?.aliases).toContain("al-Harthy");
    expect(f2.people.map((p) => p.name)).not.toContain("Harthy");
  });

  it("gives the lede's unnamed role to the person who opens the next paragraph", () => {
    const f2 = facts(`---\ntitle: Hearing\npublished: 2025-04-09\n---\n\nWASHINGTON, April 9 (Ledger) - Senators pressed the chief executive of drone maker Skyloft Systems on Wednesday over crashes.\n\nNina Brauer, 44, who co-founded the Denver-based company in 2017, defended its safety record.\n`);
    expect(person(f2, "Nina Brauer")?.roles).toContain("chief executive of drone maker Skyloft Systems");
    expect(f2.things.find((t) => t.name === "Denver")?.kind).toBe("place");
  });

  it("keeps a place after a titled person's name apart from the name, and 'of the' inside an organization's name", () => {
    const f2 = facts(`---\ntitle: Bill\npublished: 2025-04-09\n---\n\nThe bill was written with Senator Carl Dunmore of Nevada. The International Committee of the Red Cross will oversee the exchange across North America.\n`);
    expect(person(f2, "Carl Dunmore")?.roles).toContain("Senator");
    expect(f2.things.map((t) => t.name)).toEqual(expect.arrayContaining(["Nevada", "International Committee of the Red Cross", "North America"]));
  });

  it("counts a surname alone as the same person", () => {
    const solberg = person(f, "Ingrid Solberg")!;
    expect(solberg.aliases).toContain("Solberg");
    expect(solberg.sentences.length).toBeGreaterThanOrEqual(3);
    expect(f.people.filter((p) => /Solberg/.test(p.name))).toHaveLength(1);
  });

  it("resolves a title with a surname to the full name (the bundled article's 'Ambassador Tiankai' and 'Ambassador Cui')", () => {
    const cui = kb(BUNDLED).articles[0].people.find((p) => p.aliases.includes("Ambassador Tiankai"));
    expect(cui?.aliases).toContain("Ambassador Cui");
    expect(cui?.roles.join(" ")).toMatch(/ambassador/i);
  });

  it("types a company named without a company word as an organization", () => {
    const g = facts(STRIKE);
    expect(g.people.map((p) => p.name)).not.toContain("Hollow Oak Foods");
    expect(g.things.find((t) => t.name === "Hollow Oak Foods")?.kind).toBe("organization");
  });

  it("reads a company named once with its legal form ('Tropimar Fresh BV') as that company without it, and the role before it as its lawyer's", () => {
    const g = facts(
      "---\ntitle: Importer denies role in cocaine haul\n---\nPolice searched the offices of the importer, Tropimar Fresh BV, on Friday.\n\n" +
        "Sander Oudkerk, a lawyer for Tropimar Fresh, said the company had done nothing wrong.\n",
    );
    expect(g.people.map((p) => p.name)).toEqual(["Sander Oudkerk"]);
    expect(g.people[0].roles.join(" ")).toMatch(/lawyer/);
  });

  it("reads 'X, a lawyer representing the association' as a person, and 'Its president' after 'The association ...' as the association's", () => {
    const g = facts(
      "---\ntitle: Runway hearing\n---\nThe hearing pits the Association of Residents of Maia (AMV) against the Ministry of Transport.\n\n" +
        "Rui Tavares Lobo, a lawyer representing the association, told the court the study was flawed.\n\n" +
        "The association, which says it has gathered 11,500 signatures, wants the works suspended.\n\n" +
        "Its president, Carla Mendonca, said residents were not opposed to the airport itself.\n",
    );
    expect(g.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Rui Tavares Lobo", "Carla Mendonca"]));
    expect(g.people.find((p) => p.name === "Carla Mendonca")?.roles.join(" ")).toMatch(/president of Association of Residents of Maia/);
  });

  it("keeps a role whose description joins a participle with a hyphen ('Australian-born chief executive')", () => {
    const g = facts("---\ntitle: Mine\n---\nDaniel Whitcombe, the company's Australian-born chief executive, said the levels were safe.\n");
    expect(g.people[0].roles.join(" ")).toMatch(/chief executive/);
  });

  it("reads the portfolio after a title that ends on 'for' as the title's ('Secretary of State for Infrastructure Duarte Neves')", () => {
    const g = facts("---\ntitle: Runway\n---\nSpeaking in Lisbon, Secretary of State for Infrastructure Duarte Neves told journalists the government respected the court.\n");
    expect(g.people.map((p) => [p.name, p.roles.join(" ")])).toEqual([["Duarte Neves", "Secretary of State for Infrastructure"]]);
  });

  it("gives the body a person is said, before the name, to chair or head ('its audit panel - five members, chaired by retired judge X')", () => {
    const g = facts(
      "---\ntitle: Audit\n---\nThe mayor said its independent audit panel - three accountants and two residents, chaired by retired judge Miriam Osei - would report in June.\n\n" +
        "The inquiry was headed by Tomas Lindgren, a former auditor.\n",
    );
    const roles = Object.fromEntries(g.people.map((p) => [p.name, p.roles]));
    expect(roles["Miriam Osei"]).toContain("chair of its independent audit panel");
    expect(roles["Tomas Lindgren"]).toContain("head of the inquiry");
  });

  it("reads 'who chairs the group' as chairing the organization named before, a board by its name first; and a role after 'among them'", () => {
    const g = facts(
      "---\ntitle: Depot\n---\nThe Kestrel Valley Residents' Alliance gathered 4,000 signatures against the depot.\n\n" +
        "Agnes Moreau, a retired teacher who chairs the group, said members would appeal.\n\n" +
        "The National Rail Safety Board criticised the plan, and Transport Wales said it would review it.\n\n" +
        '"We have warned for years," said Owen Pryce, who chairs the board.\n\n' +
        "Two councillors voted against, among them the party's deputy leader, Rhian Sully.\n",
    );
    const roles = Object.fromEntries(g.people.map((p) => [p.name, p.roles]));
    expect(roles["Agnes Moreau"]).toContain("chairs Kestrel Valley Residents' Alliance");
    expect(roles["Owen Pryce"]).toContain("chairs National Rail Safety Board");
    expect(roles["Rhian Sully"]).toContain("party's deputy leader");
  });

  it("reads names listed after 'two towns,' as places, and a headline's 'Chipmaker X' as a company, not a person", () => {
    const g = facts(
      "---\ntitle: Chipmaker Lumeris narrows plant search\n---\nChipmaker Lumeris narrows plant search to two towns\n\n" +
        "Lumeris Semiconductor said it had narrowed its search for a new plant to two Ohio towns, Maple Ridge and Fairhaven, on Tuesday.\n\n" +
        "Maple Ridge has offered a 400-acre parcel, and Mayor Janet Kowal of Maple Ridge said the town would fight.\n",
    );
    expect(g.people.map((p) => p.name)).toEqual(["Janet Kowal"]);
    const places = g.things.filter((t) => t.kind === "place").map((t) => t.name);
    expect(places).toEqual(expect.arrayContaining(["Maple Ridge", "Fairhaven"]));
  });

  it("keeps a museum's name whole with 'of', and a charity's with 'for ... with'", () => {
    const g = facts(
      "---\ntitle: Returns\n---\nThe Royal Museum of Civilisations agreed on Thursday to hand back 212 artifacts.\n\n" +
        "The Foundation for People with Diabetes said its helpline was overwhelmed.\n",
    );
    const orgs = g.things.filter((t) => t.kind === "organization").map((t) => t.name);
    expect(orgs).toEqual(expect.arrayContaining(["Royal Museum of Civilisations", "Foundation for People with Diabetes"]));
    expect(g.people).toEqual([]);
  });

  it("reads an occupation no list holds as a role ('Dutch grandmaster', 'chief arbiter'), and 'lead counsel' after a quote", () => {
    const g = facts(
      "---\ntitle: Ban\n---\nThe federation on Monday banned Dutch grandmaster Pieter Vos for two years.\n\n" +
        "The case began when chief arbiter Lucia Brandt searched the players.\n\n" +
        '"The evidence is thin," said Hugo Marnix, the player\'s lead counsel.\n',
    );
    expect(person(g, "Pieter Vos")?.roles).toContain("Dutch grandmaster");
    expect(person(g, "Lucia Brandt")?.roles).toContain("chief arbiter");
    expect(person(g, "Hugo Marnix")?.roles).toContain("player's lead counsel");
  });

  it("takes no role from what was said before ', Okafor said', nor a person from an archive's name, and drops 'Dr' from a name", () => {
    const g = facts(
      "---\ntitle: Wreck\n---\nThe firm offered to let an independent monitor review its contracts, Okafor said.\n\n" +
        "Records held at the Archivo General de Simancas show the ship carried silver.\n\n" +
        '"It is a grave," said Dr Helen Achter, a maritime archaeologist.\n',
    );
    expect(person(g, "Okafor")?.roles ?? []).toEqual([]);
    expect(g.people.map((p) => p.name)).not.toContain("de Simancas");
    expect(person(g, "Helen Achter")?.roles).toContain("maritime archaeologist");
  });
});

describe("places, dates and numbers", () => {
  const f = facts(FISHERIES);

  it("finds places, with a city and its country as one place", () => {
    const places = f.mentions.filter((m) => m.kind === "place").map((m) => m.text);
    expect(places).toEqual(expect.arrayContaining(["Bergen", "Reykjavik"]));
  });

  it("resolves weekdays against the date of the article", () => {
    const dates = f.mentions.filter((m) => m.kind === "date");
    expect(dates.find((m) => m.text === "Wednesday")?.date).toBe("2024-09-11");
    expect(dates.find((m) => m.text === "Friday")?.date).toBe("2024-09-13");
  });

  it("reads the dateline with a date or the agency after it, and the agency is no one", () => {
    const f2 = facts("---\ntitle: Talks\npublished: 2025-11-13\n---\n\nBUSAN, South Korea (Eastbridge Wire) — The foreign ministers of Japan and South Korea opened talks on Thursday.\n");
    expect(f2.dateline).toBe("Busan, South Korea");
    expect(f2.people).toEqual([]);
    expect(facts("---\ntitle: Rates\npublished: 2026-03-12\n---\n\nOSLO, March 12 (Nordic Wire) - Norway's central bank cut its key rate on Thursday.\n").dateline).toBe("Oslo");
  });

  it("reads a weekday with its date as that one date, not the weekday nearest publication", () => {
    const f2 = facts("---\ntitle: Breach\npublished: 2024-03-14\n---\n\nThe attackers entered the network on Saturday, Feb. 3, using a stolen password.\n");
    const dates = f2.mentions.filter((m) => m.kind === "date");
    expect(dates.map((m) => [m.text, m.date])).toEqual([["Saturday, Feb. 3", "2024-02-03"]]);
  });

  it("finds percentages", () => {
    expect(f.mentions.some((m) => m.kind === "percent" && m.text === "10 percent")).toBe(true);
  });

  it("reads a clock time in a time zone as a time, not a count", () => {
    const f2 = facts("---\ntitle: Launch\n---\n\nThe rocket lifted off at 10:42 a.m. (0512 GMT) carrying a 740-kg satellite.\n");
    const at = f2.mentions.find((m) => m.text.startsWith("0512"));
    expect(at).toMatchObject({ kind: "time", text: "0512 GMT" });
    expect(f2.mentions.filter((m) => m.kind === "number").map((m) => m.text)).not.toContain("0512");
  });
});

describe("quotes and who said them", () => {
  const f = facts(FISHERIES);
  const speakerOf = (start: string) => f.quotes.find((q) => q.text.startsWith(start))?.speaker;

  it.each([
    ["“...,” X said", "We came here to find a deal", "Ingrid Solberg"],
    ["X told reporters: “...”", "Our catches follow the science", "Gunnar Eiriksson"],
    ["a quoted phrase in a sentence attributed with said", "far more than its fair share", "Ingrid Solberg"],
  ])("attributes %s", (_form, start, speaker) => {
    expect(speakerOf(start)).toBe(speaker);
  });

  it("gives a quoted phrase to the speaker of its own clause, not to the one after 'while'", () => {
    const f2 = facts(`---\ntitle: Talks\n---\n\nLund said Ostavia would keep to the old deal "to the letter", while Tal said his government would go to court.\n`);
    expect(f2.quotes.map((q) => q.speaker)).toEqual(["Lund"]);
  });

  it("attributes “...,” Name, a description (with brackets), told reporters", () => {
    const f2 = facts(`---\ntitle: Quake\npublished: 2025-03-11\n---\n\n"We are still pulling people out of the rubble," Ramiro Ochoa, head of the National Institute of Civil Defence (INDECI), told reporters on Tuesday.\n\nIn Yanahuasi, the bell tower of the church fell onto the town square.\n`);
    expect(f2.quotes.map((q) => q.speaker)).toEqual(["Ramiro Ochoa"]);
    expect(f2.people.map((p) => p.name)).toEqual(["Ramiro Ochoa"]);
  });

  it("keeps the quote exactly as printed", () => {
    const body = f.article.body.replace(/\s+/g, " ");
    for (const q of f.quotes) expect(body).toContain(q.text);
  });

  it("attributes quotes in the bundled article to named and unnamed speakers", () => {
    const quotes = kb(BUNDLED).articles[0].quotes;
    expect(quotes.find((q) => q.text.startsWith("When its core interests"))?.speaker).toBe("Cui Tiankai");
    expect(quotes.find((q) => q.text.startsWith("If anyone believes"))?.speaker).toBe("Cui Tiankai");
    expect(quotes.find((q) => q.text.startsWith("I’m not very confident"))?.speaker).toBe("a second senior administration official");
  });
});

describe("sides", () => {
  it("puts each person on the side their role names", () => {
    const f = facts(FISHERIES);
    const side = (name: string) => f.sides.find((s) => s.id === person(f, name)?.side)?.name;
    expect(side("Gunnar Eiriksson")).toBe("Iceland");
    expect(side("Ingrid Solberg")).toBe("Norway");
  });

  it("finds a union and a company as the sides of a labour dispute", () => {
    const g = facts(STRIKE);
    const side = (name: string) => g.sides.find((s) => s.id === person(g, name)?.side)?.name;
    expect(side("Marta Ruiz")).toBe("Bakery and Confectionery Workers Union");
    expect(side("Dana Whitfield")).toBe("Hollow Oak Foods");
  });

  it("orders sides by name, favouring neither", () => {
    const names = kb(BUNDLED).articles[0].sides.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toEqual(["China", "United States"]);
  });

  it("takes a country the lexicon does not know for a country, by its people's word, however it is used", () => {
    const g = facts(
      "Lake Orme talks stall\n\nGENEVA, May 2 - Talks between Ostavia and Belmark on sharing Lake Orme ended on Friday without a deal.\n\n" +
        'Ostavian Trade Minister Pia Lund said the offer was unfair. "We cannot accept it," Lund said.\n\n' +
        "Ostavia said it would return in June. Ostavia has asked for 60 percent of the water.\n\n" +
        "Her Belmarkian counterpart, Jonas Tal, said Belmark's farmers needed more.",
    );
    const side = (name: string) => g.sides.find((s) => s.id === person(g, name)?.side)?.name;
    expect(g.people.map((p) => p.name)).not.toContain("Ostavia");
    expect(g.things.find((t) => t.name === "Ostavia")?.kind).toBe("place");
    expect(side("Pia Lund")).toBe("Ostavia");
    expect(side("Jonas Tal")).toBe("Belmark");
  });

  it("gives an unnamed official the country of the description", () => {
    const quotes = kb(BUNDLED).articles[0].quotes;
    const us = kb(BUNDLED).articles[0].sides.find((s) => s.name === "United States")!.id;
    expect(quotes.find((q) => q.speaker === "the second U.S. official")?.side).toBe(us);
  });
});

describe("the same article always gives the same facts", () => {
  it("is deterministic", () => {
    expect(JSON.stringify(facts(FISHERIES))).toBe(JSON.stringify(facts(FISHERIES)));
  });
});

describe("a list of titled people", () => {
  it("gives each their own title, and people listed after a plural role that role too", () => {
    const facts = extractFacts(parseArticle("board.md", "---\ntitle: Board meets\npublished: 2025-05-05\n---\nThe company's three senior officials, Chief Executive Ann Lee, Finance Director Raj Patel and lawyer Tom Ng, met on Monday.\n"));
    const roles = (name: string) => facts.people.find((p) => p.name === name)?.roles ?? [];
    expect(roles("Tom Ng")).toEqual(["lawyer"]);
    expect(roles("Raj Patel")).toContain("Finance Director");
    expect(roles("Ann Lee")).toContain("company's senior official");
  });
});

describe("names written with hyphens, letters after them, and products named after a company", () => {
  const f = facts(
    "---\ntitle: Tribunal rules\npublished: 2025-05-14\n---\n" +
      "LONDON, May 14 (Wire) - A tribunal ordered Velmar Inc to pay damages over its Velmar Store app store.\n\n" +
      "The claim is led by consumer group Fair Deal, whose class representative, economist Nadia Okafor-Reyes, sought 2 billion pounds.\n\n" +
      "Simon Achterberg KC, the barrister who led the claimants' case, told reporters the ruling was clear.\n\n" +
      "Velmar Store accounted for more than 90% of downloads, and Velmar said it would appeal.\n\n" +
      "Residents in \"Right-Size Riverside\" T-shirts gathered outside.\n",
  );
  it("reads a hyphenated surname as a person's", () => {
    expect(person(f, "Nadia Okafor-Reyes")?.roles).toEqual(expect.arrayContaining(["economist", "class representative of Fair Deal"]));
  });
  it("leaves a barrister's letters out of the name, and keeps what the barrister did", () => {
    expect(person(f, "Simon Achterberg")?.roles).toEqual(["barrister", "led the claimants' case"]);
  });
  it("does not take a product named after the company for a person", () => {
    expect(person(f, "Velmar Store")).toBeUndefined();
    expect(f.things.find((t) => t.name === "Velmar Store")?.kind).toBe("organization");
  });
  it("takes 'Union leaders' and 'Government officials' opening a sentence for no organization, but keeps 'Federation president Raul Chaves'", () => {
    const g = facts(`---\ntitle: Strike\n---\n\nThe Teachers' Federation called a strike on Monday. Union leaders said it was the biggest in a decade. Government officials said talks would resume.\n\nFederation president Raul Chaves said teachers would march on Friday.\n`);
    expect(g.things.map((t) => t.name)).not.toContain("Union");
    expect(g.things.map((t) => t.name)).not.toContain("Government");
    expect(g.people.map((p) => p.name)).toContain("Raul Chaves");
  });

  it("does not take two hyphenated English words for a name", () => {
    expect(f.people.map((p) => p.name)).not.toContain("Right-Size Riverside");
  });
});

describe("operators, models, provinces and sources", () => {
  const f = facts(
    "---\ntitle: Ferry report\npublished: 2025-03-04\n---\n" +
      "HALIFAX, Mar 4 (Wire) - A ferry that struck a pier in Saint John, New Brunswick, last month was going too fast, the Marine Safety Office said on Tuesday.\n\n" +
      "The crash involved a Fundy Link Ferries Damen Fast 4212 catamaran carrying 140 passengers.\n\n" +
      "Bay Transit, a privately held operator based in Moncton, said its crews followed procedures.\n\n" +
      "\"We followed every rule,\" said Mara Quist, the operator's chief executive.\n\n" +
      "According to Tollefsen, the pier met national standards.\n\n" +
      "Ferry captain Jon Tollefsen said the lights were off.\n",
  );
  it("ends a company's name at its last word, and takes a make before a model number for no one", () => {
    expect(f.things.find((t) => t.name === "Fundy Link Ferries")?.kind).toBe("organization");
    expect(f.people.map((p) => p.name)).not.toContain("Damen Fast");
  });
  it("takes a name described as a privately held operator for an organization", () => {
    expect(person(f, "Bay Transit")).toBeUndefined();
    expect(f.things.find((t) => t.name === "Bay Transit")?.kind).toBe("organization");
  });
  it("knows a province for a place, and a source after 'according to' for no place", () => {
    expect(f.things.find((t) => /New Brunswick/.test(t.name))?.kind).toBe("place");
    expect(f.things.filter((t) => t.kind === "place").map((t) => t.name)).not.toContain("Tollefsen");
  });
});

describe("sides named inside other words", () => {
  const f = facts(
    "---\ntitle: Fund bid\npublished: 2025-03-04\n---\n" +
      "Ash Capital said on Monday it would bid for the site, and Ash Capital said the offer was final.\n\n" +
      "Ash said it would appeal any refusal.\n\n" +
      "\"We will not sell,\" said Ann Lee, Ashford's mayor.\n",
  );
  it("does not find an organization's short name inside a longer word ('Ash' in 'Ashford's mayor')", () => {
    expect(person(f, "Ann Lee")?.side).toBeUndefined();
  });
});

describe("organizations named by where they are based, by a continent, by initials; surnames of two words", () => {
  const f = facts(
    "---\ntitle: Recall\npublished: 2025-06-12\n---\n" +
      "OSLO, June 12 (Wire) - The recall covers kettles made by Bergen-based Fjordheim Appliances.\n\n" +
      "Consumer Watch Europe said it would complain through the Rapid Alert System.\n\n" +
      "Sales fell 40%, said Per Strand, an analyst at DNB.\n\n" +
      "Grete Van Dijk, a lawyer for the buyers, said they would sue. Van Dijk did not say when.\n",
  );
  const kindOf = (name: string) => f.things.find((t) => t.name === name)?.kind;
  it("takes what is based somewhere for an organization, not a person", () => {
    expect(person(f, "Fjordheim Appliances")).toBeUndefined();
    expect(kindOf("Fjordheim Appliances")).toBe("organization");
  });
  it("takes a name ending in a continent, or in 'System', for no person", () => {
    expect(person(f, "Consumer Watch Europe")).toBeUndefined();
    expect(person(f, "Rapid Alert System")).toBeUndefined();
  });
  it("takes initials after 'at' for an organization, and a capitals dateline for no organization", () => {
    expect(kindOf("DNB")).toBe("organization");
    expect(f.things.filter((t) => t.kind === "organization").map((t) => t.name)).not.toContain("OSLO");
  });
  it("knows 'Van Dijk' for the Grete Van Dijk named before", () => {
    expect(f.people.map((p) => p.name)).not.toContain("Van Dijk");
    expect(person(f, "Grete Van Dijk")?.aliases).toContain("Van Dijk");
  });
});

describe("a union named with a plural possessive", () => {
  const f = facts("---\ntitle: Port\npublished: 2025-03-05\n---\nDockers belonging to the Atlantic Longshore Workers' Union (ALWU) stopped work.\n");
  it("keeps \"Workers' Union\" in one name, known by its initials too", () => {
    const union = f.things.find((t) => t.name === "Atlantic Longshore Workers' Union");
    expect(union?.kind).toBe("organization");
    expect(union?.aliases).toContain("ALWU");
  });
});

describe("a charity with a country in its name, a shipping line, an act, an age before a role", () => {
  const f = facts(
    "---\ntitle: Seizure\npublished: 2025-02-11\n---\n" +
      "Save Rhinos Tanzania, a conservation charity, said it had warned officials.\n\n" +
      "The ship belonged to Liberia-registered Blue Harbour Shipping Lines.\n\n" +
      "They are Juma Said, 52, a clearing agent, and Ali Omar, 40, a driver. The deal was arranged by Omar's agent, Peter Mushi.\n\n" +
      "Under the Wildlife Conservation and Protection Act, the men face 20 years in prison.\n",
  );
  const kindOf = (name: string) => f.things.find((t) => t.name === name)?.kind;
  it("keeps a country that ends a name of English words in the name", () => {
    expect(kindOf("Save Rhinos Tanzania")).toBe("organization");
  });
  it("takes a name ending in 'Lines' for a company, and an act's name for no person", () => {
    expect(kindOf("Blue Harbour Shipping Lines")).toBe("organization");
    expect(person(f, "Wildlife Conservation")).toBeUndefined();
  });
  it("reads a role after an age, and a role with an owner after 'by'", () => {
    expect(person(f, "Juma Said")?.roles).toContain("clearing agent");
    expect(person(f, "Peter Mushi")?.roles).toContain("Omar's agent");
  });
});

describe("a firm that speaks", () => {
  const f = facts(
    "---\ntitle: Rocket\npublished: 2025-11-14\n---\nA rocket built by Bengaluru-based Kestrel Aerospace broke apart on Thursday.\n\n" +
      "Kestrel Aerospace said a valve had failed.\n",
  );
  it("takes a name the article gives an organization for one where it speaks too", () => {
    expect(person(f, "Kestrel Aerospace")).toBeUndefined();
  });
});

describe("a canal, its administrator, and sides that a place in a description does not give", () => {
  const f = facts(
    "---\ntitle: Canal\npublished: 2026-04-02\n---\nPANAMA CITY, April 2 (Wire) - The Corvina Canal will cut daily transits to 24, Canal administrator Rafael Salas told reporters.\n\n" +
      "\"We have no choice,\" said Ingrid Holm, chief operating officer of Copenhagen-based Nordmark Container Lines.\n\n" +
      "Nordmark Container Lines said it would reroute two services. Holm said the line would decide by June.\n\n" +
      "\"The canal is the biggest source of foreign currency,\" said Amara Obi, chief Latin America economist at Halden Bank.\n",
  );
  const side = (name: string) => f.sides.find((s) => s.id === person(f, name)?.side)?.name;
  it("takes a canal for a place, not a person, and a lower-case title before a name for a role", () => {
    expect(person(f, "Corvina Canal")).toBeUndefined();
    expect(person(f, "Rafael Salas")?.roles.join(" ")).toMatch(/administrator/i);
  });
  it("does not put a company's officer on the side of the city it is based in, nor a regional economist on America's", () => {
    expect(side("Ingrid Holm")).toBe("Nordmark Container Lines");
    expect(side("Amara Obi")).not.toBe("United States");
  });
});

describe("names and roles in wire copy about a detainee swap", () => {
  const f = facts(`---
title: Qatar brokers release of three Canadians
published: 2025-06-06
---

DOHA, June 6 (Wire) - Three Canadians held in Belarus were freed on Friday in a swap brokered by Qatar.

Khalid al-Mansouri, the emirate's undersecretary for regional affairs, hosted five rounds of talks. "We only wanted them home," al-Mansouri said.

The two men freed by Canada include Pavel Dorsky, a 47-year-old trader convicted by an Ottawa court in May 2021 of smuggling drone parts in breach of sanctions and sentenced to nine years in prison for it.

In Minsk, foreign ministry spokesman Ivan Hrynko said the deal was fair.

Sara Olsen, a senior researcher at the Oslo-based Detainees' Rights Monitor, said the release was welcome.

His wife, Ana Petit, who led a campaign that gathered more than 80,000 signatures, said she was relieved.

Rovena Vale have signed the striker, the club said, and 61-year-old fisherman Tomas Reed welcomed the news.
`);

  it("keeps a given name that opens a sentence before a surname with a particle", () => {
    expect(person(f, "Khalid al-Mansouri")?.roles).toContain("emirate's undersecretary for regional affairs");
  });
  it("cuts a description where a participle opens a clause of its own", () => {
    expect(person(f, "Pavel Dorsky")?.roles).toContain("47-year-old trader");
  });
  it("reads an organization named with a plural possessive as one name", () => {
    expect(f.things.map((t) => t.name)).toContain("Detainees' Rights Monitor");
    expect(person(f, "Sara Olsen")?.roles[0]).toMatch(/senior researcher at the Oslo-based Detainees' Rights Monitor/);
  });
  it("puts a ministry's spokesman placed in a capital on that country's side", () => {
    expect(f.sides.find((s) => s.id === person(f, "Ivan Hrynko")?.side)?.name).toBe("Belarus");
  });
  it("keeps a number's thousands in what someone did", () => {
    expect(person(f, "Ana Petit")?.roles.join(" ")).toMatch(/80,000 signatures/);
  });
  it("reads a name that takes a plural verb as an organization, and a hyphenated age as part of a title", () => {
    expect(person(f, "Rovena Vale")).toBeUndefined();
    expect(person(f, "Tomas Reed")?.roles).toContain("61-year-old fisherman");
  });
});

describe("a film festival: titles in quotation marks, critics and actors", () => {
  const f = facts(`---
title: Debut wins festival
published: 2025-09-27
---

SPLIT, Croatia, September 27 - Norwegian director Mira Holm won the top award on Saturday for her first feature, "The Salt Keepers".

"It is a lovely film," said Daniel Ash, chief film critic of Screen Quarterly.

Portuguese actress Rita Sampaio was named best actress for "Low Tide".
`);
  it("reads a title in quotation marks as no person and no organization", () => {
    expect(f.people.map((p) => p.name)).not.toContain("Low Tide");
    expect(f.things.map((t) => t.name)).not.toContain("Salt Keepers");
  });
  it("knows critics and actresses by their titles, and a quarterly as a publication", () => {
    expect(person(f, "Daniel Ash")?.roles).toContain("chief film critic of Screen Quarterly");
    expect(person(f, "Rita Sampaio")?.roles).toContain("Portuguese actress");
    expect(f.things.find((t) => t.name === "Screen Quarterly")?.kind).toBe("organization");
  });
});

describe("a takeover between companies whose names could be people's", () => {
  const f = facts(`---
title: Harwick Freight agrees deal
published: 2025-03-07
---

Harwick Freight has agreed to buy Tollan Brewers for $4.1 billion, the companies said on Friday.

Mirela Dunne, the chief executive of Harwick Freight said: "This makes us stronger."

The price is 19 percent above Tollan Brewers's closing share price.

Oskar Lind, who founded Tollan Brewers, said the offer was fair.
`);
  it("reads a name after a role held in it, or with a company's board or share price, as an organization throughout", () => {
    expect(f.people.map((p) => p.name)).not.toContain("Harwick Freight");
    expect(f.people.map((p) => p.name)).not.toContain("Tollan Brewers");
    expect(f.things.filter((t) => t.kind === "organization").map((t) => t.name)).toEqual(expect.arrayContaining(["Harwick Freight", "Tollan Brewers"]));
  });
  it("ends a description at 'said' when its closing comma is missing", () => {
    expect(person(f, "Mirela Dunne")?.roles).toContain("chief executive of Harwick Freight");
  });
  it("still reads a person after 'a friend of' as a person", () => {
    const g = facts(`---
title: x
---

A friend of Lena Marsh said she had left the city.

Lena Marsh said nothing.
`);
    expect(g.people.map((p) => p.name)).toContain("Lena Marsh");
  });
});

describe("a study named in one sentence and led in the next", () => {
  it("lets 'the study' mean the organization the sentence before names", () => {
    const k = buildKnowledgeBase([
      facts(`---
title: Salt study
---

People who ate less salt had fewer strokes, a study found.

The researchers at the University of Leeds followed 9,000 adults for five years. The study was led by Dr. Ines Marr.
`),
    ]);
    const led = k.sentences.find((s) => s.text.startsWith("The study was led"));
    expect(led?.names).toContain("University of Leeds");
  });
});

describe("groups campaigning for a cause", () => {
  const f = facts(
    "---\ntitle: Zoning\n---\nThe project in the Logan neighborhood has faced opposition from Logan Neighbors for Responsible Growth, a residents' group.\n\n" +
      "On the other side, Parents for Safe Schools, formed two weeks ago, backed the plan, its co-founder Marcus Obi said.\n",
  );
  it("reads 'X for Y' opened by a group of people as one organization, not a person", () => {
    const orgs = f.things.filter((t) => t.kind === "organization").map((t) => t.name);
    expect(orgs).toEqual(expect.arrayContaining(["Logan Neighbors for Responsible Growth", "Parents for Safe Schools"]));
    expect(f.people.map((p) => p.name)).not.toContain("Safe Schools");
  });
  it("keeps the place the group's name opens with a place", () => {
    expect(f.mentions.find((m) => m.text === "Logan" && m.sentence === 0)?.kind).toBe("place");
  });
});

describe("a headline that opens with a compound of English words", () => {
  const f = facts("---\ntitle: Vote-buying claims cloud football election\n---\nVote-buying claims cloud Zambian football election as minister warns\n\nLUSAKA, March 14 - The federation will elect a new president on Saturday, its chairman Peter Siame said.\n");
  it("reads 'Vote-buying' as no person", () => {
    expect(f.people.map((p) => p.name)).toEqual(["Peter Siame"]);
  });
});

describe("names joined by 'des', 'du', 'dos'", () => {
  const f = facts("---\ntitle: Lift company\n---\nThe resort's operator, the Compagnie des Remontees de Haute-Tarentaise (CRHT), said the slope was closed.\n\nThe Caisse des Depots also owns a stake.\n");
  it("reads a French or Portuguese name with its connectors as one organization", () => {
    const orgs = f.things.filter((t) => t.kind === "organization").map((t) => t.name);
    expect(orgs).toEqual(expect.arrayContaining(["Compagnie des Remontees de Haute-Tarentaise", "Caisse des Depots"]));
    expect(f.people).toEqual([]);
  });
});

describe("a body named by a word made with a word for one", () => {
  const f = facts("---\ntitle: Museum keeps bronzes\n---\nThe board of Vienna's Weltmuseum Wien on Thursday rejected a call to return 201 bronzes.\n\nKatharina Brenner-Holzer, the museum's director, said the institution wanted guarantees.\n");
  it("is an organization, not a person ('Weltmuseum Wien')", () => {
    expect(f.things.find((t) => t.name === "Weltmuseum Wien")?.kind).toBe("organization");
    expect(f.people.map((p) => p.name)).not.toContain("Weltmuseum Wien");
  });
});

describe("a temperature before a name, and the city filed from with a body named after it", () => {
  const f = facts(
    "---\ntitle: Heat\npublished: 2025-07-16\n---\nLYONFORD, July 16 - Clinics in Lyonford closed early as the heat reached 41 C on Tuesday.\n\n" +
      "Nights will not fall below 26 C. Petra Lind, a climatologist at the Lyonford Climate Institute, said the city was not built for it.\n\n" +
      "The reading was taken at Lyonford airport, the Lyonford Climate Institute said.\n",
  );
  it("ends the sentence at the unit: \"C.\" is no initial of the name after it", () => {
    expect(f.people.map((p) => p.name)).toContain("Petra Lind");
    expect(f.people.some((p) => /^C\.? /.test(p.name))).toBe(false);
  });
  it("keeps the dateline's city a place, though the institute starts with its name", () => {
    const airport = f.mentions.find((m) => m.text === "Lyonford" && f.sentences[m.sentence].text.startsWith("The reading"));
    expect(airport?.kind).toBe("place");
  });
});
