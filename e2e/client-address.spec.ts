// Per-address limits count the socket's address, not what a client writes in X-Forwarded-For: the
// production server (next start, no trusted proxy configured) stamps each request with its peer
// address before Next.js sees it. Checked through the limiter's own counter rows in PostgreSQL,
// without using up a budget other journeys share.
import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-database";
import { createProjectViaApi, expect, test } from "./fixtures";

test("a forged X-Forwarded-For does not choose the address a request is counted against", async ({ page, user: _owner }) => {
  const project = await createProjectViaApi(page, "Address check");
  const keys = (await (await page.request.get(`/api/v1/projects/${project.id}/keys`)).json()) as { publicKey: { value: string } };
  const publicKey = keys.publicKey.value;
  const forged = `198.51.100.${Math.floor(Math.random() * 250)}`;
  // a session that is not this project's: a lookup miss, counted against the caller's address
  const res = await page.request.get(`/api/sdk/sessions/no-such-session-${Date.now()}?key=${publicKey}`, {
    headers: { "x-forwarded-for": forged, "x-usertests-peer": forged },
  });
  expect(res.status()).toBe(404);
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const counted = async (address: string) =>
      (await client.query(`SELECT 1 FROM "RateLimit" WHERE key = $1`, [`rl:sessionLookupMissesPerIp:${address}`])).rowCount;
    expect(await counted(forged)).toBe(0);
    expect(await counted("127.0.0.1")).toBe(1);
  } finally {
    await client.end();
  }
});
