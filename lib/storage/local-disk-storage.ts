// Media on local disk (default: DATA_DIR/media). Objects are written to a temporary file beside
// their final path, flushed with fsync, then renamed into place, so a reader never sees a partial
// object and a failed upload leaves nothing behind.
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { iterateBody } from "./body-source";
import { assertValidKey, assertValidPrefix, type MediaStorage, StorageLengthMismatch } from "./media-storage";

const PARTIAL_SUFFIX = ".partial";
// network reads arrive in parts of a few KB; each write is a trip to libuv's thread pool, so they
// are gathered first (a 1 MB audio chunk is then one writev)
const WRITE_BATCH = 1024 * 1024;

/** The buffers left after the first `n` bytes were written (writev may write less than asked). */
function skipBytes(buffers: Uint8Array[], n: number): Uint8Array[] {
  const rest: Uint8Array[] = [];
  for (const b of buffers) {
    if (n >= b.byteLength) n -= b.byteLength;
    else {
      rest.push(n ? b.subarray(n) : b);
      n = 0;
    }
  }
  return rest;
}

export function createLocalDiskStorage(options: { root: string }): MediaStorage {
  const root = path.resolve(options.root);

  // directories known to exist, so that an upload does not pay a mkdir; one that was removed since
  // is created again when opening a file in it fails
  const knownDirectories = new LRUCache<string, true>({ max: 10_000 });
  async function openNew(file: string) {
    const dir = path.dirname(file);
    if (!knownDirectories.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      knownDirectories.set(dir, true);
    }
    try {
      return await fs.open(file, "wx", 0o640);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      await fs.mkdir(dir, { recursive: true });
      return fs.open(file, "wx", 0o640);
    }
  }

  const pathFor = (key: string) => {
    assertValidKey(key);
    return path.join(root, key);
  };

  async function syncDirectory(dir: string) {
    // makes the rename itself durable; some filesystems refuse fsync on directories, which is harmless
    const handle = await fs.open(dir, "r").catch(() => null);
    if (!handle) return;
    await handle.sync().catch(() => {});
    await handle.close();
  }

  return {
    driver: "local",

    async put(key, body, { contentLength }) {
      const target = pathFor(key);
      const temp = `${target}.${randomBytes(8).toString("hex")}${PARTIAL_SUFFIX}`;
      const handle = await openNew(temp);
      let size = 0;
      let closed = false;
      try {
        let batch: Uint8Array[] = [];
        let batched = 0;
        const flush = async () => {
          let pending = batch;
          while (pending.length) {
            const { bytesWritten } = await handle.writev(pending);
            pending = skipBytes(pending, bytesWritten);
          }
          batch = [];
          batched = 0;
        };
        for await (const chunk of iterateBody(body)) {
          batch.push(chunk);
          batched += chunk.byteLength;
          size += chunk.byteLength;
          if (batched >= WRITE_BATCH) await flush();
        }
        await flush();
        if (contentLength !== undefined && size !== contentLength) throw new StorageLengthMismatch(contentLength, size);
        await handle.sync();
        await handle.close();
        closed = true;
        await fs.rename(temp, target);
      } catch (e) {
        if (!closed) await handle.close().catch(() => {});
        await fs.rm(temp, { force: true });
        throw e;
      }
      await syncDirectory(path.dirname(target));
      return { size };
    },

    async get(key) {
      const file = pathFor(key);
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) return null;
        return { body: createReadStream(file), size: stat.size };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },

    async delete(key) {
      await fs.rm(pathFor(key), { force: true });
    },

    async deletePrefix(prefix) {
      assertValidPrefix(prefix);
      const dir = path.join(root, prefix);
      const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return [];
        throw e;
      });
      const deleted = entries.filter((d) => d.isFile()).length;
      await fs.rm(dir, { recursive: true, force: true });
      knownDirectories.clear();
      return { deleted };
    },

    async exists(key) {
      try {
        return (await fs.stat(pathFor(key))).isFile();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw e;
      }
    },
  };
}
