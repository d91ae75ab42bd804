// The migration commands built on the wasm schema engine, against a real, empty PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { adminQuery } from "../../tests/setup/test-server";
import { deployMigrations, diffMigrationsAgainstSchema, migrationStatus, resetDatabase } from "./schema-engine";

const fileDbUrl = process.env.DATABASE_URL!;
const emptyName = `ut_test_empty_${process.pid}_${Date.now()}`;
const emptyUrl = (() => {
  const u = new URL(fileDbUrl);
  u.pathname = "/" + emptyName;
  return u.toString();
})();

async function tables(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    return r.rows.map((x) => x.table_name as string);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await adminQuery(fileDbUrl, `CREATE DATABASE "${emptyName}"`);
});
afterAll(async () => {
  await adminQuery(fileDbUrl, `DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`);
});

describe("migrations", () => {
  it("apply to an empty database, then re-apply as a no-op", async () => {
    expect(await tables(emptyUrl)).toEqual([]);
    const applied = await deployMigrations(emptyUrl);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied[0]).toMatch(/^\d{14}_init$/);
    const names = await tables(emptyUrl);
    for (const t of ["User", "Project", "Membership", "ProjectKey", "Session", "Signal", "Task", "OutboxEvent", "_prisma_migrations"])
      expect(names).toContain(t);

    expect(await deployMigrations(emptyUrl)).toEqual([]);
    const rows = await adminQuery(emptyUrl, "SELECT migration_name, finished_at FROM _prisma_migrations");
    expect(rows.rowCount).toBe(applied.length);
    expect(rows.rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await migrationStatus(emptyUrl)).toMatchObject({ failedMigrationNames: [], editedMigrationNames: [] });
  });

  it("reset empties the schema so deploy starts over", async () => {
    await deployMigrations(emptyUrl);
    await resetDatabase(emptyUrl);
    expect(await tables(emptyUrl)).toEqual([]);
    expect((await deployMigrations(emptyUrl)).length).toBeGreaterThan(0);
  });

  it("the committed migrations match prisma/schema.prisma (no change without a migration)", async () => {
    const { inSync, sql } = await diffMigrationsAgainstSchema(emptyUrl);
    expect(sql.trim() === "" || inSync, sql).toBe(true);
    expect(inSync).toBe(true);
  });
});
