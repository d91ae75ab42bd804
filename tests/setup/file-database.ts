// Runs before each test file: gives the file its own database, cloned from the migrated template,
// and a complete test environment, before any app module (lib/env, lib/db) is imported.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { adminQuery } from "./test-server";

const adminUrl = inject("testAdminUrl");
const template = inject("testTemplateDb");
const name = `ut_test_${template.split("_").pop()}_${randomBytes(6).toString("hex")}`;

await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);

process.env.DATABASE_URL = inject("testServerUrlPattern").replace("__DB__", name);
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret";
process.env.APP_URL = "http://localhost:3000";
process.env.DATA_DIR = `.data/test-files/${name}`;
process.env.LOG_LEVEL = "error";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
