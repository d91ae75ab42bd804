"use client";
// The spoken turn loop (issue #18): listen → a turn ends (voice-activity detector) → upload it →
// the transcript and the reply's text arrive as captions while its sentences are spoken in order →
// listen again. Speaking over the interviewer stops it (barge-in), a long silence gets one gentle
// prompt, and a turn that could not be understood is asked again rather than guessed.
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { ApiError, errorMessage } from "@/components/api-client";
import type { MessageView, ReplyOutcome } from "../participant-api";
import { openMicrophone, type Microphone, type RecordedTurn } from "./microphone";
import { createSpeechQueue, type SpeechItem, type SpeechQueue } from "./speech-queue";
import { createVoiceActivityDetector, ONSET_MS } from "./voice-activity";
import { fetchVoicePrompt, sendVoiceTurn, type VoiceEvent } from "./voice-api";

/**
 * Quiet while listening before the gentle prompt (20 s): long enough to think an answer through,
 * short enough that someone unsure whether the microphone works is not left waiting.
 */
export const SILENCE_PROMPT_MS = 20_000;

/**
 * The onset that counts as barge-in while the interviewer speaks (300 ms, twice the usual): echo
 * cancellation leaves short residues of the interviewer's own voice, which must not stop it.
 */
export const BARGE_IN_ONSET_MS = 300;

/** The longest turn recorded in one piece (2 minutes, ~500 KB of Opus): a monologue is sent on and the next words start a new turn. */
export const MAX_TURN_MS = 120_000;

/** The level meter redraws every 5th frame (100 ms): smooth enough to see, without re-rendering the room 50 times a second. */
const LEVEL_EVERY_FRAMES = 5;

export type VoicePhase = "starting" | "listening" | "thinking" | "speaking" | "paused" | "off";

export type MicProblem = "blocked" | "missing" | "failed" | "unsupported";

export interface VoiceConversationInput {
  sessionId: string;
  publicKey: string;
  /** false until the interview has opened, and when the interviewer is unavailable: nothing is sent */
  enabled: boolean;
  onTranscript: (message: MessageView) => void;
  onStream: Dispatch<SetStateAction<string | null>>;
  onOutcome: (outcome: ReplyOutcome) => void;
  /** reloads the room's messages from the server (after an interrupted reply, the server's transcript is the truth) */
  onResync: () => Promise<unknown>;
  /** the interview is no longer active (409) */
  onConflict: (e: ApiError) => void;
  /** the interviewer's opening, spoken once when the room opens (POST …/interview/start's openingSpeech) */
  openingSpeech?: SpeechItem[];
}

function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

function micProblem(e: unknown): MicProblem {
  const name = e instanceof Error ? e.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "blocked";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "missing";
  if (name === "NotSupportedError") return "unsupported";
  return "failed";
}

