import { describe, expect, it } from "vitest";
import { formatDate, resolveDate } from "../../src/knowledge/dates.ts";

describe("resolving dates against the article's date", () => {
  // Thursday 18 March 2021.
  const published = "2021-03-18";
  it.each([
    ["Thursday", "2021-03-18"],
    ["Wednesday night", "2021-03-17"],
    ["Friday", "2021-03-19"],
    ["Tuesday", "2021-03-16"],
    ["yesterday", "2021-03-17"],
    ["tomorrow", "2021-03-19"],
    ["two days ago", "2021-03-16"],
    ["3 days ago", "2021-03-15"],
    ["last Monday", "2021-03-15"],
    ["March 3", "2021-03-03"],
    ["3 March 2020", "2020-03-03"],
    ["Dec. 30", "2020-12-30"],
  ])("reads %s as %s", (text, date) => {
    expect(resolveDate(text, published)).toBe(date);
  });

  it("leaves spans that are not one day unresolved", () => {
    expect(resolveDate("last year", published)).toBeUndefined();
    expect(resolveDate("this week", published)).toBeUndefined();
  });

  it("needs the article's date for a weekday", () => {
    expect(resolveDate("Thursday", undefined)).toBeUndefined();
  });

  it("writes a date the way people read it", () => {
    expect(formatDate("2021-03-17")).toBe("17 March 2021");
  });
});
