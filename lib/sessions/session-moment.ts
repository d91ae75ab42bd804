// Where something happened in a session: the session page, opened at that moment. The page reads
// `?t=` in MILLISECONDS (the replay's clock); every link — dashboard, specs, pull-request bodies —
// is built here so none of them can disagree on the unit again.
export function sessionMomentPath(projectId: string, sessionId: string, offsetMs: number | null): string {
  const base = `/projects/${projectId}/sessions/${sessionId}`;
  return offsetMs === null ? base : `${base}?t=${Math.max(0, Math.round(offsetMs))}`;
}
