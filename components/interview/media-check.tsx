"use client";
// The permission check before the interview: each test asks the browser for the device from the
// participant's own click (browsers only prompt during a user gesture) and releases it at once.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cx } from "@/components/ui/cx";

type Check = "idle" | "checking" | "ok" | "blocked" | "unsupported" | "error";

function outcome(e: unknown): Check {
  const name = e instanceof Error ? e.name : "";
  return name === "NotAllowedError" || name === "SecurityError" ? "blocked" : "error";
}

function StatusLine({ state, testId }: { state: Check; testId: string }) {
  const t = useTranslations("participant.media.state");
  return (
    <p
      data-testid={testId}
      data-state={state}
      className={cx(
        "text-sm",
        state === "ok" && "text-emerald-700",
        (state === "blocked" || state === "error" || state === "unsupported") && "text-amber-700",
        (state === "idle" || state === "checking") && "text-zinc-500",
      )}
    >
      {state === "ok" && <span aria-hidden="true">✓ </span>}
      {t(state)}
    </p>
  );
}

export function MediaCheck({
  screen,
  onScreenChange,
  disabled,
  microphone = true,
}: {
  screen: boolean;
  onScreenChange: (v: boolean) => void;
  disabled?: boolean;
  /** false in a voice interview, whose own check tests the microphone with a level bar (#18) */
  microphone?: boolean;
}) {
  const t = useTranslations("participant.media");
  const [mic, setMic] = useState<Check>("idle");
  const [display, setDisplay] = useState<Check>("idle");

  async function checkMicrophone() {
    if (!navigator.mediaDevices?.getUserMedia) return setMic("unsupported");
    setMic("checking");
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      stream.getTracks().forEach((t) => t.stop());
      setMic("ok");
    } catch (e) {
      setMic(outcome(e));
    }
  }

  async function checkScreen() {
    if (!navigator.mediaDevices?.getDisplayMedia) return setDisplay("unsupported");
    setDisplay("checking");
    try {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      stream.getTracks().forEach((t) => t.stop());
      setDisplay("ok");
    } catch (e) {
      setDisplay(outcome(e));
    }
  }

  const button =
    "inline-flex h-9 shrink-0 items-center rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand) disabled:opacity-50";

  return (
    <div className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
      <div className={cx("flex flex-wrap items-center justify-between gap-3 px-4 py-3", !microphone && "hidden")}>
        <div className="min-w-0">
          <p className="font-medium text-zinc-900">{t("microphone")}</p>
          <StatusLine state={mic} testId="mic-check" />
        </div>
        <button type="button" className={button} onClick={checkMicrophone} disabled={disabled || mic === "checking"}>
          {t("checkMicrophone")}
        </button>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <label className="flex items-center gap-2 font-medium text-zinc-900">
            <input
              type="checkbox"
              className="size-4 rounded border-zinc-300 accent-(--brand)"
              checked={screen}
              onChange={(e) => onScreenChange(e.target.checked)}
              disabled={disabled}
            />
            {t("shareScreen")}
          </label>
          {screen ? <StatusLine state={display} testId="screen-check" /> : <p className="text-sm text-zinc-500">{t("voiceOnly")}</p>}
        </div>
        {screen && (
          <button type="button" className={button} onClick={checkScreen} disabled={disabled || display === "checking"}>
            {t("checkScreen")}
          </button>
        )}
      </div>
    </div>
  );
}
