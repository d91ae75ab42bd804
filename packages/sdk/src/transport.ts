// HTTP to the ingestion API: the public key travels in the query string (sendBeacon cannot set
// headers), cookies are never sent.
import { backoffDelay, isRetryable, retryAfterMs } from "./backoff";

export interface Reply {
  status: number;
  data: Record<string, unknown> | null;
  retryAfter: number;
}

export type Transport = ReturnType<typeof createTransport>;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createTransport(endpoint: string, key: string) {
  const url = (path: string) => `${endpoint}/api/sdk/sessions${path}?key=${encodeURIComponent(key)}`;

  async function call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply> {
    const raw = body instanceof Blob;
    try {
      const res = await fetch(url(path), {
        method,
        body: raw ? (body as Blob) : body === undefined ? undefined : JSON.stringify(body),
        headers: raw || body === undefined ? headers : { "content-type": "application/json" },
        credentials: "omit",
      });
      let data = null;
      try {
        data = await res.json();
      } catch {
        // no JSON body
      }
      return { status: res.status, data, retryAfter: retryAfterMs(res.headers.get("retry-after")) };
    } catch {
      return { status: 0, data: null, retryAfter: 0 }; // offline, DNS, CORS refusal…
    }
  }

  /** call() with retries on network errors, 429 and 5xx; answers the last reply. */
  async function retrying(method: string, path: string, body?: unknown, attempts = 4): Promise<Reply> {
    for (let attempt = 0; ; attempt++) {
      const reply = await call(method, path, body);
      if (!isRetryable(reply.status) || attempt + 1 >= attempts) return reply;
      await sleep(backoffDelay(attempt, { baseMs: 500, maxMs: 8000 }, reply.retryAfter));
    }
  }

  /** Queues a JSON body with navigator.sendBeacon: a string is sent as text/plain, no preflight needed. */
  const beacon = (path: string, body: unknown): boolean => {
    try {
      return navigator.sendBeacon(url(path), JSON.stringify(body));
    } catch {
      return false;
    }
  };

  return { call, retrying, beacon };
}

export const ok = (r: Reply) => r.status >= 200 && r.status < 300;

export function failure(what: string, r: Reply): Error & { status?: number; code?: string } {
  const e = r.data?.error as { code?: string; message?: string } | undefined;
  return Object.assign(new Error(`UserTests: ${what} failed (${r.status || "network"})${e?.message ? ": " + e.message : ""}`), {
    status: r.status,
    code: e?.code,
  });
}
