"use client";

// The consent choices before an AI interview, the same wherever one starts (the screener, a
// follow-up link): recording and analysis, each optional, plus whatever a page adds (children).
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
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Your consent</legend>
      <ConsentBox
        id="consent-recording"
        checked={consents.recording}
        onChange={(v) => onChange({ recording: v })}
        label="I agree to the interview being recorded (my voice and, if I choose to share it, my screen)."
        hint="Optional. Without it, the interview still happens, but nothing is recorded."
      />
      <ConsentBox
        id="consent-analytics"
        checked={consents.analytics}
        onChange={(v) => onChange({ analytics: v })}
        label="I agree that my answers and interview may be analysed to improve the product."
      />
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
