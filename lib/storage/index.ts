// The app's media storage, chosen by the environment: an S3-compatible bucket when S3_BUCKET is
// set, otherwise local disk under DATA_DIR/media.
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { createLocalDiskStorage } from "./local-disk-storage";
import type { MediaStorage } from "./media-storage";
import { createS3Storage } from "./s3-storage";

export type { BodySource, MediaStorage, PutOptions, StoredObject } from "./media-storage";
export { StorageLengthMismatch } from "./media-storage";

let storage: MediaStorage | undefined;
let check: (() => Promise<void>) | undefined;

export function mediaStorage(): MediaStorage {
  if (storage) return storage;
  const e = env();
  if (e.S3_BUCKET) {
    const s3 = createS3Storage({
      bucket: e.S3_BUCKET,
      region: e.S3_REGION,
      endpoint: e.S3_ENDPOINT,
      forcePathStyle: e.S3_FORCE_PATH_STYLE,
      credentials:
        e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
          : undefined,
      spoolDir: path.resolve(e.DATA_DIR, "tmp"),
    });
    check = () => s3.checkBucket();
    storage = s3;
  } else {
    const root = path.resolve(e.DATA_DIR, "media");
    check = async () => {
      await fs.mkdir(root, { recursive: true });
      await fs.access(root, fs.constants.W_OK);
    };
    storage = createLocalDiskStorage({ root });
  }
  return storage;
}

/** For the health check: resolves when media can be written (bucket reachable / directory writable). */
export async function checkMediaStorage(): Promise<{ driver: MediaStorage["driver"] }> {
  const s = mediaStorage();
  await check!();
  return { driver: s.driver };
}
