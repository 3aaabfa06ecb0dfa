import { execFileSync } from "node:child_process";
import { cpus, platform, release, totalmem } from "node:os";

/** The machine and the code a bench run measured, for comparing runs. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** Git commit of the checkout, and whether src/ had uncommitted changes (the engine measured is the working tree). */
  commit: string;
  dirty: boolean;
}

export function machine(root: string): Machine {
  const git = (...a: string[]) => {
    try {
      return execFileSync("git", a, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "";
    }
  };
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    os: `${platform()} ${release()}`,
    commit: git("rev-parse", "--short", "HEAD") || "unknown",
    dirty: git("status", "--porcelain", "--", "src") !== "",
  };
}
