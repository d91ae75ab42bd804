// What every fuzzed request must get: a 2xx or a 4xx, never a 5xx; JSON (an SSE stream for a streamed
// interview reply, nothing for 204); on a 4xx the documented { error: { code, message, details? } };
// and on a 4xx nothing stored (row counts of every table before and after, rate-limit counters aside).
import { afterAll, expect } from "vitest";
import { db } from "@/lib/db";
import type { Body } from "./hostile-input";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface Call {
  method: string;
  path: string;
  query?: [string, string][];
  params?: Record<string, string>;
  headers?: Record<string, string | undefined>;
  contentType?: string;
  body?: Body;
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

function requestOf(call: Call): Request {
  const url = new URL(`http://localhost:3000${call.path}`);
  for (const [k, v] of call.query ?? []) url.searchParams.append(k, v);
  const headers = new Headers();
  for (const [k, v] of Object.entries(call.headers ?? {})) if (v !== undefined) headers.set(k, v);
  let payload: string | Uint8Array | undefined;
  const b = call.body ?? { kind: "none" };
  if (b.kind === "json") payload = b.value === undefined ? undefined : JSON.stringify(b.value);
  else if (b.kind === "text") payload = b.text;
  else if (b.kind === "bytes") payload = b.bytes;
  if (call.contentType !== undefined) headers.set("content-type", call.contentType);
  return new Request(url, { method: call.method, headers, body: call.method === "GET" ? undefined : (payload as BodyInit | undefined) });
}

export async function callHandler(handler: Handler, call: Call): Promise<Answer> {
  const res = await handler(requestOf(call), { params: Promise.resolve(call.params ?? {}) });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
}

const TABLES = [
  "User",
  "ApiToken",
  "Project",
  "Membership",
  "Invitation",
  "ProjectKey",
  "Screener",
  "ScreenerQuestion",
  "ScreenerResponse",
  "Session",
  "SessionMessage",
  "SessionEvent",
  "SessionActivity",
  "MediaChunk",
  "ProcessingRun",
  "Signal",
  "Task",
  "TaskSignal",
  "TaskStatusChange",
  "Implementation",
  "Measurement",
  "GithubConnection",
  "GithubWebhookDelivery",
  "OutboxEvent",
  "CliAuthorization",
  "LlmUsage",
];
const COUNT_SQL = `SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`;

/** Rows per table (RateLimit left out: refusals count against limits by design). */
export async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(COUNT_SQL);
  return row;
}

/** Asserts the answer is safe; `label` names the request in a failure. */
export function expectSafeAnswer(answer: Answer, label: string): void {
  const where = `${label} → ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, where).toBeGreaterThanOrEqual(200);
  expect(answer.status, where).toBeLessThan(500);
  if (answer.status === 204) return;
  if (answer.contentType.startsWith("text/event-stream")) {
    expect(answer.status, where).toBeLessThan(300);
    return;
  }
  expect(answer.contentType, where).toMatch(/^application\/json/);
  const json = JSON.parse(answer.text);
  if (answer.status >= 400) {
    expect(json, where).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) });
    expect(
      Object.keys(json.error).every((k) => ["code", "message", "details"].includes(k)),
      where,
    ).toBe(true);
  }
}

/** Statuses seen per endpoint: a property that never reaches a 2xx only exercises validation. */
const statusesSeen = new Map<string, number[]>();
afterAll(() => {
  if (process.env.FUZZ_STATS) for (const [endpoint, statuses] of statusesSeen) console.log(`fuzz statuses: ${endpoint} ${tally(statuses)}`);
});

/** "200×3 400×12 …" */
const tally = (statuses: number[]) =>
  [...new Set(statuses)]
    .sort()
    .map((st) => `${st}×${statuses.filter((x) => x === st).length}`)
    .join(" ");

/** Calls, checks the answer, and on a 4xx checks that no table gained or lost a row. */
export async function callAndCheck(handler: Handler, call: Call): Promise<Answer> {
  const before = await rowCounts();
  const answer = await callHandler(handler, call);
  statusesSeen.set(`${call.method} ${call.path}`, [...(statusesSeen.get(`${call.method} ${call.path}`) ?? []), answer.status]);
  const label = `${call.method} ${call.path} ${short(JSON.stringify({ params: call.params, query: call.query, headers: call.headers, contentType: call.contentType }))} body: ${describeBody(call.body)}`;
  expectSafeAnswer(answer, label);
  if (answer.status >= 400) expect(await rowCounts(), `${label} → ${answer.status}: stored something on refusal`).toEqual(before);
  return answer;
}

const short = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text);

function describeBody(b: Body | undefined): string {
  if (!b || b.kind === "none") return "none";
  return short(
    b.kind === "json"
      ? (JSON.stringify(b.value) ?? "undefined")
      : b.kind === "text"
        ? JSON.stringify(b.text)
        : `bytes ${Buffer.from(b.bytes).toString("hex")}`,
  );
}

let ipCounter = 0;
/** A fresh client address per request, so per-IP limits do not end the run in 429s. */
export const freshIp = () => `10.250.${Math.floor(++ipCounter / 250) % 250}.${ipCounter % 250}`;
