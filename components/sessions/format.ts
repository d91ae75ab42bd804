// Small formatters for session pages; pure, so server and browser render the same text.

/** 83_000 → "1:23", 3_723_000 → "1:02:03" (a media clock). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** 1_440_000 → "24 min", 42_000 → "42 s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return "—";
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  const min = Math.round(ms / 60_000);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}

export function formatUsd(value: number): string {
  return value === 0 ? "$0" : value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;
}

export function participantLabel(s: {
  participantName: string | null;
  participantEmail: string | null;
  externalId?: string | null;
}): string {
  return s.participantName || s.participantEmail || s.externalId || "Anonymous participant";
}
