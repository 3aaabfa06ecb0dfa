import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { ArticleFacts, LoadProblem, RawArticle } from "./types.ts";
import { ArticleError, parseArticle } from "./parseArticle.ts";
import { extractFacts } from "./extract.ts";
import { buildKnowledgeBase, type KnowledgeBase } from "./base.ts";

/** Article files the loader reads; anything else in the folder is ignored. */
const ARTICLE_FILE = /\.(md|markdown|txt)$/i;
/** Larger files are refused with a message: an article is not a book. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Reads every article under `dir/articles` (or `dir` itself when it has no `articles` folder). */
export function readArticles(dir: string): { articles: RawArticle[]; problems: LoadProblem[] } {
  const root = articlesFolder(dir);
  const articles: RawArticle[] = [];
  const problems: LoadProblem[] = [];
  let files: string[];
  try {
    files = listFiles(root);
  } catch (e) {
    return { articles, problems: [{ file: root, message: `cannot read the knowledge folder: ${(e as Error).message}` }] };
  }
  const ids = new Set<string>();
  for (const path of files) {
    const file = relative(dir, path) || path;
    try {
      const size = statSync(path).size;
      if (size > MAX_ARTICLE_BYTES) throw new ArticleError(`the file is ${(size / 1048576).toFixed(1)} MB; articles over ${MAX_ARTICLE_BYTES / 1048576} MB are not loaded`);
      const article = parseArticle(file, readFileSync(path, "utf8"));
      if (ids.has(article.id)) throw new ArticleError(`another article already has the id '${article.id}' (same file name)`);
      ids.add(article.id);
      articles.push(article);
    } catch (e) {
      problems.push({ file, message: e instanceof ArticleError ? e.message : `cannot read the file: ${(e as Error).message}` });
    }
  }
  return { articles, problems };
}

function articlesFolder(dir: string): string {
  try {
    const sub = join(dir, "articles");
    if (statSync(sub).isDirectory()) return sub;
  } catch {
    // no articles/ folder: the directory holds the articles itself
  }
  return dir;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (ARTICLE_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

/** Extracts the facts of each article; one that fails is reported and left out, the others load. */
export function analyseArticles(articles: RawArticle[], extract: (a: RawArticle) => ArticleFacts = extractFacts): { facts: ArticleFacts[]; problems: LoadProblem[] } {
  const facts: ArticleFacts[] = [];
  const problems: LoadProblem[] = [];
  for (const a of articles) {
    try {
      facts.push(extract(a));
    } catch (e) {
      problems.push({ file: a.file, message: `cannot analyse the article: ${(e as Error).message}` });
    }
  }
  return { facts, problems };
}

/** Loads a knowledge directory into a knowledge base; problems are listed, never thrown. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const read = readArticles(dir);
  const analysed = analyseArticles(read.articles);
  return buildKnowledgeBase(analysed.facts, [...read.problems, ...analysed.problems]);
}
