// Prisma's schema engine, run as WebAssembly with @prisma/adapter-pg as its database driver.
// The native engine binary cannot be downloaded on our machines; this gives the same migrations
// folder layout and `_prisma_migrations` bookkeeping (docs/decisions/002-migrations-on-wasm-engine.md).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCHEMA_PATH = path.join(root, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(root, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

// The wasm glue reports Rust panics through this global; without it a panic hides its message.
const panicRegistry = {
  message: "",
  set_message(m: string) {
    this.message = m;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

let wasmReady = false;
async function loadWasm() {
  if (wasmReady) return;
  // The package's exports block resolving the .wasm directly: resolve the JS glue and swap the extension.
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as unknown as { __wbindgen_start: () => void };
  (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  wasmReady = true;
}

function migrationsList() {
  fs.mkdirSync(MIGRATIONS_DIR, { recursive: true });
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const dirs = fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir: MIGRATIONS_DIR,
    shadowDbInitScript: "",
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    migrationDirectories: dirs.map((d) => {
      const f = path.join(MIGRATIONS_DIR, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(f)
            ? { tag: "ok" as const, value: fs.readFileSync(f, "utf8") }
            : { tag: "error" as const, value: "missing" },
        },
      };
    }),
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>> & {
  client: pg.PoolClient | pg.Pool;
  onError: (e: unknown) => never;
};

// Three @prisma/adapter-pg 7.10.1 problems, patched for the engine's use only:
// (a) it cannot decode Postgres' internal "char" type (OID 18), which the schema describer reads from
//     pg_catalog: report such columns as text (OID 25);
// (b) connectToShadowDb() ignores the shadow database name when given a connection string (the
//     "shadow" becomes the main database): we make our own throw-away shadow database instead;
// (c) executeScript() splits a migration on ";" and breaks $$ bodies: send it as one simple query;
// (d) see below: PostgreSQL 18's NOT NULL rows in pg_constraint.
function patchAdapter<T>(adapter: T): T {
  const a = adapter as unknown as Adapter & { executeScript: (sql: string) => Promise<void> };
  a.executeScript = async function (this: Adapter, sql: string) {
    try {
      await this.client.query(sql);
    } catch (e) {
      this.onError(e);
    }
  };
  let proto: Record<string, unknown> | null = a as unknown as Record<string, unknown>;
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  type IO = ((q: unknown) => Promise<{ fields?: { dataTypeID: number }[] }>) & { charPatched?: boolean };
  if (proto && !(proto.performIO as IO).charPatched) {
    const original = proto.performIO as IO;
    const patched: IO = async function (this: unknown, q: unknown) {
      const r = await original.call(this, q);
      const fields = (r?.fields ?? []) as { dataTypeID: number; name?: string }[];
      // (d) PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n'); this engine's
      //     describer does not know them and panics. They duplicate attnotnull, so drop them.
      const contype = fields.findIndex((f) => f.name === "constraint_type" || f.name === "contype");
      if (contype >= 0 && Array.isArray((r as { rows?: unknown[] }).rows)) {
        const res = r as unknown as { rows: unknown[][]; rowCount: number };
        res.rows = res.rows.filter((row) => row[contype] !== "n");
        res.rowCount = res.rows.length;
      }
      for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return r;
    };
    patched.charPatched = true;
    proto.performIO = patched;
  }
  return adapter;
}

// engine.free() does not close the adapter's pool, and the connection left open keeps holding
// Prisma's migration advisory lock (the next engine in the process then waits 10 s for it), so
// every adapter we hand out is disposed when the engine is done.
function adapterFactory(url: string, opened: { dispose(): Promise<void> }[]) {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = patchAdapter(await connect());
    opened.push(adapter);
    return adapter;
  };
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(url);
    shadowUrl.pathname = "/" + name;
    const shadow = patchAdapter(await new PrismaPg({ connectionString: shadowUrl.toString() }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;

async function withEngine<T>(url: string, fn: (engine: Engine, schema: { files: { path: string; content: string }[] }) => Promise<T>) {
  await loadWasm();
  const content = fs.readFileSync(SCHEMA_PATH, "utf8");
  const schema = { files: [{ path: SCHEMA_PATH, content }] };
  const log = (s: string) => process.env.DEBUG_SCHEMA_ENGINE && console.error("[schema-engine]", s);
  const opened: { dispose(): Promise<void> }[] = [];
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, content]] }, log, adapterFactory(url, opened));
  try {
    return await fn(engine, schema);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export function deployMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    return out.appliedMigrationNames as string[];
  });
}

/** Creates a migration from the difference between the migrations folder and schema.prisma. */
export function createMigration(url: string, name: string): Promise<{ created: string | null; driftReason?: string }> {
  return withEngine(url, async (engine, schema) => {
    // In wasm, createMigration cannot open a shadow database itself; devDiagnostic does (through
    // connectToShadowDb) and fills the engine's cache, exactly as `prisma migrate dev` would.
    // Like `prisma migrate dev`, bring the database up to date first; devDiagnostic only opens the
    // shadow database (which createMigration then relies on) when nothing is pending.
    await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    const dd = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    if (dd.action.tag === "reset") return { created: null, driftReason: String(dd.action.reason) };
    const out = await engine.createMigration({ draft: false, migrationName: name, migrationsList: migrationsList(), schema, filters });
    if (out.migrationScript == null) return { created: null };
    const dir = path.join(MIGRATIONS_DIR, out.generatedMigrationName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration." + out.extension), out.migrationScript);
    fs.writeFileSync(
      path.join(MIGRATIONS_DIR, "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
    );
    return { created: out.generatedMigrationName as string };
  });
}

export function migrationStatus(url: string): Promise<unknown> {
  return withEngine(url, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters }),
  );
}

/** Drops everything in the database's schema. Follow with deployMigrations. */
export function resetDatabase(url: string): Promise<void> {
  return withEngine(url, async (engine) => {
    await engine.reset({ filter: filters });
  });
}

/** SQL needed to bring the migrations folder up to schema.prisma; empty when they match. */
export function diffMigrationsAgainstSchema(url: string): Promise<{ sql: string; inSync: boolean }> {
  return withEngine(url, async (engine, schema) => {
    const r = await engine.diff({
      from: { tag: "migrations", ...migrationsList() },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: true,
      filters,
    });
    return { sql: r.stdout ?? "", inSync: r.exitCode === 0 };
  });
}
