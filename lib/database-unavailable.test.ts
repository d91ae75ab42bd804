// A PostgreSQL server that is starting up after a crash, shutting down or full answers the
// connection with a FATAL error (57P03, 57P01, 53300…). Requests that reach it must be a 503 with
// Retry-After, never a 500. The server here speaks the real wire protocol: it reads the startup
// message and answers the ErrorResponse PostgreSQL itself sends, so the whole chain — pg, Prisma's
// adapter, the Prisma client, our error mapping — is what production runs.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { isDatabaseUnavailable } from "./errors";
import { toErrorResponse } from "./http";

let fatal = { code: "57P03", message: "the database system is starting up" };
const server = net.createServer((socket) => {
  socket.once("data", () => {
    const fields = Buffer.concat(
      [
        ["S", "FATAL"],
        ["V", "FATAL"],
        ["C", fatal.code],
        ["M", fatal.message],
      ].map(([k, v]) => Buffer.from(`${k}${v}\0`)),
    );
    const body = Buffer.concat([fields, Buffer.from([0])]);
    const header = Buffer.alloc(5);
    header.write("E", 0);
    header.writeInt32BE(body.length + 4, 1);
    socket.end(Buffer.concat([header, body]));
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `postgresql://postgres@127.0.0.1:${(server.address() as net.AddressInfo).port}/usertests`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function queryError(): Promise<unknown> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 2000 }) });
  try {
    await client.user.findFirst();
    throw new Error("expected the query to fail");
  } catch (e) {
    return e;
  } finally {
    await client.$disconnect().catch(() => {});
  }
}

describe("database unavailable", () => {
  for (const state of [
    { code: "57P03", message: "the database system is starting up" },
    { code: "57P03", message: "the database system is not yet accepting connections" },
    { code: "57P01", message: "terminating connection due to administrator command" },
    { code: "53300", message: "sorry, too many clients already" },
  ]) {
    it(`${state.code} "${state.message}" is a 503 with Retry-After`, async () => {
      fatal = state;
      const error = await queryError();
      expect(isDatabaseUnavailable(error)).toBe(true);
      const res = toErrorResponse(error, new Request("http://localhost/api/v1/projects"));
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = await res.json();
      expect(body.error.code).toBe("service_unavailable");
      expect(JSON.stringify(body)).not.toContain(state.message);
    });
  }

  it("a query that is simply wrong is not mistaken for an outage", () => {
    expect(
      isDatabaseUnavailable({ name: "DriverAdapterError", message: "relation does not exist", cause: { kind: "postgres", code: "42P01" } }),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
  });
});
