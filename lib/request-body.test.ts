import { describe, expect, it } from "vitest";
import { limitedBody, readBodyStream, readJsonBody, readTextBody } from "./request-body";

const stream = (...parts: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const p of parts) c.enqueue(new TextEncoder().encode(p));
      c.close();
    },
  });

async function drain(body: AsyncIterable<Uint8Array>) {
  let n = 0;
  for await (const p of body) n += p.byteLength;
  return n;
}

const req = (body: string | undefined, headers: Record<string, string>) =>
  new Request("http://localhost/x", {
    method: "POST",
    body,
    headers: { ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}), ...headers },
  });

describe("limitedBody", () => {
  it("yields everything under the limit", async () => {
    expect(await drain(limitedBody(stream("abc", "def"), { maxBytes: 6, declaredLength: 6 }))).toBe(6);
  });

  it("fails with 413 past the limit or past the declared length, with 400 when shorter than declared", async () => {
    await expect(drain(limitedBody(stream("abc", "defg"), { maxBytes: 6 }))).rejects.toMatchObject({ status: 413 });
    await expect(drain(limitedBody(stream("abc", "def"), { maxBytes: 100, declaredLength: 4 }))).rejects.toMatchObject({ status: 413 });
    await expect(drain(limitedBody(stream("abc"), { maxBytes: 100, declaredLength: 4 }))).rejects.toMatchObject({ status: 400 });
  });

  it("turns a failing request stream into a 400 'interrupted'", async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (c) => c.error(new Error("ECONNRESET")) });
    await expect(drain(limitedBody(broken, { maxBytes: 100 }))).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("interrupted"),
    });
  });
});

describe("readJsonBody, beacon format (the SDK's event batches)", () => {
  const beacon = (r: Request) => readJsonBody(r, { maxBytes: 100, format: "beacon" });

  it("parses JSON sent as application/json or text/plain", async () => {
    expect(await beacon(req('{"a":1}', { "content-type": "application/json" }))).toEqual({ a: 1 });
    expect(await beacon(req('{"a":2}', { "content-type": "text/plain;charset=UTF-8" }))).toEqual({ a: 2 });
  });

  it("refuses other types (415), oversized (413), malformed Content-Length, empty or invalid JSON (400)", async () => {
    await expect(beacon(req("{}", { "content-type": "application/xml" }))).rejects.toMatchObject({ status: 415 });
    await expect(beacon(req("x".repeat(101), { "content-type": "application/json" }))).rejects.toMatchObject({ status: 413 });
    await expect(beacon(req("{}", { "content-type": "application/json", "content-length": "2x" }))).rejects.toMatchObject({ status: 400 });
    await expect(beacon(req(" ", { "content-type": "application/json" }))).rejects.toMatchObject({ status: 400 });
    await expect(beacon(req("{", { "content-type": "application/json" }))).rejects.toMatchObject({ status: 400 });
  });
});

describe("readJsonBody, json format (every other route)", () => {
  const json = (r: Request) => readJsonBody(r, { maxBytes: 100 });

  it("parses application/json; an absent or blank body is {} so optional bodies may be left out", async () => {
    expect(await json(req('{"a":1}', { "content-type": "application/json; charset=utf-8" }))).toEqual({ a: 1 });
    expect(await json(req(undefined, {}))).toEqual({});
    expect(await json(req("", { "content-type": "text/plain" }))).toEqual({});
    expect(await json(req("  ", { "content-type": "application/json" }))).toEqual({});
  });

  it("refuses text/plain with a body (415), oversized bodies with or without Content-Length (413), too-deep JSON (400)", async () => {
    await expect(json(req('{"a":1}', { "content-type": "text/plain" }))).rejects.toMatchObject({ status: 415 });
    await expect(json(req(`"${"x".repeat(120)}"`, { "content-type": "application/json" }))).rejects.toMatchObject({ status: 413 });
    const chunked = new Request("http://localhost/x", {
      method: "POST",
      body: stream("[", "1".repeat(150), "]"),
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    await expect(json(chunked)).rejects.toMatchObject({ status: 413 });
    const deep = req("[".repeat(65) + "]".repeat(65), { "content-type": "application/json" });
    await expect(readJsonBody(deep, { maxBytes: 1000 })).rejects.toMatchObject({ status: 400, details: { maxDepth: 64 } });
  });
});

describe("readBodyStream (media chunks)", () => {
  it("refuses an oversized Content-Length before reading, and enforces the limit while the handler reads", async () => {
    expect(() => readBodyStream(req("x".repeat(11), { "content-type": "audio/webm" }), 10)).toThrow(
      expect.objectContaining({ status: 413 }),
    );
    const ok = readBodyStream(req("x".repeat(10), { "content-type": "audio/webm" }), 10);
    expect(ok.declaredLength).toBe(10);
    expect(await drain(ok.chunks!)).toBe(10);
    const chunked = new Request("http://localhost/x", { method: "PUT", body: stream("xxxxxx", "xxxxxx"), duplex: "half" } as RequestInit);
    const over = readBodyStream(chunked, 10);
    expect(over.declaredLength).toBeUndefined();
    await expect(drain(over.chunks!)).rejects.toMatchObject({ status: 413 });
    expect(readBodyStream(new Request("http://localhost/x", { method: "PUT" }), 10).chunks).toBeNull();
  });
});

describe("readTextBody (signed webhooks)", () => {
  it("returns the exact text whatever its type, under the limit (413 from Content-Length or while reading)", async () => {
    expect(await readTextBody(req('{"b":1, "a":2}', { "content-type": "application/x-www-form-urlencoded" }), 100)).toBe('{"b":1, "a":2}');
    await expect(readTextBody(req("x".repeat(101), {}), 100)).rejects.toMatchObject({ status: 413 });
    const chunked = new Request("http://localhost/x", {
      method: "POST",
      body: stream("x".repeat(60), "x".repeat(60)),
      duplex: "half",
    } as RequestInit);
    await expect(readTextBody(chunked, 100)).rejects.toMatchObject({ status: 413 });
  });
});
