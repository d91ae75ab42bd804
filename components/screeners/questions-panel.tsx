"use client";

import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/modal";
import { EmptyState } from "@/components/ui/empty-state";
import { answerBounds } from "@/lib/screeners/evaluate-screener";
import { QuestionEditor } from "./question-editor";
import { type QuestionData, QUESTION_TYPE_LABELS, type ScreenerData } from "./types";

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });

/** The rules of a question in plain words, for the read view. */
export function ruleSummary(q: QuestionData): string[] {
  const out: string[] = [];
  if (q.qualifyOptions.length) {
    out.push(
      `${q.type === "multiple_choice" ? "Qualifies only with at least one of" : "Qualifies only with"} ${q.qualifyOptions.map((o) => `“${o}”`).join(", ")}`,
    );
  }
  if (q.disqualifyOptions.length) out.push(`Screens out ${q.disqualifyOptions.map((o) => `“${o}”`).join(", ")}`);
  if (q.qualifyMin !== null && q.qualifyMax !== null) out.push(`Qualifies from ${fmt(q.qualifyMin)} to ${fmt(q.qualifyMax)}`);
  else if (q.qualifyMin !== null) out.push(`Qualifies from ${fmt(q.qualifyMin)}`);
  else if (q.qualifyMax !== null) out.push(`Qualifies up to ${fmt(q.qualifyMax)}`);
  return out;
}

function rangeText(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return `${fmt(min)} to ${fmt(max)}`;
  if (min !== null) return `${fmt(min)} or more`;
  if (max !== null) return `up to ${fmt(max)}`;
  return null;
}

