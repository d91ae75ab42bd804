// npm run db:seed:scale — (re)creates the scale-check database (scripts/lib/scale-database.ts),
// applies our migrations and bulk-fills one project with 100,000 sessions, 1,000,000 events,
// 200,000 signals and 5,000 tasks (scripts/lib/scale-seed.ts). Idempotent: the database is dropped
// and recreated each time. SCALE_SESSIONS, SCALE_EVENTS, SCALE_SIGNALS, SCALE_TASKS change the counts.
// Then `npm run bench:dashboard` renders the dashboard against it, signed in as scale@usertests.dev.
import pg from "pg";
import { openScaleServer, SCALE_DATABASE } from "./lib/scale-database";
import { FULL_SCALE, seedScaleData, type ScaleCounts } from "./lib/scale-seed";
import { deployMigrations } from "./migrations/schema-engine";

const count = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  return v;
};
const counts: ScaleCounts = {
  sessions: count("SCALE_SESSIONS", FULL_SCALE.sessions),
  events: count("SCALE_EVENTS", FULL_SCALE.events),
  signals: count("SCALE_SIGNALS", FULL_SCALE.signals),
  tasks: count("SCALE_TASKS", FULL_SCALE.tasks),
};

const started = performance.now();
const server = await openScaleServer();
let exitCode = 0;
try {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${SCALE_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${SCALE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const m0 = performance.now();
  const applied = await deployMigrations(server.url);
  console.log(
    `Recreated ${SCALE_DATABASE} on ${server.embedded ? "embedded PostgreSQL (.data/pg)" : "DATABASE_URL's server"}; ${applied.length} migrations in ${((performance.now() - m0) / 1000).toFixed(1)} s.`,
  );
  console.log(
    `Filling: ${counts.sessions.toLocaleString("en-US")} sessions, ${counts.events.toLocaleString("en-US")} events, ${counts.signals.toLocaleString("en-US")} signals, ${counts.tasks.toLocaleString("en-US")} tasks`,
  );
  const result = await seedScaleData(server.url, counts, (line) => console.log(line));

  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
  await client.end();
  console.log(
    `\nRows: ${Object.entries(result.rows)
      .map(([t, n]) => `${t} ${n.toLocaleString("en-US")}`)
      .join(", ")}`,
  );
  console.log(`Database size ${rows[0].size}. Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`Sign in as ${result.email} (project ${result.projectId}); DATABASE_URL=${server.url}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
