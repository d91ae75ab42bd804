// The raw baselines of bench:http, a bare node:http server started in its own process so its CPU is
// counted apart from the app's. Same rows, same disk work as the app, nothing else:
//   POST /raw/events/:sessionId     read the JSON body, one multi-row INSERT into "SessionEvent"
//   PUT  /raw/chunks/:sessionId/:i  stream the body to a temp file, fsync, rename, one INSERT into "MediaChunk"
//   POST /noop/events/:id, PUT /noop/chunks/:id/:i, GET /noop/health   drain the body and answer
// Usage: tsx baseline-server.ts <port> <databaseUrl> <dataDir>
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";

const [port, databaseUrl, dataDir] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const mediaDir = path.join(dataDir, "raw-media");
fs.mkdirSync(mediaDir, { recursive: true });

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

interface WireEvent {
  id: string;
  type: string;
  offsetMs: number;
  url?: string;
  data?: unknown;
}

async function insertEvents(sessionId: string, events: WireEvent[]) {
  const values: unknown[] = [];
  const rows = events.map((e, r) => {
    values.push(`raw${randomUUID()}`, sessionId, e.id, e.type, e.offsetMs, e.url ?? null, JSON.stringify(e.data ?? {}));
    const p = r * 7;
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}::"SessionEventType", $${p + 5}, $${p + 6}, $${p + 7}::jsonb)`;
  });
  await pool.query(
    `INSERT INTO "SessionEvent" ("id", "sessionId", "clientEventId", "type", "offsetMs", "url", "data") VALUES ${rows.join(", ")} ON CONFLICT DO NOTHING`,
    values,
  );
}

async function storeChunk(req: http.IncomingMessage, sessionId: string, index: number) {
  const key = `${sessionId}-${index}.webm`;
  const tmp = path.join(mediaDir, `.${key}.${randomUUID()}`);
  const file = await fs.promises.open(tmp, "w");
  let size = 0;
  try {
    for await (const part of req) {
      size += (part as Buffer).length;
      await file.write(part as Buffer);
    }
    await file.sync();
  } finally {
    await file.close();
  }
  await fs.promises.rename(tmp, path.join(mediaDir, key));
  await pool.query(
    `INSERT INTO "MediaChunk" ("id", "sessionId", "kind", "chunkIndex", "storageKey", "sizeBytes", "mimeType") VALUES ($1, $2, 'audio', $3, $4, $5, 'audio/webm')`,
    [`raw${randomUUID()}`, sessionId, index, `raw/${key}`, size],
  );
}

const server = http.createServer(async (req, res) => {
  const [, mode, what, sessionId, index] = (req.url ?? "").split("?")[0].split("/");
  try {
    if (mode === "raw" && what === "events") {
      const { events } = JSON.parse((await readBody(req)).toString("utf8")) as { events: WireEvent[] };
      await insertEvents(sessionId, events);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ accepted: events.length }));
    } else if (mode === "raw" && what === "chunks") {
      await storeChunk(req, sessionId, Number(index));
      res.writeHead(201, { "content-type": "application/json" }).end('{"created":true}');
    } else if (mode === "noop") {
      await readBody(req);
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    } else {
      res.writeHead(404).end();
    }
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
