// Factories for research data: screeners, responses, sessions with their messages and events,
// signals, tasks and processing history. Shared by the seed, tests and e2e.
// Each takes the client to write with first (a PrismaClient or an interactive-transaction client),
// fills in plausible defaults, and is deterministic when ids and dates are given.
import type {
  InterviewPhase,
  MessageRole,
  ProcessingStatus,
  RunStatus,
  ScreenerStatus,
  SessionEventType,
  SessionMode,
  SessionStatus,
  SignalType,
  TaskStatus,
  TaskType,
  Effort,
} from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";
import { fillQuestionFields, type QuestionCreateFields } from "@/lib/screeners/schemas";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const INTERVIEW_PHASES: readonly InterviewPhase[] = [
  "rapport",
  "first_thought",
  "passive_looking",
  "active_looking",
  "deciding",
  "first_use",
  "wrap_up",
];

// ───────────────────────── Screeners ─────────────────────────

/** A question as a create request describes it (lib/screeners/schemas.ts), with an optional id. */
export type ScreenerQuestionInput = QuestionCreateFields & { id?: string };

/** A typical screener question set: one of each rule kind (qualify, disqualify, numeric range). */
export const DEFAULT_SCREENER_QUESTIONS: ScreenerQuestionInput[] = [
  {
    text: "What best describes your role?",
    type: "single_choice",
    options: ["Founder", "Finance", "Operations", "Student"],
    disqualifyOptions: ["Student"],
  },
  {
    text: "Which tools do you use today?",
    type: "multiple_choice",
    options: ["Spreadsheets", "Accounting software", "None"],
    disqualifyOptions: ["None"],
  },
  { text: "How many invoices do you send per month?", type: "number", min: 0, max: 100_000, qualifyMin: 5 },
];

