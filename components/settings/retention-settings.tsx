"use client";
// Settings → Retention: the media, behaviour-event and session windows (days), the last and next run of the policy,
// and, when a shorter window would delete data, the API's counts and an explicit confirmation
// (PATCH with confirmDeletion: true).
import { useState } from "react";
import { api, ApiError, fieldError, formLevelError } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SaveBar } from "@/components/ui/save-bar";
import { useApiAction } from "@/components/use-api-action";
import { describeDeletion, type RetentionRunSummary, RetentionSummary } from "./retention-summary";

export interface RetentionValues {
  retentionAudioDays: number;
  retentionEventsDays: number;
  retentionTranscriptDays: number;
}

type Impact = { sessionsToDelete: number; mediaFilesToRemove: number; eventsToDelete: number };

/** Form field ↔ API field. */
const FIELDS = { media: "retentionAudioDays", events: "retentionEventsDays", sessions: "retentionTranscriptDays" } as const;
type DraftKey = keyof typeof FIELDS;
const draftOf = (v: RetentionValues) => ({
  media: String(v.retentionAudioDays),
  events: String(v.retentionEventsDays),
  sessions: String(v.retentionTranscriptDays),
});

/** The counts a 409 carries when a change would delete data (lib/retention/confirm-retention-change.ts). */
function impactOf(error: unknown): Impact | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return (error.details.retentionImpact as Impact | undefined) ?? null;
}

export function RetentionSettings({
  projectId,
  initial,
  canEdit,
  lastRun,
  nextRunAt,
}: {
  projectId: string;
  initial: RetentionValues;
  canEdit: boolean;
  lastRun: RetentionRunSummary | null;
  nextRunAt: string;
}) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(draftOf(initial));
  const [notice, setNotice] = useState<string | null>(null);
  const { run, pending, error } = useApiAction();

  const summary = <RetentionSummary lastRun={lastRun} nextRunAt={nextRunAt} />;
  if (!canEdit)
    return (
      <Card>
        <CardBody className="space-y-2 text-[13px] text-zinc-900">
          <p>
            Recordings are kept {saved.retentionAudioDays} days; behaviour events (clicks, navigation) {saved.retentionEventsDays} days;
            sessions (with their transcripts and signals) {saved.retentionTranscriptDays} days.
          </p>
          {summary}
        </CardBody>
      </Card>
    );

  const body: Partial<RetentionValues> = {};
  for (const key of Object.keys(FIELDS) as DraftKey[])
    if (Number(draft[key]) !== saved[FIELDS[key]]) body[FIELDS[key]] = Number(draft[key]);
  const dirty = Object.keys(body).length > 0;
  const impact = impactOf(error);

  async function save(confirmDeletion: boolean) {
    const result = await run(() =>
      api<{ project: RetentionValues }>(`/api/v1/projects/${projectId}`, {
        method: "PATCH",
        body: confirmDeletion ? { ...body, confirmDeletion: true } : body,
      }),
    );
    if (result.ok) {
      const p = result.value.project;
      setSaved({
        retentionAudioDays: p.retentionAudioDays,
        retentionEventsDays: p.retentionEventsDays,
        retentionTranscriptDays: p.retentionTranscriptDays,
      });
      setNotice(confirmDeletion ? "Saved. The data past the new windows is deleted at the next run." : "Changes saved.");
    }
  }

  const errors = {
    media: fieldError(error, "retentionAudioDays", "Recordings"),
    events: fieldError(error, "retentionEventsDays", "Behaviour events"),
    sessions: fieldError(error, "retentionTranscriptDays", "Sessions"),
  };
  const general = impact ? null : formLevelError(error, Object.values(FIELDS));
  const edit = (key: DraftKey) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setNotice(null);
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };

  return (
    <Card>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (dirty) void save(false);
        }}
        noValidate
        aria-label="Retention settings"
      >
        <CardBody className="space-y-5">
          <Field
            id="retention-media"
            label="Keep recordings (days)"
            error={errors.media}
            hint="Older audio and screen files are deleted; the session keeps its transcript and signals."
          >
            <Input
              {...describedBy("retention-media", { error: errors.media, hint: true })}
              type="number"
              min={1}
              max={3650}
              value={draft.media}
              onChange={edit("media")}
            />
          </Field>
          <Field
            id="retention-events"
            label="Keep behaviour events (days)"
            error={errors.events}
            hint="Older clicks, navigation and input events are deleted; the session keeps its transcript and signals."
          >
            <Input
              {...describedBy("retention-events", { error: errors.events, hint: true })}
              type="number"
              min={1}
              max={3650}
              value={draft.events}
              onChange={edit("events")}
            />
          </Field>
          <Field
            id="retention-sessions"
            label="Keep sessions (days)"
            error={errors.sessions}
            hint="Older sessions are erased with their transcripts, signals, recordings and the participant's screener answers, name and email."
          >
            <Input
              {...describedBy("retention-sessions", { error: errors.sessions, hint: true })}
              type="number"
              min={1}
              max={3650}
              value={draft.sessions}
              onChange={edit("sessions")}
            />
          </Field>
          {summary}
          {impact && (
            <Alert tone="warning">
              <p>This change deletes {describeDeletion(impact)} at the next run. This cannot be undone.</p>
              <Button variant="danger" className="mt-2" pending={pending} onClick={() => void save(true)}>
                Delete and save
              </Button>
            </Alert>
          )}
          {general && <Alert tone="error">{general}</Alert>}
        </CardBody>
        <SaveBar notice={notice} dirty={dirty} pending={pending} onDiscard={() => setDraft(draftOf(saved))} />
      </form>
    </Card>
  );
}
