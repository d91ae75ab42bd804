import { type DateLike, formatDate, formatDateTime, isoDate } from "./format";

/** A date, with the exact time (UTC) on hover. */
export function Time({ value, fallback = "—" }: { value: DateLike | null | undefined; fallback?: string }) {
  if (!value) return <span className="text-zinc-500">{fallback}</span>;
  return (
    <time dateTime={isoDate(value)} title={formatDateTime(value)}>
      {formatDate(value)}
    </time>
  );
}
