"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";

/** "New screener": asks for a title, creates a draft, opens its builder. */
export function NewScreenerButton({ projectId, label = "New screener" }: { projectId: string; label?: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const { run, pending, error, clearError } = useApiAction();

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await run(
      () => api<{ screener: { id: string } }>(`/api/v1/projects/${projectId}/screeners`, { method: "POST", body: { title } }),
      { refresh: false },
    );
    if (result.ok) router.push(`/projects/${projectId}/screeners/${result.value.screener.id}`);
  }

  const titleError = fieldError(error, "title", "Title");
  const general = formLevelError(error, ["title"]);

  return (
    <>
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <Modal
        open={open}
        onClose={() => {
          setOpen(false);
          clearError();
        }}
        title="New screener"
        description="A screener decides who takes part in an interview. It starts as a draft: add questions, then activate it to share."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field id="new-screener-title" label="Title" error={titleError} hint="Participants see it at the top of the page.">
            <Input
              {...describedBy("new-screener-title", { error: titleError, hint: true })}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={200}
              placeholder="How do you handle invoicing?"
              autoFocus
            />
          </Field>
          {general && <Alert tone="error">{general}</Alert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending}>
              Create screener
            </Button>
          </div>
        </form>
      </Modal>
    </>
  );
}
