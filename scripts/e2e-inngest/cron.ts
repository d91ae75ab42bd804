// Cron expressions of cron-triggered functions ("*/5 * * * *", "TZ=Europe/Paris 0 9 * * 1-5"), for
// the executor's optional real schedule. Five fields; *, numbers, ranges, lists and steps. Times are
// matched in UTC (a TZ= prefix is accepted and ignored: the harness does not need time zones).

function fieldMatches(field: string, value: number, min: number, max: number): boolean {
  return field.split(",").some((part) => {
    const [range, stepText] = part.split("/");
    const step = stepText ? Number(stepText) : 1;
    let lo = min;
    let hi = max;
    if (range !== "*") {
      const [a, b] = range.split("-").map(Number);
      lo = a;
      hi = b ?? (stepText ? max : a);
    }
    return value >= lo && value <= hi && (value - lo) % step === 0;
  });
}

/** Whether the cron expression fires at the minute of `at`. */
export function cronMatches(expression: string, at: Date): boolean {
  const fields = expression
    .replace(/^TZ=\S+\s+/, "")
    .trim()
    .split(/\s+/);
  if (fields.length !== 5) throw new Error(`unsupported cron expression: ${expression}`);
  const [minute, hour, dom, month, dow] = fields;
  const weekday = at.getUTCDay();
  return (
    fieldMatches(minute, at.getUTCMinutes(), 0, 59) &&
    fieldMatches(hour, at.getUTCHours(), 0, 23) &&
    fieldMatches(dom, at.getUTCDate(), 1, 31) &&
    fieldMatches(month, at.getUTCMonth() + 1, 1, 12) &&
    (fieldMatches(dow, weekday, 0, 7) || (weekday === 0 && fieldMatches(dow, 7, 0, 7)))
  );
}
