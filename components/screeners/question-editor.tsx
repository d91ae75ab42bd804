"use client";

import { useId, useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { QuestionType } from "@/generated/prisma/enums";
import { isChoice, isNumeric, QUESTION_TYPES, SCALE_DEFAULT } from "@/lib/screeners/schemas";
import { type QuestionData, QUESTION_TYPE_LABELS, type ScreenerData } from "./types";

type Rule = "qualify" | "neutral" | "disqualify";
interface OptionRow {
  key: string;
  text: string;
  rule: Rule;
}
interface Draft {
  text: string;
  helpText: string;
  type: QuestionType;
  required: boolean;
  options: OptionRow[];
  min: string;
  max: string;
  qualifyMin: string;
  qualifyMax: string;
}

let rowCounter = 0;
const row = (text = "", rule: Rule = "neutral"): OptionRow => ({ key: `row-${rowCounter++}`, text, rule });
const str = (n: number | null) => (n === null ? "" : String(n));

function toDraft(q: QuestionData | null): Draft {
  if (!q)
    return {
      text: "",
      helpText: "",
      type: "single_choice",
      required: true,
      options: [row(), row()],
      min: "",
      max: "",
      qualifyMin: "",
      qualifyMax: "",
    };
  return {
    text: q.text,
    helpText: q.helpText ?? "",
    type: q.type,
    required: q.required,
    options: q.options.map((o) =>
      row(o, q.qualifyOptions.includes(o) ? "qualify" : q.disqualifyOptions.includes(o) ? "disqualify" : "neutral"),
    ),
    min: str(q.min),
    max: str(q.max),
    qualifyMin: str(q.qualifyMin),
    qualifyMax: str(q.qualifyMax),
  };
}

type NumberField = "min" | "max" | "qualifyMin" | "qualifyMax";
const NUMBER_FIELDS: NumberField[] = ["min", "max", "qualifyMin", "qualifyMax"];

/** The complete question as the API takes it (create and update send every field, so a type change is one call). */
function toBody(d: Draft) {
  const num = (v: string) => (v.trim() === "" ? null : Number(v));
  const choice = isChoice(d.type);
  const numeric = isNumeric(d.type);
  const texts = d.options.map((o) => o.text.trim());
  return {
    text: d.text,
    helpText: d.helpText.trim() || null,
    type: d.type,
    required: d.required,
    options: choice ? texts : [],
    qualifyOptions: choice ? d.options.filter((o) => o.rule === "qualify").map((o) => o.text.trim()) : [],
    disqualifyOptions: choice ? d.options.filter((o) => o.rule === "disqualify").map((o) => o.text.trim()) : [],
    min: numeric ? num(d.min) : null,
    max: numeric ? num(d.max) : null,
    qualifyMin: numeric ? num(d.qualifyMin) : null,
    qualifyMax: numeric ? num(d.qualifyMax) : null,
  };
}

/** Problems we can name before asking the server: numbers that are not numbers. */
function localErrors(d: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isNumeric(d.type)) return out;
  for (const f of NUMBER_FIELDS) if (d[f].trim() !== "" && !Number.isFinite(Number(d[f]))) out[f] = "must be a number";
  return out;
}

const RULES: { value: Rule; label: string; active: string }[] = [
  { value: "qualify", label: "Qualifies", active: "bg-emerald-600 text-white" },
  { value: "neutral", label: "Neutral", active: "bg-zinc-700 text-white" },
  { value: "disqualify", label: "Disqualifies", active: "bg-red-600 text-white" },
];

