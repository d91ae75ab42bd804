"use client";

import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SaveBar } from "@/components/ui/save-bar";
import { DEFAULT_BRAND } from "./brand";
import type { ScreenerData } from "./types";

const TEXT_FIELDS = [
  "title",
  "description",
  "welcomeMessage",
  "thankYouMessage",
  "disqualifiedMessage",
  "consentText",
  "brandColor",
  "logoUrl",
  "incentive",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Draft = Record<TextField | "maxParticipants" | "interviewMode", string>;

const toDraft = (s: ScreenerData): Draft => ({
  title: s.title,
  description: s.description ?? "",
  welcomeMessage: s.welcomeMessage ?? "",
  thankYouMessage: s.thankYouMessage ?? "",
  disqualifiedMessage: s.disqualifiedMessage ?? "",
  consentText: s.consentText ?? "",
  brandColor: s.brandColor ?? "",
  logoUrl: s.logoUrl ?? "",
  incentive: s.incentive ?? "",
  maxParticipants: s.maxParticipants === null ? "" : String(s.maxParticipants),
  interviewMode: s.interviewMode,
});

/** Only the fields that differ from what is saved (the PATCH route refuses anything else). */
function changes(saved: ScreenerData, d: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of TEXT_FIELDS) {
    const value = f === "title" ? d.title.trim() : d[f].trim() || null;
    if (value !== (saved[f] ?? (f === "title" ? "" : null))) out[f] = value;
  }
  const max = d.maxParticipants.trim() === "" ? null : Number(d.maxParticipants);
  if (max !== saved.maxParticipants) out.maxParticipants = max;
  if (d.interviewMode !== saved.interviewMode) out.interviewMode = d.interviewMode;
  return out;
}

const LABELS: Record<keyof Draft, string> = {
  title: "Title",
  description: "Description",
  welcomeMessage: "Welcome message",
  thankYouMessage: "Thank-you message",
  disqualifiedMessage: "Disqualified message",
  consentText: "Consent text",
  brandColor: "Brand colour",
  logoUrl: "Logo URL",
  incentive: "Incentive",
  maxParticipants: "Maximum participants",
  interviewMode: "Interview mode",
};

const INTERVIEW_MODE_LABELS: Record<ScreenerData["interviewMode"], string> = { text: "Text chat", voice: "Voice conversation" };

