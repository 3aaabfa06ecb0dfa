import Fuse from "fuse.js";
import type { Command } from "../types.ts";

const NAME = /^[a-z][a-z0-9_-]{0,31}$/;

/**
 * The list of commands, in registration order. It refuses a second command with the same name and
 * a command whose data a platform would reject (Discord: lower-case names up to 32 characters,
 * descriptions up to 100), so `/help` and platform registration can be generated from it safely.
 */
export class CommandRegistry {
  private readonly byName = new Map<string, Command>();

  constructor(commands: readonly Command[] = []) {
    for (const c of commands) this.register(c);
  }

  /** Adds a command; throws when the name is taken or the data is invalid (a programming error). */
  register(command: Command): void {
    if (!NAME.test(command.name)) throw new Error(`commands: invalid command name '${command.name}' (lower-case letters, digits, - or _, up to 32)`);
    if (this.byName.has(command.name)) throw new Error(`commands: /${command.name} is registered twice`);
    if (!command.description || command.description.length > 100) throw new Error(`commands: /${command.name} needs a description of 1 to 100 characters`);
    if (!command.usage.startsWith(`/${command.name}`)) throw new Error(`commands: the usage of /${command.name} must start with /${command.name}`);
    if (!command.example.startsWith(`/${command.name}`)) throw new Error(`commands: the example of /${command.name} must start with /${command.name}`);
    this.byName.set(command.name, command);
  }

  /** The command with this name (case-insensitive, with or without the slash). */
  get(name: string): Command | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  /** Every command, in registration order. */
  list(): readonly Command[] {
    return [...this.byName.values()];
  }

  /** The command a mistyped name most likely meant ("posiitons" -> positions), if any is close. */
  closest(name: string): Command | undefined {
    const q = name.replace(/^\//, "").toLowerCase();
    if (!q) return undefined;
    const commands = this.list();
    const prefix = commands.filter((c) => c.name.startsWith(q) || q.startsWith(c.name));
    if (prefix.length === 1) return prefix[0];
    const fuse = new Fuse(commands, { keys: ["name"], includeScore: true, threshold: 0.5, ignoreLocation: true });
    return fuse.search(q)[0]?.item;
  }
}
