import { describe, expect, it } from "vitest";
import { nextRetentionRun, RETENTION_CRON } from "./retention-schedule";

describe("nextRetentionRun", () => {
  it("is the next 03:00 UTC, matching the cron", () => {
    expect(RETENTION_CRON).toBe("0 3 * * *");
    expect(nextRetentionRun(new Date("2026-12-06T01:00:00Z")).toISOString()).toBe("2026-12-06T03:00:00.000Z");
    expect(nextRetentionRun(new Date("2026-12-06T03:00:00Z")).toISOString()).toBe("2026-12-07T03:00:00.000Z");
    expect(nextRetentionRun(new Date("2026-12-31T18:00:00Z")).toISOString()).toBe("2027-01-01T03:00:00.000Z");
  });
});