function RuleToggle({ name, option, value, onChange }: { name: string; option: string; value: Rule; onChange: (r: Rule) => void }) {
  return (
    <fieldset className="shrink-0">
      <legend className="sr-only">Rule for {option ? `“${option}”` : "this option"}</legend>
      <div className="inline-flex rounded-md border border-zinc-300 bg-white p-0.5 shadow-xs">
        {RULES.map((r) => (
          <label
            key={r.value}
            className={cx(
              "cursor-pointer rounded px-2 py-1 text-xs font-medium transition-colors has-focus-visible:outline-2 has-focus-visible:outline-indigo-600",
              value === r.value ? r.active : "text-zinc-600 hover:bg-zinc-100",
            )}
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={r.value}
              checked={value === r.value}
              onChange={() => onChange(r.value)}
            />
            {r.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Adds a question (question = null) or edits one. Saves through the API and hands the updated
 * screener back. Rules are edited per option (qualifies / neutral / disqualifies) and, for number
 * and scale questions, as a qualifying range.
 */
export function QuestionEditor({
  screenerUrl,
  question,
  onSaved,
  onCancel,
}: {
  screenerUrl: string;
  question: QuestionData | null;
  onSaved: (screener: ScreenerData) => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(question));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const id = (name: string) => `${uid}-${name}`;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setOption = (key: string, patch: Partial<OptionRow>) =>
    setDraft((d) => ({ ...d, options: d.options.map((o) => (o.key === key ? { ...o, ...patch } : o)) }));

  function changeType(type: QuestionType) {
    setDraft((d) => ({
      ...d,
      type,
      options: isChoice(type) && d.options.length === 0 ? [row(), row()] : d.options,
      // bounds mean different things per type; start the new type clean
      ...(isNumeric(type) && type !== d.type ? { min: "", max: "", qualifyMin: "", qualifyMax: "" } : {}),
    }));
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const found = localErrors(draft);
    setLocal(found);
    if (Object.keys(found).length) return;
    setPending(true);
    setError(null);
    try {
      const body = toBody(draft);
      const result = question
        ? await api<{ screener: ScreenerData }>(`${screenerUrl}/questions/${question.id}`, { method: "PATCH", body })
        : await api<{ screener: ScreenerData }>(`${screenerUrl}/questions`, { method: "POST", body });
      onSaved(result.screener);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  const choice = isChoice(draft.type);
  const numeric = isNumeric(draft.type);
  const optionLabel = (i: number) => `Option ${i + 1}${draft.options[i]?.text.trim() ? ` (“${draft.options[i].text.trim()}”)` : ""}`;
  const errors = {
    text: fieldError(error, "text", "Question"),
    helpText: fieldError(error, "helpText", "Help text"),
    type: fieldError(error, "type", "Type"),
    options: fieldError(error, "options", "Options", optionLabel),
    rules:
      [fieldError(error, "qualifyOptions", "Qualifying options"), fieldError(error, "disqualifyOptions", "Disqualifying options")]
        .filter(Boolean)
        .join(" · ") || null,
    min: local.min ? `Minimum ${local.min}` : fieldError(error, "min", "Minimum"),
    max: local.max ? `Maximum ${local.max}` : fieldError(error, "max", "Maximum"),
    qualifyMin: local.qualifyMin ? `Qualifying minimum ${local.qualifyMin}` : fieldError(error, "qualifyMin", "Qualifying minimum"),
    qualifyMax: local.qualifyMax ? `Qualifying maximum ${local.qualifyMax}` : fieldError(error, "qualifyMax", "Qualifying maximum"),
  };
  const general = formLevelError(error, [
    "text",
    "helpText",
    "type",
    "options",
    "qualifyOptions",
    "disqualifyOptions",
    "min",
    "max",
    "qualifyMin",
    "qualifyMax",
  ]);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={question ? "Edit question" : "New question"} className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field id={id("text")} label="Question" error={errors.text}>
          <Input
            {...describedBy(id("text"), { error: errors.text })}
            value={draft.text}
            onChange={(e) => set("text", e.target.value)}
            maxLength={500}
            placeholder="How often do you send invoices?"
          />
        </Field>
        <Field id={id("type")} label="Answer type" error={errors.type}>
          <Select
            {...describedBy(id("type"), { error: errors.type })}
            value={draft.type}
            onChange={(e) => changeType(e.target.value as QuestionType)}
          >
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={id("help")} label="Help text" optional error={errors.helpText} hint="Shown under the question.">
        <Textarea
          {...describedBy(id("help"), { error: errors.helpText, hint: true })}
          rows={2}
          value={draft.helpText}
          onChange={(e) => set("helpText", e.target.value)}
          maxLength={1000}
        />
      </Field>
      <label className="flex items-center gap-2 text-[13px] font-medium text-zinc-800">
        <input
          type="checkbox"
          className="size-4 accent-zinc-900"
          checked={draft.required}
          onChange={(e) => set("required", e.target.checked)}
        />
        Required
      </label>

      {choice && (
        <div className="space-y-2">
          <div>
            <p className="text-[13px] font-medium text-zinc-800">Options and rules</p>
            <p className="text-xs text-zinc-500">
              <strong className="font-medium text-emerald-700">Qualifies</strong>: when any option is marked, participants must pick one of
              them. <strong className="font-medium text-red-700">Disqualifies</strong>: picking it screens the participant out. Neutral
              options have no effect.
            </p>
          </div>
          <ul className="space-y-2" aria-label="Options">
            {draft.options.map((o, i) => (
              <li key={o.key} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
                <Input
                  aria-label={`Option ${i + 1}`}
                  value={o.text}
                  onChange={(e) => setOption(o.key, { text: e.target.value })}
                  maxLength={200}
                  className="min-w-0 flex-1"
                  placeholder={`Option ${i + 1}`}
                />
                <RuleToggle
                  name={id(`rule-${o.key}`)}
                  option={o.text.trim() || `Option ${i + 1}`}
                  value={o.rule}
                  onChange={(rule) => setOption(o.key, { rule })}
                />
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove option ${i + 1}`}
                  onClick={() => setDraft((d) => ({ ...d, options: d.options.filter((x) => x.key !== o.key) }))}
                  disabled={draft.options.length <= 1}
                >
                  <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true">
                    <path d="M5 5l10 10M15 5 5 15" strokeLinecap="round" />
                  </svg>
                </Button>
              </li>
            ))}
          </ul>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setDraft((d) => ({ ...d, options: [...d.options, row()] }))}
            disabled={draft.options.length >= 50}
          >
            Add option
          </Button>
          {errors.options && (
            <p className="text-xs font-medium text-red-600" role="alert">
              {errors.options}
            </p>
          )}
          {errors.rules && (
            <p className="text-xs font-medium text-red-600" role="alert">
              {errors.rules}
            </p>
          )}
        </div>
      )}

      {numeric && (
        <div className="space-y-4">
          <div className="grid grid-cols-2 gap-4 sm:max-w-md">
            <Field id={id("min")} label="Lowest answer" optional={draft.type === "number"} error={errors.min}>
              <Input
                {...describedBy(id("min"), { error: errors.min })}
                inputMode="decimal"
                value={draft.min}
                onChange={(e) => set("min", e.target.value)}
                placeholder={draft.type === "scale" ? String(SCALE_DEFAULT.min) : "No limit"}
              />
            </Field>
            <Field id={id("max")} label="Highest answer" optional={draft.type === "number"} error={errors.max}>
              <Input
                {...describedBy(id("max"), { error: errors.max })}
                inputMode="decimal"
                value={draft.max}
                onChange={(e) => set("max", e.target.value)}
                placeholder={draft.type === "scale" ? String(SCALE_DEFAULT.max) : "No limit"}
              />
            </Field>
          </div>
          {draft.type === "scale" && (
            <p className="-mt-2 text-xs text-zinc-500">
              Whole numbers, at most 11 points (for example 0–10). Empty means {SCALE_DEFAULT.min}–{SCALE_DEFAULT.max}.
            </p>
          )}
          <fieldset className="rounded-md border border-zinc-200 bg-zinc-50/60 px-4 pt-2 pb-4">
            <legend className="px-1 text-[13px] font-medium text-zinc-800">Qualifying range</legend>
            <p className="mb-3 text-xs text-zinc-500">
              Answers outside this range screen the participant out. Leave a side empty for no limit.
            </p>
            <div className="grid grid-cols-2 gap-4 sm:max-w-md">
              <Field id={id("qmin")} label="Qualifies from" optional error={errors.qualifyMin}>
                <Input
                  {...describedBy(id("qmin"), { error: errors.qualifyMin })}
                  inputMode="decimal"
                  value={draft.qualifyMin}
                  onChange={(e) => set("qualifyMin", e.target.value)}
                  placeholder="No minimum"
                />
              </Field>
              <Field id={id("qmax")} label="Qualifies up to" optional error={errors.qualifyMax}>
                <Input
                  {...describedBy(id("qmax"), { error: errors.qualifyMax })}
                  inputMode="decimal"
                  value={draft.qualifyMax}
                  onChange={(e) => set("qualifyMax", e.target.value)}
                  placeholder="No maximum"
                />
              </Field>
            </div>
          </fieldset>
        </div>
      )}

      {general && <Alert tone="error">{general}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {question ? "Save question" : "Add question"}
        </Button>
      </div>
    </form>
  );
}
