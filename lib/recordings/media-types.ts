// Which media a chunk may be: the declared Content-Type must be a real audio (audio chunks) or video
// (screen chunks) type, and the first bytes must be that container's signature.
import { AppError } from "@/lib/errors";

export type MediaKind = "audio" | "screen";
export type Container = "webm" | "ogg" | "mp4" | "wav";

const TYPES: Record<string, { kind: MediaKind; container: Container; ext: string }> = {
  "audio/webm": { kind: "audio", container: "webm", ext: "webm" },
  "audio/ogg": { kind: "audio", container: "ogg", ext: "ogg" },
  "audio/mp4": { kind: "audio", container: "mp4", ext: "m4a" },
  "audio/wav": { kind: "audio", container: "wav", ext: "wav" },
  "video/webm": { kind: "screen", container: "webm", ext: "webm" },
  "video/mp4": { kind: "screen", container: "mp4", ext: "mp4" },
};

export const ACCEPTED_TYPES: Record<MediaKind, string[]> = {
  audio: Object.keys(TYPES).filter((t) => TYPES[t].kind === "audio"),
  screen: Object.keys(TYPES).filter((t) => TYPES[t].kind === "screen"),
};

export interface ChunkMediaType {
  /** normalized: base type plus the codecs parameter when given, e.g. `audio/webm;codecs=opus` */
  mimeType: string;
  container: Container;
  ext: string;
}

const TOKEN = "[a-z0-9!#$&^_.+-]+";
// browsers write MediaRecorder types with unquoted lists, e.g. video/webm;codecs=vp9,opus
const VALUE = `(?:"[^"\\\\]*"|[a-z0-9!#$&^_.+,-]+)`;
const CONTENT_TYPE = new RegExp(`^\\s*(${TOKEN}/${TOKEN})\\s*((?:;\\s*${TOKEN}\\s*=\\s*${VALUE}\\s*)*);?\\s*$`, "i");
const PARAM = new RegExp(`;\\s*(${TOKEN})\\s*=\\s*(${VALUE})`, "gi");
const CODECS = /^[a-z0-9.,+\- ]{1,100}$/i;

/** Parses a chunk's Content-Type for the given kind; anything else is a 415. */
export function parseChunkContentType(header: string | null, kind: MediaKind): ChunkMediaType {
  const refuse = () =>
    new AppError(
      "unsupported_media_type",
      `A ${kind} chunk must be sent as ${ACCEPTED_TYPES[kind].join(", ")} (codecs parameter allowed)`,
      {
        accepted: ACCEPTED_TYPES[kind],
      },
    );
  if (!header || header.length > 255) throw refuse();
  const match = CONTENT_TYPE.exec(header);
  if (!match) throw refuse();
  const base = match[1].toLowerCase();
  const type = TYPES[base];
  if (!type || type.kind !== kind) throw refuse();
  let codecs: string | undefined;
  for (const [, name, raw] of match[2].matchAll(PARAM)) {
    if (name.toLowerCase() !== "codecs") continue;
    const value = raw.startsWith('"') ? raw.slice(1, -1) : raw;
    if (!CODECS.test(value)) throw refuse();
    codecs = value.toLowerCase().replace(/\s+/g, "");
  }
  return { mimeType: codecs ? `${base};codecs=${codecs}` : base, container: type.container, ext: type.ext };
}

/** Bytes needed to recognise every supported container. */
export const SNIFF_BYTES = 12;

const ascii = (bytes: Uint8Array, at: number, text: string) => text.split("").every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** The container the first bytes belong to, or null when they match none of ours. */
export function sniffContainer(head: Uint8Array): Container | null {
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return "webm";
  if (head.length >= 4 && ascii(head, 0, "OggS")) return "ogg";
  if (head.length >= 8 && ascii(head, 4, "ftyp")) return "mp4";
  if (head.length >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) return "wav";
  return null;
}

/**
 * Passes the body through once its first bytes have been checked against the declared container
 * (415 when they differ; 400 when the body is empty).
 */
export async function* checkContainer(body: AsyncIterable<Uint8Array>, expected: ChunkMediaType): AsyncGenerator<Uint8Array> {
  let head: Uint8Array[] | null = [];
  let headBytes = 0;
  const verify = (bytes: Buffer) => {
    if (bytes.length === 0) throw new AppError("bad_request", "The chunk is empty");
    const found = sniffContainer(bytes);
    if (found !== expected.container) {
      throw new AppError(
        "unsupported_media_type",
        `The chunk's bytes are not ${expected.container} data, as its Content-Type ${expected.mimeType} says`,
        { declared: expected.mimeType, detected: found },
      );
    }
  };
  for await (const part of body) {
    if (!head) {
      yield part;
      continue;
    }
    head.push(part);
    headBytes += part.byteLength;
    if (headBytes < SNIFF_BYTES) continue;
    const first = Buffer.concat(head);
    head = null;
    verify(first);
    yield first;
  }
  if (head) {
    const first = Buffer.concat(head);
    verify(first);
    yield first;
  }
}

/**
 * Passes a continuation chunk's body through (a timeslice after the first of its span: no header of
 * its own, so there is nothing to sniff), refusing an empty one (400).
 */
export async function* nonEmpty(body: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const part of body) {
    bytes += part.byteLength;
    yield part;
  }
  if (bytes === 0) throw new AppError("bad_request", "The chunk is empty");
}
