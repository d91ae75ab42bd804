// A throw-away, migrated database for benchmarks: on DATABASE_URL's server when set, otherwise on
// embedded PostgreSQL. Sets DATABASE_URL for the app modules imported afterwards.
import { adminQuery, openTestServer } from "../../tests/setup/test-server";
import { deployMigrations } from "../migrations/schema-engine";

export async function openBenchDatabase(name: string) {
  const server = await openTestServer();
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
  const url = server.urlFor(name);
  await deployMigrations(url);
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "benchmark-secret-benchmark-secret";
  process.env.LOG_LEVEL ??= "error";
  return {
    url,
    async close() {
      await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await server.stop();
    },
  };
}
