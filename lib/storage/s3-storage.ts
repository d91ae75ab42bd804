// Media in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…). Bodies are streamed with
// PutObject (Content-Length from the caller) to a temporary key under `tmp/`, then copied into
// place server-side and the temporary object removed — the bucket analogue of "temp file +
// rename". AWS S3 itself never publishes a truncated PutObject, but not every S3-compatible store
// guarantees that (s3rver, used in our tests, keeps what it received), so the final key only ever
// holds complete objects. Leftovers of a crash between the two steps live under `tmp/`; a bucket
// lifecycle rule expiring `tmp/` after a day removes them. A body of unknown length is spooled to
// a temporary file first (a single PutObject needs Content-Length) — on disk, never in memory.
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { toReadable } from "./body-source";
import { assertValidKey, assertValidPrefix, type BodySource, type MediaStorage, StorageLengthMismatch } from "./media-storage";

export interface S3StorageOptions {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** optional key prefix inside the bucket, e.g. "media/" */
  prefix?: string;
  /** where bodies of unknown length are spooled (default: the OS temp dir) */
  spoolDir?: string;
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NotFound" || err?.name === "NoSuchKey" || err?.$metadata?.httpStatusCode === 404;
}

/** Passes bytes through and fails once more than `expected` bytes arrive, or fewer at the end. */
function exactLength(expected: number, onSize: (n: number) => void): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      onSize(size);
      if (size > expected) callback(new StorageLengthMismatch(expected, size));
      else callback(null, chunk);
    },
    flush(callback) {
      callback(size === expected ? null : new StorageLengthMismatch(expected, size));
    },
  });
}

export function createS3Storage(options: S3StorageOptions): MediaStorage & { checkBucket(): Promise<void> } {
  const config: S3ClientConfig = {
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    // S3-compatible stores (R2, MinIO, fakes) do not all accept the aws-chunked trailing checksums
    // newer SDKs add by default; checksums are only sent where the API requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  const client = new S3Client(config);
  // a streamed body cannot be replayed, so uploads are never retried by the SDK (the caller retries)
  const uploadClient = new S3Client({ ...config, maxAttempts: 1 });
  const prefix = options.prefix ?? "";
  const objectKey = (key: string) => {
    assertValidKey(key);
    return prefix + key;
  };

  async function upload(key: string, body: Readable, contentType: string, contentLength: number): Promise<{ size: number }> {
    const abort = new AbortController();
    let failure: unknown;
    let size = 0;
    const fail = (e: unknown) => {
      failure ??= e;
      abort.abort();
    };
    const counted = exactLength(contentLength, (n) => (size = n));
    body.once("error", fail);
    counted.once("error", fail);
    body.pipe(counted);
    const finalKey = objectKey(key);
    const tempKey = `${prefix}tmp/${randomBytes(12).toString("hex")}`;
    try {
      await uploadClient.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: tempKey,
          Body: counted,
          ContentLength: contentLength,
          ContentType: contentType,
        }),
        { abortSignal: abort.signal },
      );
      if (failure) throw failure;
      await client.send(
        new CopyObjectCommand({
          Bucket: options.bucket,
          Key: finalKey,
          CopySource: `${options.bucket}/${tempKey}`,
          MetadataDirective: "REPLACE",
          ContentType: contentType,
        }),
      );
    } catch (e) {
      throw failure ?? e;
    } finally {
      body.off("error", fail);
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: tempKey })).catch(() => {});
    }
    return { size };
  }

  async function spool(body: BodySource): Promise<{ file: string; size: number }> {
    const dir = options.spoolDir ?? os.tmpdir();
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, `usertests-s3-spool-${randomBytes(8).toString("hex")}`);
    let size = 0;
    try {
      await pipeline(
        toReadable(body),
        new Transform({
          transform(chunk: Buffer, _e, cb) {
            size += chunk.length;
            cb(null, chunk);
          },
        }),
        createWriteStream(file, { flags: "wx", mode: 0o600 }),
      );
    } catch (e) {
      await fs.rm(file, { force: true });
      throw e;
    }
    return { file, size };
  }

  return {
    driver: "s3",

    async put(key, body, { contentType, contentLength }) {
      objectKey(key);
      if (contentLength !== undefined) return upload(key, toReadable(body), contentType, contentLength);
      const spooled = await spool(body);
      try {
        // the spool file is ours, not a project file: keep Next.js output tracing out of it
        return await upload(key, createReadStream(/* turbopackIgnore: true */ spooled.file), contentType, spooled.size);
      } finally {
        await fs.rm(spooled.file, { force: true });
      }
    },

    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
        return { body: out.Body as Readable, size: out.ContentLength ?? 0, contentType: out.ContentType };
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
    },

    async deletePrefix(keyPrefix) {
      assertValidPrefix(keyPrefix);
      let deleted = 0;
      // a page of at most 1000 keys is deleted at a time (DeleteObjects' limit); listing again from
      // the start after each page is correct because the page just listed is gone
      for (;;) {
        const page = await client.send(new ListObjectsV2Command({ Bucket: options.bucket, Prefix: prefix + keyPrefix, MaxKeys: 1000 }));
        const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
        if (!keys.length) return { deleted };
        const out = await client.send(new DeleteObjectsCommand({ Bucket: options.bucket, Delete: { Objects: keys, Quiet: true } }));
        if (out.Errors?.length)
          throw new Error(`S3 could not delete ${out.Errors.length} objects under ${keyPrefix}: ${out.Errors[0].Message}`);
        deleted += keys.length;
      }
    },

    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
        return true;
      } catch (e) {
        if (isNotFound(e)) return false;
        throw e;
      }
    },

    async checkBucket() {
      await client.send(new HeadBucketCommand({ Bucket: options.bucket }));
    },
  };
}