export async function createScreener(
  db: DbClient,
  data: {
    projectId: string;
    id?: string;
    title?: string;
    description?: string | null;
    status?: ScreenerStatus;
    welcomeMessage?: string | null;
    thankYouMessage?: string | null;
    disqualifiedMessage?: string | null;
    consentText?: string | null;
    brandColor?: string | null;
    logoUrl?: string | null;
    incentive?: string | null;
    maxParticipants?: number | null;
    counts?: { views?: number; starts?: number; completions?: number; qualified?: number; disqualified?: number };
    /** in order; `position` is the index. Defaults to DEFAULT_SCREENER_QUESTIONS. */
    questions?: ScreenerQuestionInput[];
    createdAt?: Date;
  },
) {
  const questions = data.questions ?? DEFAULT_SCREENER_QUESTIONS;
  return db.screener.create({
    data: {
      id: data.id,
      projectId: data.projectId,
      title: data.title ?? `Screener ${unique()}`,
      description: data.description ?? null,
      status: data.status ?? "active",
      welcomeMessage: data.welcomeMessage ?? "Thanks for helping us improve the product.",
      thankYouMessage: data.thankYouMessage ?? "Thanks for sharing your experience with us.",
      disqualifiedMessage: data.disqualifiedMessage ?? "Thanks for your time. This study is looking for a different profile.",
      consentText: data.consentText ?? "We record this interview to learn from it. Recordings are deleted after 90 days.",
      brandColor: data.brandColor ?? null,
      logoUrl: data.logoUrl ?? null,
      incentive: data.incentive ?? null,
      maxParticipants: data.maxParticipants ?? null,
      viewCount: data.counts?.views ?? 0,
      startCount: data.counts?.starts ?? 0,
      completionCount: data.counts?.completions ?? 0,
      qualifiedCount: data.counts?.qualified ?? 0,
      disqualifiedCount: data.counts?.disqualified ?? 0,
      createdAt: data.createdAt,
      questions: {
        create: questions.map((q, position) => ({
          id: q.id,
          position,
          // what the question leaves out is empty, as for a create request (scale bounds stay as given)
          ...fillQuestionFields(q),
        })),
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

export interface UtmInput {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
}

export async function createScreenerResponse(
  db: DbClient,
  data: {
    screenerId: string;
    projectId: string;
    id?: string;
    /** { [questionId]: string | string[] | number } */
    answers?: Record<string, string | string[] | number>;
    participantName?: string | null;
    participantEmail?: string | null;
    qualified?: boolean;
    disqualifyReason?: string | null;
    consents?: { recording?: boolean; analytics?: boolean; followUp?: boolean };
    utm?: UtmInput;
    sessionId?: string | null;
    createdAt?: Date;
  },
) {
  const qualified = data.qualified ?? true;
  const email = data.participantEmail === undefined ? `participant-${unique()}@example.test` : data.participantEmail;
  return db.screenerResponse.create({
    data: {
      id: data.id,
      screenerId: data.screenerId,
      projectId: data.projectId,
      answers: data.answers ?? {},
      participantName: data.participantName ?? null,
      participantEmail: email?.toLowerCase() ?? null,
      qualified,
      disqualifyReason: qualified ? null : (data.disqualifyReason ?? "Did not match the screener's criteria"),
      consentRecording: data.consents?.recording ?? true,
      consentAnalytics: data.consents?.analytics ?? true,
      consentFollowUp: data.consents?.followUp ?? false,
      utmSource: data.utm?.source ?? null,
      utmMedium: data.utm?.medium ?? null,
      utmCampaign: data.utm?.campaign ?? null,
      utmTerm: data.utm?.term ?? null,
      utmContent: data.utm?.content ?? null,
      sessionId: data.sessionId ?? null,
      createdAt: data.createdAt,
    },
  });
}

// ───────────────────────── Sessions ─────────────────────────

/**
 * A session; by default a completed, processed text interview with recording and analytics
 * consent. Pass `phaseTurns` (e.g. countPhaseTurns(messages)) to keep the persisted interviewer
 * counters consistent with the transcript; createInterviewSession does both at once.
 */
export async function createSession(
  db: DbClient,
  data: {
    projectId: string;
    id?: string;
    screenerId?: string | null;
    participantName?: string | null;
    participantEmail?: string | null;
    externalId?: string | null;
    status?: SessionStatus;
    mode?: SessionMode;
    currentPhase?: InterviewPhase;
    phaseTurns?: Partial<Record<InterviewPhase, number>>;
    consents?: { recording?: boolean; analytics?: boolean; followUp?: boolean };
    startedAt?: Date | null;
    /** defaults to startedAt + durationMs for completed sessions */
    completedAt?: Date | null;
    durationMs?: number | null;
    processingStatus?: ProcessingStatus;
    processingError?: string | null;
    processedAt?: Date | null;
    signalCount?: number;
    summary?: string | null;
    usage?: {
      inputTokens?: number;
      outputTokens?: number;
      cacheReadTokens?: number;
      cacheWriteTokens?: number;
      audioSeconds?: number;
      costUsd?: number;
    };
    userAgent?: string | null;
    createdAt?: Date;
  },
) {
  const status = data.status ?? "completed";
  const startedAt = data.startedAt === undefined ? (status === "pending" ? null : new Date(Date.now() - 30 * 60_000)) : data.startedAt;
  const ended = status === "completed" || status === "abandoned";
  const durationMs = data.durationMs === undefined ? (ended && startedAt ? 24 * 60_000 : null) : data.durationMs;
  const completedAt =
    data.completedAt === undefined
      ? status === "completed" && startedAt && durationMs != null
        ? new Date(startedAt.getTime() + durationMs)
        : null
      : data.completedAt;
  const processingStatus = data.processingStatus ?? (status === "completed" ? "processed" : "pending");
  const phaseTurns = data.phaseTurns ?? {};
  const participantTurns = Object.values(phaseTurns).reduce((a, b) => a + (b ?? 0), 0);

  return db.session.create({
    data: {
      id: data.id,
      projectId: data.projectId,
      screenerId: data.screenerId ?? null,
      participantName: data.participantName ?? null,
      participantEmail: data.participantEmail?.toLowerCase() ?? null,
      externalId: data.externalId ?? null,
      status,
      mode: data.mode ?? "text",
      currentPhase: data.currentPhase ?? (status === "completed" ? "wrap_up" : (lastPhaseWithTurns(phaseTurns) ?? "rapport")),
      phaseTurns,
      participantTurns,
      consentRecording: data.consents?.recording ?? true,
      consentAnalytics: data.consents?.analytics ?? true,
      consentFollowUp: data.consents?.followUp ?? false,
      startedAt,
      completedAt,
      durationMs,
      processingStatus,
      processingError: data.processingError ?? (processingStatus === "failed" ? "Processing failed" : null),
      processedAt:
        data.processedAt === undefined
          ? processingStatus === "processed" && completedAt
            ? new Date(completedAt.getTime() + 90_000)
            : null
          : data.processedAt,
      signalCount: data.signalCount ?? 0,
      summary: data.summary ?? null,
      inputTokens: data.usage?.inputTokens ?? 0,
      outputTokens: data.usage?.outputTokens ?? 0,
      cacheReadTokens: data.usage?.cacheReadTokens ?? 0,
      cacheWriteTokens: data.usage?.cacheWriteTokens ?? 0,
      audioSeconds: data.usage?.audioSeconds ?? 0,
      costUsd: data.usage?.costUsd ?? 0,
      userAgent: data.userAgent ?? null,
      createdAt: data.createdAt ?? startedAt ?? undefined,
    },
  });
}

function lastPhaseWithTurns(turns: Partial<Record<InterviewPhase, number>>): InterviewPhase | undefined {
  return [...INTERVIEW_PHASES].reverse().find((p) => (turns[p] ?? 0) > 0);
}

export interface MessageInput {
  id?: string;
  role: MessageRole;
  content: string;
  /** ms since the session started; defaults to 20 s after the previous message */
  offsetMs?: number;
  phase?: InterviewPhase | null;
  clientMessageId?: string | null;
}

/** Participant turns per phase, as the interviewer persists them on the session. */
export function countPhaseTurns(messages: readonly MessageInput[]): Partial<Record<InterviewPhase, number>> {
  const turns: Partial<Record<InterviewPhase, number>> = {};
  for (const m of messages) if (m.role === "participant" && m.phase) turns[m.phase] = (turns[m.phase] ?? 0) + 1;
  return turns;
}

/**
 * The interview transcript, in order. With `idPrefix` the message ids are `${idPrefix}${index}`,
 * so a seeded transcript keeps the same ids on every run. Returns the rows in order.
 */
export async function createSessionMessages(
  db: DbClient,
  data: { sessionId: string; messages: readonly MessageInput[]; idPrefix?: string; startedAt?: Date },
) {
  let offset = 0;
  const rows = data.messages.map((m, i) => {
    offset = m.offsetMs ?? (i === 0 ? 0 : offset + 20_000);
    return {
      id: m.id ?? (data.idPrefix ? `${data.idPrefix}${i}` : undefined),
      sessionId: data.sessionId,
      role: m.role,
      content: m.content,
      offsetMs: offset,
      phase: m.phase ?? null,
      clientMessageId: m.clientMessageId ?? null,
      createdAt: data.startedAt ? new Date(data.startedAt.getTime() + offset) : undefined,
    };
  });
  return db.sessionMessage.createManyAndReturn({ data: rows });
}

/** A session with its transcript and behaviour events, the phase counters taken from the transcript. */
export async function createInterviewSession(
  db: DbClient,
  data: Parameters<typeof createSession>[1] & { messages: readonly MessageInput[]; events?: readonly EventInput[] },
) {
  const { messages, events, ...sessionData } = data;
  const session = await createSession(db, { ...sessionData, phaseTurns: sessionData.phaseTurns ?? countPhaseTurns(messages) });
  const startedAt = session.startedAt ?? undefined;
  const rows = await createSessionMessages(db, {
    sessionId: session.id,
    messages,
    startedAt,
    idPrefix: data.id ? `${data.id}-msg-` : undefined,
  });
  const eventRows = events?.length
    ? await createSessionEvents(db, { sessionId: session.id, events, startedAt, idPrefix: data.id ? `${data.id}-evt-` : undefined })
    : [];
  return { session, messages: rows, events: eventRows };
}

export interface EventInput {
  type: SessionEventType;
  offsetMs: number;
  url?: string | null;
  data?: Prisma.InputJsonValue;
  /** defaults to `evt-<index>`: the SDK's id for idempotent ingestion */
  clientEventId?: string;
}

/** Behaviour events as the SDK would have sent them (clicks, navigation, scroll…). */
export async function createSessionEvents(
  db: DbClient,
  data: { sessionId: string; events: readonly EventInput[]; idPrefix?: string; startedAt?: Date },
) {
  return db.sessionEvent.createManyAndReturn({
    data: data.events.map((e, i) => ({
      id: data.idPrefix ? `${data.idPrefix}${i}` : undefined,
      sessionId: data.sessionId,
      clientEventId: e.clientEventId ?? `evt-${i}`,
      type: e.type,
      offsetMs: e.offsetMs,
      url: e.url ?? null,
      data: e.data ?? {},
      createdAt: data.startedAt ? new Date(data.startedAt.getTime() + e.offsetMs) : undefined,
    })),
  });
}

/** A server-side history entry (ended, processing_started, processed, processing_failed…). */
export async function createSessionActivity(
  db: DbClient,
  data: { sessionId: string; kind: string; message?: string | null; data?: Prisma.InputJsonValue; createdAt?: Date; id?: string },
) {
  return db.sessionActivity.create({
    data: {
      id: data.id,
      sessionId: data.sessionId,
      kind: data.kind,
      message: data.message ?? null,
      data: data.data ?? {},
      createdAt: data.createdAt,
    },
  });
}

// ───────────────────────── Evidence ─────────────────────────

const DEFAULT_QUOTES: Record<SignalType, string> = {
  firing_moment: "That was the day I said: we are done with the spreadsheet.",
  struggling_moment: "I tried three times and the export still came out wrong.",
  workaround: "So now I copy everything into Excel and fix the dates by hand.",
  emotional_response: "Honestly, I dread the end of every month.",
  desired_outcome: "I just want my accountant to get a file that works the first time.",
  hiring_criteria: "It had to connect to our bank without me doing anything.",
};

export async function createSignal(
  db: DbClient,
  data: {
    projectId: string;
    sessionId: string;
    id?: string;
    type?: SignalType;
    quote?: string;
    context?: string | null;
    analysis?: string | null;
    confidence?: number;
    intensity?: number;
    offsetMs?: number | null;
    createdAt?: Date;
  },
) {
  const type = data.type ?? "struggling_moment";
  return db.signal.create({
    data: {
      id: data.id,
      projectId: data.projectId,
      sessionId: data.sessionId,
      type,
      quote: data.quote ?? DEFAULT_QUOTES[type],
      context: data.context ?? null,
      analysis: data.analysis ?? null,
      confidence: data.confidence ?? 0.8,
      intensity: data.intensity ?? 0.7,
      offsetMs: data.offsetMs ?? null,
      createdAt: data.createdAt,
    },
  });
}

/** A task, linked to its evidence. Priority fields stay at their defaults: run recomputeTaskPriority. */
export async function createTask(
  db: DbClient,
  data: {
    projectId: string;
    id?: string;
    title?: string;
    description?: string;
    type?: TaskType;
    status?: TaskStatus;
    effort?: Effort | null;
    signalIds?: string[];
    createdAt?: Date;
  },
) {
  const task = await db.task.create({
    data: {
      id: data.id,
      projectId: data.projectId,
      title: data.title ?? `Task ${unique()}`,
      description: data.description ?? "",
      type: data.type ?? "improvement",
      status: data.status ?? "backlog",
      effort: data.effort ?? null,
      createdAt: data.createdAt,
    },
  });
  if (data.signalIds?.length) await linkSignalsToTask(db, { taskId: task.id, signalIds: data.signalIds, createdAt: data.createdAt });
  return task;
}

export async function linkSignalsToTask(db: DbClient, data: { taskId: string; signalIds: string[]; createdAt?: Date }) {
  return db.taskSignal.createMany({
    data: data.signalIds.map((signalId) => ({ taskId: data.taskId, signalId, createdAt: data.createdAt })),
    skipDuplicates: true,
  });
}

// ───────────────────────── Processing history ─────────────────────────

/** The pipeline's steps, in order (product.md §2.4). */
export const PROCESSING_STEPS = [
  "transcribe",
  "build_timeline",
  "extract_signals",
  "match_tasks",
  "recompute_priorities",
  "summarize",
] as const;

export interface StepInput {
  name: string;
  status?: RunStatus;
  error?: string | null;
  output?: Prisma.InputJsonValue;
  /** ms after the run started */
  startMs?: number;
  durationMs?: number;
}

/**
 * A processing run with its steps. By default a successful run of every pipeline step, each
 * taking two seconds; pass `steps` to describe a failure (steps after a failed one do not run).
 */
export async function createProcessingRun(
  db: DbClient,
  data: {
    projectId: string;
    sessionId: string;
    id?: string;
    trigger?: string;
    status?: RunStatus;
    attempt?: number;
    error?: string | null;
    inngestRunId?: string | null;
    eventId?: string | null;
    startedAt?: Date;
    finishedAt?: Date | null;
    steps?: StepInput[];
  },
) {
  const status = data.status ?? "succeeded";
  const startedAt = data.startedAt ?? new Date();
  const steps: StepInput[] = data.steps ?? PROCESSING_STEPS.map((name) => ({ name }));
  let cursor = 0;
  const stepRows = steps.map((s, i) => {
    const start = s.startMs ?? cursor;
    const duration = s.durationMs ?? 2_000;
    cursor = start + duration;
    const stepStatus = s.status ?? "succeeded";
    return {
      id: data.id ? `${data.id}-step-${i}` : undefined,
      name: s.name,
      status: stepStatus,
      error: s.error ?? null,
      output: s.output,
      startedAt: new Date(startedAt.getTime() + start),
      finishedAt: stepStatus === "running" ? null : new Date(startedAt.getTime() + start + duration),
    };
  });
  return db.processingRun.create({
    data: {
      id: data.id,
      projectId: data.projectId,
      sessionId: data.sessionId,
      trigger: data.trigger ?? "completed",
      inngestRunId: data.inngestRunId ?? null,
      eventId: data.eventId ?? null,
      attempt: data.attempt ?? 0,
      status,
      error: data.error ?? null,
      startedAt,
      finishedAt: data.finishedAt === undefined ? (status === "running" ? null : new Date(startedAt.getTime() + cursor)) : data.finishedAt,
      steps: { create: stepRows },
    },
    include: { steps: { orderBy: { startedAt: "asc" } } },
  });
}

/** One model call's usage, as the AI layer records it. */
export async function createLlmUsage(
  db: DbClient,
  data: {
    projectId: string;
    sessionId?: string | null;
    runId?: string | null;
    step?: string | null;
    purpose?: string;
    provider?: string;
    model?: string;
    inputTokens?: number;
    outputTokens?: number;
    cacheReadTokens?: number;
    cacheWriteTokens?: number;
    audioSeconds?: number;
    costUsd?: number;
    createdAt?: Date;
  },
) {
  return db.llmUsage.create({
    data: {
      projectId: data.projectId,
      sessionId: data.sessionId ?? null,
      runId: data.runId ?? null,
      step: data.step ?? null,
      purpose: data.purpose ?? "interview",
      provider: data.provider ?? "anthropic",
      model: data.model ?? "claude-model",
      inputTokens: data.inputTokens ?? 0,
      outputTokens: data.outputTokens ?? 0,
      cacheReadTokens: data.cacheReadTokens ?? 0,
      cacheWriteTokens: data.cacheWriteTokens ?? 0,
      audioSeconds: data.audioSeconds ?? 0,
      costUsd: data.costUsd ?? 0,
      createdAt: data.createdAt,
    },
  });
}
