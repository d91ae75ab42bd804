"use client";
// The lobby's part for a spoken interview: what it will be like, what happens to the voice (kept
// only with recording consent), and the microphone and speaker check.
import { useTranslations } from "next-intl";
import { VoiceCheck } from "./voice-check";

export function VoiceLobby({ recordingConsent, disabled }: { recordingConsent: boolean; disabled?: boolean }) {
  const t = useTranslations("voice.lobby");
  return (
    <section className="space-y-3 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6" data-testid="voice-lobby">
      <h2 className="text-base font-semibold text-zinc-900">{t("title")}</h2>
      <p className="text-[15px] leading-relaxed text-zinc-600">{t("intro")}</p>
      {recordingConsent && <p className="text-sm text-zinc-600">{t("audioKept")}</p>}
      <VoiceCheck disabled={disabled} />
    </section>
  );
}

/** In the lobby's Recording part when the participant did not consent: the voice is heard, not kept. */
export function VoiceNotRecorded() {
  const t = useTranslations("voice.lobby");
  return (
    <p className="rounded-lg bg-zinc-100 px-4 py-3 text-[15px] leading-relaxed text-zinc-700" data-testid="voice-not-recorded">
      {t("audioNotKept")}
    </p>
  );
}

/** A spoken interview whose voice service is not set up: it runs typed, and the participant is told before starting. */
export function VoiceUnavailable() {
  const t = useTranslations("voice.lobby");
  return (
    <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="voice-unavailable">
      {t("unavailable")}
    </p>
  );
}
