"use client";
// Past erasures (the receipts, newest first; GET …/erasures) and "Did we erase X?": the server
// hashes the email and answers the requests with that hash (GET …/erasures?email=), so the answer
// never needs the email to have been kept.
import { useEffect, useRef, useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, isoDate } from "@/components/ui/format";
import { ErasureReceipt, summarizeRemoved } from "./privacy-erasure-receipt";
import { type ErasureView, isRunning, looksLikeEmail, ParticipantEmailField, shortHash, StatusBadge, usePoll } from "./privacy-shared";

type Lookup = { email: string; erasures: ErasureView[] } | { email: string; error: string };

export function ErasureHistory({ projectId, initial, version }: { projectId: string; initial: ErasureView[] | null; version: number }) {
  const base = `/api/v1/projects/${projectId}/erasures`;
  const [erasures, setErasures] = useState<ErasureView[] | null>(initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const answer = useRef<HTMLDivElement>(null);

  async function load() {
    try {
      setErasures((await api<{ erasures: ErasureView[] }>(base)).erasures);
      setLoadError(null);
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }

  useEffect(() => {
    if (initial !== null && version === 0) return;
    // in a task, not in the effect's body: the list's state is set when the answer arrives
    const timer = setTimeout(() => void load(), 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when asked (version), not on every render
  }, [version]);

  // requests started elsewhere (the CLI, another admin) finish here too
  usePoll(load, erasures?.some((e) => isRunning(e.status)) ?? false, 3_000);

  async function check(e: React.FormEvent) {
    e.preventDefault();
    if (!looksLikeEmail(email)) {
      setEmailError("Enter an email address to look up");
      return;
    }
    setEmailError(null);
    setLooking(true);
    const asked = email.trim();
    try {
      const { erasures: found } = await api<{ erasures: ErasureView[] }>(`${base}?email=${encodeURIComponent(asked)}`);
      setLookup({ email: asked, erasures: found });
    } catch (err) {
      setLookup({ email: asked, error: errorMessage(err) });
    } finally {
      setLooking(false);
      requestAnimationFrame(() => answer.current?.focus());
    }
  }

  return (
    <Card data-testid="erasure-history">
      <CardHeader
        id="past-erasures-title"
        title="Past erasures"
        description="Each request's receipt, newest first. Receipts keep counts and a hash of the email, never the email."
      />
      <form onSubmit={check} noValidate aria-label="Did we erase this person?">
        <CardBody className="space-y-3 border-b border-zinc-100">
          <ParticipantEmailField
            id="erasure-lookup-email"
            label="Did we erase…? (email)"
            error={emailError}
            className="max-w-md"
            value={email}
            onChange={(value) => {
              setEmail(value);
              setEmailError(null);
            }}
          />
          <Button type="submit" variant="secondary" pending={looking}>
            Check
          </Button>
          <div
            ref={answer}
            tabIndex={-1}
            aria-live="polite"
            className="outline-none focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {lookup && <LookupAnswer lookup={lookup} />}
          </div>
        </CardBody>
      </form>

      {loadError && (
        <p role="alert" className="px-5 py-3 text-[13px] text-red-700">
          Could not load past erasures: {loadError}
        </p>
      )}
      {erasures === null && !loadError ? (
        <p className="px-5 py-4 text-[13px] text-zinc-600">Loading past erasures…</p>
      ) : erasures && erasures.length === 0 ? (
        <EmptyState title="No erasures yet" description="Receipts of erasures requested here, through the CLI or the API appear here." />
      ) : (
        <ul aria-labelledby="past-erasures-title" className="divide-y divide-zinc-100">
          {erasures?.map((e) => (
            <li key={e.id}>
              <ErasureRow erasure={e} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function LookupAnswer({ lookup }: { lookup: Lookup }) {
  if ("error" in lookup)
    return (
      <p className="text-[13px] text-red-700" data-testid="erasure-lookup-answer">
        Could not check: {lookup.error}
      </p>
    );
  const done = lookup.erasures.find((e) => e.status === "completed");
  const open = lookup.erasures.find((e) => isRunning(e.status));
  return (
    <p className="text-[13px] text-zinc-800" data-testid="erasure-lookup-answer">
      {done ? (
        <>
          <strong className="font-semibold">Yes.</strong> {lookup.email} was erased on{" "}
          <time dateTime={isoDate(done.completedAt ?? done.createdAt)}>{formatDateTime(done.completedAt ?? done.createdAt)}</time> (receipt{" "}
          {shortHash(done.emailHash)}: {summarizeRemoved(done.removed)}).
        </>
      ) : open ? (
        <>
          <strong className="font-semibold">In progress.</strong> An erasure of {lookup.email} was requested on{" "}
          {formatDateTime(open.createdAt)} and has not finished yet.
        </>
      ) : lookup.erasures.length ? (
        <>
          <strong className="font-semibold">Not completed.</strong> An erasure of {lookup.email} was requested but failed; run it again.
        </>
      ) : (
        <>
          <strong className="font-semibold">No.</strong> No erasure of {lookup.email} was requested in this project.
        </>
      )}
    </p>
  );
}

/** One past request: a summary line that opens to the full receipt. */
function ErasureRow({ erasure }: { erasure: ErasureView }) {
  const when = erasure.completedAt ?? erasure.createdAt;
  const summary = (
    <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
      <time dateTime={isoDate(when)} className="text-zinc-900">
        {formatDateTime(when)}
      </time>
      <StatusBadge status={erasure.status} />
      <code className="font-mono text-xs text-zinc-600" title={erasure.emailHash}>
        hash {shortHash(erasure.emailHash)}
      </code>
      <span className="min-w-0 text-zinc-600">
        {erasure.status === "completed"
          ? summarizeRemoved(erasure.removed)
          : erasure.status === "failed"
            ? (erasure.error ?? "Failed")
            : "Not finished yet"}
      </span>
    </span>
  );
  if (erasure.status !== "completed") return <div className="flex min-h-11 items-center px-5 py-2.5 text-[13px]">{summary}</div>;
  return (
    <details className="group text-[13px]">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-5 py-2.5 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden">
        <svg
          viewBox="0 0 20 20"
          className="size-4 shrink-0 text-zinc-500 transition-transform group-open:rotate-90"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          aria-hidden="true"
        >
          <path d="m8 5 5 5-5 5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {summary}
      </summary>
      <div className="px-5 pt-1 pb-4 pl-11">
        <ErasureReceipt erasure={erasure} />
      </div>
    </details>
  );
}
