// tsx scripts/recreate-database.ts <DATABASE_URL>: drops and creates that database (CI, local resets).
import pg from "pg";

const target = process.argv[2];
if (!target) {
  console.error("usage: tsx scripts/recreate-database.ts postgresql://user@host:port/name");
  process.exit(2);
}
const url = new URL(target);
const name = decodeURIComponent(url.pathname.slice(1));
if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name: ${name}`);
url.pathname = "/postgres";
const admin = new pg.Client({ connectionString: url.toString() });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
console.log(`Recreated database ${name}`);
