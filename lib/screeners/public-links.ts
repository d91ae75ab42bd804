// Links participants follow. Pure, so the dashboard's client components can build them too.

/** The interview room of a qualified participant's session (the public key travels along). */
export function interviewPath(input: { sessionId: string; publicKey: string }): string {
  return `/u/interview/${encodeURIComponent(input.sessionId)}?key=${encodeURIComponent(input.publicKey)}`;
}

/** The public screener page: the link researchers share with participants. */
export function screenerShareUrl(input: { appUrl: string; screenerId: string; publicKey: string; preview?: boolean }): string {
  const base = input.appUrl.replace(/\/+$/, "");
  return `${base}/u/screener/${encodeURIComponent(input.screenerId)}?key=${encodeURIComponent(input.publicKey)}${input.preview ? "&preview=1" : ""}`;
}
