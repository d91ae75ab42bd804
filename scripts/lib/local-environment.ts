// Makes local scripts (the app runner, outbox:flush…) work with no configuration: DATABASE_URL
// falls back to embedded PostgreSQL and AUTH_SECRET to a secret generated once into .data/.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type LocalDatabase, openLocalDatabase } from "./local-database";

function localAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

/** Fills process.env for local use and returns the database (stop it when done). */
export async function prepareLocalEnvironment(): Promise<LocalDatabase> {
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  fs.mkdirSync(dataDir, { recursive: true });
  const database = await openLocalDatabase();
  process.env.DATABASE_URL = database.url;
  if (database.embedded) process.env.AUTH_SECRET ??= localAuthSecret(dataDir);
  return database;
}
