// Both media storage drivers against the same contract: local disk in a temp directory, and S3
// through the real @aws-sdk/client-s3 against s3rver (a fake S3 server) on 127.0.0.1.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalDiskStorage } from "./local-disk-storage";
import { type MediaStorage, StorageLengthMismatch } from "./media-storage";
import { createS3Storage } from "./s3-storage";

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** A body that yields `parts` and then fails, like a client that disconnects mid-upload. */
function failingBody(parts: Buffer[]): Readable {
  return Readable.from(
    (async function* () {
      for (const p of parts) yield p;
      throw new Error("client went away");
    })(),
  );
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-storage-"));
const localRoot = path.join(tmp, "local");
const spoolDir = path.join(tmp, "spool");
let s3server: S3rver;
let s3: ReturnType<typeof createS3Storage>;

beforeAll(async () => {
  s3server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(tmp, "s3rver"),
    configureBuckets: [{ name: "media", configs: [] }],
  });
  const { port } = await s3server.run();
  s3 = createS3Storage({
    bucket: "media",
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    spoolDir,
  });
});

afterAll(async () => {
  await s3server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const drivers: [string, () => MediaStorage][] = [
  ["local disk", () => createLocalDiskStorage({ root: localRoot })],
  ["s3", () => s3],
];

describe.each(drivers)("%s driver", (name, storage) => {
  const key = (label: string) => `projects/p1/sessions/s1/audio/${label}-${randomBytes(4).toString("hex")}.webm`;

  it("stores a streamed body and reads it back with its size", async () => {
    const data = randomBytes(300_000);
    const k = key("roundtrip");
    const parts = [data.subarray(0, 100_000), data.subarray(100_000, 250_000), data.subarray(250_000)];
    expect(await storage().put(k, Readable.from(parts), { contentType: "audio/webm", contentLength: data.length })).toEqual({
      size: data.length,
    });
    expect(await storage().exists(k)).toBe(true);
    const got = await storage().get(k);
    expect(got?.size).toBe(data.length);
    expect((await readAll(got!.body)).equals(data)).toBe(true);
  });

  it("accepts a web ReadableStream and a body of unknown length", async () => {
    const data = randomBytes(70_000);
    const k = key("web");
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(data.subarray(0, 30_000));
        controller.enqueue(data.subarray(30_000));
        controller.close();
      },
    });
    expect(await storage().put(k, web, { contentType: "audio/webm" })).toEqual({ size: data.length });
    expect((await readAll((await storage().get(k))!.body)).equals(data)).toBe(true);
    expect(listFiles(spoolDir)).toEqual([]);
  });

  it("deletes every object under a prefix and nothing beside it", async () => {
    const id = `purge-${randomBytes(4).toString("hex")}`;
    const put = (k: string) => storage().put(k, Readable.from([Buffer.from("OggS....")]), { contentType: "audio/ogg", contentLength: 8 });
    const gone = [`projects/${id}/sessions/a/audio/000000.ogg`, `projects/${id}/sessions/b/screen/000001.webm`];
    const kept = `projects/${id}x/sessions/a/audio/000000.ogg`;
    for (const k of [...gone, kept]) await put(k);
    expect(await storage().deletePrefix(`projects/${id}/`)).toEqual({ deleted: 2 });
    for (const k of gone) expect(await storage().exists(k)).toBe(false);
    expect(await storage().exists(kept)).toBe(true);
    // again: nothing left, not an error
    expect(await storage().deletePrefix(`projects/${id}/`)).toEqual({ deleted: 0 });
    await expect(storage().deletePrefix("projects/../")).rejects.toThrow(/Invalid storage/);
    await expect(storage().deletePrefix("projects")).rejects.toThrow(/Invalid storage/);
  });

  it("deletes, and treats missing objects as absent", async () => {
    const k = key("delete");
    await storage().put(k, Readable.from([Buffer.from("OggS....")]), { contentType: "audio/ogg", contentLength: 8 });
    await storage().delete(k);
    expect(await storage().exists(k)).toBe(false);
    expect(await storage().get(k)).toBeNull();
    await expect(storage().delete(k)).resolves.toBeUndefined();
  });

  it("leaves nothing when the body fails mid-stream (known and unknown length)", async () => {
    for (const contentLength of [200_000, undefined]) {
      const k = key("fail");
      const error = await storage()
        .put(k, failingBody([randomBytes(64_000), randomBytes(64_000)]), { contentType: "audio/webm", contentLength })
        .catch((e) => e);
      expect(error.message).toBe("client went away");
      expect(await storage().exists(k)).toBe(false);
    }
    // (s3rver, unlike S3, may keep a truncated object under tmp/ a moment after the aborted request;
    // the final key never holds one, and a lifecycle rule on tmp/ clears such leftovers)
    if (name === "local disk") expect(listFiles(localRoot).filter((f) => f.endsWith(".partial"))).toEqual([]);
    expect(listFiles(spoolDir)).toEqual([]);
  });

  it("refuses a body longer or shorter than its announced length, storing nothing", async () => {
    for (const [announced, actual] of [
      [10, 20],
      [20, 10],
    ]) {
      const k = key("length");
      const error = await storage()
        .put(k, Readable.from([randomBytes(actual)]), { contentType: "audio/webm", contentLength: announced })
        .catch((e) => e);
      expect(error).toBeInstanceOf(StorageLengthMismatch);
      expect(await storage().exists(k)).toBe(false);
    }
  });

  it("keeps the previous object when a replacing upload fails", async () => {
    const k = key("replace");
    await storage().put(k, Readable.from([Buffer.from("first version")]), { contentType: "audio/webm", contentLength: 13 });
    await storage()
      .put(k, failingBody([Buffer.from("second")]), { contentType: "audio/webm", contentLength: 100 })
      .catch(() => {});
    expect((await readAll((await storage().get(k))!.body)).toString()).toBe("first version");
  });

  it("refuses keys that could escape the store", async () => {
    for (const bad of ["../etc/passwd", "/abs/path", "a//b", "a/../b", "", "a/./b", "sp ace"]) {
      await expect(storage().put(bad, Readable.from([Buffer.from("x")]), { contentType: "audio/webm" })).rejects.toThrow(
        "Invalid storage key",
      );
      await expect(storage().exists(bad)).rejects.toThrow("Invalid storage key");
    }
  });
});

describe("local disk driver", () => {
  it("streams: bytes reach the temporary file before the body has ended, and the final name appears only at the end", async () => {
    const storage = createLocalDiskStorage({ root: localRoot });
    const k = "projects/p1/sessions/s2/screen/000000.webm";
    const dir = path.join(localRoot, "projects/p1/sessions/s2/screen");
    const observed: number[] = [];
    // a plain async generator is pulled one part at a time: when it resumes, the driver has
    // written the previous part and asks for the next one
    const body = (async function* () {
      for (let i = 0; i < 3; i++) {
        yield randomBytes(1_100_000); // more than the driver batches (1 MB) before writing
        const partial = listFiles(dir).find((f) => f.endsWith(".partial"));
        observed.push(partial ? fs.statSync(partial).size : -1);
        expect(fs.existsSync(path.join(localRoot, k))).toBe(false);
      }
    })();
    await storage.put(k, body, { contentType: "video/webm", contentLength: 3_300_000 });
    expect(observed).toEqual([1_100_000, 2_200_000, 3_300_000]);
    expect(fs.statSync(path.join(localRoot, k)).size).toBe(3_300_000);
    expect(listFiles(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });
});
