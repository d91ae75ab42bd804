import { db } from "@/lib/db";

/** Whether the implementation already carries its spec (a push writes one first when it does not). */
export async function implementationHasSpec(input: { implementationId: string }): Promise<boolean> {
  const row = await db.implementation.findUnique({ where: { id: input.implementationId }, select: { spec: true } });
  return Boolean(row?.spec);
}
