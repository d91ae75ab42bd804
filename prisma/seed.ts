// Demo data: the "Acme Checkout" project, as it looks after six weeks of research. Run by
// `npm run db:seed` and on the first `npm run dev` (scripts/db.ts, scripts/run-app.ts).
//
// The content is data (prisma/demo/); this file writes it through the product's own use-cases, so the
// demo can only show states the product can reach. The researcher creates and activates the
// screener; respondents answer it (submitScreenerResponse: qualification, disqualification reasons and
// the funnel's counters are the product's); interviews start and end (startSession, endSession — the
// abandoned one the way the idle sweep ends it); each ended session is then processed by the
// pipeline's own steps (prisma/demo/process-like-the-engine.ts), the seed standing in for the job
// engine and the models; and the researcher edits the tasks the matcher made (updateTask).
//
// Written directly, with the seed's own client: the demo users, project and its fixed public key (docs
// show the key); each interview's transcript, behaviour events and the interviewer's turn counters
// (the interviewer's replies come from Claude, which the seed does not call); and timestamps, moved
// into the past after the use-cases ran (timestamps are not states).
//
// Idempotent: the demo users are upserted; the demo project (fixed id) is deleted — cascading to
// everything in it — with its outbox events and media files, and rebuilt. The use-cases commit one by
// one, so a run that fails midway leaves a partial demo project, which the next run replaces. It
// refuses any database that is not on this machine, because it deletes.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { anthropicModel } from "@/lib/ai/anthropic";
import { recordUsage } from "@/lib/ai/record-usage";
import { env } from "@/lib/env";
import { outboxDispatchSettled } from "@/lib/outbox/kick-dispatch";
import { changeScreenerStatus } from "@/lib/screeners/change-screener-status";
import { createScreener } from "@/lib/screeners/create-screener";
import { getPublicScreener } from "@/lib/screeners/get-public-screener";
import { recordScreenerStart } from "@/lib/screeners/record-screener-start";
import { createScreenerSchema, submitResponseSchema } from "@/lib/screeners/schemas";
import { submitScreenerResponse } from "@/lib/screeners/submit-screener-response";
import { displayPrefix, hashSecret } from "@/lib/security/secret-tokens";
import { endSession } from "@/lib/sessions/end-session";
import { startSession } from "@/lib/sessions/start-session";
import { createLocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { updateTaskSchema } from "@/lib/tasks/schemas";
import { updateTask } from "@/lib/tasks/update-task";
import { DEMO_TASKS } from "./demo/tasks";
import { INTERVIEWS } from "./demo/interviews";
import { assertLocalDatabaseUrl } from "./demo/local-database-only";
import { processLikeTheEngine } from "./demo/process-like-the-engine";
import { answersInOrder, DEMO, DEMO_FUNNEL, DEMO_PROJECT, DEMO_SCREENER, DISQUALIFIED } from "./demo/project";
import type { DemoInterview, DemoRespondent, TaskKey } from "./demo/types";
import { createAudioRecording } from "./factories/media";
import { countPhaseTurns, createSessionEvents, createSessionMessages, type EventInput, type MessageInput } from "./factories/research";

export { assertLocalDatabaseUrl, DEMO };

type Client = PrismaClient;
const DAY = 86_400_000;
const MINUTE = 60_000;
const USER_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

// ───────────────────────── The app's database ─────────────────────────

/**
 * The use-cases write through lib/db, which connects to DATABASE_URL: point it at the database being
 * seeded. lib/env also requires AUTH_SECRET of every process; the seed signs nothing with it, so a
 * random one does when none is set (scripts/db.ts runs without the app's environment). Logs stay at
 * errors unless asked: endSession's background delivery of the events the seed handles itself is
 * expected to fail where no job engine is configured, and would print a warning per session.
 */
function pointAppAtDatabase(databaseUrl: string): void {
  const current = process.env.DATABASE_URL;
  if (current && current !== databaseUrl) throw new Error("Refusing to seed: DATABASE_URL names another database than the one to seed.");
  process.env.DATABASE_URL = databaseUrl;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.LOG_LEVEL ??= "error";
  if (env().DATABASE_URL !== databaseUrl)
    throw new Error("Refusing to seed: the app's database was already set to another one in this process.");
}

// ───────────────────────── Project and people ─────────────────────────

async function resetDemoProject(prisma: Client, mediaRoot: string, ago: (days: number) => Date) {
  const user = (id: string, email: string, name: string) =>
    prisma.user.upsert({ where: { email }, create: { id, email, name, emailVerified: ago(60) }, update: { name } });
  const owner = await user(DEMO.ownerId, DEMO.ownerEmail, "Demo Researcher");
  const viewer = await user(DEMO.viewerId, DEMO.viewerEmail, "Demo Viewer");

  // everything inside the project goes with it (onDelete: Cascade); its events and files do not
  await prisma.project.deleteMany({ where: { id: DEMO.projectId } });
  await prisma.outboxEvent.deleteMany({ where: { payload: { path: ["projectId"], equals: DEMO.projectId } } });
  await fs.rm(path.join(mediaRoot, "projects", DEMO.projectId), { recursive: true, force: true });

  const createdAt = ago(DEMO_PROJECT.createdDaysAgo);
  await prisma.project.create({
    data: {
      id: DEMO.projectId,
      name: DEMO_PROJECT.name,
      description: DEMO_PROJECT.description,
      allowedOrigins: [DEMO.origin],
      createdAt,
      memberships: {
        create: [
          { userId: owner.id, role: "owner", createdAt },
          { userId: viewer.id, role: "viewer", createdAt: ago(DEMO_PROJECT.createdDaysAgo - 1) },
        ],
      },
      keys: {
        create: {
          id: "demo-public-key",
          kind: "public",
          name: "Public key",
          prefix: displayPrefix(DEMO.publicKey),
          keyHash: hashSecret(DEMO.publicKey),
          publicValue: DEMO.publicKey,
          createdById: owner.id,
          createdAt,
        },
      },
    },
  });
  return owner.id;
}

/** The researcher creates the screener and activates it; visitors open it and some begin it. */
async function publishScreener(prisma: Client, createdAt: Date) {
  const projectId = DEMO.projectId;
  const screener = await createScreener({ projectId, data: createScreenerSchema.parse(DEMO_SCREENER) });
  await changeScreenerStatus({ projectId, screenerId: screener.id, status: "active" });
  for (let i = 0; i < DEMO_FUNNEL.views; i++) await getPublicScreener({ projectId, screenerId: screener.id, countView: true });
  for (let i = 0; i < DEMO_FUNNEL.startedWithoutSubmitting; i++) await recordScreenerStart({ projectId, screenerId: screener.id });
  await prisma.screener.update({ where: { id: screener.id }, data: { createdAt } });
  return { id: screener.id, questionIds: screener.questions.map((q) => q.id) };
}

/** A respondent answers the public screener; the product decides whether they qualify. */
async function respond(
  prisma: Client,
  screener: { id: string; questionIds: string[] },
  who: DemoRespondent,
  at: Date,
  expectQualified: boolean,
) {
  const values = answersInOrder(who.answers);
  const data = submitResponseSchema.parse({
    answers: Object.fromEntries(screener.questionIds.map((id, i) => [id, values[i]])),
    participantName: who.name,
    participantEmail: who.email,
    consents: who.consents,
    utm: who.utm,
  });
  const result = await submitScreenerResponse({ projectId: DEMO.projectId, screenerId: screener.id, data, userAgent: USER_AGENT });
  if (result.qualified !== expectQualified)
    throw new Error(`Demo respondent ${who.email} was expected to ${expectQualified ? "" : "not "}qualify`);
  await prisma.screenerResponse.update({ where: { id: result.responseId }, data: { createdAt: at } });
  return result.qualified ? result.sessionId : null;
}

// ───────────────────────── Interviews ─────────────────────────

/** Message offsets: the participant thinks, then types (~300 ms a character); the interviewer replies within seconds. */
function transcript(interview: DemoInterview) {
  const messages: MessageInput[] = [];
  let cursor = 0;
  for (const turn of interview.turns) {
    messages.push({ role: "interviewer", content: turn.ask, offsetMs: cursor, phase: turn.phase });
    const answerAt = cursor + 12_000 + 300 * turn.answer.length;
    messages.push({ role: "participant", content: turn.answer, offsetMs: answerAt, phase: turn.phase });
    cursor = answerAt + 4_000 + 20 * turn.ask.length;
  }
  // the interviewer closes a finished interview; someone who walked away gets no closing message
  if (interview.outcome !== "abandoned") {
    const closing =
      "Thank you, that was really helpful. That's everything I wanted to ask. We'll use what you shared to improve the product.";
    messages.push({ role: "interviewer", content: closing, offsetMs: cursor, phase: "wrap_up" });
    cursor += 15_000;
  }
  return { messages, durationMs: cursor };
}

function behaviourEvents(interview: DemoInterview, messages: MessageInput[], durationMs: number): EventInput[] {
  const app = "https://app.acme-checkout.example";
  const events: EventInput[] = [
    { type: "marker", offsetMs: 0, data: { name: "interview_started" } },
    { type: "navigation", offsetMs: 2_000, url: `${app}/dashboard`, data: { title: "Dashboard", initial: true } },
    { type: "scroll", offsetMs: 9_000, url: `${app}/dashboard`, data: { y: 640, depth: 0.5 } },
  ];
  // the participant shares their screen while talking about their first use
  const firstUse = messages.find((m) => m.phase === "first_use")?.offsetMs ?? Math.floor(durationMs / 2);
  (interview.screen ?? []).forEach((e, i) => events.push({ ...e, offsetMs: firstUse + 6_000 + i * 7_000 }));
  events.push({
    type: "marker",
    offsetMs: durationMs - 1_000,
    data: { name: interview.outcome === "abandoned" ? "participant_left" : "interview_ended" },
  });
  return events.map((e, i) => ({ ...e, clientEventId: `demo-${interview.key}-${String(i).padStart(3, "0")}` }));
}

/** The interview itself: what was said and done, the interviewer's calls to Claude, and its end. */
async function holdInterview(prisma: Client, input: { sessionId: string; interview: DemoInterview; startedAt: Date; mediaRoot: string }) {
  const { sessionId, interview, startedAt } = input;
  await startSession({ sessionId, now: startedAt });
  const { messages, durationMs } = transcript(interview);
  const events = behaviourEvents(interview, messages, durationMs);
  await createSessionMessages(prisma, { sessionId, messages, startedAt });
  await createSessionEvents(prisma, { sessionId, events, startedAt });
  // the interviewer's counters, as acceptParticipantMessage keeps them turn by turn
  const phaseTurns = countPhaseTurns(messages);
  await prisma.session.update({
    where: { id: sessionId },
    data: {
      phaseTurns,
      participantTurns: Object.values(phaseTurns).reduce((a, b) => a + (b ?? 0), 0),
      currentPhase: interview.turns.at(-1)!.phase,
    },
  });
  // one Claude call per interviewer message; the conversation so far is re-sent, the system prompt cached
  const model = anthropicModel();
  for (const [i, m] of messages.filter((m) => m.role === "interviewer").entries()) {
    await recordUsage({
      projectId: DEMO.projectId,
      sessionId,
      purpose: "interview",
      provider: "anthropic",
      model,
      inputTokens: 350 + 420 * i,
      outputTokens: Math.ceil(m.content.length / 4),
      cacheReadTokens: i === 0 ? 0 : 1_800,
      cacheWriteTokens: i === 0 ? 1_900 : 0,
    });
  }
  // the first interview has a playable recording, so the session page's player and transcript sync can be tried
  if (interview.key === "1") {
    await createAudioRecording(prisma, createLocalDiskStorage({ root: input.mediaRoot }), {
      projectId: DEMO.projectId,
      sessionId,
      durationMs,
    });
  }
  if (interview.outcome === "abandoned") {
    // abandon-idle-sessions ends an idle session as abandoned at its last activity
    const lastActivity = Math.max(...messages.map((m) => m.offsetMs ?? 0), ...events.map((e) => e.offsetMs));
    const { session } = await endSession({ sessionId, reason: "abandoned", now: new Date(startedAt.getTime() + lastActivity) });
    return session.completedAt!;
  }
  // the interviewer ends the interview after its closing message
  const { session } = await endSession({ sessionId, reason: "auto_end", now: new Date(startedAt.getTime() + durationMs) });
  return session.completedAt!;
}

/**
 * The session/completed event endSession queued is the seed's to handle: it processes the session
 * itself, so the event is marked delivered at the moment it was queued and no job engine ever gets
 * it (an undelivered one would make the dashboard say "processing is paused"). The dispatch
 * endSession kicks in the background is awaited first: with no engine configured (as under
 * `npm run db:seed` and the first `npm run dev`) it fails and leaves the row to us. With INNGEST_DEV
 * naming a running engine it could deliver the event first, and that engine would process the
 * session too — hence the README's "seed while no job engine uses the database".
 */
async function consumeCompletedEvent(prisma: Client, sessionId: string, endedAt: Date): Promise<string> {
  await outboxDispatchSettled();
  const event = await prisma.outboxEvent.findFirstOrThrow({
    where: { name: "session/completed", payload: { path: ["sessionId"], equals: sessionId } },
  });
  await prisma.outboxEvent.update({
    where: { id: event.id },
    data: { createdAt: endedAt, availableAt: endedAt, sentAt: new Date(endedAt.getTime() + 1_000), lastError: null },
  });
  return event.id;
}

/**
 * Moves what the use-cases stamped with the wall clock to when it happened in the story. `since` is
 * the wall clock before the session's first use-case ran; processing rows move by `shiftMs`.
 */
async function backdateSession(
  prisma: Client,
  s: { sessionId: string; since: Date; respondedAt: Date; startedAt: Date; completedAt: Date; shiftMs: number },
) {
  const { sessionId, since, shiftMs } = s;
  // only this file's column names and a whole number are spliced into the SQL; values are parameters
  const shift = (column: string) => `"${column}" = "${column}" + ${Math.round(shiftMs)} * interval '1 millisecond'`;
  await prisma.session.update({ where: { id: sessionId }, data: { createdAt: s.respondedAt } });
  await prisma.$executeRawUnsafe(`UPDATE "Session" SET ${shift("processedAt")} WHERE "id" = $1 AND "processedAt" >= $2`, sessionId, since);
  for (const [kind, at] of [
    ["created", s.respondedAt],
    ["started", s.startedAt],
    ["ended", s.completedAt],
  ] as const) {
    await prisma.sessionActivity.updateMany({ where: { sessionId, kind }, data: { createdAt: at } });
  }
  await prisma.$executeRawUnsafe(
    `UPDATE "SessionActivity" SET ${shift("createdAt")} WHERE "sessionId" = $1 AND "createdAt" >= $2 AND "kind" NOT IN ('created', 'started', 'ended')`,
    sessionId,
    since,
  );
  await prisma.$executeRawUnsafe(
    `UPDATE "ProcessingRun" SET ${shift("startedAt")}, ${shift("finishedAt")} WHERE "sessionId" = $1`,
    sessionId,
  );
  await prisma.$executeRawUnsafe(
    `UPDATE "ProcessingStep" SET ${shift("startedAt")}, ${shift("finishedAt")} WHERE "runId" IN (SELECT "id" FROM "ProcessingRun" WHERE "sessionId" = $1)`,
    sessionId,
  );
  await prisma.llmUsage.updateMany({ where: { sessionId, purpose: "interview" }, data: { createdAt: s.startedAt } });
  await prisma.$executeRawUnsafe(
    `UPDATE "LlmUsage" SET ${shift("createdAt")} WHERE "sessionId" = $1 AND "purpose" <> 'interview'`,
    sessionId,
  );
  // tasks this session's evidence created, and its links
  await prisma.$executeRawUnsafe(
    `UPDATE "Task" SET ${shift("createdAt")}, ${shift("updatedAt")} WHERE "projectId" = $1 AND "createdAt" >= $2`,
    DEMO.projectId,
    since,
  );
  await prisma.$executeRawUnsafe(
    `UPDATE "TaskSignal" SET ${shift("createdAt")} WHERE "createdAt" >= $2 AND "signalId" IN (SELECT "id" FROM "Signal" WHERE "sessionId" = $1)`,
    sessionId,
    since,
  );
}

// ───────────────────────── The board ─────────────────────────

/**
 * The researcher's edits to the tasks processing created. Each demo task must be exactly one task
 * of the matcher's: if a change to the data or to the matcher splits or merges them, the seed stops
 * rather than show a board the data does not describe.
 */
async function curateTasks(prisma: Client, input: { ownerId: string; now: Date; signalTasks: Map<string, TaskKey> }) {
  const links = await prisma.taskSignal.findMany({
    where: { task: { projectId: DEMO.projectId } },
    select: { taskId: true, signalId: true },
  });
  const keysOfTask = new Map<string, Set<TaskKey>>();
  for (const link of links) {
    const key = input.signalTasks.get(link.signalId);
    if (!key) throw new Error(`Signal ${link.signalId} is not one of the demo's`);
    keysOfTask.set(link.taskId, (keysOfTask.get(link.taskId) ?? new Set()).add(key));
  }
  const tasksOfKey = new Map<TaskKey, string[]>();
  for (const [taskId, keys] of keysOfTask) {
    if (keys.size !== 1) throw new Error(`The matcher put evidence for ${[...keys].join(" and ")} in one task`);
    const [key] = keys;
    tasksOfKey.set(key, [...(tasksOfKey.get(key) ?? []), taskId]);
  }
  for (const [key, taskIds] of tasksOfKey) {
    if (taskIds.length !== 1) throw new Error(`The matcher split the evidence for ${key} into ${taskIds.length} tasks`);
    const taskId = taskIds[0];
    const { topic: _topic, ...edit } = DEMO_TASKS[key];
    const since = new Date();
    const task = await updateTask({ projectId: DEMO.projectId, taskId, actorUserId: input.ownerId, data: updateTaskSchema.parse(edit) });
    // the researcher moved it two days after its first evidence (never later than now)
    const movedAt = new Date(Math.min(task.createdAt.getTime() + 2 * DAY, input.now.getTime() - MINUTE));
    await prisma.taskStatusChange.updateMany({ where: { taskId, createdAt: { gte: since } }, data: { createdAt: movedAt } });
    await prisma.task.update({ where: { id: taskId }, data: { updatedAt: movedAt } });
  }
}

// ───────────────────────── Writing it ─────────────────────────

async function writeDemo(prisma: Client, now: Date, mediaRoot: string) {
  const ago = (days: number, minutes = 0) => new Date(now.getTime() - days * DAY - minutes * MINUTE);
  const ownerId = await resetDemoProject(prisma, mediaRoot, ago);
  const screener = await publishScreener(prisma, ago(DEMO_PROJECT.createdDaysAgo - 1));

  // everyone answers in the order it happened, so the matcher meets the evidence in that order too
  const timeline = [
    ...INTERVIEWS.map((interview, i) => ({ at: ago(interview.daysAgo, 64 + i * 7), interview, respondent: null })),
    ...DISQUALIFIED.map((respondent) => ({ at: ago(respondent.daysAgo, 200), interview: null, respondent })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const signalTasks = new Map<string, TaskKey>();

  for (const { at, interview, respondent } of timeline) {
    if (respondent) {
      await respond(prisma, screener, respondent, at, false);
      continue;
    }
    const since = new Date(Date.now() - 1_000);
    const who = { ...interview, consents: interview.consents ?? { recording: true, analytics: true, followUp: true } };
    const sessionId = (await respond(prisma, screener, who, at, true))!;
    const startedAt = new Date(at.getTime() + 4 * MINUTE);
    const completedAt = await holdInterview(prisma, { sessionId, interview, startedAt, mediaRoot });
    const eventId = await consumeCompletedEvent(prisma, sessionId, completedAt);
    // the engine picks a completed session up within seconds; the idle sweep finds an abandoned one later
    const processingAt = new Date(completedAt.getTime() + (interview.outcome === "abandoned" ? 35 * MINUTE : 5_000));
    const processingWallClock = Date.now();
    const processed = await processLikeTheEngine({
      prisma,
      projectId: DEMO.projectId,
      sessionId,
      eventId,
      interview,
      evidenceAt: processingAt,
    });
    for (const [signalId, key] of processed.signalTasks) signalTasks.set(signalId, key);
    await backdateSession(prisma, {
      sessionId,
      since,
      respondedAt: at,
      startedAt,
      completedAt,
      shiftMs: processingAt.getTime() - processingWallClock,
    });
  }
  await curateTasks(prisma, { ownerId, now, signalTasks });
  await consumeIntegrationEvents(prisma);
}

/**
 * Processing and curating announce project events for webhooks and Slack (lib/integrations). The
 * demo project has no endpoint and no Slack webhook, so they have nowhere to go: marked delivered, as
 * the engine would leave them, so the dashboard does not count them as waiting.
 */
async function consumeIntegrationEvents(prisma: Client) {
  await prisma.outboxEvent.updateMany({
    where: { name: "integrations/event.emitted", sentAt: null, payload: { path: ["projectId"], equals: DEMO.projectId } },
    data: { sentAt: new Date(), lastError: null },
  });
}

async function countDemo(db: Client): Promise<Record<string, number>> {
  const projectId = DEMO.projectId;
  const inProject = { session: { projectId } };
  const counts = {
    users: db.user.count({ where: { memberships: { some: { projectId } } } }),
    memberships: db.membership.count({ where: { projectId } }),
    projects: db.project.count({ where: { id: projectId } }),
    screeners: db.screener.count({ where: { projectId } }),
    screenerQuestions: db.screenerQuestion.count({ where: { screener: { projectId } } }),
    screenerResponses: db.screenerResponse.count({ where: { projectId } }),
    sessions: db.session.count({ where: { projectId } }),
    sessionMessages: db.sessionMessage.count({ where: inProject }),
    sessionEvents: db.sessionEvent.count({ where: inProject }),
    sessionActivity: db.sessionActivity.count({ where: inProject }),
    signals: db.signal.count({ where: { projectId } }),
    tasks: db.task.count({ where: { projectId } }),
    taskSignals: db.taskSignal.count({ where: { task: { projectId } } }),
    processingRuns: db.processingRun.count({ where: { projectId } }),
    processingSteps: db.processingStep.count({ where: { run: { projectId } } }),
    llmUsage: db.llmUsage.count({ where: { projectId } }),
  };
  const values = await Promise.all(Object.values(counts));
  return Object.fromEntries(Object.keys(counts).map((k, i) => [k, values[i]]));
}

/**
 * Replaces the demo project in the given local database and returns how many rows of each kind
 * it now holds. `now` anchors the relative dates (the last six weeks); it defaults to the clock.
 */
export async function seedDemoData({
  databaseUrl,
  now = new Date(),
  // the app's local-disk media storage (lib/storage: DATA_DIR/media); the demo's audio is written there
  mediaRoot = path.resolve(process.env.DATA_DIR ?? ".data", "media"),
}: {
  databaseUrl: string;
  now?: Date;
  mediaRoot?: string;
}): Promise<Record<string, number>> {
  assertLocalDatabaseUrl(databaseUrl);
  pointAppAtDatabase(databaseUrl);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await writeDemo(prisma, now, mediaRoot);
    return await countDemo(prisma);
  } finally {
    await outboxDispatchSettled();
    await prisma.$disconnect();
  }
}