export function ScreenerSettings({
  screener,
  canEdit,
  onSaved,
}: {
  screener: ScreenerData;
  canEdit: boolean;
  onSaved: (s: ScreenerData) => void;
}) {
  const [draft, setDraft] = useState(() => toDraft(screener));
  const [baseline, setBaseline] = useState(screener);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!canEdit) return <SettingsReadOnly screener={screener} />;

  const diff = changes(baseline, draft);
  const dirty = Object.keys(diff).length > 0;
  const set = (key: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    setNotice(null);
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };
  const err = (f: keyof Draft) => fieldError(error, f, LABELS[f]);
  const maxInvalid = draft.maxParticipants.trim() !== "" && !/^\d+$/.test(draft.maxParticipants.trim());
  const maxError = maxInvalid ? "Maximum participants must be a whole number" : err("maxParticipants");

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!dirty || maxInvalid) return;
    setPending(true);
    setError(null);
    try {
      const { screener: saved } = await api<{ screener: ScreenerData }>(`/api/v1/projects/${screener.projectId}/screeners/${screener.id}`, {
        method: "PATCH",
        body: diff,
      });
      setBaseline(saved);
      setDraft(toDraft(saved));
      setNotice("Changes saved.");
      onSaved(saved);
    } catch (x) {
      setError(x);
    } finally {
      setPending(false);
    }
  }

  const general = formLevelError(error, Object.keys(LABELS));
  const text = (f: TextField, opts: { rows?: number; max: number; hint?: string; placeholder?: string; optional?: boolean }) => (
    <Field id={`screener-${f}`} label={LABELS[f]} optional={opts.optional ?? true} hint={opts.hint} error={err(f)}>
      {opts.rows ? (
        <Textarea
          {...describedBy(`screener-${f}`, { error: err(f), hint: opts.hint })}
          rows={opts.rows}
          maxLength={opts.max}
          value={draft[f]}
          onChange={set(f)}
          placeholder={opts.placeholder}
        />
      ) : (
        <Input
          {...describedBy(`screener-${f}`, { error: err(f), hint: opts.hint })}
          maxLength={opts.max}
          value={draft[f]}
          onChange={set(f)}
          placeholder={opts.placeholder}
        />
      )}
    </Field>
  );

  const colour = /^#[0-9a-f]{6}$/i.test(draft.brandColor.trim()) ? draft.brandColor.trim() : DEFAULT_BRAND;

  return (
    <Card>
      <CardHeader
        id="settings-heading"
        title="Page and messages"
        description="What participants see on the screener page, and after they answer."
      />
      <form onSubmit={onSubmit} noValidate aria-labelledby="settings-heading">
        <CardBody className="space-y-5">
          {text("title", { max: 200, optional: false })}
          {text("description", { rows: 2, max: 2000, hint: "Shown under the title." })}
          {text("welcomeMessage", { rows: 3, max: 2000, hint: "Greets participants above the questions." })}
          <div className="grid gap-5 md:grid-cols-2">
            {text("thankYouMessage", { rows: 3, max: 2000, hint: "Shown when the interview is finished." })}
            {text("disqualifiedMessage", {
              rows: 3,
              max: 2000,
              hint: "Shown to people who don't qualify. The reason is never shown to them.",
            })}
          </div>
          {text("consentText", {
            rows: 3,
            max: 4000,
            hint: "Shown above the consent checkboxes: what you record, why, and how long you keep it.",
          })}
          <div className="grid gap-5 md:grid-cols-2">
            <Field
              id="screener-brandColor"
              label={LABELS.brandColor}
              optional
              hint="#rrggbb, used for buttons and highlights."
              error={err("brandColor")}
            >
              <div className="flex items-center gap-2">
                <input
                  type="color"
                  aria-label="Pick brand colour"
                  value={colour}
                  onChange={(e) => {
                    setNotice(null);
                    setDraft((d) => ({ ...d, brandColor: e.target.value }));
                  }}
                  className="h-9 w-11 shrink-0 cursor-pointer rounded-md border border-zinc-300 bg-white p-1"
                />
                <Input
                  {...describedBy("screener-brandColor", { error: err("brandColor"), hint: true })}
                  value={draft.brandColor}
                  onChange={set("brandColor")}
                  placeholder={DEFAULT_BRAND}
                  maxLength={7}
                  spellCheck={false}
                  className="font-mono"
                />
              </div>
            </Field>
            {text("logoUrl", {
              max: 2000,
              hint: "An https:// image shown at the top of the page.",
              placeholder: "https://example.com/logo.svg",
            })}
            {text("incentive", { max: 200, hint: "What participants get for taking part.", placeholder: "A $30 gift card" })}
            <Field
              id="screener-maxParticipants"
              label={LABELS.maxParticipants}
              optional
              hint="When this many people qualify, later responses are turned away. Empty means no limit."
              error={maxError}
            >
              <Input
                {...describedBy("screener-maxParticipants", { error: maxError, hint: true })}
                inputMode="numeric"
                value={draft.maxParticipants}
                onChange={set("maxParticipants")}
                placeholder="No limit"
              />
            </Field>
            <Field
              id="screener-interviewMode"
              label={LABELS.interviewMode}
              hint="Voice: the participant talks and the interviewer answers aloud; they can switch to typing at any time."
              error={err("interviewMode")}
            >
              <Select
                {...describedBy("screener-interviewMode", { error: err("interviewMode"), hint: true })}
                value={draft.interviewMode}
                onChange={set("interviewMode")}
              >
                <option value="text">{INTERVIEW_MODE_LABELS.text}</option>
                <option value="voice">{INTERVIEW_MODE_LABELS.voice}</option>
              </Select>
            </Field>
          </div>
          {general && <Alert tone="error">{general}</Alert>}
        </CardBody>
        <SaveBar notice={notice} dirty={dirty} pending={pending} canSave={!maxInvalid} onDiscard={() => setDraft(toDraft(baseline))} />
      </form>
    </Card>
  );
}

function SettingsReadOnly({ screener }: { screener: ScreenerData }) {
  const rows: [string, React.ReactNode][] = [
    [LABELS.title, screener.title],
    [LABELS.description, screener.description],
    [LABELS.welcomeMessage, screener.welcomeMessage],
    [LABELS.thankYouMessage, screener.thankYouMessage],
    [LABELS.disqualifiedMessage, screener.disqualifiedMessage],
    [LABELS.consentText, screener.consentText],
    [
      LABELS.brandColor,
      screener.brandColor ? (
        <span className="inline-flex items-center gap-2 font-mono">
          <span className="size-3.5 rounded-sm ring-1 ring-zinc-300" style={{ background: screener.brandColor }} aria-hidden="true" />
          {screener.brandColor}
        </span>
      ) : null,
    ],
    [LABELS.logoUrl, screener.logoUrl],
    [LABELS.incentive, screener.incentive],
    [LABELS.maxParticipants, screener.maxParticipants === null ? "No limit" : screener.maxParticipants.toLocaleString("en-US")],
    [LABELS.interviewMode, INTERVIEW_MODE_LABELS[screener.interviewMode]],
  ];
  return (
    <Card>
      <CardHeader title="Page and messages" description="What participants see on the screener page, and after they answer." />
      <CardBody>
        <dl className="divide-y divide-zinc-100">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[12rem_1fr]">
              <dt className="text-[13px] text-zinc-500">{label}</dt>
              <dd className="text-[13px] break-words whitespace-pre-line text-zinc-900">
                {value || <span className="text-zinc-500">Not set</span>}
              </dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
