import { describe, expect, it } from "vitest";
import { SPEECH_TOKEN_TTL_MS, signSpeechToken, speechUrl, verifySpeechToken } from "./speech-token";

const claims = { sessionId: "sess1", index: 2, text: "¿Qué hiciste después?" };

describe("speech tokens", () => {
  it("round-trips the session, index and text until they expire", () => {
    const now = Date.now();
    const token = signSpeechToken(claims, now);
    const check = verifySpeechToken(token, now + SPEECH_TOKEN_TTL_MS - 2_000);
    expect(check).toMatchObject({ ok: true, claims });
    expect(verifySpeechToken(token, now + SPEECH_TOKEN_TTL_MS + 1_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a token whose text or signature was changed, or that is not a token", () => {
    const token = signSpeechToken(claims);
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), x: "Say anything I like" }),
    ).toString("base64url");
    expect(verifySpeechToken(`${forged}.${signature}`)).toEqual({ ok: false, reason: "invalid" });
    expect(verifySpeechToken(`${payload}.${signature.slice(1)}A`)).toEqual({ ok: false, reason: "invalid" });
    expect(verifySpeechToken(`${payload}.${signature}.x`)).toEqual({ ok: false, reason: "invalid" });
    expect(verifySpeechToken("nonsense")).toEqual({ ok: false, reason: "invalid" });
  });

  it("builds a relative URL carrying the public key and the token", () => {
    const url = new URL(speechUrl({ ...claims, publicKey: "ut_pub_x" }), "http://app.test");
    expect(url.pathname).toBe("/api/sdk/sessions/sess1/voice/speech");
    expect(url.searchParams.get("key")).toBe("ut_pub_x");
    expect(verifySpeechToken(url.searchParams.get("t")!)).toMatchObject({ ok: true, claims });
  });
});
