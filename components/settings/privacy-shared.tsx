"use client";
// Shared by Settings → Privacy: the API's erasure and export views (the data-rights contract), their
// status badges and labels, byte sizes, and the poll that follows a request while the job runs.
import { useEffect, useRef } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export type DataRightsStatus = "pending" | "running" | "completed" | "failed";

export type JobProgress = { step?: string; done?: number; total?: number };

export interface ErasureView {
  id: string;
  status: DataRightsStatus;
  emailHash: string;
  requestedBy: { kind: "user" | "secret_key"; id: string | null };
  progress: JobProgress;
  removed: Record<string, number>;
  githubNote: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
}

export interface ExportView {
  id: string;
  kind: "participant" | "project";
  status: DataRightsStatus;
  emailHash: string | null;
  /** { step, done, total } while it runs; the server stores it as free JSON, so it is read with care */
  progress: unknown;
  counts: Record<string, number>;
  sizeBytes: number | null;
  downloadUrl: string | null;
  error: string | null;
  createdAt: string;
  completedAt: string | null;
  expiresAt: string | null;
}

export const isRunning = (status: DataRightsStatus) => status === "pending" || status === "running";

const STATUS: Record<DataRightsStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: "Queued", tone: "neutral" },
  running: { label: "Running", tone: "indigo" },
  completed: { label: "Completed", tone: "green" },
  failed: { label: "Failed", tone: "red" },
};

export function StatusBadge({ status }: { status: DataRightsStatus }) {
  const s = STATUS[status] ?? { label: status, tone: "neutral" as const };
  return <Badge tone={s.tone}>{s.label}</Badge>;
}

/** "step 2 of 5 · sessions" style text for a job's progress; null before the job reports any. */
export function describeProgress(value: unknown): string | null {
  const progress = (value && typeof value === "object" ? value : {}) as JobProgress;
  if (typeof progress.step !== "string" || !progress.step) return null;
  const step = humanize(progress.step);
  return typeof progress.total === "number" && progress.total > 0 ? `${step}: ${progress.done ?? 0} of ${progress.total}` : step;
}

/** camelCase or snake_case keys the server sends ("mediaObjects", "screener_responses") as words. */
export function humanize(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The first characters of a hash: enough to tell receipts apart, the whole value is in the title. */
export const shortHash = (hash: string) => (hash.length > 12 ? `${hash.slice(0, 12)}…` : hash);

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return "—";
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** A bare-bones check before asking the server, which validates for real. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/**
 * Calls `tick` every `everyMs` while `active`; the latest `tick` is always the one called (no stale
 * closure), and a tick never overlaps the previous one.
 */
export function usePoll(tick: () => Promise<void>, active: boolean, everyMs = 1_500) {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const loop = async () => {
      try {
        await latest.current();
      } finally {
        if (!cancelled) timer = setTimeout(loop, everyMs);
      }
    };
    timer = setTimeout(loop, everyMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [active, everyMs]);
}

/** The participant's email, as every data-rights form asks for it: typed as given, errors cleared on change. */
export function ParticipantEmailField({
  id,
  label,
  hint,
  value,
  error,
  onChange,
  className,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  className?: string;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <Input
        {...describedBy(id, { error, hint: Boolean(hint) })}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
