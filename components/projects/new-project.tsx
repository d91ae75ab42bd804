"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";

/** "New project" button and dialog: POST /api/v1/projects, then open the new project. */
export function NewProjectButton({ label = "New project", variant = "primary" }: { label?: string; variant?: ButtonVariant }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M10 4v12M4 10h12" strokeLinecap="round" />
        </svg>
        {label}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title="New project"
        description="A project holds the screeners, interviews, evidence and tasks of one product."
      >
        <NewProjectForm onCancel={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function NewProjectForm({ onCancel }: { onCancel: () => void }) {
  const router = useRouter();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const description = String(form.get("description") ?? "").trim();
    setPending(true);
    setError(null);
    try {
      const { project } = await api<{ project: { id: string } }>("/api/v1/projects", {
        method: "POST",
        body: { name: String(form.get("name") ?? ""), ...(description ? { description } : {}) },
      });
      router.push(`/projects/${project.id}`);
    } catch (err) {
      setError(err);
      setPending(false);
    }
  }

  const nameError = fieldError(error, "name", "Name");
  const descriptionError = fieldError(error, "description", "Description");
  const general = formLevelError(error, ["name", "description"]);

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field id="project-name" label="Name" error={nameError}>
        <Input {...describedBy("project-name", { error: nameError })} name="name" autoFocus maxLength={100} placeholder="Acme web app" />
      </Field>
      <Field
        id="project-description"
        label="Description"
        optional
        error={descriptionError}
        hint="What you are researching, for your teammates."
      >
        <Textarea
          {...describedBy("project-description", { error: descriptionError, hint: true })}
          name="description"
          rows={3}
          maxLength={2000}
        />
      </Field>
      {general && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-700">
          {general}
        </p>
      )}
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Create project
        </Button>
      </div>
    </form>
  );
}
