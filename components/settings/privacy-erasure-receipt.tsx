// The receipt of one finished erasure: what was found and removed, by kind and count, when, and for
// which email hash — never the email itself, which the server does not keep. Quotes shipped to
// GitHub get their own statement: the current files and PR bodies are redacted, git history is not.
import { Alert } from "@/components/ui/alert";
import { formatDateTime, isoDate } from "@/components/ui/format";
import { type ErasureView, humanize } from "./privacy-shared";

// Plain-language names for the counts the erasure job reports; a kind added later still shows, humanized.
const REMOVED_LABELS: Record<string, string> = {
  screenerResponses: "Screener responses",
  sessions: "Sessions",
  messages: "Messages",
  events: "Behaviour events",
  activity: "Session activity entries",
  mediaObjects: "Recording files",
  transcripts: "Transcripts",
  signals: "Signals and their quotes",
  taskLinks: "Links from tasks to signals",
  usageRowsKept: "Cost records kept as numbers, without content",
  tasksRecomputed: "Tasks whose counts were recomputed",
  tasksLeftWithoutEvidence: "Tasks left without evidence (kept, marked)",
  implementations: "Implementations whose specs quoted them",
  githubFiles: "GitHub spec files redacted",
  pullRequests: "Pull-request bodies redacted",
  exportFiles: "Export files holding their data, deleted early",
};

const GITHUB_KINDS = new Set(["githubFiles", "pullRequests"]);

export function removedLabel(kind: string): string {
  return REMOVED_LABELS[kind] ?? humanize(kind);
}

/** "Sessions: 1, Messages: 8…" (the kinds with something in them) for the list of past erasures. */
export function summarizeRemoved(removed: Record<string, number>): string {
  const parts = Object.entries(removed)
    .filter(([, n]) => typeof n === "number" && n > 0)
    .map(([kind, n]) => `${removedLabel(kind)}: ${n}`);
  return parts.length ? parts.join(", ") : "Nothing was found for this email";
}

export function ErasureReceipt({ erasure, headingId }: { erasure: ErasureView; headingId?: string }) {
  const counts = Object.entries(erasure.removed).filter(([, n]) => typeof n === "number");
  const found = counts.some(([, n]) => n > 0);
  const touchedGithub = counts.some(([kind, n]) => GITHUB_KINDS.has(kind) && n > 0);
  return (
    <div className="space-y-4" data-testid="erasure-receipt">
      <div className="space-y-1">
        <h3 id={headingId} className="text-sm font-semibold text-zinc-900">
          Erasure receipt
        </h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-[13px]">
          <dt className="text-zinc-600">Completed</dt>
          <dd className="text-zinc-900">
            {erasure.completedAt ? <time dateTime={isoDate(erasure.completedAt)}>{formatDateTime(erasure.completedAt)}</time> : "—"}
          </dd>
          <dt className="text-zinc-600">Requested</dt>
          <dd className="text-zinc-900">
            <time dateTime={isoDate(erasure.createdAt)}>{formatDateTime(erasure.createdAt)}</time>
          </dd>
          <dt className="text-zinc-600">Email hash</dt>
          <dd className="min-w-0">
            <code className="font-mono text-xs break-all text-zinc-800" data-testid="erasure-email-hash">
              {erasure.emailHash}
            </code>
          </dd>
        </dl>
        <p className="text-xs text-zinc-600">
          The email itself is not kept. The hash answers &ldquo;did you erase this person?&rdquo; only on this server.
        </p>
      </div>

      {found ? (
        <table className="w-full text-left text-[13px]" aria-label="Removed, by kind">
          <thead>
            <tr>
              <th scope="col" className="border-b border-zinc-200 py-2 text-xs font-medium text-zinc-600">
                Removed
              </th>
              <th scope="col" className="border-b border-zinc-200 py-2 text-right text-xs font-medium text-zinc-600">
                Count
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map(([kind, n]) => (
              <tr key={kind}>
                <th scope="row" className="border-b border-zinc-100 py-1.5 pr-4 font-normal text-zinc-700">
                  {removedLabel(kind)}
                </th>
                <td className="border-b border-zinc-100 py-1.5 text-right text-zinc-900 tabular-nums">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-[13px] text-zinc-700">Nothing was found for this email in this project; nothing was removed.</p>
      )}

      <GithubHistoryNote note={erasure.githubNote} touchedGithub={touchedGithub} />
    </div>
  );
}

/** What an erasure does and does not do to a connected repository, and how the customer purges the rest. */
export function GithubHistoryNote({ note, touchedGithub }: { note: string | null; touchedGithub: boolean }) {
  return (
    <Alert tone={touchedGithub ? "warning" : "info"} title="Quotes in GitHub">
      <p>
        {touchedGithub ? "Quotes from this person were" : "Any quotes from this person are"} replaced with &ldquo;[removed at the
        participant&apos;s request]&rdquo; in the current spec files and pull-request bodies. Git history still keeps earlier versions of
        those files.
      </p>
      <p className="mt-1">
        To purge them, rewrite the repository&apos;s history (for example with <code className="font-mono text-xs">git filter-repo</code>
        ), force-push, and ask GitHub Support to remove cached views of old commits and pull requests. Step by step:{" "}
        <code className="font-mono text-xs">docs/runbook.md#privacy</code>.
      </p>
      {note && <p className="mt-1">{note}</p>}
    </Alert>
  );
}
