// What an erasure request row holds while its job runs and afterwards, read and written in one
// place. `progress` is { step, done, total } for people, plus the job's plan while it runs: the ids
// found by the first step and the quotes to take off GitHub, sealed like the email (they are the
// person's words). `removed` is the receipt: counts by kind, and a note about GitHub. The plan is
// dropped when the job ends, so a finished row holds no personal data.
import type { Prisma } from "@/generated/prisma/client";

export const ERASURE_STEPS = ["find", "sessions", "responses", "tasks", "github", "finish", "done"] as const;
export type ErasureStep = (typeof ERASURE_STEPS)[number];

export interface ErasurePlan {
  sessionIds: string[];
  /** screener responses with no session (disqualified, or the session was deleted earlier) */
  responseIds: string[];
  /** tasks linked to the person's signals: rescored once the signals are gone */
  taskIds: string[];
  /** implementations whose spec or pull-request body quoted the person */
  implementationIds: string[];
  /** encryptSecret(JSON of the person's quotes) under participantEmailCipherKey(), or null with none */
  sealedQuotes: string | null;
  /** per implementation, what the GitHub step did (absolute values, so a retried step does not add twice) */
  github: Record<string, { files: number; pullRequests: number; note: string | null }>;
  /** tasks left with no evidence (ids are not personal) */
  tasksLeftWithoutEvidence: string[];
  /** data exports whose file held the person's data: theirs, and whole-project exports (optional: older plans) */
  exportIds?: string[];
}

export interface ErasureProgress {
  step?: ErasureStep;
  done?: number;
  total?: number;
  plan?: ErasurePlan;
}

/** Receipt counts; every kind is present from the first step on, so a receipt always reads the same way. */
export const RECEIPT_KINDS = [
  "screenerResponses",
  "sessions",
  "messages",
  "events",
  "activity",
  "mediaObjects",
  "transcripts",
  "signals",
  "taskLinks",
  "usageRowsKept",
  "tasksRecomputed",
  "tasksLeftWithoutEvidence",
  "implementations",
  "githubFiles",
  "pullRequests",
  "exportFiles",
] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];
export type ReceiptCounts = Record<ReceiptKind, number>;

export interface ErasureReceipt {
  counts: ReceiptCounts;
  githubNote: string | null;
}

export const emptyCounts = (): ReceiptCounts => Object.fromEntries(RECEIPT_KINDS.map((k) => [k, 0])) as ReceiptCounts;

export function readProgress(json: Prisma.JsonValue): ErasureProgress {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as unknown as ErasureProgress) : {};
}

export function readReceipt(json: Prisma.JsonValue): ErasureReceipt {
  const raw = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "number") counts[k] = v;
  return {
    counts: { ...emptyCounts(), ...counts },
    githubNote: typeof raw.githubNote === "string" ? raw.githubNote : null,
  };
}

export function writeReceipt(receipt: ErasureReceipt): Prisma.InputJsonObject {
  return { ...receipt.counts, ...(receipt.githubNote ? { githubNote: receipt.githubNote } : {}) };
}

export const writeProgress = (p: ErasureProgress) => p as unknown as Prisma.InputJsonObject;

export function requirePlan(progress: ErasureProgress): ErasurePlan {
  if (!progress.plan) throw new Error("The erasure has no plan yet: its find step has not run");
  return progress.plan;
}
