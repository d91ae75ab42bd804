// Two checkouts on one machine each get their own embedded server: a data directory's server is
// reused only when it proves (SHOW data_directory) that it serves that directory, and a port held
// by another checkout's server makes the second one start its own elsewhere.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-embedded-"));
fs.chmodSync(root, 0o755);
const running: RunningPostgres[] = [];
afterAll(async () => {
  for (const s of running.reverse()) await s.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function dataDirectoryOf(server: RunningPostgres): Promise<string> {
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  try {
    return fs.realpathSync((await client.query<{ data_directory: string }>("SHOW data_directory")).rows[0].data_directory);
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL per data directory", () => {
  it(
    "a second checkout asking for the same port gets its own server; the first one's is reused only by itself",
    { timeout: 60_000 },
    async () => {
      const a = path.join(root, "checkout-a", "pg");
      const b = path.join(root, "checkout-b", "pg");
      const first = await startEmbeddedPostgres({ dataDir: a, quiet: true });
      running.push(first);
      const port = Number(new URL(first.adminUrl).port);
      expect(await dataDirectoryOf(first)).toBe(fs.realpathSync(a));
      expect(fs.readFileSync(path.join(a, "usertests.port"), "utf8").trim()).toBe(String(port));

      // checkout B prefers the very same port (as both did with the old fixed 54329)
      const second = await startEmbeddedPostgres({ dataDir: b, port, quiet: true });
      running.push(second);
      expect(Number(new URL(second.adminUrl).port)).not.toBe(port);
      expect(await dataDirectoryOf(second)).toBe(fs.realpathSync(b));

      // checkout A's next script finds A's running server by its recorded port and reuses it…
      const again = await startEmbeddedPostgres({ dataDir: a, quiet: true });
      expect(again.adminUrl).toBe(first.adminUrl);
      // …and stopping that reuse leaves A's server running
      await again.stop();
      expect(await dataDirectoryOf(first)).toBe(fs.realpathSync(a));
    },
  );
});
