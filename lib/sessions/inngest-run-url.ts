import { env } from "@/lib/env";

/**
 * Where an operator sees a processing run in Inngest: the local dev server's run page when
 * INNGEST_DEV is set (its URL, or http://localhost:8288), otherwise Inngest Cloud's production runs.
 */
export function inngestRunUrl(runId: string | null): string | null {
  if (!runId) return null;
  const e = env();
  const id = encodeURIComponent(runId);
  if (e.INNGEST_DEV) {
    const base = /^https?:\/\//.test(e.INNGEST_DEV) ? e.INNGEST_DEV : (e.INNGEST_BASE_URL ?? "http://localhost:8288");
    return `${base.replace(/\/$/, "")}/run?runID=${id}`;
  }
  return `https://app.inngest.com/env/production/runs/${id}`;
}
