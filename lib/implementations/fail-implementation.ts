import { db } from "@/lib/db";

/** Marks an attempt failed with a reason the task page shows; the task keeps its status. */
export async function failImplementation(input: { implementationId: string; reason: string }) {
  await db.implementation.updateMany({
    where: { id: input.implementationId, status: { notIn: ["open", "merged", "closed"] } },
    data: { status: "failed", error: input.reason.slice(0, 1000) },
  });
}
