// What the participant pages (/u/interview/[sessionId], /u/complete/[sessionId]) show for a link:
// the same public-key check and tenant scoping as GET /api/sdk/sessions/:id.
import { resolvePublicKeyValue } from "@/lib/access/public-key";
import { AppError } from "@/lib/errors";
import { isUnstorable } from "@/lib/validation/storable-text";
import { getInterviewView, type InterviewView } from "./get-interview-view";

export type ParticipantPage =
  { kind: "missing_key" } | { kind: "invalid_key" } | { kind: "not_found" } | { kind: "ok"; view: InterviewView; publicKey: string };

export async function loadParticipantPage(input: { sessionId: string; key: string | undefined }): Promise<ParticipantPage> {
  if (!input.key) return { kind: "missing_key" };
  // a NUL from the URL (%00) cannot name a row, and PostgreSQL would refuse the lookup (ADR 012)
  if (isUnstorable(input.sessionId)) return { kind: "not_found" };
  try {
    const caller = await resolvePublicKeyValue(input.key);
    return { kind: "ok", view: await getInterviewView({ caller, sessionId: input.sessionId }), publicKey: input.key };
  } catch (e) {
    if (e instanceof AppError && e.code === "unauthorized") return { kind: "invalid_key" };
    if (e instanceof AppError && e.code === "not_found") return { kind: "not_found" };
    throw e;
  }
}
