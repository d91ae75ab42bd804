"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { cx } from "@/components/ui/cx";
import { useHydrated } from "@/components/use-hydrated";
import { translateAnswerError } from "@/lib/i18n/answer-errors";
import { answerBounds, validateAnswers } from "@/lib/screeners/evaluate-screener";
import { multipleChoiceHint } from "@/lib/screeners/answer-hints";
import type { PublicQuestion, PublicScreener } from "@/lib/screeners/public-screener-view";
import { LIMITS } from "@/lib/screeners/schemas";
import { ConsentBox, InterviewConsents } from "./interview-consents";
import { PublicNotice } from "./public-shell";

type Draft = Record<string, string | string[]>;
type Errors = Record<string, string>;
type Outcome = { kind: "qualified"; interviewUrl: string } | { kind: "disqualified"; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const control =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3.5 text-[15px] text-zinc-900 shadow-xs transition-colors placeholder:text-zinc-500 " +
  "focus:border-(--brand) focus:outline-2 focus:-outline-offset-1 focus:outline-(--brand) aria-invalid:border-red-400 disabled:bg-zinc-50";

function toPayload(questions: PublicQuestion[], draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const v = draft[q.id];
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    out[q.id] =
      (q.type === "number" || q.type === "scale") && typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : v;
  }
  return out;
}

