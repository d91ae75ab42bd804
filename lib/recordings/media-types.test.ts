import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkContainer, parseChunkContentType, sniffContainer } from "./media-types";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("parseChunkContentType", () => {
  it("accepts the audio and video types of each kind, normalizing case and the codecs parameter", () => {
    expect(parseChunkContentType("audio/webm;codecs=opus", "audio")).toEqual({
      mimeType: "audio/webm;codecs=opus",
      container: "webm",
      ext: "webm",
    });
    expect(parseChunkContentType('Audio/Ogg; Codecs="Opus"', "audio")).toMatchObject({
      mimeType: "audio/ogg;codecs=opus",
      container: "ogg",
    });
    expect(parseChunkContentType("audio/mp4", "audio")).toMatchObject({ container: "mp4", ext: "m4a" });
    expect(parseChunkContentType("audio/wav", "audio")).toMatchObject({ container: "wav", ext: "wav" });
    expect(parseChunkContentType("video/webm;codecs=vp9,opus", "screen")).toMatchObject({ mimeType: "video/webm;codecs=vp9,opus" });
    expect(parseChunkContentType('video/mp4; codecs="avc1.42E01E, mp4a.40.2"', "screen")).toMatchObject({
      mimeType: "video/mp4;codecs=avc1.42e01e,mp4a.40.2",
      ext: "mp4",
    });
    // other parameters are allowed and dropped
    expect(parseChunkContentType("audio/webm; rate=48000", "audio").mimeType).toBe("audio/webm");
  });

  it("refuses everything else with 415", () => {
    for (const [header, kind] of [
      [null, "audio"],
      ["", "audio"],
      ["audio/mpeg", "audio"],
      ["audio/webm", "screen"],
      ["video/webm", "audio"],
      ["application/octet-stream", "audio"],
      ["audio/webm;codecs=<x>", "audio"],
      ["audio/webm garbage", "audio"],
      ["audio/" + "x".repeat(300), "audio"],
    ] as const) {
      const error = (() => {
        try {
          parseChunkContentType(header, kind);
        } catch (e) {
          return e;
        }
      })();
      expect(error, String(header)).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(415);
    }
  });
});

describe("sniffContainer", () => {
  it("recognises EBML (webm), OggS, ftyp (mp4) and RIFF/WAVE", () => {
    expect(sniffContainer(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42]))).toBe("webm");
    expect(sniffContainer(bytes("OggS", [0, 2]))).toBe("ogg");
    expect(sniffContainer(bytes([0, 0, 0, 0x1c], "ftypM4A "))).toBe("mp4");
    expect(sniffContainer(bytes("RIFF", [0x24, 0x08, 0, 0], "WAVEfmt "))).toBe("wav");
  });

  it("answers null for anything else, including too few bytes", () => {
    expect(sniffContainer(bytes("RIFF", [0, 0, 0, 0], "AVI "))).toBeNull();
    expect(sniffContainer(bytes("ID3", [4, 0]))).toBeNull();
    expect(sniffContainer(bytes([0x1a, 0x45]))).toBeNull();
    expect(sniffContainer(bytes("<html>"))).toBeNull();
  });
});

describe("checkContainer", () => {
  const webm = { mimeType: "audio/webm", container: "webm" as const, ext: "webm" };
  async function collect(parts: Buffer[]) {
    const out: Buffer[] = [];
    for await (const p of checkContainer(
      (async function* () {
        yield* parts;
      })(),
      webm,
    ))
      out.push(Buffer.from(p));
    return Buffer.concat(out);
  }

  it("passes every byte through once the head matches, even when it arrives one byte at a time", async () => {
    const data = bytes([0x1a, 0x45, 0xdf, 0xa3], "rest of the segment");
    expect((await collect([...data].map((b) => Buffer.from([b])))).equals(data)).toBe(true);
  });

  it("fails before yielding anything when the head does not match", async () => {
    await expect(collect([bytes("OggS"), bytes("more")])).rejects.toMatchObject({ status: 415 });
    await expect(collect([])).rejects.toMatchObject({ status: 400 });
  });
});
