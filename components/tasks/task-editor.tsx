"use client";

import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SaveBar } from "@/components/ui/save-bar";
import type { Effort, TaskStatus, TaskType } from "@/generated/prisma/enums";
import { EFFORT_LABELS, TASK_STATUS_LABELS, TASK_STATUS_ORDER, TASK_TYPE_LABELS } from "./labels";

export interface EditableTask {
  id: string;
  projectId: string;
  title: string;
  description: string;
  type: TaskType;
  status: TaskStatus;
  effort: Effort | null;
}

type Draft = Omit<EditableTask, "id" | "projectId">;

/** Only what changed: PATCH refuses unknown fields, and an unchanged status must not add history. */
function changes(saved: Draft, d: Draft): Partial<Draft> {
  const out: Partial<Draft> = {};
  if (d.title.trim() !== saved.title) out.title = d.title.trim();
  if (d.description !== saved.description) out.description = d.description;
  if (d.type !== saved.type) out.type = d.type;
  if (d.status !== saved.status) out.status = d.status;
  if (d.effort !== saved.effort) out.effort = d.effort;
  return out;
}

const pick = (t: EditableTask): Draft => ({ title: t.title, description: t.description, type: t.type, status: t.status, effort: t.effort });

/** Edit form for members; the page re-renders after a save so the history shows the change. */
export function TaskEditor({ task }: { task: EditableTask }) {
  const [saved, setSaved] = useState(() => pick(task));
  const [draft, setDraft] = useState(() => pick(task));
  const [notice, setNotice] = useState<string | null>(null);
  const { run, pending, error } = useApiAction();
  const diff = changes(saved, draft);
  const dirty = Object.keys(diff).length > 0;

  // The page re-renders with newer server data (a pull request moved the task to in_review, someone
  // else edited it): take it in, without throwing away what the user is typing.
  const incoming = pick(task);
  const incomingKey = JSON.stringify(incoming);
  const [seenKey, setSeenKey] = useState(incomingKey);
  if (incomingKey !== seenKey) {
    setSeenKey(incomingKey);
    setSaved(incoming);
    if (!dirty) setDraft(incoming);
  }
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setNotice(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!dirty) return;
    const result = await run(() =>
      api<{ task: EditableTask }>(`/api/v1/projects/${task.projectId}/tasks/${task.id}`, { method: "PATCH", body: diff }),
    );
    if (result.ok) {
      const next = pick(result.value.task);
      setSaved(next);
      setDraft(next);
      setNotice("Changes saved.");
    }
  }

  const errors = {
    title: fieldError(error, "title", "Title"),
    description: fieldError(error, "description", "Description"),
  };
  const general = formLevelError(error, ["title", "description"]);

  return (
    <Card>
      <CardHeader id="edit-task-heading" title="Edit task" />
      <form onSubmit={onSubmit} noValidate aria-labelledby="edit-task-heading">
        <CardBody className="space-y-4">
          <Field id="task-title" label="Title" error={errors.title}>
            <Input
              {...describedBy("task-title", { error: errors.title })}
              value={draft.title}
              maxLength={200}
              onChange={(e) => set("title", e.target.value)}
            />
          </Field>
          {/* the form sits in a narrow side column: status on its own row, type and effort side by side */}
          <div className="grid grid-cols-2 gap-3">
            <Field id="task-status" label="Status" className="col-span-2">
              <Select id="task-status" value={draft.status} onChange={(e) => set("status", e.target.value as TaskStatus)}>
                {TASK_STATUS_ORDER.map((s) => (
                  <option key={s} value={s}>
                    {TASK_STATUS_LABELS[s]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="task-type" label="Type">
              <Select id="task-type" value={draft.type} onChange={(e) => set("type", e.target.value as TaskType)}>
                {(Object.keys(TASK_TYPE_LABELS) as TaskType[]).map((t) => (
                  <option key={t} value={t}>
                    {TASK_TYPE_LABELS[t]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="task-effort" label="Effort">
              <Select
                id="task-effort"
                value={draft.effort ?? ""}
                onChange={(e) => set("effort", (e.target.value || null) as Effort | null)}
              >
                <option value="">Not sized</option>
                {(Object.keys(EFFORT_LABELS) as Effort[]).map((t) => (
                  <option key={t} value={t}>
                    {EFFORT_LABELS[t]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field id="task-description" label="Description" error={errors.description} hint="Markdown is kept as written.">
            <Textarea
              {...describedBy("task-description", { error: errors.description, hint: true })}
              rows={6}
              maxLength={20_000}
              value={draft.description}
              onChange={(e) => set("description", e.target.value)}
            />
          </Field>
          {general && <Alert tone="error">{general}</Alert>}
        </CardBody>
        <SaveBar notice={notice} dirty={dirty} pending={pending} onDiscard={() => setDraft(saved)} />
      </form>
    </Card>
  );
}
