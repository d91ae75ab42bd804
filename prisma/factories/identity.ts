// Factories for users, projects, memberships and credentials, shared by the seed, tests and e2e.
// Each takes the Prisma client to use, so callers control which database they write to.
import type { Role } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";
import { displayPrefix, generateSecret, hashSecret } from "@/lib/security/secret-tokens";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function createUser(db: DbClient, data: { id?: string; email?: string; name?: string } = {}) {
  const email = data.email ?? `user-${unique()}@example.test`;
  return db.user.create({ data: { id: data.id, email, name: data.name ?? email.split("@")[0], emailVerified: new Date() } });
}

/** A project with an owner and an active public key; returns the key's value too. */
export async function createProject(
  db: DbClient,
  data: { id?: string; name?: string; ownerId: string; allowedOrigins?: string[]; githubRepo?: string | null; publicKey?: string },
) {
  const publicKey = data.publicKey ?? generateSecret("publicKey");
  const project = await db.project.create({
    data: {
      id: data.id,
      name: data.name ?? `Project ${unique()}`,
      allowedOrigins: data.allowedOrigins ?? [],
      githubRepo: data.githubRepo ?? null,
      memberships: { create: { userId: data.ownerId, role: "owner" } },
      keys: {
        create: {
          kind: "public",
          name: "Public key",
          prefix: displayPrefix(publicKey),
          keyHash: hashSecret(publicKey),
          publicValue: publicKey,
        },
      },
    },
  });
  return { project, publicKey };
}

export async function addMember(db: DbClient, data: { projectId: string; userId: string; role: Role }) {
  return db.membership.create({ data });
}

/** A personal API token for the user; returns the bearer value. */
export async function createApiTokenFor(db: DbClient, data: { userId: string; name?: string; token?: string }) {
  const token = data.token ?? generateSecret("apiToken");
  await db.apiToken.create({
    data: { userId: data.userId, name: data.name ?? "test", prefix: displayPrefix(token), tokenHash: hashSecret(token) },
  });
  return token;
}

/** A project secret key; returns the bearer value. */
export async function createSecretKeyFor(db: DbClient, data: { projectId: string; name?: string }) {
  const secret = generateSecret("secretKey");
  await db.projectKey.create({
    data: {
      projectId: data.projectId,
      kind: "secret",
      name: data.name ?? "test",
      prefix: displayPrefix(secret),
      keyHash: hashSecret(secret),
    },
  });
  return secret;
}

/** A user with a token, plus a project they own: the common starting point of API tests. */
export async function createOwnerWithProject(db: DbClient, data: { email?: string } = {}) {
  const user = await createUser(db, { email: data.email });
  const { project, publicKey } = await createProject(db, { ownerId: user.id });
  const token = await createApiTokenFor(db, { userId: user.id });
  return { user, project, publicKey, token };
}