function QuestionView({ q, number }: { q: QuestionData; number: number }) {
  const { min, max } = answerBounds(q);
  const rules = ruleSummary(q);
  return (
    <div className="min-w-0 space-y-2">
      <p className="text-sm font-medium text-zinc-900">
        <span className="mr-1.5 text-zinc-500 tabular-nums">{number}.</span>
        {q.text}
      </p>
      <p className="text-xs text-zinc-500">
        {QUESTION_TYPE_LABELS[q.type]} · {q.required ? "Required" : "Optional"}
        {(q.type === "number" || q.type === "scale") && rangeText(min, max) && ` · ${rangeText(min, max)}`}
      </p>
      {q.helpText && <p className="text-xs text-zinc-500 italic">{q.helpText}</p>}
      {q.options.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Options">
          {q.options.map((o) => {
            const rule = q.qualifyOptions.includes(o) ? "qualifies" : q.disqualifyOptions.includes(o) ? "disqualifies" : null;
            return (
              <li
                key={o}
                className={
                  rule === "qualifies"
                    ? "rounded-md bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800 ring-1 ring-emerald-200 ring-inset"
                    : rule === "disqualifies"
                      ? "rounded-md bg-red-50 px-2 py-0.5 text-xs text-red-700 ring-1 ring-red-200 ring-inset"
                      : "rounded-md bg-zinc-50 px-2 py-0.5 text-xs text-zinc-700 ring-1 ring-zinc-200 ring-inset"
                }
              >
                {o}
                {rule && <span className="sr-only"> ({rule})</span>}
                {rule === "qualifies" && <span aria-hidden="true"> ✓</span>}
                {rule === "disqualifies" && <span aria-hidden="true"> ✕</span>}
              </li>
            );
          })}
        </ul>
      )}
      {rules.length > 0 ? (
        <ul className="space-y-0.5 text-xs text-zinc-600" data-testid="question-rules">
          {rules.map((r) => (
            <li key={r} className="flex items-center gap-1.5">
              <svg
                viewBox="0 0 16 16"
                className="size-3.5 text-zinc-500"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                aria-hidden="true"
              >
                <path d="M3 4h10M3 8h7M3 12h4" strokeLinecap="round" />
              </svg>
              {r}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-zinc-500">No qualification rule</p>
      )}
    </div>
  );
}

/** The screener's questions: read view for everyone; add, edit, reorder and delete for members. */
export function QuestionsPanel({
  screener,
  canEdit,
  onChange,
}: {
  screener: ScreenerData;
  canEdit: boolean;
  onChange: (s: ScreenerData) => void;
}) {
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [deleting, setDeleting] = useState<QuestionData | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/v1/projects/${screener.projectId}/screeners/${screener.id}`;
  const questions = screener.questions;

  async function call(fn: () => Promise<{ screener: ScreenerData }>) {
    setBusy(true);
    setError(null);
    try {
      onChange((await fn()).screener);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const move = (index: number, by: -1 | 1) => {
    const ids = questions.map((q) => q.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    return call(() => api(`${url}/questions/reorder`, { method: "POST", body: { questionIds: ids } }));
  };

  return (
    <Card aria-labelledby="questions-heading">
      <CardHeader
        id="questions-heading"
        title="Questions"
        description="Participants answer them in this order. Rules decide who qualifies; the first failing question gives the reason you see in the responses."
      />
      {error && !deleting && (
        <div className="px-5 pt-4">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {questions.length === 0 && editing !== "new" ? (
        <EmptyState
          title="No questions yet"
          description={canEdit ? "Add at least one question before you activate the screener." : "This screener has no questions yet."}
          action={
            canEdit ? (
              <Button size="sm" onClick={() => setEditing("new")}>
                Add the first question
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ol className="divide-y divide-zinc-100">
          {questions.map((q, i) => (
            <li key={q.id} className="px-5 py-4" data-testid="question-item">
              {editing === q.id ? (
                <QuestionEditor
                  screenerUrl={url}
                  question={q}
                  onCancel={() => setEditing(null)}
                  onSaved={(s) => {
                    onChange(s);
                    setEditing(null);
                  }}
                />
              ) : (
                <div className="flex items-start justify-between gap-4">
                  <QuestionView q={q} number={i + 1} />
                  {canEdit && (
                    <div className="flex shrink-0 items-center gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Move question ${i + 1} up`}
                        disabled={i === 0 || busy}
                        onClick={() => move(i, -1)}
                      >
                        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true">
                          <path d="m5 12 5-5 5 5" strokeLinecap="round" strokeLinejoin="round" />
                        </svg>
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Move question ${i + 1} down`}
                        disabled={i === questions.length - 1 || busy}
                        onClick={() => move(i, 1)}
                      >
                        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true">
                          <path d="m5 8 5 5 5-5" strokeLinecap="round" strokeLinejoin="round" />
                        </svg>
                      </Button>
                      <Button
                        size="sm"
                        variant="secondary"
                        aria-label={`Edit question ${i + 1}`}
                        onClick={() => setEditing(q.id)}
                        disabled={busy}
                      >
                        Edit
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        className="text-red-700 hover:bg-red-50 hover:text-red-800"
                        aria-label={`Delete question ${i + 1}`}
                        onClick={() => setDeleting(q)}
                        disabled={busy}
                      >
                        Delete
                      </Button>
                    </div>
                  )}
                </div>
              )}
            </li>
          ))}
          {editing === "new" && (
            <li className="bg-zinc-50/60 px-5 py-4">
              <p className="mb-3 text-[13px] font-semibold text-zinc-900">New question</p>
              <QuestionEditor
                screenerUrl={url}
                question={null}
                onCancel={() => setEditing(null)}
                onSaved={(s) => {
                  onChange(s);
                  setEditing(null);
                }}
              />
            </li>
          )}
        </ol>
      )}
      {canEdit && questions.length > 0 && editing !== "new" && (
        <CardBody className="border-t border-zinc-100 py-3">
          <Button size="sm" variant="secondary" onClick={() => setEditing("new")}>
            Add question
          </Button>
        </CardBody>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => {
          setDeleting(null);
          setError(null);
        }}
        title="Delete this question?"
        description={<>“{deleting?.text}” and its rules will be removed. Answers already given to it stay in the stored responses.</>}
        confirmLabel="Delete question"
        pending={busy}
        error={deleting ? error : null}
        onConfirm={async () => {
          if (deleting && (await call(() => api(`${url}/questions/${deleting.id}`, { method: "DELETE" })))) setDeleting(null);
        }}
      />
    </Card>
  );
}
