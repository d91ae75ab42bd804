// The media storage contract shared by the local-disk and S3 drivers. Bodies are streamed both
// ways: a driver never holds a whole object in memory.
import type { Readable } from "node:stream";

export type BodySource = Readable | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface PutOptions {
  contentType: string;
  /** bytes, when known (Content-Length); a driver that needs it (S3) spools unknown lengths to disk */
  contentLength?: number;
}

export interface StoredObject {
  body: Readable;
  size: number;
  contentType?: string;
}

export interface MediaStorage {
  readonly driver: "local" | "s3";
  /**
   * Stores the object atomically: readers see the old object (or none) until the whole body has
   * arrived. When the body stream fails, nothing is left behind and the error is rethrown.
   */
  put(key: string, body: BodySource, options: PutOptions): Promise<{ size: number }>;
  /** The object's bytes as a stream, or null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /**
   * Removes every object whose key starts with `prefix` (a key prefix ending in "/", e.g.
   * "projects/<id>/"); removing nothing is not an error. Returns how many objects were removed.
   */
  deletePrefix(prefix: string): Promise<{ deleted: number }>;
}

/** A prefix is a valid key followed by "/": it names a folder and cannot escape the storage root. */
export function assertValidPrefix(prefix: string): void {
  if (!prefix.endsWith("/")) throw new Error(`Invalid storage prefix: ${JSON.stringify(prefix)}`);
  assertValidKey(prefix.slice(0, -1));
}

/** Thrown by put() when the stored size differs from the announced contentLength. */
export class StorageLengthMismatch extends Error {
  constructor(
    public readonly expected: number,
    public readonly actual: number,
  ) {
    super(`Body was ${actual} bytes, ${expected} announced`);
    this.name = "StorageLengthMismatch";
  }
}

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/**
 * Keys are relative, slash-separated paths of safe characters (no "..", no leading slash, no
 * empty segments), so a key maps to the same place on disk and in a bucket and cannot escape either.
 */
export function assertValidKey(key: string): void {
  if (key.length > 512 || !KEY_PATTERN.test(key) || key.split("/").some((s) => s === "." || s === "..")) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}
