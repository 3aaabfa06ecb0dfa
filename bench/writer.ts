import { FIRST_NAMES, LAST_NAMES, MONTHS, ORG_PREFIXES, ORG_ROOTS, OUTLETS, WEEKDAYS } from "./vocab.ts";

/** The random source and the article writer the generator's topics use (see generate.ts). */

/** mulberry32: small, fast and good enough for test data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}

export interface Person {
  name: string;
  last: string;
  pronoun: "he" | "she";
}

/** What a topic writes with: the random source and helpers that keep one article consistent. */
export class Writer {
  private usedLast = new Set<string>();
  private usedOrgs = new Set<string>();
  readonly curly: boolean;
  constructor(
    readonly rng: Rng,
    /** The publication date. */
    readonly published: Date,
  ) {
    this.curly = rng.chance(0.7);
  }

  person(): Person {
    const pronoun = this.rng.chance(0.5) ? "she" : "he";
    let last = this.rng.pick(LAST_NAMES);
    while (this.usedLast.has(last)) last = this.rng.pick(LAST_NAMES);
    this.usedLast.add(last);
    const first = this.rng.pick(FIRST_NAMES[pronoun]);
    return { name: `${first} ${last}`, last, pronoun };
  }

  /** A made-up organization name: "Rivergate Transit", "Summit Pharma". */
  org(kind: string): string {
    let name = "";
    do {
      const prefix = this.rng.pick(ORG_PREFIXES);
      name = `${this.rng.chance(0.5) ? prefix + this.rng.pick(ORG_ROOTS) : prefix} ${kind}`;
    } while (this.usedOrgs.has(name));
    this.usedOrgs.add(name);
    return name;
  }

  /** The weekday `daysBefore` days before publication: "Monday". */
  weekday(daysBefore = 0): string {
    return WEEKDAYS[new Date(this.published.getTime() - daysBefore * 86_400_000).getUTCDay()];
  }

  /** The weekday `daysAfter` days after publication. */
  weekdayAfter(daysAfter: number): string {
    return WEEKDAYS[new Date(this.published.getTime() + daysAfter * 86_400_000).getUTCDay()];
  }

  /** "March 18" of a day relative to publication. */
  monthDay(daysAfter: number): string {
    const d = new Date(this.published.getTime() + daysAfter * 86_400_000);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  }

  month(monthsAfter: number): string {
    return MONTHS[(this.published.getUTCMonth() + monthsAfter) % 12];
  }

  /** Opening and closing quotation marks, curly or straight for the whole article. */
  q(text: string, end: "," | "." | "?" | ""): string {
    return this.curly ? `“${text}${end}”` : `"${text}${end}"`;
  }

  /**
   * A quotation in one of the usual news forms. `intro` names the speaker on first mention
   * ("Karen Liu, a spokeswoman for Rivergate"); later forms use the surname.
   */
  quote(speaker: Person, intro: string | undefined, text: string, more?: string): string {
    const r = this.rng;
    const who = intro ?? speaker.last;
    const form = r.int(0, intro ? 4 : 5);
    let s: string;
    switch (form) {
      case 0:
        s = `${this.q(text, ",")} said ${who}.`;
        break;
      case 1:
        s = `${who} said: ${this.q(text, ".")}`;
        break;
      case 2:
        s = `${this.q(text, ",")} ${who} told reporters on ${this.weekday(r.int(0, 1))}.`;
        break;
      case 3:
        s = `${who} told the ${r.pick(OUTLETS).replace(/^The /, "")}: ${this.q(text, ".")}`;
        break;
      case 4:
        s = `${this.q(text, ",")} ${intro ? `said ${who}` : `${speaker.pronoun} said`} in a statement.`;
        break;
      default:
        s = `${this.q(text, ",")} ${who} said.`;
    }
    return more ? `${s} ${this.q(more, ".")}` : s;
  }
}

/** Thousands with commas: 12,400. */
export function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Lower-case alternatives for a number: "12,400" and "12400". */
export function numberAlts(n: number): string[] {
  return [...new Set([fmt(n), String(n)])];
}

