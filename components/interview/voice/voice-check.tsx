"use client";
// The lobby's check for a spoken interview (issue #18): the microphone with a live level bar (the
// participant sees their voice move it) and the speaker or headphones with a test chime they
// confirm hearing. Both run from the participant's own clicks (browsers only prompt and play then).
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { cx } from "@/components/ui/cx";
import { voiceButton } from "./voice-panel";
import { LevelMeter } from "./level-meter";
import { MIN_SPEECH_DBFS, rmsDbfs } from "./voice-activity";

type MicCheck = "idle" | "checking" | "listening" | "heard" | "blocked" | "failed";
type SpeakerCheck = "idle" | "played" | "heard";

/** How long the microphone stays open for the check: enough to say a sentence, then it is released. */
const MIC_CHECK_MS = 15_000;

/** A two-note chime (A5 then E6, 0.25 s each, soft attack and release) made on the spot: no file to load. */
function playChime(): Promise<void> {
  const context = new AudioContext();
  const now = context.currentTime;
  [880, 1318.5].forEach((frequency, i) => {
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.frequency.value = frequency;
    const start = now + i * 0.25;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.3, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, start + 0.4);
    osc.connect(gain).connect(context.destination);
    osc.start(start);
    osc.stop(start + 0.45);
  });
  return new Promise((resolve) =>
    setTimeout(() => {
      void context.close();
      resolve();
    }, 800),
  );
}

export function VoiceCheck({ disabled }: { disabled?: boolean }) {
  const t = useTranslations("voice.lobby");
  const [mic, setMic] = useState<MicCheck>("idle");
  const [level, setLevel] = useState(-100);
  const [speaker, setSpeaker] = useState<SpeakerCheck>("idle");
  const release = useRef<(() => void) | null>(null);

  useEffect(() => () => release.current?.(), []);

  async function checkMicrophone() {
    release.current?.();
    if (!navigator.mediaDevices?.getUserMedia) return setMic("failed");
    setMic("checking");
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      context.createMediaStreamSource(stream).connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      setMic("listening");
      const timer = setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        const dbfs = rmsDbfs(samples);
        setLevel(dbfs);
        if (dbfs > MIN_SPEECH_DBFS) setMic("heard");
      }, 100);
      const stop = setTimeout(() => release.current?.(), MIC_CHECK_MS);
      release.current = () => {
        clearInterval(timer);
        clearTimeout(stop);
        stream.getTracks().forEach((tr) => tr.stop());
        void context.close();
        setLevel(-100);
        release.current = null;
      };
    } catch (e) {
      const name = e instanceof Error ? e.name : "";
      setMic(name === "NotAllowedError" || name === "SecurityError" ? "blocked" : "failed");
    }
  }

  async function playTestSound() {
    try {
      await playChime();
      setSpeaker((s) => (s === "heard" ? s : "played"));
    } catch {
      setSpeaker("played");
    }
  }

  const micText = {
    idle: t("micIdle"),
    checking: t("micChecking"),
    listening: t("micSpeak"),
    heard: t("micHeard"),
    blocked: t("micBlocked"),
    failed: t("micFailed"),
  }[mic];

  return (
    <div className="divide-y divide-zinc-100 rounded-lg border border-zinc-200" data-testid="voice-check">
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0 space-y-1.5">
          <p className="font-medium text-zinc-900">{t("micTitle")}</p>
          <p
            data-testid="voice-mic-check"
            data-state={mic}
            className={cx(
              "text-sm",
              mic === "heard" ? "text-emerald-700" : mic === "blocked" || mic === "failed" ? "text-amber-700" : "text-zinc-500",
            )}
          >
            {mic === "heard" && <span aria-hidden="true">✓ </span>}
            {micText}
          </p>
          {(mic === "listening" || mic === "heard") && <LevelMeter level={level} label={t("micLevel")} className="w-40" />}
        </div>
        <button type="button" className={voiceButton} onClick={checkMicrophone} disabled={disabled || mic === "checking"}>
          {t("micButton")}
        </button>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <p className="font-medium text-zinc-900">{t("speakerTitle")}</p>
          <p
            data-testid="voice-speaker-check"
            data-state={speaker}
            className={cx("text-sm", speaker === "heard" ? "text-emerald-700" : "text-zinc-500")}
          >
            {speaker === "heard" && <span aria-hidden="true">✓ </span>}
            {speaker === "idle" ? t("speakerIdle") : speaker === "played" ? t("speakerPlayed") : t("speakerHeard")}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={voiceButton} onClick={playTestSound} disabled={disabled}>
            {t("playSound")}
          </button>
          {speaker === "played" && (
            <button type="button" className={voiceButton} onClick={() => setSpeaker("heard")}>
              {t("heardIt")}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
