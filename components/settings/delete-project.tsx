"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ConfirmDialog } from "@/components/ui/modal";

export function DeleteProject({ projectId, projectName }: { projectId: string; projectName: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const { run, pending, error, clearError } = useApiAction();

  async function onDelete() {
    const result = await run(() => api(`/api/v1/projects/${projectId}`, { method: "DELETE" }), { refresh: false });
    if (result.ok) {
      router.push("/projects");
      router.refresh();
    }
  }

  return (
    <Card className="border-red-200">
      <CardBody className="flex flex-wrap items-center justify-between gap-4">
        <div className="space-y-0.5">
          <p className="text-sm font-medium text-zinc-900">Delete this project</p>
          <p className="text-[13px] text-zinc-500">
            Deletes its screeners, sessions, recordings, signals, tasks, keys and memberships. This cannot be undone.
          </p>
        </div>
        <Button
          variant="danger"
          onClick={() => {
            clearError();
            setTyped("");
            setOpen(true);
          }}
        >
          Delete project
        </Button>
      </CardBody>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        onConfirm={onDelete}
        title={`Delete ${projectName}?`}
        description="Everything in this project is deleted permanently, for every member."
        confirmLabel="Delete project"
        pending={pending}
        confirmDisabled={typed.trim() !== projectName}
        error={error ? errorMessage(error) : null}
      >
        <Field
          id="confirm-project-name"
          label={
            <span>
              Type <strong className="font-semibold">{projectName}</strong> to confirm
            </span>
          }
        >
          <Input id="confirm-project-name" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" autoFocus />
        </Field>
      </ConfirmDialog>
    </Card>
  );
}
