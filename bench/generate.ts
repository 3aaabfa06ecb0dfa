import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OUTLETS } from "./vocab.ts";
import { Rng, Writer } from "./writer.ts";
import { TOPICS } from "./topics/index.ts";

/**
 * A seeded generator of news-like articles for the bench: varied people, roles, places, dates,
 * numbers and quotes in the usual news forms, two sides to each story. Article `i` depends only on
 * the seed and `i`, so a corpus of 100 is the first 100 articles of a corpus of 10,000. Each article
 * comes with questions it answers (and the terms a right answer holds), for realistic queries.
 */

/** A question about a generated article; `all` in the form of a question set (lower-case alternatives). */
export interface GeneratedQuestion {
  q: string;
  all: string[][];
}

export interface GeneratedArticle {
  /** File name under `articles/`. */
  file: string;
  topic: string;
  title: string;
  /** The whole file: YAML front matter and the body. */
  content: string;
  questions: GeneratedQuestion[];
}

/** Questions that no generated article answers. */
export const OUT_OF_SCOPE_QUESTIONS = [
  "What is the tallest mountain in Africa?",
  "Who won the 2022 Super Bowl?",
  "How do I bake sourdough bread?",
  "What is the boiling point of mercury?",
  "Who painted the Mona Lisa?",
  "What is the capital of Mongolia?",
  "How many moons does Jupiter have?",
  "Who wrote Pride and Prejudice?",
];

/** Seed of article `index`: a mix of the run's seed and the index, so articles are independent. */
function articleSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const START = Date.UTC(2018, 0, 1);

export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rng = new Rng(articleSeed(seed, index));
  const published = new Date(START + rng.int(0, 2900) * 86_400_000);
  const w = new Writer(rng, published);
  const topic = TOPICS[index % TOPICS.length];
  const story = topic.write(w);
  const date = published.toISOString().slice(0, 10);
  const slug = story.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48);
  const file = `${String(index).padStart(5, "0")}-${slug}.md`;
  const outlet = rng.pick(OUTLETS);
  const front = [
    "---",
    `title: ${JSON.stringify(story.title)}`,
    `published: ${date}`,
    `source: ${JSON.stringify(outlet)}`,
    `url: https://news.example/${date.replace(/-/g, "/")}/${slug}`,
    "---",
  ].join("\n");
  return { file, topic: topic.name, title: story.title, content: `${front}\n\n${story.paragraphs.join("\n\n")}\n`, questions: story.questions };
}

/** Writes articles `0..n-1` of the seed to `dir/articles/`; returns them. */
export function writeCorpus(dir: string, seed: number, n: number): GeneratedArticle[] {
  const folder = join(dir, "articles");
  mkdirSync(folder, { recursive: true });
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const a = generateArticle(seed, i);
    writeFileSync(join(folder, a.file), a.content);
    out.push(a);
  }
  return out;
}