export function useVoiceConversation(input: VoiceConversationInput) {
  const t = useTranslations("voice");
  const props = useRef(input);
  const texts = useRef({ repeat: "", network: "" });
  useEffect(() => {
    props.current = input;
    // the browser's own messages in the page's language (the server's come in the session's language)
    texts.current = { repeat: t("notice.repeat"), network: t("errors.network") };
  });

  const audioRef = useRef<HTMLAudioElement>(null);
  const [mic, setMic] = useState<"starting" | "on" | MicProblem>("starting");
  const [hearing, setHearing] = useState(false);
  const [thinking, setThinking] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  const [paused, setPaused] = useState(false);
  const [needsGesture, setNeedsGesture] = useState(false);
  const [level, setLevel] = useState(-100);
  const [yourCaption, setYourCaption] = useState<string | null>(null);
  const [interviewerCaption, setInterviewerCaption] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [interruptions, setInterruptions] = useState(0);

  const micRef = useRef<Microphone | null>(null);
  const queueRef = useRef<SpeechQueue | null>(null);
  const turnRef = useRef<AbortController | null>(null);
  const pausedRef = useRef(false);
  const silencePrompted = useRef(false);
  const resyncAfterTurn = useRef(false);
  const vadRef = useRef(createVoiceActivityDetector());

  /** A prompt line (silence, say it again): shown, and spoken once through the same queue. */
  const sayPrompt = useCallback(async (kind: "silence" | "repeat", fallback?: string) => {
    try {
      const prompt = await fetchVoicePrompt(props.current.sessionId, props.current.publicKey, kind);
      setNotice(prompt.text);
      queueRef.current?.add({ index: -1, text: prompt.text, url: prompt.url });
    } catch {
      if (fallback) setNotice(fallback);
    }
  }, []);

  const sendTurn = useCallback(
    async (turn: RecordedTurn) => {
      const { sessionId, publicKey } = props.current;
      const controller = new AbortController();
      turnRef.current = controller;
      const current = () => turnRef.current === controller;
      setThinking(true);
      setError(null);
      setNotice(null);
      const clientMessageId = newId();
      const onEvent = (e: VoiceEvent) => {
        if (!current()) return;
        if (e.event === "transcript") {
          props.current.onTranscript(e.data.message);
          setYourCaption(e.data.message.content);
          props.current.onStream("");
        } else if (e.event === "delta") props.current.onStream((text) => (text ?? "") + e.data.text);
        else if (e.event === "speech") queueRef.current?.add(e.data);
        else if (e.event === "reset") {
          // the reply restarted: what was spoken of the first attempt is dropped with it
          props.current.onStream("");
          queueRef.current?.clear();
        } else if (e.event === "done" || e.event === "repeat") props.current.onStream(null);
      };
      const send = () =>
        sendVoiceTurn(
          sessionId,
          publicKey,
          { clientMessageId, durationMs: turn.durationMs, audio: turn.audio, signal: controller.signal },
          onEvent,
        );
      try {
        // a dropped connection is retried once with the same clientMessageId: the server never stores the turn twice
        // and answers a stored turn with its stored reply
        const result = await send().catch((e: unknown) => {
          if (controller.signal.aborted || !(e instanceof ApiError) || e.status !== 0) throw e;
          // the retry's answer starts over (a stored reply comes back whole)
          queueRef.current?.clear();
          props.current.onStream(null);
          return send();
        });
        if (!current()) return;
        if (result.kind === "repeat") {
          setYourCaption(null);
          void sayPrompt("repeat", texts.current.repeat);
          return;
        }
        props.current.onOutcome(result.outcome);
        if (resyncAfterTurn.current) {
          resyncAfterTurn.current = false;
          await props.current.onResync().catch(() => null);
        }
      } catch (e) {
        if (controller.signal.aborted || !current()) return;
        props.current.onStream(null);
        if (e instanceof ApiError && e.status === 409 && e.code !== "reply_pending") return props.current.onConflict(e);
        setError(e instanceof ApiError && e.status === 0 ? texts.current.network : errorMessage(e));
        // a saved turn without an answer shows in the transcript; the next spoken turn answers both
        await props.current.onResync().catch(() => null);
      } finally {
        if (current()) {
          turnRef.current = null;
          setThinking(false);
        }
      }
    },
    [sayPrompt],
  );

  /** The participant speaks over the interviewer: stop talking, forget the rest of the reply. */
  const bargeIn = useCallback(() => {
    queueRef.current?.clear();
    if (turnRef.current) {
      turnRef.current.abort();
      turnRef.current = null;
      setThinking(false);
      props.current.onStream(null);
    }
    resyncAfterTurn.current = true;
    setInterruptions((n) => n + 1);
  }, []);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    let disposed = false;
    let frames = 0;
    let turnStartedAt: number | null = null;
    const vad = vadRef.current;
    const queue = createSpeechQueue(audio, {
      onCaption: (text) => text !== null && setInterviewerCaption(text),
      onActive: setSpeaking,
      onBlocked: () => setNeedsGesture(true),
    });
    queueRef.current = queue;

    function endTurn() {
      turnStartedAt = null;
      setHearing(false);
      const recording = micRef.current?.stopTurn();
      void recording?.then((turn) => {
        if (turn && !disposed && props.current.enabled) void sendTurn(turn);
      });
    }

    function onFrame(dbfs: number, atMs: number) {
      if (pausedRef.current) return;
      if (++frames % LEVEL_EVERY_FRAMES === 0) setLevel(dbfs);
      vad.setOnsetMs(queue.busy ? BARGE_IN_ONSET_MS : ONSET_MS);
      for (const e of vad.push(dbfs, atMs)) {
        if (e.type === "speech-start") {
          if (!props.current.enabled) continue;
          silencePrompted.current = false;
          setNotice(null);
          if (queue.busy || turnRef.current) bargeIn();
          micRef.current?.startTurn();
          turnStartedAt = atMs;
          setHearing(true);
        } else if (turnStartedAt !== null) endTurn();
      }
      if (turnStartedAt !== null && atMs - turnStartedAt > MAX_TURN_MS) {
        endTurn();
        vad.reset();
      }
    }

    openMicrophone(onFrame).then(
      (m) => {
        if (disposed) return m.close();
        micRef.current = m;
        setMic("on");
        if (m.suspended) setNeedsGesture(true);
      },
      (e: unknown) => !disposed && setMic(micProblem(e)),
    );
    return () => {
      disposed = true;
      micRef.current?.close();
      micRef.current = null;
      queue.dispose();
      queueRef.current = null;
    };
  }, [bargeIn, sendTurn]);

  // the opening is spoken once, through the same queue as the replies (so a barge-in stops it too)
  const openingSpoken = useRef(false);
  useEffect(() => {
    const queue = queueRef.current;
    if (!queue || openingSpoken.current || !input.openingSpeech?.length) return;
    openingSpoken.current = true;
    for (const piece of input.openingSpeech) queue.add(piece);
  }, [input.openingSpeech]);

  const phase: VoicePhase =
    mic === "starting"
      ? "starting"
      : mic !== "on"
        ? "off"
        : paused
          ? "paused"
          : speaking
            ? "speaking"
            : thinking
              ? "thinking"
              : "listening";

  // one gentle prompt per silence: after SILENCE_PROMPT_MS of listening with nothing said
  useEffect(() => {
    if (phase !== "listening" || hearing || !input.enabled || silencePrompted.current) return;
    const timer = setTimeout(() => {
      silencePrompted.current = true;
      void sayPrompt("silence");
    }, SILENCE_PROMPT_MS);
    return () => clearTimeout(timer);
  }, [phase, hearing, input.enabled, sayPrompt]);

  const pause = useCallback(() => {
    pausedRef.current = true;
    setPaused(true);
    setHearing(false);
    vadRef.current.reset();
    micRef.current?.cancelTurn();
    micRef.current?.setEnabled(false);
    queueRef.current?.pause();
  }, []);

  const resume = useCallback(() => {
    pausedRef.current = false;
    setPaused(false);
    micRef.current?.setEnabled(true);
    queueRef.current?.resume();
  }, []);

  /** A click that lets the browser play and listen (autoplay policy, an AudioContext created without a gesture). */
  const unblock = useCallback(() => {
    setNeedsGesture(false);
    void micRef.current?.resume();
    queueRef.current?.retry();
  }, []);

  return {
    audioRef,
    phase,
    mic,
    hearing,
    level,
    yourCaption,
    interviewerCaption,
    notice,
    error,
    interruptions,
    needsGesture,
    pause,
    resume,
    unblock,
  };
}
