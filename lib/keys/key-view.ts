import type { ProjectKey } from "@/generated/prisma/client";

/** What the API and pages show of a key: never its hash, and a secret key's value never after creation. */
export function keyView(key: ProjectKey) {
  return {
    id: key.id,
    kind: key.kind,
    name: key.name,
    prefix: key.prefix,
    value: key.kind === "public" ? key.publicValue : undefined,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  };
}

export type KeyView = ReturnType<typeof keyView>;
