// The files of a project export: for each table, its columns and how a row becomes a record. Each
// table is written twice, as CSV (for spreadsheets) and as JSON Lines (one JSON object a line, for
// programs), from the same record. Text participants wrote or said (quotes, summaries) is redacted
// unless the project keeps original text: only admins can request this export, and ADR 015 shows
// admins originals exactly when the project opted in.
import { db } from "@/lib/db";
import { redactText } from "@/lib/privacy/redact-pii";
import { afterKeyset, type Keyset, oldestFirst } from "./keyset-batches";

export interface ExportTable {
  /** file name without extension; also the key in counts */
  name: string;
  columns: readonly string[];
  /** how many rows the table will have (for progress) */
  count(): Promise<number>;
  fetch(after: Keyset | null, take: number): Promise<(Record<string, unknown> & Keyset)[]>;
}

export interface ProjectExportScope {
  projectId: string;
  /** rows created after this are left out, so the CSV and the JSON of a table hold the same rows */
  until: Date;
  keepOriginalText: boolean;
}

const moment = (ms: number | null) => {
  if (ms === null) return null;
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

export function projectExportTables(scope: ProjectExportScope, questionText: Map<string, string>): ExportTable[] {
  const text = (v: string | null) => (v === null || scope.keepOriginalText ? v : redactText(v));
  const where = { projectId: scope.projectId, createdAt: { lte: scope.until } };
  const page = (after: Keyset | null) => ({ AND: [where, afterKeyset(after)] });

  const sessions: ExportTable = {
    name: "sessions",
    columns: [
      "id",
      "createdAt",
      "screenerId",
      "participantName",
      "participantEmail",
      "externalId",
      "status",
      "mode",
      "startedAt",
      "completedAt",
      "durationMs",
      "consentRecording",
      "consentAnalytics",
      "consentFollowUp",
      "processingStatus",
      "signalCount",
      "summary",
      "language",
      "costUsd",
    ],
    count: () => db.session.count({ where }),
    fetch: async (after, take) => {
      const rows = await db.session.findMany({
        where: page(after),
        orderBy: oldestFirst,
        take,
        select: {
          id: true,
          createdAt: true,
          screenerId: true,
          participantName: true,
          participantEmail: true,
          externalId: true,
          status: true,
          mode: true,
          startedAt: true,
          completedAt: true,
          durationMs: true,
          consentRecording: true,
          consentAnalytics: true,
          consentFollowUp: true,
          processingStatus: true,
          signalCount: true,
          summary: true,
          language: true,
          costUsd: true,
        },
      });
      return rows.map((r) => ({ ...r, summary: text(r.summary), costUsd: Number(r.costUsd) }));
    },
  };

  const signals: ExportTable = {
    name: "signals",
    columns: [
      "id",
      "createdAt",
      "sessionId",
      "type",
      "quote",
      "offsetMs",
      "moment",
      "topic",
      "context",
      "analysis",
      "confidence",
      "intensity",
    ],
    count: () => db.signal.count({ where }),
    fetch: async (after, take) => {
      const rows = await db.signal.findMany({
        where: page(after),
        orderBy: oldestFirst,
        take,
        select: {
          id: true,
          createdAt: true,
          sessionId: true,
          type: true,
          quote: true,
          offsetMs: true,
          topic: true,
          context: true,
          analysis: true,
          confidence: true,
          intensity: true,
        },
      });
      return rows.map((r) => ({
        ...r,
        quote: text(r.quote),
        context: text(r.context),
        analysis: text(r.analysis),
        moment: moment(r.offsetMs),
      }));
    },
  };

  const tasks: ExportTable = {
    name: "tasks",
    columns: [
      "id",
      "createdAt",
      "updatedAt",
      "title",
      "description",
      "type",
      "status",
      "priorityScore",
      "priorityLabel",
      "priorityBreakdown",
      "effort",
      "signalCount",
      "sessionCount",
    ],
    count: () => db.task.count({ where }),
    fetch: (after, take) =>
      db.task.findMany({
        where: page(after),
        orderBy: oldestFirst,
        take,
        select: {
          id: true,
          createdAt: true,
          updatedAt: true,
          title: true,
          description: true,
          type: true,
          status: true,
          priorityScore: true,
          priorityLabel: true,
          priorityBreakdown: true,
          effort: true,
          signalCount: true,
          sessionCount: true,
        },
      }),
  };

  const screenerResponses: ExportTable = {
    name: "screener_responses",
    columns: [
      "id",
      "createdAt",
      "screenerId",
      "participantName",
      "participantEmail",
      "qualified",
      "disqualifyReason",
      "consentRecording",
      "consentAnalytics",
      "consentFollowUp",
      "sessionId",
      "answers",
      "utmSource",
      "utmMedium",
      "utmCampaign",
      "utmTerm",
      "utmContent",
    ],
    count: () => db.screenerResponse.count({ where }),
    fetch: async (after, take) => {
      const rows = await db.screenerResponse.findMany({ where: page(after), orderBy: oldestFirst, take });
      return rows.map(({ projectId: _projectId, answers, ...r }) => ({ ...r, answers: labelAnswers(answers, questionText) }));
    },
  };

  return [sessions, signals, tasks, screenerResponses];
}

/** { questionId: value } → { "question text": value }, so the file reads without the screener at hand. */
function labelAnswers(answers: unknown, questionText: Map<string, string>): Record<string, unknown> {
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) return {};
  return Object.fromEntries(Object.entries(answers).map(([id, v]) => [questionText.get(id) ?? `question ${id}`, v]));
}

/** Every screener question of the project, id → text (small: questions per screener × screeners). */
export async function projectQuestionText(projectId: string): Promise<Map<string, string>> {
  const questions = await db.screenerQuestion.findMany({ where: { screener: { projectId } }, select: { id: true, text: true } });
  return new Map(questions.map((q) => [q.id, q.text]));
}
