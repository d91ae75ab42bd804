"use client";
// Settings → Privacy → "Erase a participant": an email, a confirmation that says what goes and that
// it cannot be undone, then the request's live progress (polling GET …/erasures/:id) and, once the
// job has finished, its receipt. Below: past receipts and the "did we erase X?" lookup.
import { useEffect, useRef, useState } from "react";
import { api, errorMessage, fieldError } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/modal";
import { ErasureReceipt } from "./privacy-erasure-receipt";
import { ErasureHistory } from "./privacy-erasure-history";
import {
  describeProgress,
  type ErasureView,
  isRunning,
  looksLikeEmail,
  ParticipantEmailField,
  StatusBadge,
  usePoll,
} from "./privacy-shared";

export function PrivacyErasure({ projectId, initial }: { projectId: string; initial: ErasureView[] | null }) {
  const base = `/api/v1/projects/${projectId}/erasures`;
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [current, setCurrent] = useState<ErasureView | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);
  // bumped when a request finishes, so the list of receipts reloads
  const [historyVersion, setHistoryVersion] = useState(0);
  const result = useRef<HTMLDivElement>(null);
  // the person who asked follows the request: focus goes to its status, which is announced. In an
  // effect, so it runs after the dialog's own (a child's effects run first), which hands focus
  // back to the button that opened it when it closes.
  const [focusResult, setFocusResult] = useState(0);
  useEffect(() => {
    if (focusResult) result.current?.focus();
  }, [focusResult]);

  usePoll(
    async () => {
      if (!current) return;
      try {
        const { erasure } = await api<{ erasure: ErasureView }>(`${base}/${current.id}`);
        setPollError(null);
        setCurrent(erasure);
        if (!isRunning(erasure.status)) setHistoryVersion((v) => v + 1);
      } catch (e) {
        setPollError(errorMessage(e));
      }
    },
    current !== null && isRunning(current.status),
  );

  function review(e: React.FormEvent) {
    e.preventDefault();
    setSubmitError(null);
    if (!looksLikeEmail(email)) {
      setEmailError("Enter the participant's email address, e.g. dana@example.com");
      return;
    }
    setEmailError(null);
    setConfirming(true);
  }

  async function erase() {
    setPending(true);
    setSubmitError(null);
    try {
      const { erasure } = await api<{ erasure: ErasureView }>(base, { method: "POST", body: { email: email.trim() } });
      setCurrent(erasure);
      setConfirming(false);
      setEmail("");
      setHistoryVersion((v) => v + 1);
      setFocusResult((n) => n + 1);
    } catch (e) {
      const field = fieldError(e, "email", "Email");
      if (field) {
        setEmailError(field);
        setConfirming(false);
      } else setSubmitError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  const progress = current && describeProgress(current.progress);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          id="erase-participant-title"
          title="Erase a participant"
          description="Removes everything this project holds about one person, found by their email, and keeps a receipt."
        />
        <form onSubmit={review} noValidate aria-labelledby="erase-participant-title">
          <CardBody className="space-y-3">
            <ParticipantEmailField
              id="erase-email"
              label="Participant's email"
              error={emailError}
              hint="Matched without regard to case, in screener answers and sessions."
              className="max-w-md"
              value={email}
              onChange={(value) => {
                setEmail(value);
                setEmailError(null);
              }}
            />
            <Button type="submit" variant="danger">
              Erase…
            </Button>
          </CardBody>
        </form>

        <div
          ref={result}
          tabIndex={-1}
          aria-live="polite"
          className="outline-none focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {current && (
            <div data-testid="erasure-current">
              <CardBody className="space-y-3 border-t border-zinc-100">
                {isRunning(current.status) && (
                  <div className="space-y-2" data-testid="erasure-progress">
                    <p className="flex flex-wrap items-center gap-2 text-[13px] text-zinc-800">
                      <StatusBadge status={current.status} />
                      {current.status === "pending" ? "Erasure requested; waiting for the job to start." : "Erasing…"}
                      {progress && <span className="text-zinc-600">{progress}</span>}
                    </p>
                    {typeof current.progress.total === "number" && current.progress.total > 0 && (
                      <progress
                        className="h-2 w-full appearance-none overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-zinc-100 [&::-webkit-progress-value]:bg-indigo-600"
                        max={current.progress.total}
                        value={current.progress.done ?? 0}
                        aria-label="Erasure progress"
                      />
                    )}
                    <p className="text-xs text-zinc-600">You can leave this page; the erasure goes on and its receipt is listed below.</p>
                  </div>
                )}
                {current.status === "completed" && <ErasureReceipt erasure={current} />}
                {current.status === "failed" && (
                  <Alert tone="error" title="The erasure stopped before it finished">
                    {current.error ?? "The job failed."} Nothing already removed comes back; run the erasure again to finish it.
                  </Alert>
                )}
                {pollError && <p className="text-xs text-red-700">Could not refresh the status: {pollError}</p>}
              </CardBody>
            </div>
          )}
        </div>
      </Card>

      <ErasureHistory projectId={projectId} initial={initial} version={historyVersion} />

      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => void erase()}
        title="Erase this participant's data?"
        description={
          <>
            Everything this project holds about <strong className="font-semibold break-all text-zinc-900">{email.trim()}</strong> is
            removed. <strong className="font-semibold text-zinc-900">This cannot be undone.</strong>
          </>
        }
        confirmLabel="Erase permanently"
        pending={pending}
        error={submitError}
      >
        <div className="space-y-2 text-[13px] text-zinc-700">
          <p>What will be removed:</p>
          <ul className="list-disc space-y-0.5 pl-5">
            <li>their screener answers, name and email</li>
            <li>their sessions, with messages, behaviour events and activity</li>
            <li>recordings (audio and screen) and transcripts</li>
            <li>the signals and quotes taken from their sessions; tasks keep their counts and say when no evidence is left</li>
            <li>
              quotes in GitHub spec files and pull-request bodies, replaced with &ldquo;[removed at the participant&apos;s request]&rdquo;
            </li>
          </ul>
          <p className="text-zinc-600">
            Git history keeps earlier versions of those files; the receipt says how to purge them. A receipt with counts and a hash of the
            email is kept.
          </p>
        </div>
      </ConfirmDialog>
    </div>
  );
}
