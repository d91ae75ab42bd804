"use client";

import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { SaveBar } from "@/components/ui/save-bar";

export interface GeneralValues {
  name: string;
  description: string | null;
  /** shown, not edited here: the GitHub connection (Settings → GitHub) sets it */
  githubRepo: string | null;
  allowedOrigins: string[];
  /** admins see participants' original words instead of redacted text (ADR 015); off by default */
  keepOriginalText: boolean;
}

interface Draft {
  name: string;
  description: string;
  allowedOrigins: string;
  keepOriginalText: boolean;
}

const toDraft = (v: GeneralValues): Draft => ({
  name: v.name,
  description: v.description ?? "",
  allowedOrigins: v.allowedOrigins.join("\n"),
  keepOriginalText: v.keepOriginalText,
});

const originsOf = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Only the documented fields that differ from what is saved (PATCH rejects anything else). */
function changes(saved: GeneralValues, d: Draft): Partial<Omit<GeneralValues, "githubRepo">> {
  const out: Partial<Omit<GeneralValues, "githubRepo">> = {};
  if (d.name.trim() !== saved.name) out.name = d.name.trim();
  if ((d.description.trim() || null) !== saved.description) out.description = d.description.trim() || null;
  const origins = originsOf(d.allowedOrigins);
  if (origins.join("\n") !== saved.allowedOrigins.join("\n")) out.allowedOrigins = origins;
  if (d.keepOriginalText !== saved.keepOriginalText) out.keepOriginalText = d.keepOriginalText;
  return out;
}

export function GeneralSettings({ projectId, initial, canEdit }: { projectId: string; initial: GeneralValues; canEdit: boolean }) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [notice, setNotice] = useState<string | null>(null);
  const { run, pending, error } = useApiAction();

  // newer server data (connecting GitHub sets the repository, another admin saved): take it in,
  // keeping whatever is being typed
  const initialKey = JSON.stringify(initial);
  const [seenKey, setSeenKey] = useState(initialKey);
  if (initialKey !== seenKey) {
    setSeenKey(initialKey);
    if (Object.keys(changes(saved, draft)).length === 0) setDraft(toDraft(initial));
    setSaved(initial);
  }

  if (!canEdit) return <GeneralReadOnly values={initial} />;

  const diff = changes(saved, draft);
  const dirty = Object.keys(diff).length > 0;
  const set = (key: "name" | "description" | "allowedOrigins") => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setNotice(null);
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!dirty) return;
    const result = await run(() => api<{ project: GeneralValues }>(`/api/v1/projects/${projectId}`, { method: "PATCH", body: diff }));
    if (result.ok) {
      const p = result.value.project;
      const next = {
        name: p.name,
        description: p.description,
        githubRepo: p.githubRepo,
        allowedOrigins: p.allowedOrigins,
        keepOriginalText: p.keepOriginalText,
      };
      setSaved(next);
      setDraft(toDraft(next));
      setNotice("Changes saved.");
    }
  }

  const errors = {
    name: fieldError(error, "name", "Name"),
    description: fieldError(error, "description", "Description"),
    allowedOrigins: fieldError(
      error,
      "allowedOrigins",
      "Allowed origins",
      (i) => `Origin ${i + 1} (“${originsOf(draft.allowedOrigins)[i] ?? ""}”)`,
    ),
  };
  const general = formLevelError(error, Object.keys(errors));

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-label="General settings">
        <CardBody className="space-y-5">
          <Field id="settings-name" label="Project name" error={errors.name}>
            <Input {...describedBy("settings-name", { error: errors.name })} value={draft.name} onChange={set("name")} maxLength={100} />
          </Field>
          <Field id="settings-description" label="Description" optional error={errors.description}>
            <Textarea
              {...describedBy("settings-description", { error: errors.description })}
              value={draft.description}
              onChange={set("description")}
              rows={3}
              maxLength={2000}
            />
          </Field>
          <p className="text-[13px] text-zinc-600" data-testid="settings-github-repo">
            {saved.githubRepo ? (
              <>
                Pull requests for tasks go to <span className="font-mono text-zinc-900">{saved.githubRepo}</span>, the repository connected
                under{" "}
                <a href="#github" className="font-medium text-indigo-700 hover:underline">
                  GitHub
                </a>
                .
              </>
            ) : (
              <>
                No GitHub repository yet: connect one under{" "}
                <a href="#github" className="font-medium text-indigo-700 hover:underline">
                  GitHub
                </a>{" "}
                to open pull requests for tasks.
              </>
            )}
          </p>
          <Field
            id="settings-origins"
            label="Allowed SDK origins"
            optional
            error={errors.allowedOrigins}
            hint="One per line, e.g. https://app.example.com. The SDK snippet only records sessions on these sites."
          >
            <Textarea
              {...describedBy("settings-origins", { error: errors.allowedOrigins, hint: true })}
              value={draft.allowedOrigins}
              onChange={set("allowedOrigins")}
              rows={4}
              spellCheck={false}
              className="font-mono text-[13px]"
              placeholder={"https://app.example.com\nhttp://localhost:3000"}
            />
          </Field>
          <div className="space-y-1">
            <label className="flex items-center gap-2 text-[13px] font-medium text-zinc-900">
              <input
                type="checkbox"
                checked={draft.keepOriginalText}
                onChange={(e) => {
                  setNotice(null);
                  setDraft((d) => ({ ...d, keepOriginalText: e.target.checked }));
                }}
                aria-describedby="settings-keep-original-hint"
              />
              Show admins participants&apos; original text
            </label>
            <p id="settings-keep-original-hint" className="text-[13px] text-zinc-600">
              Off: emails, phone numbers, card numbers, IBANs and national ids are shown as [email], [phone]… to everyone. On: admins and
              owners see the original words. Models and GitHub always get the redacted text.
            </p>
          </div>
          {general && <Alert tone="error">{general}</Alert>}
        </CardBody>
        <SaveBar notice={notice} dirty={dirty} pending={pending} onDiscard={() => setDraft(toDraft(saved))} />
      </form>
    </Card>
  );
}

function GeneralReadOnly({ values }: { values: GeneralValues }) {
  const rows: [string, React.ReactNode][] = [
    ["Project name", values.name],
    ["Description", values.description],
    ["GitHub repository", values.githubRepo],
    [
      "Allowed SDK origins",
      values.allowedOrigins.length ? (
        <ul className="space-y-0.5 font-mono text-[13px]">
          {values.allowedOrigins.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null,
    ],
    ["Participants' original text", values.keepOriginalText ? "Shown to admins" : "Redacted for everyone"],
  ];
  return (
    <Card>
      <CardBody>
        <dl className="divide-y divide-zinc-100">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[12rem_1fr]">
              <dt className="text-[13px] text-zinc-500">{label}</dt>
              <dd className="text-[13px] break-words text-zinc-900">{value || <span className="text-zinc-500">Not set</span>}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