export function ScreenerForm({
  screener,
  publicKey,
  utm,
  preview,
  language,
}: {
  screener: PublicScreener;
  publicKey: string;
  utm: Record<string, string>;
  preview: boolean;
  /** the page's language (link, picker, browser or project default): it becomes the session's (issue #17) */
  language?: string;
}) {
  const t = useTranslations("participant.form");
  const tAnswer = useTranslations("participant.answer");
  // a researcher's text shown in the main language because this language has none carries its own lang;
  // researcher texts take their direction from their own script (dir="auto"), so English punctuation stays put on an Arabic page
  const langOf = (field: PublicScreener["fallback"][number]) => (screener.fallback?.includes(field) ? screener.mainLanguage : undefined);
  const [draft, setDraft] = useState<Draft>({});
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [consents, setConsents] = useState({ recording: false, analytics: false, followUp: false });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const start = useRef<Promise<boolean> | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const outcomeRef = useRef<HTMLHeadingElement>(null);
  const query = `key=${encodeURIComponent(publicKey)}`;

  // The funnel's "start": the first time the participant answers anything, once per page.
  function noteStart() {
    if (preview || start.current) return;
    start.current = api(`/api/sdk/screeners/${screener.id}/start?${query}`, { method: "POST" }).then(
      () => true,
      () => false,
    );
  }

  function clearError(field: string) {
    setErrors((e) => {
      if (!(field in e)) return e;
      const next = { ...e };
      delete next[field];
      return next;
    });
  }

  function setAnswer(id: string, value: string | string[]) {
    noteStart();
    setDraft((d) => ({ ...d, [id]: value }));
    clearError(`answers.${id}`);
  }

  function validate(): Errors {
    const found: Errors = {};
    const { errors: answerErrors } = validateAnswers(screener.questions, toPayload(screener.questions, draft));
    for (const [id, messages] of Object.entries(answerErrors)) found[`answers.${id}`] = translateAnswerError(messages[0], tAnswer);
    if (email.trim() && !EMAIL.test(email.trim())) found.participantEmail = t("emailInvalid");
    if (consents.followUp && !email.trim()) found.participantEmail = t("followUpNeedsEmail");
    return found;
  }

  function showErrors(found: Errors) {
    setErrors(found);
    const order = [...screener.questions.map((q) => `answers.${q.id}`), "participantName", "participantEmail"];
    const first = order.find((f) => f in found);
    if (first) {
      requestAnimationFrame(() => {
        const el = document.querySelector<HTMLElement>(
          `[data-field="${CSS.escape(first)}"] input, [data-field="${CSS.escape(first)}"] textarea`,
        );
        el?.focus();
      });
    }
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (preview || submitting) return;
    setFormError(null);
    const found = validate();
    if (Object.keys(found).length) {
      showErrors(found);
      return;
    }
    setSubmitting(true);
    try {
      const startRecorded = start.current ? await start.current : false;
      const result = await api<{ qualified: true; interviewUrl: string } | { qualified: false; message: string }>(
        `/api/sdk/screeners/${screener.id}/responses?${query}`,
        {
          method: "POST",
          body: {
            answers: toPayload(screener.questions, draft),
            participantName: name.trim() || null,
            participantEmail: email.trim() || null,
            consents,
            utm: Object.keys(utm).length ? utm : undefined,
            startRecorded,
            language,
          },
        },
      );
      if (result.qualified) {
        setOutcome({ kind: "qualified", interviewUrl: result.interviewUrl });
        window.location.assign(result.interviewUrl);
      } else {
        setOutcome({ kind: "disqualified", message: result.message });
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && Object.keys(err.fields).length) {
        const found: Errors = {};
        for (const [field, messages] of Object.entries(err.fields)) found[field] = messages[0];
        const known = (f: string) => f.startsWith("answers.") || f === "participantName" || f === "participantEmail";
        const unknown = Object.keys(found).filter((f) => !known(f));
        if (unknown.length) setFormError(t("rejected", { fields: unknown.join(", ") }));
        showErrors(found);
      } else if (err instanceof ApiError && err.status === 401) {
        setFormError(t("linkInvalid"));
      } else if (err instanceof ApiError && err.status === 429) {
        setFormError(t("tooManyAttempts"));
      } else if (err instanceof ApiError) {
        setFormError(err.message);
      } else {
        setFormError(t("somethingWrong"));
      }
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSubmitting(false);
    }
  }

  // the form the participant was in is gone: focus goes to the result's heading, not to <body>
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  if (outcome?.kind === "disqualified") {
    return (
      <PublicNotice icon="done" title={t("disqualifiedTitle")} testId="screener-disqualified" live headingRef={outcomeRef}>
        {outcome.message}
      </PublicNotice>
    );
  }
  if (outcome?.kind === "qualified") {
    return (
      <PublicNotice icon="done" title={t("qualifiedTitle")} testId="screener-qualified" live headingRef={outcomeRef}>
        {t.rich("qualifiedBody", {
          link: (chunks) => (
            <a href={outcome.interviewUrl} className="font-medium text-(color:--brand) underline">
              {chunks}
            </a>
          ),
        })}
      </PublicNotice>
    );
  }

  const errorCount = Object.keys(errors).length;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="screener-title" className="space-y-6">
      {preview && (
        <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t.rich("preview", { status: screener.status, strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
        </p>
      )}

      <header className="space-y-3">
        <h1
          id="screener-title"
          lang={langOf("title")}
          dir="auto"
          className="text-2xl font-semibold tracking-tight text-balance text-zinc-900 sm:text-3xl"
        >
          {screener.title}
        </h1>
        {screener.description && (
          <p lang={langOf("description")} dir="auto" className="text-[15px] leading-relaxed whitespace-pre-line text-zinc-600">
            {screener.description}
          </p>
        )}
        {screener.welcomeMessage && (
          <p lang={langOf("welcomeMessage")} dir="auto" className="text-[15px] leading-relaxed whitespace-pre-line text-zinc-800">
            {screener.welcomeMessage}
          </p>
        )}
        {screener.incentive && (
          <p
            className="inline-flex items-center gap-2 rounded-full bg-(--brand)/10 px-3 py-1 text-sm font-medium text-zinc-900"
            data-testid="screener-incentive"
          >
            <svg
              viewBox="0 0 20 20"
              className="size-4 text-(color:--brand)"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.75"
              aria-hidden="true"
            >
              <rect x="3" y="8" width="14" height="9" rx="1.5" />
              <path
                d="M2.5 5.5h15V8h-15zM10 5.5V17M10 5.5S8.5 2.5 6.5 3 6 5.5 10 5.5ZM10 5.5s1.5-3 3.5-2.5.5 2.5-3.5 2.5Z"
                strokeLinejoin="round"
              />
            </svg>
            <span>
              <span className="sr-only">{t("incentive")}</span>
              <span dir="auto">{screener.incentive}</span>
            </span>
          </p>
        )}
      </header>

      {(errorCount > 0 || formError) && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 focus:outline-none"
          data-testid="form-errors"
        >
          {formError ?? t("errorCount", { count: errorCount })}
        </div>
      )}

      <section className="rounded-xl border border-zinc-200 bg-white shadow-sm" aria-labelledby="questions-title">
        <div className="border-b border-zinc-100 px-5 py-4 sm:px-6">
          <h2 id="questions-title" className="text-base font-semibold text-zinc-900">
            {t("questionsTitle")}
          </h2>
          <p className="mt-0.5 text-[13px] text-zinc-500">
            {t.rich("requiredNote", {
              mark: (chunks) => (
                <span aria-hidden="true" className="text-red-600">
                  {chunks}
                </span>
              ),
              sr: (chunks) => <span className="sr-only">{chunks}</span>,
            })}
          </p>
        </div>
        <ol className="divide-y divide-zinc-100">
          {screener.questions.map((q, i) => (
            <li key={q.id} className="px-5 py-5 sm:px-6" data-field={`answers.${q.id}`}>
              <QuestionInput
                number={i + 1}
                question={q}
                value={draft[q.id]}
                error={errors[`answers.${q.id}`]}
                onChange={(v) => setAnswer(q.id, v)}
                disabled={submitting}
                mainLanguage={screener.mainLanguage}
              />
            </li>
          ))}
        </ol>
      </section>

      <section className="space-y-4 rounded-xl border border-zinc-200 bg-white px-5 py-5 shadow-sm sm:px-6" aria-labelledby="about-title">
        <div>
          <h2 id="about-title" className="text-base font-semibold text-zinc-900">
            {t("aboutTitle")}
          </h2>
          <p className="mt-0.5 text-[13px] text-zinc-500">{t("aboutHint")}</p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="participant-name"
            field="participantName"
            label={t("name")}
            value={name}
            error={errors.participantName}
            autoComplete="name"
            onChange={(v) => {
              noteStart();
              setName(v);
              clearError("participantName");
            }}
          />
          <TextField
            id="participant-email"
            field="participantEmail"
            label={t("email")}
            type="email"
            value={email}
            error={errors.participantEmail}
            autoComplete="email"
            onChange={(v) => {
              noteStart();
              setEmail(v);
              clearError("participantEmail");
            }}
          />
        </div>
      </section>

      <section className="space-y-4 rounded-xl border border-zinc-200 bg-white px-5 py-5 shadow-sm sm:px-6" aria-labelledby="consent-title">
        <h2 id="consent-title" className="text-base font-semibold text-zinc-900">
          {t("consentTitle")}
        </h2>
        <div className="flex gap-3 rounded-lg bg-zinc-50 px-4 py-3 text-sm leading-relaxed text-zinc-700" data-testid="ai-disclosure">
          <svg
            viewBox="0 0 20 20"
            className="mt-0.5 size-4 shrink-0 text-(color:--brand)"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.75"
            aria-hidden="true"
          >
            <rect x="4" y="6" width="12" height="10" rx="2" />
            <path d="M10 3v3M7.5 10.5h.01M12.5 10.5h.01M8 13.5h4" strokeLinecap="round" />
          </svg>
          <p>{t.rich("aiDisclosure", { strong: (chunks) => <strong className="font-semibold text-zinc-900">{chunks}</strong> })}</p>
        </div>
        {screener.consentText && (
          <p
            lang={langOf("consentText")}
            dir="auto"
            className="text-sm leading-relaxed whitespace-pre-line text-zinc-600"
            data-testid="consent-text"
          >
            {screener.consentText}
          </p>
        )}
        <InterviewConsents consents={consents} onChange={(patch) => setConsents((c) => ({ ...c, ...patch }))}>
          <ConsentBox
            id="consent-follow-up"
            checked={consents.followUp}
            onChange={(v) => {
              setConsents((c) => ({ ...c, followUp: v }));
              if (!v) clearError("participantEmail");
            }}
            label={t("followUpConsent")}
            hint={t("followUpHint")}
          />
        </InterviewConsents>
      </section>

      <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-zinc-500">{t("privacy")}</p>
        <button
          type="submit"
          disabled={!hydrated || preview || submitting}
          aria-busy={submitting || undefined}
          className="inline-flex h-11 items-center justify-center gap-2 rounded-lg bg-(--brand) px-6 text-[15px] font-semibold text-(color:--brand-fg) shadow-sm transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand) disabled:opacity-60"
        >
          {submitting && (
            <svg className="size-4 animate-spin" viewBox="0 0 24 24" fill="none" aria-hidden="true">
              <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
              <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
            </svg>
          )}
          {preview ? t("previewSubmit") : submitting ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}

function RequiredMark() {
  const t = useTranslations("participant.form");
  return (
    <>
      <span aria-hidden="true" className="ms-1 text-red-600">
        *
      </span>
      <span className="sr-only">{t("required")}</span>
    </>
  );
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-2 text-sm font-medium text-red-600">
      {error}
    </p>
  );
}

function QuestionInput({
  number,
  question: q,
  value,
  error,
  onChange,
  disabled,
  mainLanguage,
}: {
  number: number;
  question: PublicQuestion;
  /** the language of the researcher's main texts, for the ones shown untranslated */
  mainLanguage?: string;
  value: string | string[] | undefined;
  error?: string;
  onChange: (v: string | string[]) => void;
  disabled: boolean;
}) {
  const t = useTranslations("participant.form");
  const base = `q-${q.id}`;
  // the researcher's text in the main language (no translation for this one): its own lang, for screen readers and fonts
  const fallbackLang = (field: "text" | "helpText" | "options") => (q.fallback?.includes(field) ? mainLanguage : undefined);
  const errorId = `${base}-error`;
  const helpId = `${base}-help`;
  const describedBy = [q.helpText ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const title = (
    <>
      <span className="me-1.5 text-zinc-500 tabular-nums">{number}.</span>
      <span lang={fallbackLang("text")} dir="auto">
        {q.text}
      </span>
      {q.required && <RequiredMark />}
    </>
  );
  const help = q.helpText ? (
    <p id={helpId} lang={fallbackLang("helpText")} dir="auto" className="mt-1 text-sm text-zinc-500">
      {q.helpText}
    </p>
  ) : null;
  const titleClass = "text-[15px] font-medium text-zinc-900";

  if (q.type === "single_choice" || q.type === "multiple_choice") {
    const multiple = q.type === "multiple_choice";
    const picked = multiple ? ((value as string[] | undefined) ?? []) : value;
    return (
      <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend className={titleClass}>{title}</legend>
        {help}
        {multiple && multipleChoiceHint(q.helpText) && <p className="mt-1 text-[13px] text-zinc-500">{t("multipleHint")}</p>}
        <div className="mt-3 grid gap-2">
          {q.options.map((o, i) => {
            const checked = multiple ? (picked as string[]).includes(o) : picked === o;
            return (
              <label
                key={o}
                htmlFor={`${base}-${i}`}
                className={cx(
                  "flex cursor-pointer items-center gap-3 rounded-lg border px-3.5 py-2.5 text-[15px] transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-(--brand)",
                  checked
                    ? "border-(--brand) bg-(--brand)/5 text-zinc-900"
                    : "border-zinc-200 bg-white text-zinc-800 hover:border-zinc-300 hover:bg-zinc-50",
                )}
              >
                <input
                  id={`${base}-${i}`}
                  type={multiple ? "checkbox" : "radio"}
                  name={base}
                  value={o}
                  checked={checked}
                  disabled={disabled}
                  onChange={(e) => {
                    if (!multiple) onChange(o);
                    else onChange(e.target.checked ? [...(picked as string[]), o] : (picked as string[]).filter((x) => x !== o));
                  }}
                  className="size-4 shrink-0 accent-(--brand)"
                />
                <span lang={fallbackLang("options")} dir="auto">
                  {q.optionLabels?.[i] ?? o}
                </span>
              </label>
            );
          })}
        </div>
        <ErrorText id={errorId} error={error} />
      </fieldset>
    );
  }

  if (q.type === "scale") {
    const { min, max } = answerBounds(q);
    const points = Array.from({ length: max! - min! + 1 }, (_, i) => min! + i);
    return (
      <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend className={titleClass}>{title}</legend>
        {help}
        {/* buttons and their end labels share one box as wide as the buttons, so "1" and "5" sit under the first and last */}
        <div className="mt-3 w-full sm:w-fit">
          <div className="flex flex-wrap gap-1.5">
            {points.map((p) => {
              const checked = value === String(p);
              return (
                <label
                  key={p}
                  className={cx(
                    "grid h-11 min-w-11 flex-1 cursor-pointer place-items-center rounded-lg border text-[15px] font-medium tabular-nums transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-(--brand) sm:flex-none",
                    checked
                      ? "border-(--brand) bg-(--brand) text-(color:--brand-fg)"
                      : "border-zinc-200 bg-white text-zinc-800 hover:border-zinc-300 hover:bg-zinc-50",
                  )}
                >
                  <input
                    type="radio"
                    name={base}
                    value={p}
                    checked={checked}
                    disabled={disabled}
                    onChange={() => onChange(String(p))}
                    className="sr-only"
                  />
                  {p}
                </label>
              );
            })}
          </div>
          <div className="mt-1.5 flex justify-between text-xs text-zinc-500" aria-hidden="true" data-testid="scale-ends">
            <span className="min-w-11 text-center">{min}</span>
            <span className="min-w-11 text-center">{max}</span>
          </div>
        </div>
        <ErrorText id={errorId} error={error} />
      </fieldset>
    );
  }

  const inputId = `${base}-input`;
  return (
    <div>
      <label htmlFor={inputId} className={cx("block", titleClass)}>
        {title}
      </label>
      {help}
      <div className="mt-3">
        {q.type === "text" ? (
          <textarea
            id={inputId}
            rows={4}
            maxLength={LIMITS.textAnswerLength}
            value={(value as string | undefined) ?? ""}
            onChange={(e) => onChange(e.target.value)}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            aria-required={q.required || undefined}
            className={cx(control, "py-2.5 leading-relaxed")}
          />
        ) : (
          <input
            id={inputId}
            type={q.type === "number" ? "number" : "date"}
            inputMode={q.type === "number" ? "decimal" : undefined}
            step={q.type === "number" ? "any" : undefined}
            min={q.min ?? undefined}
            max={q.max ?? undefined}
            value={(value as string | undefined) ?? ""}
            onChange={(e) => onChange(e.target.value)}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            aria-required={q.required || undefined}
            className={cx(control, "h-11", q.type === "number" ? "max-w-[12rem]" : "max-w-[14rem]")}
          />
        )}
        {q.type === "number" && (q.min !== null || q.max !== null) && (
          <p className="mt-1.5 text-xs text-zinc-500">
            {q.min !== null && q.max !== null
              ? t("numberBetween", { min: q.min, max: q.max })
              : q.min !== null
                ? t("numberAtLeast", { min: q.min })
                : t("numberAtMost", { max: q.max! })}
          </p>
        )}
      </div>
      <ErrorText id={errorId} error={error} />
    </div>
  );
}

function TextField({
  id,
  field,
  label,
  value,
  error,
  onChange,
  type = "text",
  autoComplete,
}: {
  id: string;
  field: string;
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  type?: string;
  autoComplete?: string;
}) {
  return (
    <div data-field={field}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        maxLength={type === "email" ? 320 : 200}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cx(control, "mt-1.5 h-11")}
      />
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}
