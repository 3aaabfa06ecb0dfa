import { UserError, type Command, type CommandHelp } from "../types.ts";
import { CommandRegistry } from "./registry.ts";

/** `/help [command]`: generated from the registry, with an example per command. */
export const help: Command = {
  name: "help",
  description: "What I can do: every command with an example, or one command in detail.",
  usage: "/help [command]",
  example: "/help positions",
  options: [{ name: "command", description: "A command name, such as \"positions\"", required: false }],
  handler(args, ctx) {
    const helpOf = (c: Command): CommandHelp => ({ name: c.name, usage: c.usage, description: c.description, example: c.exampleFrom?.(ctx.knowledge) ?? c.example });
    const commands = ctx.commands.map(helpOf);
    if (!args) return { kind: "help", commands };
    const name = args.trim().split(/\s+/)[0].replace(/^\//, "").toLowerCase();
    const registry = new CommandRegistry(ctx.commands);
    const command = registry.get(name);
    if (!command) {
      const close = registry.closest(name);
      throw new UserError("unknown_command", `There is no /${name} command.`, {
        ...(close ? { suggestion: `/${close.name}`, usage: close.usage } : {}),
      });
    }
    return { kind: "help", commands, detail: { ...helpOf(command), options: command.options } };
  },
};
