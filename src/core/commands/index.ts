/**
 * The commands briefbot knows, in the order `/help` lists them. Adding a command is one file in
 * this folder and one entry here; the registry refuses a duplicate name.
 */
import type { Command } from "../types.ts";
import { ask } from "./ask.ts";
import { digest } from "./digest.ts";
import { help } from "./help.ts";
import { positions } from "./positions.ts";
import { quotes } from "./quotes.ts";
import { CommandRegistry } from "./registry.ts";
import { sources } from "./sources.ts";
import { who } from "./who.ts";

export const COMMANDS: readonly Command[] = [ask, positions, who, quotes, sources, digest, help];

/** A registry holding every command. */
export function createRegistry(commands: readonly Command[] = COMMANDS): CommandRegistry {
  return new CommandRegistry(commands);
}

export { CommandRegistry };
