// The link a participant follows into their session's interview room. Pure, so the dashboard's
// client components can build it too.

/** The interview room of a qualified participant's session (the public key travels along). */
export function interviewPath(input: { sessionId: string; publicKey: string }): string {
  return `/u/interview/${encodeURIComponent(input.sessionId)}?key=${encodeURIComponent(input.publicKey)}`;
}
