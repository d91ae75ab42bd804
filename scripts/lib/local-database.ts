// Which database the local scripts use: DATABASE_URL when set, otherwise the embedded server under .data/.
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";

export const EMBEDDED_DATA_DIR = path.resolve(".data/pg");
/** preferred port for a new data directory; the one actually used is recorded in the directory */
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_DB = "usertests";

export interface LocalDatabase {
  url: string;
  embedded: boolean;
  /** the embedded server was started by this process (not reused from another one of this checkout) */
  startedHere: boolean;
  stop(): Promise<void>;
}

export async function openLocalDatabase(): Promise<LocalDatabase> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, embedded: false, startedHere: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, quiet: true });
  await ensureDatabase(server.adminUrl, EMBEDDED_DB);
  return { url: server.urlFor(EMBEDDED_DB), embedded: true, startedHere: server.startedHere, stop: server.stop };
}
