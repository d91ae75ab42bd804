// A loopback webhook receiver, as a customer would run one: it verifies each request's Standard
// Webhooks signature with the endpoint secret (the reference library, independent of our signing
// code path) and answers 401 to a bad one. A script of statuses lets a test make it fail N times.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  verified: boolean;
  error?: string;
  answered: number;
}

export async function startWebhookReceiver(options: { secret?: string } = {}) {
  let secret = options.secret;
  const received: ReceivedWebhook[] = [];
  const script: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let verified = false;
      let error: string | undefined;
      try {
        if (!secret) throw new Error("no secret set");
        new Webhook(secret).verify(body, headers);
        verified = true;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const answered = !verified ? 401 : (script.shift() ?? 200);
      received.push({ headers, body, verified, error, answered });
      res.writeHead(answered, { "content-type": "text/plain" }).end(answered < 300 ? "ok, thanks" : `nope ${answered} ${"x".repeat(900)}`);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    setSecret: (s: string) => void (secret = s),
    /** the next answers (after a good signature), e.g. [500, 503] then 200s */
    answerNext: (...statuses: number[]) => void script.push(...statuses),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
