// A real S3-compatible server (s3rver on 127.0.0.1) with a "media" bucket for the file's tests, and
// the S3_* settings pointing the app's storage at it; stopped and removed after the file. Call it at
// the top of a test file, before importing modules that read the environment.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, vi } from "vitest";

export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export async function startS3rverBucket(label: string): Promise<{ endpoint: string; bucket: string }> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `usertests-${label}-`));
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(tmp, "s3rver"),
    configureBuckets: [{ name: "media", configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  for (const [k, v] of Object.entries({
    S3_BUCKET: "media",
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: "1",
    S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
  }))
    vi.stubEnv(k, v);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  return { endpoint, bucket: "media" };
}
