// Sessions past the project's session window (retentionTranscriptDays) are erased one by one with
// deleteSession: rows, analysis and media files go, and the tasks they fed are rescored. The screener
// response goes too, answers included — as in an erasure: free-text answers can be personal data, and
// the window is the promise that nothing of that session outlives it. Each session is its own transaction, so a stopped run resumes with
// the sessions still there.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteSession } from "@/lib/sessions/delete-session";

export async function eraseExpiredSessions(input: { projectId: string; before: Date; batchSize?: number }): Promise<{ erased: number }> {
  const batchSize = input.batchSize ?? 50;
  let erased = 0;
  for (;;) {
    const sessions = await db.session.findMany({
      where: { projectId: input.projectId, createdAt: { lt: input.before } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!sessions.length) return { erased };
    for (const session of sessions) {
      try {
        await db.screenerResponse.deleteMany({ where: { projectId: input.projectId, sessionId: session.id } });
        await deleteSession({ projectId: input.projectId, sessionId: session.id });
        erased++;
      } catch (e) {
        // deleted meanwhile (by a person or an overlapping run): nothing left to erase
        if (!(e instanceof AppError && e.code === "not_found")) throw e;
      }
    }
  }
}
