import { UserError, type Command } from "../types.ts";
import { firstNamedPerson } from "../facts.ts";

/** `/ask QUESTION`: the same as asking in plain words. */
export const ask: Command = {
  name: "ask",
  description: "Ask a question about the articles in plain words.",
  usage: "/ask QUESTION",
  example: "/ask who is involved?",
  exampleFrom: (kb) => {
    const name = firstNamedPerson(kb);
    return name ? `/ask who is ${name}?` : undefined;
  },
  options: [{ name: "question", description: "What you want to know, in plain words", required: true }],
  handler(args, ctx) {
    if (!args) throw new UserError("missing_argument", `Ask me something after /ask, for example: ${ask.exampleFrom?.(ctx.knowledge) ?? ask.example}`, { usage: ask.usage });
    return ctx.ask(args);
  },
};
