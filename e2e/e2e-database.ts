// The database scripts/e2e-server.ts creates for the suite, named after E2E_PORT: on DATABASE_URL's
// server when it is set, else on the embedded PostgreSQL it starts. Specs that seed data directly
// (fixtures for dashboard pages, or to move a session into the past) connect here.
import fs from "node:fs";
import path from "node:path";

export function e2eDatabaseUrl(): string {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const name = port === 3100 ? "usertests_e2e" : `usertests_e2e_${port}`;
  if (!process.env.DATABASE_URL) {
    // the embedded server records the port it really uses in its data directory (scripts/lib/embedded-postgres.ts)
    const recorded = path.resolve(".data/e2e-pg/usertests.port");
    const pgPort = fs.existsSync(recorded) ? Number(fs.readFileSync(recorded, "utf8").trim()) : 54331 + (port - 3100);
    return `postgresql://postgres:usertests-local@127.0.0.1:${pgPort}/${name}`;
  }
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
