import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { getMediaSegment, type MediaKind } from "@/lib/sessions/get-media-segment";
import { clipSegments } from "./clip-segments";
import { clipWindow } from "./clip-window";
import { resolveShareLink } from "./resolve-share-link";

/**
 * The recording behind one shared quote: the segment covering the quote's moment, served whole with
 * Range support (see clip-window.ts for why the window is played rather than cut). Only a signal
 * the link shares is served: the link's own signal, or one of its task's evidence.
 */
export async function getSharedClip(input: { token: string; signalId: string; kind: MediaKind; rangeHeader: string | null }) {
  const resolved = await resolveShareLink(input.token);
  if (resolved.state === "unknown") throw notFound("Share link");
  if (resolved.state !== "active")
    throw new AppError("gone", `This share link has ${resolved.state === "revoked" ? "been revoked" : "expired"}`);
  const { link } = resolved;
  const shared = link.signalId
    ? link.signalId === input.signalId
    : !!(await db.taskSignal.findFirst({ where: { taskId: link.taskId!, signalId: input.signalId }, select: { signalId: true } }));
  const signal = shared
    ? await db.signal.findFirst({ where: { id: input.signalId, projectId: link.projectId }, select: { sessionId: true, offsetMs: true } })
    : null;
  if (!signal) throw notFound("Signal");
  const segments = signal.offsetMs === null ? null : (await clipSegments([signal.sessionId], input.kind)).get(signal.sessionId);
  const window = segments && signal.offsetMs !== null ? clipWindow(segments[input.kind], signal.offsetMs) : null;
  if (!window) throw notFound("Clip");
  const response = await getMediaSegment({
    projectId: link.projectId,
    sessionId: signal.sessionId,
    kind: input.kind,
    index: window.index,
    rangeHeader: input.rangeHeader,
  });
  // revoking must take effect at once: no copy kept past the page, and the token stays out of Referer and indexes
  response.headers.set("cache-control", "private, no-cache");
  response.headers.set("referrer-policy", "no-referrer");
  response.headers.set("x-robots-tag", "noindex, nofollow");
  return response;
}
