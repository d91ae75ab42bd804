// Research data for the dashboard journeys, written straight into the e2e database with the shared
// factories (fixtures for the dashboard pages; e2e/processing.spec.ts runs the real pipeline): a
// finished voice interview with a real, playable audio recording (generated WAV segments in the
// server's media folder), its transcript, behaviour events, signals, tasks, screener answers and
// processing history.
import path from "node:path";
import { Readable } from "node:stream";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { createLocalDiskStorage } from "../lib/storage/local-disk-storage";
import { createUser } from "../prisma/factories/identity";
import { createAudioRecording } from "../prisma/factories/media";
import {
  createInterviewSession,
  createProcessingRun,
  createScreener,
  createScreenerResponse,
  createSessionActivity,
  createSignal,
  createTask,
} from "../prisma/factories/research";
import { e2eDatabaseUrl } from "./e2e-database";

/** scripts/e2e-server.ts runs the app with DATA_DIR=.data/e2e, so media lives in .data/e2e/media. */
const MEDIA_ROOT = path.resolve(".data/e2e/media");

async function withDb<T>(fn: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

/** Seconds into the session of each transcript line: the highlight must move between them while playing. */
export const LINE_OFFSETS_MS = [0, 4_000, 8_000, 14_000, 22_000, 30_000, 40_000, 48_000];
export const RECORDING_MS = 60_000;
export const SEGMENT_MS = 20_000;

export const SIGNALS = [
  {
    key: "struggle",
    type: "struggling_moment",
    offsetMs: 14_000,
    quote: "The CSV export mixes every VAT rate in one column",
    intensity: 0.9,
    confidence: 0.92,
  },
  {
    key: "workaround",
    type: "workaround",
    offsetMs: 30_000,
    quote: "I split the column by hand in Excel every month",
    intensity: 0.6,
    confidence: 0.85,
  },
  {
    key: "outcome",
    type: "desired_outcome",
    offsetMs: 48_000,
    quote: "I want my accountant to import it the first time",
    intensity: 0.5,
    confidence: 0.7,
  },
] as const;

export interface SeededSession {
  sessionId: string;
  participant: string;
  signalIds: Record<(typeof SIGNALS)[number]["key"], string>;
  taskIds: { export: string; reminders: string };
}

/** A processed voice interview in the project, with a 60 s recording in three 20 s segments. */
export async function seedRecordedSession(projectId: string, participant = "Dana Ortiz"): Promise<SeededSession> {
  return withDb(async (db) => {
    const startedAt = new Date(Date.now() - 2 * 3_600_000);
    const screener = await createScreener(db, { projectId, title: "Month-end exports" });
    const texts = [
      ["interviewer", "Thanks for joining. What do you use Acme Checkout for?"],
      ["participant", "I run the books for a small design studio and send all our invoices with it."],
      ["interviewer", "Tell me about the last time you closed a month."],
      ["participant", "The export was the bad part: the CSV mixes every VAT rate in one column."],
      ["interviewer", "What did you do then?"],
      ["participant", "I split the column by hand in Excel, every single month."],
      ["interviewer", "If it worked perfectly, what would happen?"],
      ["participant", "I want my accountant to import it the first time, without calling me."],
    ] as const;
    const { session } = await createInterviewSession(db, {
      projectId,
      screenerId: screener.id,
      participantName: participant,
      participantEmail: `${participant.split(" ")[0].toLowerCase()}-${Date.now().toString(36)}@example.test`,
      mode: "voice",
      startedAt,
      durationMs: RECORDING_MS,
      processingStatus: "processed",
      signalCount: SIGNALS.length,
      summary:
        "A studio bookkeeper for whom month-end exports fail: mixed VAT rates force a manual split before the accountant can import the file.",
      usage: { inputTokens: 15_700, outputTokens: 2_750, costUsd: 0.0884 },
      messages: texts.map(([role, content], i) => ({
        role,
        content,
        offsetMs: LINE_OFFSETS_MS[i],
        phase: i < 2 ? "rapport" : "first_use",
      })),
      events: [
        { type: "navigation", offsetMs: 2_000, url: "https://app.acme.example/invoices", data: { title: "Invoices" } },
        { type: "click", offsetMs: 15_000, url: "https://app.acme.example/invoices", data: { selector: "button#export", text: "Export" } },
        { type: "error", offsetMs: 16_500, url: "https://app.acme.example/invoices", data: { message: "Export failed: VAT column" } },
        { type: "custom", offsetMs: 31_000, url: "https://app.acme.example/invoices", data: { name: "export_downloaded" } },
      ],
    });
    await createScreenerResponse(db, {
      screenerId: screener.id,
      projectId,
      sessionId: session.id,
      participantName: participant,
      answers: {
        [screener.questions[0].id]: "Finance",
        [screener.questions[1].id]: ["Spreadsheets", "Accounting software"],
        [screener.questions[2].id]: 58,
      },
      utm: { source: "newsletter", medium: "email", campaign: "month-end-study" },
    });
    await createAudioRecording(db, createLocalDiskStorage({ root: MEDIA_ROOT }), {
      projectId,
      sessionId: session.id,
      durationMs: RECORDING_MS,
      segmentMs: SEGMENT_MS,
    });
    const signalIds = {} as SeededSession["signalIds"];
    for (const s of SIGNALS) {
      signalIds[s.key] = (
        await createSignal(db, {
          projectId,
          sessionId: session.id,
          type: s.type,
          quote: s.quote,
          offsetMs: s.offsetMs,
          intensity: s.intensity,
          confidence: s.confidence,
          context: "Month-end close",
        })
      ).id;
    }
    const exportTask = await createTask(db, {
      projectId,
      title: "Split VAT rates in the CSV export",
      type: "bug",
      signalIds: [signalIds.struggle],
    });
    const reminders = await createTask(db, { projectId, title: "Accountant-ready export format", type: "feature" });
    const completedAt = new Date(startedAt.getTime() + RECORDING_MS);
    await createSessionActivity(db, { sessionId: session.id, kind: "ended", message: "The interview ended.", createdAt: completedAt });
    await createSessionActivity(db, {
      sessionId: session.id,
      kind: "processing_started",
      createdAt: new Date(completedAt.getTime() + 5_000),
    });
    await createProcessingRun(db, {
      projectId,
      sessionId: session.id,
      inngestRunId: "01JDEMO0RUN0E2E",
      startedAt: new Date(completedAt.getTime() + 5_000),
    });
    await createSessionActivity(db, { sessionId: session.id, kind: "processed", createdAt: new Date(completedAt.getTime() + 20_000) });
    return { sessionId: session.id, participant, signalIds, taskIds: { export: exportTask.id, reminders: reminders.id } };
  });
}

/** A user with the given role in the project (the dev login signs them in by email). */
export async function addProjectMember(projectId: string, email: string, role: "viewer" | "member"): Promise<void> {
  await withDb(async (db) => {
    const user = await createUser(db, { email });
    await db.membership.create({ data: { projectId, userId: user.id, role } });
  });
}

/** Stores `bytes` (a webm made in the browser) as the session's screen recording, one segment from 0 s. */
export async function addScreenRecording(projectId: string, sessionId: string, bytes: Uint8Array, durationMs: number): Promise<void> {
  await withDb(async (db) => {
    const storageKey = `projects/${projectId}/sessions/${sessionId}/screen/000000.webm`;
    await createLocalDiskStorage({ root: MEDIA_ROOT }).put(storageKey, Readable.from([Buffer.from(bytes)]), {
      contentType: "video/webm",
      contentLength: bytes.length,
    });
    await db.mediaChunk.create({
      data: {
        sessionId,
        kind: "screen",
        chunkIndex: 0,
        storageKey,
        sizeBytes: bytes.length,
        mimeType: "video/webm",
        startOffsetMs: 0,
        durationMs,
      },
    });
  });
}
