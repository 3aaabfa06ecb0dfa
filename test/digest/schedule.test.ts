import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { describeDue, dueOn, formatTime, localDay, nextRun } from "../../src/digest/schedule.ts";

const EIGHT = { hour: 8, minute: 0 };

/** Switches the process to a time zone for the rest of the test; the original one is restored after each test. */
const zone = process.env.TZ;
function inZone(tz: string): void {
  process.env.TZ = tz;
}
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

/** A local wall-clock time, as `new Date(y, m - 1, d, h, min)` (months from 1). */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe("the next digest time", () => {
  it.each([
    ["before the time: today", local(2021, 3, 18, 7, 59), local(2021, 3, 18, 8, 0)],
    ["at midnight: today", local(2021, 3, 18, 0, 0), local(2021, 3, 18, 8, 0)],
    ["exactly at the time: tomorrow (today's is due now)", local(2021, 3, 18, 8, 0), local(2021, 3, 19, 8, 0)],
    ["after the time: tomorrow", local(2021, 3, 18, 8, 1), local(2021, 3, 19, 8, 0)],
    ["late at night: tomorrow", local(2021, 3, 18, 23, 59), local(2021, 3, 19, 8, 0)],
    ["after the time on the last day of a 31-day month: the 1st", local(2021, 1, 31, 9), local(2021, 2, 1, 8, 0)],
    ["after the time on 28 February: 1 March", local(2021, 2, 28, 9), local(2021, 3, 1, 8, 0)],
    ["after the time on 28 February of a leap year: the 29th", local(2024, 2, 28, 9), local(2024, 2, 29, 8, 0)],
    ["after the time on 31 December: 1 January", local(2021, 12, 31, 9), local(2022, 1, 1, 8, 0)],
  ])("%s", (_case, now, expected) => {
    expect(nextRun(EIGHT, now)).toEqual(expected);
  });

  it("honours the minute", () => {
    expect(nextRun({ hour: 17, minute: 45 }, local(2021, 3, 18, 17, 44))).toEqual(local(2021, 3, 18, 17, 45));
    expect(nextRun({ hour: 0, minute: 0 }, local(2021, 3, 18, 0, 0))).toEqual(local(2021, 3, 19, 0, 0));
  });

  it("keeps the wall-clock time across a DST change, on a 23- and a 25-hour day", () => {
    inZone("Europe/London");
    const spring = nextRun(EIGHT, local(2021, 3, 27, 9));
    expect([spring.getDate(), spring.getHours(), spring.getMinutes()]).toEqual([28, 8, 0]);
    expect(spring.getTime() - local(2021, 3, 27, 8).getTime()).toBe(23 * 3600_000);
    const autumn = nextRun(EIGHT, local(2021, 10, 30, 9));
    expect([autumn.getDate(), autumn.getHours()]).toEqual([31, 8]);
    expect(autumn.getTime() - local(2021, 10, 30, 8).getTime()).toBe(25 * 3600_000);
  });

  it("runs once on a day whose time falls in the hour the clocks skip or repeat", () => {
    inZone("America/New_York");
    const skipped = { hour: 2, minute: 30 };
    // 14 March 2021: 02:00 becomes 03:00, so 02:30 is read as 03:30.
    expect(nextRun(skipped, local(2021, 3, 14, 1)).toISOString()).toBe("2021-03-14T07:30:00.000Z");
    expect(nextRun(skipped, new Date("2021-03-14T07:30:00Z")).toISOString()).toBe("2021-03-15T06:30:00.000Z");
    // 7 November 2021: 01:30 happens twice; the first one is the run, the second is not another.
    const repeated = { hour: 1, minute: 30 };
    expect(nextRun(repeated, local(2021, 11, 7, 0)).toISOString()).toBe("2021-11-07T05:30:00.000Z");
    expect(nextRun(repeated, new Date("2021-11-07T06:30:00Z")).toISOString()).toBe("2021-11-08T06:30:00.000Z");
  });

  it("is always after now, within 25 hours, and the next after itself is a day later", () => {
    for (const tz of ["UTC", "Europe/London", "Australia/Sydney"]) {
      inZone(tz);
      fc.assert(
        fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (now, hour, minute) => {
          const next = nextRun({ hour, minute }, now);
          expect(next.getTime()).toBeGreaterThan(now.getTime());
          expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3600_000);
          const after = nextRun({ hour, minute }, next);
          expect(localDay(after) > localDay(next)).toBe(true);
        }),
      );
    }
  });
});

describe("days and their due time", () => {
  it("names the local calendar day, and finds that day's due time", () => {
    expect(localDay(local(2021, 3, 8, 23, 59))).toBe("2021-03-08");
    expect(dueOn("2021-12-31", { hour: 7, minute: 5 })).toEqual(local(2021, 12, 31, 7, 5));
    expect(formatTime({ hour: 7, minute: 5 })).toBe("07:05");
  });

  it("says today, tomorrow or the date", () => {
    const now = local(2021, 3, 18, 7);
    expect(describeDue(local(2021, 3, 18, 8), now)).toBe("today at 08:00");
    expect(describeDue(local(2021, 3, 19, 8), now)).toBe("tomorrow (2021-03-19) at 08:00");
    expect(describeDue(local(2021, 3, 25, 8), now)).toBe("on 2021-03-25 at 08:00");
  });
});
