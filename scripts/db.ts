// Database commands: npm run db:migrate | db:migration -- <name> | db:status | db:reset | db:diff | db:seed
import { openLocalDatabase } from "./lib/local-database";
import { createMigration, deployMigrations, diffMigrationsAgainstSchema, migrationStatus, resetDatabase } from "./migrations/schema-engine";

const [command, arg] = process.argv.slice(2);
const db = await openLocalDatabase();
let exitCode = 0;
try {
  switch (command) {
    case "deploy": {
      const applied = await deployMigrations(db.url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
      break;
    }
    case "create": {
      if (!arg) throw new Error("usage: npm run db:migration -- <name>");
      const out = await createMigration(db.url, arg);
      if (out.driftReason) {
        console.error(
          `The database has drifted from the migrations: ${out.driftReason}\nRun npm run db:reset first (it deletes local data).`,
        );
        exitCode = 2;
      } else console.log(out.created ? `Created prisma/migrations/${out.created}` : "No schema changes, nothing to create.");
      break;
    }
    case "status":
      console.log(JSON.stringify(await migrationStatus(db.url), null, 2));
      break;
    case "diff": {
      const { sql, inSync } = await diffMigrationsAgainstSchema(db.url);
      if (inSync) console.log("Migrations match prisma/schema.prisma.");
      else {
        console.log(sql);
        console.error("prisma/schema.prisma has changes without a migration: run npm run db:migration -- <name>");
        exitCode = 2;
      }
      break;
    }
    case "reset":
      await resetDatabase(db.url);
      console.log(`Database reset. Applied: ${(await deployMigrations(db.url)).join(", ") || "nothing"}`);
      break;
    case "seed": {
      const { seedDemoData } = await import("../prisma/seed");
      const summary = await seedDemoData({ databaseUrl: db.url });
      console.log("Seeded demo data:", summary);
      break;
    }
    default:
      console.error("usage: tsx scripts/db.ts deploy|create <name>|status|diff|reset|seed");
      exitCode = 2;
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await db.stop();
}
process.exit(exitCode);
