// The signed token in a speech URL (GET …/voice/speech?t=…): the speech endpoint synthesises only
// text the server itself produced for this session (a reply sentence or a prompt line), never text a
// caller makes up, so the public key cannot be used as a free text-to-speech service. The token is
// the payload (session, sentence index, text, expiry) in base64url and its HMAC, signed with a key
// derived from AUTH_SECRET like the other signed links (lib/privacy/opt-out-link.ts).
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/env";
import { safeEqual } from "@/lib/security/secret-tokens";

/** Long enough for a slow reply to be played to its end; short enough that a leaked URL soon dies. */
export const SPEECH_TOKEN_TTL_MS = 15 * 60_000;

export interface SpeechClaims {
  sessionId: string;
  index: number;
  text: string;
}

const key = () => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "usertests", "voice-speech-v1", 32));
const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function signSpeechToken(claims: SpeechClaims, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ s: claims.sessionId, i: claims.index, x: claims.text, e: Math.floor((now + SPEECH_TOKEN_TTL_MS) / 1000) }),
  ).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export type SpeechTokenCheck = { ok: true; claims: SpeechClaims & { expiresAt: Date } } | { ok: false; reason: "invalid" | "expired" };

/** The claims of a genuine, unexpired token; "invalid" for anything forged, altered or malformed. */
export function verifySpeechToken(token: string, now = Date.now()): SpeechTokenCheck {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || !safeEqual(signature, sign(payload))) return { ok: false, reason: "invalid" };
  let data: { s?: unknown; i?: unknown; x?: unknown; e?: unknown };
  try {
    data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const { s, i, x, e } = data;
  if (typeof s !== "string" || typeof x !== "string" || !Number.isInteger(i) || !Number.isInteger(e))
    return { ok: false, reason: "invalid" };
  if ((e as number) * 1000 <= now) return { ok: false, reason: "expired" };
  return { ok: true, claims: { sessionId: s, index: i as number, text: x, expiresAt: new Date((e as number) * 1000) } };
}

/** The relative URL the browser fetches the sentence's audio from (the public key authenticates it, like every /api/sdk call). */
export function speechUrl(input: SpeechClaims & { publicKey: string }, now = Date.now()): string {
  const query = new URLSearchParams({ key: input.publicKey, t: signSpeechToken(input, now) });
  return `/api/sdk/sessions/${encodeURIComponent(input.sessionId)}/voice/speech?${query.toString()}`;
}
