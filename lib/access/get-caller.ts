import type { Principal } from "@/lib/access/principal";
import { db } from "@/lib/db";

/** whoami: the user behind a session or token, or the project behind a secret key. */
export async function getCaller(input: { principal: Principal }) {
  const p = input.principal;
  if (p.kind === "secret_key") {
    const project = await db.project.findUniqueOrThrow({ where: { id: p.projectId }, select: { id: true, name: true } });
    return { kind: "secret_key" as const, keyId: p.keyId, project };
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: p.userId }, select: { id: true, email: true, name: true, image: true } });
  return { kind: "user" as const, via: p.via, user };
}
