/** Checks a post against Discord's documented limits (not the adapter's own constants, which could be wrong). */
import type { Post } from "../../../adapters/discord/limits.ts";

const DISCORD = { content: 2000, embeds: 10, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 };

/** Every limit the post breaks, in words; empty when Discord would accept it. */
export function brokenLimits(post: Post): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => length > max && problems.push(`${what}: ${length} > ${max}`);
  if (!post.content && post.embeds.length === 0) problems.push("neither content nor embeds");
  over("content", post.content?.length ?? 0, DISCORD.content);
  over("embeds", post.embeds.length, DISCORD.embeds);
  let total = 0;
  post.embeds.forEach((e, i) => {
    const fields = e.fields ?? [];
    over(`embed ${i} title`, e.title?.length ?? 0, DISCORD.title);
    over(`embed ${i} description`, e.description?.length ?? 0, DISCORD.description);
    over(`embed ${i} fields`, fields.length, DISCORD.fields);
    over(`embed ${i} footer`, e.footer?.text.length ?? 0, DISCORD.footer);
    fields.forEach((f, j) => {
      over(`embed ${i} field ${j} name`, f.name.length, DISCORD.fieldName);
      over(`embed ${i} field ${j} value`, f.value.length, DISCORD.fieldValue);
      if (!f.name || !f.value) problems.push(`embed ${i} field ${j} is empty`);
    });
    const size = (e.title?.length ?? 0) + (e.description?.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0) + (e.footer?.text.length ?? 0);
    if (size === 0) problems.push(`embed ${i} is empty`);
    total += size;
  });
  over("characters in embeds", total, DISCORD.total);
  return problems;
}
