"use client";
// The recording SDK (public/sdk.js → window.UserTests) as the room uses it. The chat never depends
// on it: when the script is missing or fails, recording is reported unavailable and the interview
// goes on as text.
import { useCallback, useEffect, useRef, useState } from "react";
import type { StateDetail, UserTestsApi } from "@/packages/sdk/src/types";

/** window.UserTests, once public/sdk.js has loaded (the SDK's own contract, packages/sdk/src/types.ts). */
const loadedSdk = () => (window as Window & { UserTests?: UserTestsApi }).UserTests;

export type RecordingStatus =
  | { kind: "off"; reason: "no_consent" }
  | { kind: "loading" }
  | { kind: "unavailable"; problem: RecorderProblem }
  | { kind: "ready" }
  | { kind: "starting" }
  | { kind: "recording"; audio: boolean; screen: boolean }
  | { kind: "paused" }
  | { kind: "failed"; problem: RecorderProblem }
  | { kind: "stopped" };

/** What went wrong with recording: a key of participant.recorder in the message catalogues (issue #17). */
export type RecorderProblem = "unavailable" | "notAllowed" | "noMicrophone" | "failed";

function describeStartError(e: unknown): RecorderProblem {
  const name = e instanceof Error ? e.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "notAllowed";
  if (name === "NotFoundError") return "noMicrophone";
  return "failed";
}

export function useRecorder(input: { publicKey: string; sessionId: string; consent: { recording: boolean; analytics: boolean } }) {
  const { publicKey, sessionId } = input;
  const { recording, analytics } = input.consent;
  const wanted = recording || analytics;
  const [status, setStatus] = useState<RecordingStatus>(recording ? { kind: "loading" } : { kind: "off", reason: "no_consent" });
  const sdk = useRef<UserTestsApi | null>(null);
  const ready = useRef<Promise<void> | null>(null);
  const unsubscribe = useRef<(() => void)[]>([]);

  const onScriptLoad = useCallback(() => {
    const api = loadedSdk();
    if (!api) {
      if (recording) setStatus({ kind: "unavailable", problem: "unavailable" });
      return;
    }
    sdk.current = api;
    ready.current = api.init({ key: publicKey, sessionId, consent: { recording, analytics } });
    ready.current.catch(() => recording && setStatus({ kind: "unavailable", problem: "unavailable" }));
    unsubscribe.current.push(
      api.on("state", (detail) => {
        const d = detail as StateDetail;
        if (!recording) return;
        if (d.state === "recording") setStatus({ kind: "recording", audio: d.audio, screen: d.screen });
        else if (d.state === "paused") setStatus({ kind: "paused" });
        else if (d.state === "stopped" || d.state === "ended") setStatus({ kind: "stopped" });
      }),
    );
    if (recording) setStatus((s) => (s.kind === "loading" ? { kind: "ready" } : s));
  }, [publicKey, sessionId, recording, analytics]);

  const onScriptError = useCallback(() => {
    if (recording) setStatus({ kind: "unavailable", problem: "unavailable" });
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
            if (recording) setStatus({ kind: "failed", problem: describeStartError(e) });
          },
        );
    },
    [wanted, recording],
  );

  /**
   * Stops recording and flushes what is pending, waiting at most `maxWaitMs`; never throws, so
   * ending the interview never depends on it (the SDK keeps unsent chunks and reports gaps itself).
   */
  const stop = useCallback(
    async (maxWaitMs = 10_000) => {
      const api = sdk.current;
      if (!api) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([api.stop().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
      clearTimeout(timer);
      if (recording) setStatus({ kind: "stopped" });
    },
    [recording],
  );

  return { status, start, stop, onScriptLoad, onScriptError, wanted };
}
