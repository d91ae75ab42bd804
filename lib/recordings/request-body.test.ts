import { describe, expect, it } from "vitest";
import { limitedBody, readJsonWithLimit } from "./request-body";

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
    await expect(drain(limitedBody(broken, { maxBytes: 100 }))).rejects.toMatchObject({ status: 400, message: expect.stringContaining("interrupted") });
  });
});

describe("readJsonWithLimit", () => {
  const req = (body: string, headers: Record<string, string>) =>
    new Request("http://localhost/x", { method: "POST", body, headers: { "content-length": String(Buffer.byteLength(body)), ...headers } });

  it("parses JSON sent as application/json or text/plain", async () => {
    expect(await readJsonWithLimit(req('{"a":1}', { "content-type": "application/json" }), 100)).toEqual({ a: 1 });
    expect(await readJsonWithLimit(req('{"a":2}', { "content-type": "text/plain;charset=UTF-8" }), 100)).toEqual({ a: 2 });
  });

  it("refuses other types (415), oversized (413), malformed Content-Length, empty or invalid JSON (400)", async () => {
    await expect(readJsonWithLimit(req("{}", { "content-type": "application/xml" }), 100)).rejects.toMatchObject({ status: 415 });
    await expect(readJsonWithLimit(req("x".repeat(101), { "content-type": "application/json" }), 100)).rejects.toMatchObject({ status: 413 });
    await expect(readJsonWithLimit(req("{}", { "content-type": "application/json", "content-length": "2x" }), 100)).rejects.toMatchObject({ status: 400 });
    await expect(readJsonWithLimit(req(" ", { "content-type": "application/json" }), 100)).rejects.toMatchObject({ status: 400 });
    await expect(readJsonWithLimit(req("{", { "content-type": "application/json" }), 100)).rejects.toMatchObject({ status: 400 });
  });
});
