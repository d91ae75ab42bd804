// The executor's optional real schedule fires cron functions at the minutes their expression names.
import { describe, expect, it } from "vitest";
import { cronMatches } from "./cron";

const at = (iso: string) => new Date(iso);

describe("cronMatches", () => {
  it("reads steps, ranges, lists and weekdays, in UTC", () => {
    expect(cronMatches("*/5 * * * *", at("2026-12-06T17:05:00Z"))).toBe(true);
    expect(cronMatches("*/5 * * * *", at("2026-12-06T17:07:00Z"))).toBe(false);
    expect(cronMatches("0 9 * * 1-5", at("2026-12-07T09:00:00Z"))).toBe(true); // a Monday
    expect(cronMatches("0 9 * * 1-5", at("2026-12-06T09:00:00Z"))).toBe(false); // a Sunday
    expect(cronMatches("0 9 * * 0", at("2026-12-06T09:00:00Z"))).toBe(true);
    expect(cronMatches("0 9 * * 7", at("2026-12-06T09:00:00Z"))).toBe(true); // 7 is Sunday too
    expect(cronMatches("15,45 8-10 1 12 *", at("2026-12-01T10:45:00Z"))).toBe(true);
    expect(cronMatches("15,45 8-10 1 12 *", at("2026-12-01T11:45:00Z"))).toBe(false);
    expect(cronMatches("TZ=Europe/Paris 30 6 * * *", at("2026-12-06T06:30:00Z"))).toBe(true);
  });

  it("refuses an expression it cannot read", () => {
    expect(() => cronMatches("@hourly", new Date())).toThrow(/unsupported cron/);
  });
});
