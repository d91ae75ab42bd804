// The small pool that runs a step's model calls: bounded, stops starting jobs after a failure, and
// reports the earliest job's failure whichever call failed first.
import { describe, expect, it } from "vitest";
import { runWithLimit } from "./run-with-limit";

describe("runWithLimit", () => {
  it("never has more jobs in flight than the limit, and reports no failure when all succeed", async () => {
    let inFlight = 0;
    let most = 0;
    const job = async () => {
      most = Math.max(most, ++inFlight);
      await Promise.resolve();
      inFlight--;
    };
    expect(
      await runWithLimit(
        Array.from({ length: 10 }, () => job),
        3,
      ),
    ).toEqual({});
    expect(most).toBe(3);
  });

  it("returns the earliest job's failure when a later job in flight fails first", async () => {
    const extraction = new Error("Signal extraction needs ANTHROPIC_API_KEY");
    const summary = new Error("Session summaries need ANTHROPIC_API_KEY");
    // the first job fails only once the second has failed
    let secondFailed!: () => void;
    const gate = new Promise<void>((resolve) => (secondFailed = resolve));
    const jobs = [
      async () => {
        await gate;
        throw extraction;
      },
      async () => {
        secondFailed();
        throw summary;
      },
    ];
    const { failure } = await runWithLimit(jobs, 2);
    expect(failure).toBe(extraction);
  });

  it("starts no new job after a failure; the jobs in flight finish", async () => {
    const ran: number[] = [];
    const jobs = [0, 1, 2, 3].map((i) => async () => {
      ran.push(i);
      if (i === 0) throw new Error("first fails");
      await Promise.resolve();
    });
    const { failure } = await runWithLimit(jobs, 2);
    expect((failure as Error).message).toBe("first fails");
    expect(ran).toEqual([0, 1]);
  });
});
