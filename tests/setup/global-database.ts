// Vitest global setup: migrate a template database once; every test file then clones it
// (CREATE DATABASE … TEMPLATE, ~0.1 s) so files are isolated and can run in parallel.
import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../scripts/migrations/schema-engine";
import { adminQuery, openTestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    testAdminUrl: string;
    testTemplateDb: string;
    testServerUrlPattern: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const template = `ut_test_template_${process.pid}`;
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(server.adminUrl, `CREATE DATABASE "${template}"`);
  await deployMigrations(server.urlFor(template));
  // the migration pool may still hold a connection; a template must have none
  await adminQuery(
    server.adminUrl,
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [template],
  );

  project.provide("testAdminUrl", server.adminUrl);
  project.provide("testTemplateDb", template);
  project.provide("testServerUrlPattern", server.urlFor("__DB__"));

  return async () => {
    const leftovers = await adminQuery(server.adminUrl, "SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `ut_test_${process.pid}_%`,
    ]);
    for (const row of leftovers.rows) await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await server.stop();
  };
}
