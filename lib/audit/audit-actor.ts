import type { Principal } from "@/lib/access/principal";

/** Who did it: a user (session or API token), a secret key, or the system (scheduled jobs). */
export type AuditActor = { kind: "user"; id: string } | { kind: "secret_key"; id: string } | { kind: "system" };

export function auditActorOf(principal: Principal): AuditActor {
  return principal.kind === "user" ? { kind: "user", id: principal.userId } : { kind: "secret_key", id: principal.keyId };
}
