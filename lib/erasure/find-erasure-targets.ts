// The erasure's first step: who is this person in the project? Screener responses and sessions
// whose email matches (trimmed, case-insensitively: API-created sessions carry their own email),
// the sessions those responses led to, the tasks their signals feed and the implementations whose
// spec or pull-request body quoted them. The plan (ids, and the quotes sealed) is stored on the
// request before anything is deleted; a retried step finds the plan and reuses it, so the quotes
// survive the deletion of the signals they came from.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openParticipantEmail, sealPersonalText } from "@/lib/privacy/participant-email";
import { emptyCounts, type ErasurePlan, readProgress, writeProgress, writeReceipt } from "./erasure-state";
import { lockErasure } from "./lock-erasure";
import { matchingResponses, matchingSessionIds } from "./participant-matches";
import { quotesIn } from "./quote-redaction";

export interface ErasureTargets {
  /** the request was already finished (a redelivered event): nothing to do */
  finished: boolean;
  sessionIds: string[];
  implementationIds: string[];
}

export async function findErasureTargets(input: { erasureId: string }): Promise<ErasureTargets> {
  return db.$transaction(
    async (tx) => {
      const request = await lockErasure(tx, input.erasureId);
      if (request.status === "completed" || request.status === "failed") return { finished: true, sessionIds: [], implementationIds: [] };
      const progress = readProgress(request.progress);
      if (progress.plan)
        return { finished: false, sessionIds: progress.plan.sessionIds, implementationIds: progress.plan.implementationIds };
      if (!request.emailCiphertext) throw new AppError("conflict", "The erasure request no longer holds the email to look for");
      const email = openParticipantEmail(request.emailCiphertext);
      const projectId = request.projectId;

      const responses = await matchingResponses(tx, projectId, email);
      const linked = responses.map((r) => r.sessionId).filter((id): id is string => Boolean(id));
      const sessionIds = await matchingSessionIds(tx, projectId, email, linked);
      const signals = await tx.signal.findMany({
        where: { sessionId: { in: sessionIds } },
        select: { quote: true, tasks: { select: { taskId: true } } },
      });
      const quotes = [...new Set(signals.map((s) => s.quote).filter((q) => q.trim()))];
      const taskIds = [...new Set(signals.flatMap((s) => s.tasks.map((t) => t.taskId)))];
      const implementations = quotes.length
        ? await tx.implementation.findMany({
            where: { projectId },
            select: { id: true, spec: true, prBody: true },
            orderBy: { createdAt: "asc" },
          })
        : [];
      const implementationIds = implementations.filter((i) => quotesIn(`${i.spec ?? ""}\n${i.prBody ?? ""}`, quotes)).map((i) => i.id);

      // export files waiting to be downloaded hold the person's data too: theirs, and whole-project ones
      const exportsWithFiles = await tx.dataExport.findMany({
        where: { projectId, storageKey: { not: null }, OR: [{ kind: "participant", emailHash: request.emailHash }, { kind: "project" }] },
        select: { id: true },
      });
      const plan: ErasurePlan = {
        sessionIds,
        responseIds: responses.filter((r) => !r.sessionId || !sessionIds.includes(r.sessionId)).map((r) => r.id),
        taskIds,
        implementationIds,
        sealedQuotes: quotes.length ? sealPersonalText(JSON.stringify(quotes)) : null,
        github: {},
        tasksLeftWithoutEvidence: [],
        exportIds: exportsWithFiles.map((e) => e.id),
      };
      await tx.erasureRequest.update({
        where: { id: request.id },
        data: {
          status: "running",
          startedAt: request.startedAt ?? new Date(),
          progress: writeProgress({ step: "sessions", done: 0, total: sessionIds.length, plan }),
          removed: writeReceipt({ counts: emptyCounts(), githubNote: null }),
        },
      });
      return { finished: false, sessionIds, implementationIds };
    },
    { timeout: 60_000 },
  );
}
