// The link researchers share with participants. Pure, so the dashboard's client components can build
// it too. (The interview room's link belongs to sessions: lib/sessions/interview-path.ts.)

/** The public screener page: the link researchers share with participants. */
export function screenerShareUrl(input: { appUrl: string; screenerId: string; publicKey: string; preview?: boolean }): string {
  const base = input.appUrl.replace(/\/+$/, "");
  return `${base}/u/screener/${encodeURIComponent(input.screenerId)}?key=${encodeURIComponent(input.publicKey)}${input.preview ? "&preview=1" : ""}`;
}
