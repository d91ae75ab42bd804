import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/**
 * Runs one pipeline step and records it (start, end, outcome, error) for the dashboard. Called
 * inside Inngest's step.run, so a retried step is recorded as a new attempt of the same name.
 */
export async function runRecordedStep<T>(
  runId: string,
  name: string,
  fn: () => Promise<T>,
  summarize?: (out: T) => Prisma.InputJsonValue,
): Promise<T> {
  const step = await db.processingStep.create({ data: { runId, name } });
  try {
    const out = await fn();
    await db.processingStep.update({
      where: { id: step.id },
      data: { status: "succeeded", finishedAt: new Date(), output: summarize ? summarize(out) : undefined },
    });
    return out;
  } catch (e) {
    await db.processingStep.update({
      where: { id: step.id },
      data: { status: "failed", finishedAt: new Date(), error: (e instanceof Error ? e.message : String(e)).slice(0, 2000) },
    });
    throw e;
  }
}
