// Barge-in: the participant may start the next turn while the previous reply is still being written
// (they interrupted its playback, or spoke during "thinking"). That turn must not fail and must not
// overtake the reply: the turn waits (bounded) for the reply in flight in this process before it is
// stored, so the transcript stays participant, interviewer, participant… A reply written by another
// app instance is not waited for; then the turn is stored at once, exactly as a typed message would be.
const inFlight = new Map<string, Promise<unknown>>();

/** How long a new turn waits for the previous reply; past it the turn goes ahead (never a 409). */
export const BARGE_IN_WAIT_MS = 10_000;

export function trackReply<T>(sessionId: string, reply: Promise<T>): Promise<T> {
  const settled = reply.then(
    () => undefined,
    () => undefined,
  );
  inFlight.set(sessionId, settled);
  void settled.then(() => {
    if (inFlight.get(sessionId) === settled) inFlight.delete(sessionId);
  });
  return reply;
}

/** Resolves when the session's reply in flight (if any) is stored or failed, or after `maxMs`. */
export async function waitForPendingReply(sessionId: string, maxMs = BARGE_IN_WAIT_MS): Promise<void> {
  const pending = inFlight.get(sessionId);
  if (!pending) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([pending, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs)))]);
  clearTimeout(timer);
}
