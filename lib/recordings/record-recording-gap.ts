import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import type { RecordingGapInput } from "./schemas";

/**
 * Records that the SDK could not deliver some chunks (kind, index range, why) as a "recording_gap"
 * activity, so the session's timeline says where media is missing instead of silently lacking it.
 * Accepted after the session ended too (a chunk refused for that reason is exactly such a gap).
 * A report repeated by a retrying client is stored once.
 */
export async function recordRecordingGap(input: { caller: PublicKeyCaller; sessionId: string; gap: RecordingGapInput }) {
  const session = await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  const { kind, fromIndex, toIndex, reason, detail } = input.gap;
  const data = { kind, fromIndex, toIndex, reason, ...(detail ? { detail } : {}) };
  const existing = await db.sessionActivity.findFirst({ where: { sessionId: session.id, kind: "recording_gap", data: { equals: data } } });
  if (existing) return { gap: view(existing), created: false };
  const range = fromIndex === toIndex ? `chunk ${fromIndex}` : `chunks ${fromIndex}–${toIndex}`;
  const activity = await db.sessionActivity.create({
    data: { sessionId: session.id, kind: "recording_gap", message: `${kind} ${range} not delivered: ${reason}`, data },
  });
  return { gap: view(activity), created: true };
}

function view(a: { id: string; message: string | null; data: unknown; createdAt: Date }) {
  return { id: a.id, message: a.message, ...(a.data as object), createdAt: a.createdAt.toISOString() };
}
