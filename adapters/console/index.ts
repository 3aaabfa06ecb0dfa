import type { StartAdapter } from "../types.ts";
import { startConsole } from "./console.ts";

/** Starts the console adapter on stdin and stdout. */
export const startConsoleAdapter: StartAdapter = async ({ bot }) => startConsole({ bot });

export { startConsole };
