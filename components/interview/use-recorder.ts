"use client";
// The recording SDK (public/sdk.js → window.UserTests) as the room uses it. The chat never depends
// on it: when the script is missing or fails, recording is reported unavailable and the interview
// goes on as text.
import { useCallback, useEffect, useRef, useState } from "react";

type RecorderState = "idle" | "starting" | "recording" | "paused" | "stopped" | "ended";

/** The part of the SDK's public contract (packages/sdk/src/types.ts) the room uses. */
interface UserTestsSdk {
  init(opts: { key: string; sessionId: string; consent: { recording: boolean; analytics: boolean } }): Promise<void>;
  start(opts: { audio: boolean; screen: boolean }): Promise<{ sessionId: string }>;
  stop(): Promise<void>;
  on?(event: "state" | "error", listener: (detail: unknown) => void): () => void;
}

declare global {
  interface Window {
    UserTests?: UserTestsSdk;
  }
}

export type RecordingStatus =
  | { kind: "off"; reason: "no_consent" }
  | { kind: "loading" }
  | { kind: "unavailable"; message: string }
  | { kind: "ready" }
  | { kind: "starting" }
  | { kind: "recording"; audio: boolean; screen: boolean }
  | { kind: "paused" }
  | { kind: "failed"; message: string }
  | { kind: "stopped" };

const UNAVAILABLE = "The recorder could not be loaded, so this interview is text only.";

function describeStartError(e: unknown): string {
  const name = e instanceof Error ? e.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "Recording was not allowed. You can allow the microphone in your browser's address bar and resume, or continue with text only.";
  if (name === "NotFoundError") return "No microphone was found. You can continue with text only.";
  return "Recording could not start. You can try again, or continue with text only.";
}

export function useRecorder(input: { publicKey: string; sessionId: string; consent: { recording: boolean; analytics: boolean } }) {
  const { publicKey, sessionId } = input;
  const { recording, analytics } = input.consent;
  const wanted = recording || analytics;
  const [status, setStatus] = useState<RecordingStatus>(recording ? { kind: "loading" } : { kind: "off", reason: "no_consent" });
  const sdk = useRef<UserTestsSdk | null>(null);
  const ready = useRef<Promise<void> | null>(null);
  const unsubscribe = useRef<(() => void)[]>([]);

  const onScriptLoad = useCallback(() => {
    const api = window.UserTests;
    if (!api) {
      if (recording) setStatus({ kind: "unavailable", message: UNAVAILABLE });
      return;
    }
    sdk.current = api;
    ready.current = api.init({ key: publicKey, sessionId, consent: { recording, analytics } });
    ready.current.catch(() => recording && setStatus({ kind: "unavailable", message: UNAVAILABLE }));
    if (api.on) {
      unsubscribe.current.push(
        api.on("state", (detail) => {
          const d = detail as { state?: RecorderState; audio?: boolean; screen?: boolean };
          if (!recording) return;
          if (d.state === "recording") setStatus({ kind: "recording", audio: Boolean(d.audio), screen: Boolean(d.screen) });
          else if (d.state === "paused") setStatus({ kind: "paused" });
          else if (d.state === "stopped" || d.state === "ended") setStatus({ kind: "stopped" });
        }),
      );
    }
    if (recording) setStatus((s) => (s.kind === "loading" ? { kind: "ready" } : s));
  }, [publicKey, sessionId, recording, analytics]);

  const onScriptError = useCallback(() => {
    if (recording) setStatus({ kind: "unavailable", message: UNAVAILABLE });
  }, [recording]);

  useEffect(() => () => unsubscribe.current.forEach((u) => u()), []);

  /**
   * Starts recording. Call it straight from the participant's click, before anything else is
   * awaited: browsers only show the microphone and screen prompts during a user gesture.
   */
  const start = useCallback(
    (opts: { screen: boolean }): Promise<void> => {
      const api = sdk.current;
      if (!api || !wanted) return Promise.resolve();
      if (recording) setStatus({ kind: "starting" });
      return (ready.current ?? Promise.resolve())
        .then(() => api.start({ audio: recording, screen: recording && opts.screen }))
        .then(
          () => {
            if (recording) setStatus((s) => (s.kind === "starting" ? { kind: "recording", audio: true, screen: opts.screen } : s));
          },
          (e: unknown) => {
            if (recording) setStatus({ kind: "failed", message: describeStartError(e) });
          },
        );
    },
    [wanted, recording],
  );

  /** Stops recording and flushes what is pending; never throws (ending must not depend on it). */
  const stop = useCallback(async () => {
    const api = sdk.current;
    if (!api) return;
    try {
      await api.stop();
    } catch {
      // the SDK keeps unsent chunks and reports gaps itself
    }
    if (recording) setStatus({ kind: "stopped" });
  }, [recording]);

  return { status, start, stop, onScriptLoad, onScriptError, wanted };
}
