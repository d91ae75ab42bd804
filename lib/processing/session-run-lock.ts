// One processing run holds a session at a time, enforced in the database — not only by Inngest's
// concurrency key, which a replay from the dashboard, a second engine or a hand-sent event can
// bypass. The newest run wins: opening a run closes any other open run of the session as
// superseded, and every step that writes the session's analysis first locks the session row and
// checks that its run still holds it. So two runs that overlap can never leave two sets of signals;
// the superseded one's results are discarded and it ends without touching the session's status.
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";

export class RunSupersededError extends AppError {
  constructor(runId: string) {
    super("conflict", `Processing run ${runId} was superseded by a newer run of this session; its results were discarded`);
    this.name = "RunSupersededError";
  }
}

/** Locks the session row for the rest of the transaction. */
export async function lockSessionRow(tx: DbClient, sessionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Session" WHERE "id" = ${sessionId} FOR UPDATE`;
}

/**
 * Inside startProcessingRun's transaction. Returns the run already opened by this Inngest run (its
 * "start" step was retried) or null; closes every other open run of the session as superseded.
 */
export async function claimSessionForRun(tx: DbClient, input: { sessionId: string; inngestRunId: string | null }): Promise<string | null> {
  await lockSessionRow(tx, input.sessionId);
  const open = await tx.processingRun.findMany({
    where: { sessionId: input.sessionId, status: "running" },
    select: { id: true, inngestRunId: true },
  });
  const own = input.inngestRunId ? open.find((r) => r.inngestRunId === input.inngestRunId) : undefined;
  if (own) return own.id;
  if (open.length) {
    await tx.processingRun.updateMany({
      where: { id: { in: open.map((r) => r.id) } },
      data: { status: "failed", finishedAt: new Date(), error: "Superseded by a newer run of this session" },
    });
  }
  return null;
}

/** Inside a writing step's transaction: locks the session and refuses a run that no longer holds it. */
export async function assertRunHoldsSession(tx: DbClient, input: { sessionId: string; runId: string }): Promise<void> {
  await lockSessionRow(tx, input.sessionId);
  const run = await tx.processingRun.findUnique({ where: { id: input.runId }, select: { status: true, sessionId: true } });
  if (!run || run.sessionId !== input.sessionId || run.status !== "running") throw new RunSupersededError(input.runId);
}
