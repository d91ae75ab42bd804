// Dates render identically on the server and in the browser (fixed locale and UTC), so hydration never disagrees.
const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
  timeZoneName: "short",
});

export type DateLike = Date | string;

export function formatDate(value: DateLike | null | undefined, fallback = "—"): string {
  return value ? dateFormat.format(new Date(value)) : fallback;
}

export function formatDateTime(value: DateLike | null | undefined, fallback = "—"): string {
  return value ? dateTimeFormat.format(new Date(value)) : fallback;
}

export function isoDate(value: DateLike): string {
  return new Date(value).toISOString();
}
