"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeValue } from "@/components/ui/code-value";
import { ConfirmDialog } from "@/components/ui/modal";
import type { ScreenerStatus } from "@/generated/prisma/enums";
import { Funnel } from "./funnel";
import { QuestionsPanel } from "./questions-panel";
import { ResponsesTable } from "./responses-table";
import { ScreenerSettings } from "./screener-settings";
import { ScreenerStatusBadge } from "./status-badge";
import { ScreenerTranslations } from "./screener-translations";
import type { ResponseData, ScreenerData } from "./types";

const STATUS_ACTIONS: Record<ScreenerStatus, { to: ScreenerStatus; label: string; variant: "primary" | "secondary" | "danger" }[]> = {
  draft: [{ to: "active", label: "Activate", variant: "primary" }],
  active: [
    { to: "paused", label: "Pause", variant: "secondary" },
    { to: "closed", label: "Close", variant: "secondary" },
  ],
  paused: [
    { to: "active", label: "Resume", variant: "primary" },
    { to: "closed", label: "Close", variant: "secondary" },
  ],
  closed: [],
};

const STATUS_NOTE: Record<ScreenerStatus, string> = {
  draft: "Draft: only you and your team can preview it. Activate it to accept responses.",
  active: "Active: anyone with the link can answer.",
  paused: "Paused: the link shows that the study is not accepting responses right now.",
  closed: "Closed for good: the link shows that the study is closed.",
};

export function ScreenerBuilder({
  initial,
  canEdit,
  shareUrl,
  previewUrl,
  responses,
  languages,
}: {
  initial: ScreenerData;
  canEdit: boolean;
  /** null when the project has no active public key */
  shareUrl: string | null;
  previewUrl: string | null;
  responses: { responses: ResponseData[]; nextCursor: string | null };
  /** the project's research language (the screener's main texts) and interview languages, for Translations */
  languages?: { main: string; interview: string[] };
}) {
  const router = useRouter();
  const [screener, setScreener] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<"close" | "delete" | null>(null);
  const url = `/api/v1/projects/${screener.projectId}/screeners/${screener.id}`;

  async function changeStatus(status: ScreenerStatus) {
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ screener: ScreenerData }>(`${url}/status`, { method: "POST", body: { status } });
      setScreener(result.screener);
      setConfirm(null);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api(url, { method: "DELETE" });
      router.push(`/projects/${screener.projectId}/screeners`);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <div className="space-y-6 pb-10">
      <div className="space-y-3">
        <Link href={`/projects/${screener.projectId}/screeners`} className="text-[13px] text-zinc-500 hover:text-zinc-800">
          ← All screeners
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-3">
              <h2 className="truncate text-xl font-semibold tracking-tight text-zinc-900">{screener.title}</h2>
              <span data-testid="screener-status">
                <ScreenerStatusBadge status={screener.status} />
              </span>
            </div>
            <p className="text-[13px] text-zinc-500">{STATUS_NOTE[screener.status]}</p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {previewUrl && (
              <a href={previewUrl} target="_blank" rel="noopener" className={buttonClasses("secondary", "md")}>
                Preview
                <span className="sr-only"> (opens in a new tab)</span>
                <svg viewBox="0 0 20 20" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true">
                  <path
                    d="M11 4h5v5M16 4l-7 7M14 12v3a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
              </a>
            )}
            {canEdit &&
              STATUS_ACTIONS[screener.status].map((a) => (
                <Button
                  key={a.to}
                  variant={a.variant}
                  pending={busy && confirm === null}
                  disabled={busy}
                  onClick={() => (a.to === "closed" ? setConfirm("close") : changeStatus(a.to))}
                >
                  {a.label}
                </Button>
              ))}
          </div>
        </div>
        {error && confirm === null && <Alert tone="error">{error}</Alert>}
      </div>

      <Card>
        <CardHeader
          id="share-heading"
          title="Share link"
          description="Send this link to people you want to recruit. UTM parameters you add (utm_source, utm_campaign…) are stored with each response."
        />
        <CardBody className="space-y-2">
          {shareUrl ? (
            <>
              <CodeValue value={shareUrl} label="Screener link" copyLabel="Copy link" />
              {screener.status !== "active" && <p className="text-xs text-zinc-500">The link works once the screener is active.</p>}
            </>
          ) : (
            <Alert tone="warning">
              This project has no active public key, so the screener cannot be shared. An admin can create one in the project settings.
            </Alert>
          )}
        </CardBody>
      </Card>

      <section aria-label="Funnel" className="space-y-2">
        <Funnel counts={screener} />
        {screener.maxParticipants !== null && (
          <p className="text-[13px] text-zinc-500" data-testid="capacity">
            {screener.qualifiedCount >= screener.maxParticipants
              ? `Full: all ${screener.maxParticipants} places are taken; later responses are turned away.`
              : `${screener.maxParticipants - screener.qualifiedCount} of ${screener.maxParticipants} places left.`}
          </p>
        )}
      </section>

      <QuestionsPanel
        screener={screener}
        canEdit={canEdit}
        onChange={(s) => {
          setScreener(s);
          setError(null);
        }}
      />
      <ScreenerSettings screener={screener} canEdit={canEdit} onSaved={setScreener} />
      {languages && (
        <ScreenerTranslations
          screener={screener}
          canEdit={canEdit}
          mainLanguage={languages.main}
          interviewLanguages={languages.interview}
          onSaved={setScreener}
        />
      )}
      <ResponsesTable projectId={screener.projectId} screenerId={screener.id} questions={screener.questions} initial={responses} />

      {canEdit && (
        <Card className="border-red-200">
          <CardHeader
            title="Delete screener"
            description="Removes the screener, its questions and all its responses. Interview sessions that came from it are kept."
            actions={
              <Button variant="danger" onClick={() => setConfirm("delete")} disabled={busy}>
                Delete screener
              </Button>
            }
          />
        </Card>
      )}

      <ConfirmDialog
        open={confirm === "close"}
        onClose={() => setConfirm(null)}
        onConfirm={() => changeStatus("closed")}
        title="Close this screener?"
        description="Participants will no longer be able to answer, and a closed screener cannot be reopened. Use Pause to stop for a while."
        confirmLabel="Close screener"
        pending={busy}
        error={confirm === "close" ? error : null}
      />
      <ConfirmDialog
        open={confirm === "delete"}
        onClose={() => setConfirm(null)}
        onConfirm={remove}
        title={`Delete “${screener.title}”?`}
        description={`Its ${screener.questions.length} questions and all its responses will be deleted. This cannot be undone.`}
        confirmLabel="Delete screener"
        pending={busy}
        error={confirm === "delete" ? error : null}
      />
    </div>
  );
}
