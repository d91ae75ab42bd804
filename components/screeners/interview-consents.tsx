"use client";

// The consent choices before an AI interview, the same wherever one starts (the screener, a
// follow-up link): recording and analysis, each optional, plus whatever a page adds (children).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export interface InterviewConsentChoices {
  recording: boolean;
  analytics: boolean;
}

export function InterviewConsents({
  consents,
  onChange,
  children,
}: {
  consents: InterviewConsentChoices;
  onChange: (patch: Partial<InterviewConsentChoices>) => void;
  children?: ReactNode;
}) {
  const t = useTranslations("participant.consents");
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">{t("legend")}</legend>
      <ConsentBox
        id="consent-recording"
        checked={consents.recording}
        onChange={(v) => onChange({ recording: v })}
        label={t("recording")}
        hint={t("recordingHint")}
      />
      <ConsentBox id="consent-analytics" checked={consents.analytics} onChange={(v) => onChange({ analytics: v })} label={t("analytics")} />
      {children}
    </fieldset>
  );
}

export function ConsentBox({
  id,
  checked,
  onChange,
  label,
  hint,
}: {
  id: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  label: string;
  hint?: string;
}) {
  return (
    <div className="flex gap-3">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-4 shrink-0 accent-(--brand)"
      />
      <div>
        <label htmlFor={id} className="text-sm text-zinc-800">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-[13px] text-zinc-500">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
