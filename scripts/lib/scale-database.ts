// Where the scale-check database lives (npm run db:seed:scale, npm run bench:dashboard): a database
// named usertests_scale (SCALE_DATABASE overrides) on DATABASE_URL's server, or on the embedded
// PostgreSQL under .data/pg when DATABASE_URL is unset — next to, never instead of, the dev database.
import { assertLocalDatabaseUrl } from "../../prisma/seed";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { EMBEDDED_DATA_DIR, EMBEDDED_PORT } from "./local-database";

export const SCALE_DATABASE = process.env.SCALE_DATABASE ?? "usertests_scale";

export interface ScaleServer {
  /** the server's maintenance database, for CREATE/DROP DATABASE */
  adminUrl: string;
  /** the scale database */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openScaleServer(): Promise<ScaleServer> {
  if (!/^[A-Za-z0-9_]+$/.test(SCALE_DATABASE)) throw new Error(`unexpected SCALE_DATABASE: ${SCALE_DATABASE}`);
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    // it drops and recreates a database: only ever on this machine, like the demo seed
    assertLocalDatabaseUrl(fromEnv);
    const at = (database: string) => {
      const u = new URL(fromEnv);
      u.pathname = "/" + database;
      return u.toString();
    };
    return { adminUrl: at("postgres"), url: at(SCALE_DATABASE), embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, quiet: true });
  return { adminUrl: server.adminUrl, url: server.urlFor(SCALE_DATABASE), embedded: true, stop: server.stop };
}
