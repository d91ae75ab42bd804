// A loopback stand-in for Inngest's event API (POST /e/:eventKey), so the real Inngest SDK's send
// path runs in tests. Point the SDK at it with INNGEST_DEV=<url>. It can be "down" (503) on demand.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEvent {
  id?: string;
  name: string;
  data: Record<string, unknown>;
}

export async function startFakeInngest() {
  const received: ReceivedEvent[] = [];
  let down = false;
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "POST" && req.url?.startsWith("/e/")) {
        if (down) {
          res.writeHead(503, { "content-type": "application/json" });
          return res.end(JSON.stringify({ error: "fake inngest is down", status: 503 }));
        }
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "[]");
        const events: ReceivedEvent[] = Array.isArray(body) ? body : [body];
        received.push(...events);
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ ids: events.map(() => `01FAKE${String(++counter).padStart(20, "0")}`), status: 200 }));
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    setDown(value: boolean) {
      down = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
