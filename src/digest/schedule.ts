/**
 * When the daily digest is due: pure functions of a {@link DigestTime} and a Date, in the server's
 * local time. Days are computed on the local calendar (`new Date(year, month, day, hour, minute)`),
 * never by adding 24 hours, so a day that is 23 or 25 hours long (a DST change) still has its
 * digest at the same wall-clock time, and month and year ends roll over by themselves.
 *
 * On a spring-forward day a time inside the skipped hour (02:30 when clocks jump from 02:00 to
 * 03:00) falls after the gap (03:30); on a fall-back day a repeated time is its first occurrence.
 */
import type { DigestTime } from "./types.ts";

/** The local calendar day of a moment, `YYYY-MM-DD`. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The moment the digest of a local day (`YYYY-MM-DD`) is due. */
export function dueOn(day: string, time: DigestTime): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date, time.hour, time.minute);
}

/** The next moment the digest is due strictly after `now`: today's time if it is still ahead, else tomorrow's. */
export function nextRun(time: DigestTime, now: Date): Date {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), time.hour, time.minute);
  if (today.getTime() > now.getTime()) return today;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, time.hour, time.minute);
}

/** `08:00`. */
export function formatTime(time: DigestTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** "today at 08:00", "tomorrow (2021-03-19) at 08:00" or "on 2021-03-25 at 08:00": when `due` is, seen from `now`. */
export function describeDue(due: Date, now: Date): string {
  const day = localDay(due);
  const clock = `${pad(due.getHours())}:${pad(due.getMinutes())}`;
  if (day === localDay(now)) return `today at ${clock}`;
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return day === localDay(tomorrow) ? `tomorrow (${day}) at ${clock}` : `on ${day} at ${clock}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
