// A project where one person (Ana) left traces everywhere — two screener responses (one led to an
// interview, one was disqualified), a session from the screener and one created by the API with its
// own email, transcripts, events, activity, audio files, processing history, signals feeding two
// tasks, model usage — next to another participant (Ben) whose data must survive her erasure.
// Emails are stored in mixed case and with spaces, as old rows and API callers may have them.
import type { DbClient } from "@/lib/db";
import type { MediaStorage } from "@/lib/storage/media-storage";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createAudioRecording } from "@/prisma/factories/media";
import {
  createInterviewSession,
  createLlmUsage,
  createProcessingRun,
  createScreener,
  createScreenerResponse,
  createSessionActivity,
  createSignal,
  createTask,
} from "@/prisma/factories/research";

export const ANA = { email: "ana.lopez@example.test", name: "Ana Lopez-Quintana" };
export const BEN = { email: "ben.okafor@example.test", name: "Ben Okafor" };
export const ANA_QUOTES = [
  "the export to Xero breaks every single month and I redo it by hand",
  "my accountant calls me on +44 7700 900123 whenever the totals are off",
  "I keep a secret spreadsheet called ana-invoices-final-v3",
];
export const BEN_QUOTE = "I never trust the sync so I check every invoice twice";

async function interview(
  db: DbClient,
  storage: MediaStorage,
  input: { projectId: string; screenerId?: string; person: { email: string; name: string } | null; quotes: string[]; email?: string },
) {
  const who = input.person;
  const { session } = await createInterviewSession(db, {
    projectId: input.projectId,
    screenerId: input.screenerId ?? null,
    participantName: input.email ? who?.name : null,
    participantEmail: input.email ?? null,
    messages: [
      { role: "interviewer", content: "Tell me about the last time you sent invoices.", phase: "rapport" },
      { role: "participant", content: `Hi, I'm ${who?.name}, write to me at ${who?.email}. ${input.quotes[0]}`, phase: "rapport" },
      ...input.quotes.slice(1).map((q) => ({ role: "participant" as const, content: q, phase: "first_thought" as const })),
    ],
    events: [
      { type: "navigation", offsetMs: 1_000, url: "https://app.example.test/invoices" },
      { type: "input_change", offsetMs: 2_000, data: { field: "email", value: who?.email ?? "" } },
    ],
  });
  await createSessionActivity(db, { sessionId: session.id, kind: "ended", message: `Interview with ${who?.name} ended` });
  await createAudioRecording(db, storage, {
    projectId: input.projectId,
    sessionId: session.id,
    durationMs: 20_000,
    segmentMs: 10_000,
    transcripts: [`${who?.name} speaking: ${input.quotes[0]}`, null],
  });
  const run = await createProcessingRun(db, {
    projectId: input.projectId,
    sessionId: session.id,
    steps: [{ name: "extract_signals", output: { quotes: input.quotes } }],
  });
  await db.extractionWindow.create({ data: { runId: run.id, windowIndex: 0, signals: input.quotes.map((quote) => ({ quote })) } });
  await createLlmUsage(db, {
    projectId: input.projectId,
    sessionId: session.id,
    runId: run.id,
    purpose: "extract",
    inputTokens: 1000,
    costUsd: 0.25,
  });
  await createLlmUsage(db, { projectId: input.projectId, sessionId: session.id, purpose: "interview", inputTokens: 500, costUsd: 0.5 });
  const signals = [];
  for (const [i, quote] of input.quotes.entries())
    signals.push(
      await createSignal(db, {
        projectId: input.projectId,
        sessionId: session.id,
        type: i === 0 ? "struggling_moment" : "workaround",
        quote,
        context: `${who?.name} said this while exporting`,
        offsetMs: 20_000 * (i + 1),
      }),
    );
  return { session, signals };
}

export async function participantsProject(db: DbClient, storage: MediaStorage) {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const screener = await createScreener(db, { projectId });
  const other = await createScreener(db, { projectId });

  // Ana: through the screener (the session itself has no email: the response links it)…
  const anaScreened = await interview(db, storage, { projectId, screenerId: screener.id, person: ANA, quotes: ANA_QUOTES.slice(0, 2) });
  const anaResponse = await createScreenerResponse(db, {
    projectId,
    screenerId: screener.id,
    participantName: ANA.name,
    participantEmail: ANA.email,
    answers: { intro: `I am ${ANA.name}` },
    sessionId: anaScreened.session.id,
  });
  // …a disqualified answer to another screener (no session)…
  const anaDisqualified = await createScreenerResponse(db, {
    projectId,
    screenerId: other.id,
    participantName: ANA.name,
    participantEmail: ANA.email,
    qualified: false,
  });
  // …and a session created by the API with her email
  const anaApi = await interview(db, storage, { projectId, person: ANA, quotes: ANA_QUOTES.slice(2), email: ANA.email });
  // stored the way older rows and API callers may have them: not lower-cased, with spaces
  await db.$executeRaw`UPDATE "ScreenerResponse" SET "participantEmail" = ${"Ana.Lopez@Example.TEST"} WHERE "id" = ${anaResponse.id}`;
  await db.$executeRaw`UPDATE "ScreenerResponse" SET "participantEmail" = ${" ANA.LOPEZ@example.test"} WHERE "id" = ${anaDisqualified.id}`;
  await db.$executeRaw`UPDATE "Session" SET "participantEmail" = ${"ANA.Lopez@EXAMPLE.test "} WHERE "id" = ${anaApi.session.id}`;

  const ben = await interview(db, storage, { projectId, screenerId: screener.id, person: BEN, quotes: [BEN_QUOTE] });
  await createScreenerResponse(db, {
    projectId,
    screenerId: screener.id,
    participantName: BEN.name,
    participantEmail: BEN.email,
    sessionId: ben.session.id,
  });

  const anaSignals = [...anaScreened.signals, ...anaApi.signals];
  // a task only Ana's words support, and one both support
  const onlyAna = await createTask(db, { projectId, title: "Fix the Xero export", signalIds: anaSignals.map((s) => s.id) });
  const shared = await createTask(db, {
    projectId,
    title: "Make the sync trustworthy",
    signalIds: [anaSignals[0].id, ben.signals[0].id],
  });
  return {
    ...owner,
    projectId,
    ana: { sessions: [anaScreened.session, anaApi.session], signals: anaSignals, responses: [anaResponse, anaDisqualified] },
    ben: { session: ben.session, signals: ben.signals },
    tasks: { onlyAna, shared },
  };
}

/** Every text and JSON column of every table, as text, matched against `needle` (case-insensitive): "Table.column" per hit. */
export async function findEverywhere(db: DbClient, needle: string): Promise<string[]> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')`;
  const hits: string[] = [];
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  for (const c of columns) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text ILIKE $1`,
      pattern,
    );
    if (row.n > 0n) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}
