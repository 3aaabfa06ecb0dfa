/**
 * The fact base: what briefbot knows about each article, extracted automatically.
 * Every fact points back to the sentence it came from, so answers can cite it.
 */

/** An article as read from `knowledge/articles/`, before any analysis. */
export interface RawArticle {
  /** Stable id: the file name without its extension. */
  id: string;
  /** Path relative to the knowledge directory, for messages. */
  file: string;
  title: string;
  /** Publication date as `YYYY-MM-DD`, when the front matter gives one. */
  published?: string;
  source?: string;
  url?: string;
  /** The article body, without front matter. */
  body: string;
}

/** One sentence, with its place in the article. */
export interface Sentence {
  /** Index of the sentence within its article (0-based). */
  index: number;
  /** Paragraph number within the article (0-based). */
  paragraph: number;
  text: string;
}

/** What kind of thing a mention names. */
export type MentionKind =
  | "person"
  | "organization"
  | "place"
  | "date"
  | "time"
  | "duration"
  | "number"
  | "percent"
  | "money"
  | "nationality";

/** A span of a sentence that names something. Offsets are into `Sentence.text`. */
export interface Mention {
  kind: MentionKind;
  text: string;
  sentence: number;
  start: number;
  end: number;
  /** For people, organizations and places: the id of the entity it refers to. */
  entity?: string;
  /** For dates: the resolved calendar date (`YYYY-MM-DD`) when it can be worked out. */
  date?: string;
}

/** A person, with every way the article refers to them. */
export interface Person {
  /** Stable id within the article, e.g. `p:antony-blinken`. */
  id: string;
  /** The fullest form of the name seen, e.g. "Antony Blinken". */
  name: string;
  /** Other forms seen or implied: "Blinken", "Secretary Blinken". */
  aliases: string[];
  /** Roles and titles as written: "Secretary of State", "China's foreign minister". */
  roles: string[];
  /** The side the person belongs to, when the article makes it clear (a side id). */
  side?: string;
  /** Sentences that mention the person, by index. */
  sentences: number[];
}

/** An organization or place that the article names. */
export interface NamedThing {
  id: string;
  kind: "organization" | "place";
  name: string;
  aliases: string[];
  sentences: number[];
}

/** A quotation and who said it. */
export interface Quote {
  /** The quoted words exactly as printed, without the quotation marks. */
  text: string;
  /** How the article names the speaker: "Cui Tiankai", "a senior U.S. administration official". */
  speaker: string;
  /** The person id, when the speaker is a named person. */
  personId?: string;
  side?: string;
  /** The sentence the quotation starts in. */
  sentence: number;
  /** The sentence it ends in, when it runs over more than one. */
  lastSentence?: number;
}

/** A party to the story: a country, company, party, union... found in the article. */
export interface Side {
  id: string;
  name: string;
  /** Words that point to this side: "China", "Chinese", "Beijing". */
  cues: string[];
}

/** A statement of what a side wants, refuses, will do or believes. */
export interface Position {
  side: string;
  text: string;
  speaker: string;
  sentence: number;
}

/** Everything extracted from one article. */
export interface ArticleFacts {
  article: RawArticle;
  sentences: Sentence[];
  mentions: Mention[];
  people: Person[];
  things: NamedThing[];
  quotes: Quote[];
  sides: Side[];
  positions: Position[];
  /** The place the story was filed from ("Geneva, Switzerland"), when it opens with a dateline. */
  dateline?: string;
}

/** A problem with one article file; the other articles still load. */
export interface LoadProblem {
  file: string;
  message: string;
}
