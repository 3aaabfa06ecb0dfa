/** Plain-text tables and number formats for the eval and bench reports. */

/** Left-aligns the first column, right-aligns the others. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** "12/20 (60.0%)" */
export function ratio(n: number, of: number): string {
  return `${n}/${of} (${pct(n, of)})`;
}

export function pct(n: number, of: number): string {
  return of ? `${((100 * n) / of).toFixed(1)}%` : "-";
}

/** Milliseconds with a precision that suits their size. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return "-";
  if (x >= 100) return x.toFixed(0);
  if (x >= 1) return x.toFixed(1);
  return x.toFixed(3);
}

export function mb(bytes: number): string {
  // a retained size a little under zero is measurement noise
  return Math.max(0, bytes / 1048576).toFixed(1);
}
