"use client";

// Settings → Follow-up: send follow-up invitations automatically some days after a task's pull
// request is merged (off by default: members send them from the task page).
import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SaveBar } from "@/components/ui/save-bar";

export function FollowUpSettings({ projectId, initial, canEdit }: { projectId: string; initial: number | null; canEdit: boolean }) {
  const [saved, setSaved] = useState(initial);
  const [enabled, setEnabled] = useState(initial !== null);
  const [days, setDays] = useState(String(initial ?? 7));
  const [notice, setNotice] = useState<string | null>(null);
  const { run, pending, error } = useApiAction();
  const value = enabled ? Number(days) : null;
  const valid = !enabled || (/^\d{1,2}$/.test(days.trim()) && Number(days) <= 90);
  const dirty = value !== saved;
  const daysError = !valid ? "Enter a number of days from 0 to 90." : fieldError(error, "followUpAutoDelayDays", "Days");

  // viewers read the setting; only those who may change it get controls
  if (!canEdit)
    return (
      <Card>
        <CardBody className="text-sm text-zinc-800">
          {saved === null
            ? "Follow-up invitations are sent by members from the task page (not automatically)."
            : `Follow-up invitations go out automatically ${saved} day${saved === 1 ? "" : "s"} after a task's pull request is merged.`}
        </CardBody>
      </Card>
    );

  return (
    <Card>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!valid || !dirty) return;
          setNotice(null);
          const r = await run(() => api(`/api/v1/projects/${projectId}`, { method: "PATCH", body: { followUpAutoDelayDays: value } }));
          if (r.ok) {
            setSaved(value);
            setNotice("Saved.");
          }
        }}
      >
        <CardBody className="space-y-4">
          <div className="flex gap-3">
            <input
              id="follow-up-auto"
              type="checkbox"
              checked={enabled}
              disabled={!canEdit}
              onChange={(e) => setEnabled(e.target.checked)}
              className="mt-0.5 size-4 shrink-0 accent-indigo-600"
            />
            <label htmlFor="follow-up-auto" className="text-sm text-zinc-800">
              Send follow-up invitations automatically after a merge
            </label>
          </div>
          {enabled && (
            <Field
              id="follow-up-days"
              label="Days after the merge"
              hint="Every participant behind the task's evidence who agreed to follow-up contact is invited; the mail waits this long."
              error={daysError}
            >
              <Input
                {...describedBy("follow-up-days", { hint: true, error: daysError })}
                type="number"
                min={0}
                max={90}
                value={days}
                disabled={!canEdit}
                onChange={(e) => setDays(e.target.value)}
                className="w-28"
              />
            </Field>
          )}
          {!enabled && <p className="text-[13px] text-zinc-600">Off: members send follow-up invitations from the task page.</p>}
          {formLevelError(error, ["followUpAutoDelayDays"]) && (
            <Alert tone="error">{formLevelError(error, ["followUpAutoDelayDays"])}</Alert>
          )}
        </CardBody>
        {canEdit && (
          <SaveBar
            notice={notice}
            dirty={dirty}
            pending={pending}
            canSave={valid}
            onDiscard={() => {
              setEnabled(saved !== null);
              setDays(String(saved ?? 7));
            }}
          />
        )}
      </form>
    </Card>
  );
}
