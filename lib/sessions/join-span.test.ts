// Real MediaRecorder timeslices from Chromium (tests/fixtures/audio/speech-timeslices: a sentence,
// then silence, in six 1 s timeslices of one run) go through the ingestion API as one span and are
// joined back into a file that decodes — checked with ffmpeg when the machine has it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PUT as putChunk } from "@/app/api/sdk/sessions/[sessionId]/chunks/[kind]/[index]/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { joinSpan } from "./join-span";

afterAll(() => fs.rmSync(path.resolve(env().DATA_DIR), { recursive: true, force: true }));

const FIXTURE = path.resolve("tests/fixtures/audio/speech-timeslices");
const parts = fs
  .readdirSync(FIXTURE)
  .filter((f) => f.endsWith(".webm"))
  .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
  .map((f) => fs.readFileSync(path.join(FIXTURE, f)));

const hasFfmpeg = spawnSync("ffmpeg", ["-version"]).status === 0;

/** Decodes a file with ffmpeg to 16 kHz mono samples; null when ffmpeg cannot decode it. */
function decode(bytes: Buffer): Int16Array | null {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "span-")), "in.webm");
  fs.writeFileSync(file, bytes);
  const out = spawnSync("ffmpeg", ["-v", "error", "-i", file, "-ac", "1", "-ar", "16000", "-f", "s16le", "-"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  if (out.status !== 0 || out.stdout.length === 0) return null;
  return new Int16Array(out.stdout.buffer, out.stdout.byteOffset, out.stdout.length / 2);
}

const rms = (samples: Int16Array) => Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / Math.max(1, samples.length));

async function upload(key: string, sessionId: string, index: number, body: Buffer) {
  const req = new Request(`http://localhost:3000/api/sdk/sessions/${sessionId}/chunks/audio/${index}?key=${key}`, {
    method: "PUT",
    headers: {
      "content-type": "audio/webm;codecs=opus",
      "content-length": String(body.length),
      "x-span-start-index": "0",
      "x-chunk-start-ms": String(index * 1000),
      "x-chunk-duration-ms": "1000",
    },
    body,
    duplex: "half",
  } as RequestInit);
  return putChunk(req, { params: Promise.resolve({ sessionId, kind: "audio", index: String(index) }) });
}

describe("joining a span of real Chromium timeslices", () => {
  it("the fixture is what MediaRecorder gives: only the first timeslice has the EBML header", () => {
    expect(parts.length).toBe(6);
    expect(parts[0].subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBe(true);
    expect(parts.slice(1).some((p) => p.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])))).toBe(false);
  });

  it("uploaded as a span and joined, the timeslices are one decodable file: speech first, then silence", async () => {
    const owner = await createOwnerWithProject(db);
    const session = await createSession(db, {
      projectId: owner.project.id,
      status: "active",
      consents: { recording: true, analytics: true },
    });
    for (const [i, bytes] of parts.entries()) expect((await upload(owner.publicKey, session.id, i, bytes)).status).toBe(201);
    const chunks = await db.mediaChunk.findMany({ where: { sessionId: session.id }, orderBy: { chunkIndex: "asc" } });
    expect(chunks.every((c) => c.spanStartIndex === 0)).toBe(true);

    const joined = await joinSpan(chunks);
    expect(joined).toMatchObject({ missing: [], first: true });
    expect(joined.bytes.equals(Buffer.concat(parts))).toBe(true);

    if (hasFfmpeg) {
      const samples = decode(joined.bytes);
      expect(samples).not.toBeNull();
      // a MediaRecorder WebM has no duration in its header: measure it by decoding
      expect(samples!.length / 16_000).toBeGreaterThan(5.5);
      expect(samples!.length / 16_000).toBeLessThan(6.5);
      const speech = rms(samples!.subarray(0, 4 * 16_000));
      const silence = rms(samples!.subarray(Math.round(4.6 * 16_000)));
      expect(speech).toBeGreaterThan(1000);
      expect(silence).toBeLessThan(speech / 20);
      // …while a continuation alone is not a file
      expect(decode(parts[2])).toBeNull();
    }
  });
});
