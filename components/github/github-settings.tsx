"use client";

// Settings → GitHub: connect the project's own repository (fine-grained token or GitHub App
// installation), test the connection, rotate the webhook secret, disconnect. Credentials go to the
// API once and are never shown again; the webhook secret is shown once after connecting or rotating.
import { useState } from "react";
import { api, errorMessage, fieldError, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { CodeValue } from "@/components/ui/code-value";
import { cx } from "@/components/ui/cx";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { ConfirmDialog } from "@/components/ui/modal";
import { SecretReveal } from "@/components/ui/secret-reveal";
import { Time } from "@/components/ui/time";
import type { GithubConnectionView } from "@/lib/github/connection-view";

export function GithubSettings({
  projectId,
  connection,
  canManage,
  webhookUrl,
}: {
  projectId: string;
  connection: GithubConnectionView | null;
  canManage: boolean;
  webhookUrl: string;
}) {
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <div className="space-y-4" data-testid="github-settings">
      {secret && (
        <SecretReveal title="Webhook secret" value={secret} valueLabel="Webhook secret" onDismiss={() => setSecret(null)}>
          <p className="text-[13px] text-amber-900">
            Paste it as the webhook&apos;s secret in the repository settings, so merges reach UserTests.
          </p>
        </SecretReveal>
      )}
      {connection ? (
        <ConnectedCard projectId={projectId} connection={connection} canManage={canManage} onSecret={setSecret} />
      ) : canManage ? (
        <ConnectForm projectId={projectId} onConnected={setSecret} />
      ) : (
        <Card>
          <CardBody>
            <p className="text-[13px] text-zinc-600">No repository is connected. Owners and admins can connect one.</p>
          </CardBody>
        </Card>
      )}
      <WebhookHelp webhookUrl={connection?.webhookUrl ?? webhookUrl} />
    </div>
  );
}

function ConnectedCard({
  projectId,
  connection,
  canManage,
  onSecret,
}: {
  projectId: string;
  connection: GithubConnectionView;
  canManage: boolean;
  onSecret: (s: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [check, setCheck] = useState<{ ok: boolean; message: string } | null>(null);
  const test = useApiAction();
  const rotate = useApiAction();
  const disconnect = useApiAction();
  const ok = check?.ok ?? connection.lastCheckOk;
  const message = check?.message ?? connection.lastCheckMessage;

  return (
    <Card data-testid="github-connection">
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            <GithubMark />
            <span className="font-mono text-[14px]">{connection.repository}</span>
          </span>
        }
        description={
          connection.kind === "app"
            ? `GitHub App ${connection.appId} · installation ${connection.installationId}`
            : "Fine-grained personal access token"
        }
        actions={<Badge tone={ok === false ? "red" : "green"}>{ok === false ? "Check failed" : "Connected"}</Badge>}
      />
      <CardBody className="space-y-3">
        <dl className="grid gap-x-6 gap-y-2 text-[13px] sm:grid-cols-[10rem_1fr]">
          <dt className="text-zinc-500">Default branch</dt>
          <dd className="font-mono text-zinc-900">{connection.defaultBranch ?? "—"}</dd>
          <dt className="text-zinc-500">Last checked</dt>
          <dd className="text-zinc-900">
            <Time value={connection.lastCheckedAt} />
          </dd>
        </dl>
        {message && (
          <Alert tone={ok === false ? "error" : "success"} className="text-[13px]">
            <span data-testid="github-check-message">{message}</span>
          </Alert>
        )}
        {(test.error || rotate.error) != null && <Alert tone="error">{errorMessage(test.error ?? rotate.error)}</Alert>}
      </CardBody>
      {canManage && (
        <CardFooter className="justify-between">
          <Button variant="ghost-danger" size="sm" onClick={() => setConfirming(true)}>
            Disconnect
          </Button>
          <div className="flex gap-2">
            <Button
              variant="secondary"
              size="sm"
              pending={rotate.pending}
              onClick={async () => {
                const r = await rotate.run(
                  () => api<{ webhookSecret: string }>(`/api/v1/projects/${projectId}/github/webhook-secret`, { method: "POST" }),
                  { refresh: false },
                );
                if (r.ok) onSecret(r.value.webhookSecret);
              }}
            >
              New webhook secret
            </Button>
            <Button
              size="sm"
              pending={test.pending}
              onClick={async () => {
                const r = await test.run(() =>
                  api<{ ok: boolean; message: string }>(`/api/v1/projects/${projectId}/github/test`, { method: "POST" }),
                );
                if (r.ok) setCheck({ ok: r.value.ok, message: r.value.message });
              }}
            >
              Test connection
            </Button>
          </div>
        </CardFooter>
      )}
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Disconnect GitHub?"
        description={`UserTests forgets the credentials and the webhook secret for ${connection.repository}. Pull requests already opened stay on GitHub, and their merges will no longer be detected.`}
        confirmLabel="Disconnect"
        pending={disconnect.pending}
        error={disconnect.error ? errorMessage(disconnect.error) : null}
        onConfirm={async () => {
          const r = await disconnect.run(() => api(`/api/v1/projects/${projectId}/github`, { method: "DELETE" }));
          if (r.ok) setConfirming(false);
        }}
      />
    </Card>
  );
}

type Kind = "token" | "app";

function ConnectForm({ projectId, onConnected }: { projectId: string; onConnected: (secret: string) => void }) {
  const [kind, setKind] = useState<Kind>("token");
  const [draft, setDraft] = useState({ repository: "", token: "", appId: "", installationId: "", privateKey: "" });
  const { run, pending, error } = useApiAction();
  const set = (key: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const body =
      kind === "token"
        ? { kind, repository: draft.repository.trim(), token: draft.token.trim() }
        : {
            kind,
            repository: draft.repository.trim(),
            appId: draft.appId.trim(),
            installationId: draft.installationId.trim(),
            privateKey: draft.privateKey.trim(),
          };
    const result = await run(() => api<{ webhookSecret: string }>(`/api/v1/projects/${projectId}/github`, { method: "POST", body }));
    if (result.ok) onConnected(result.value.webhookSecret);
  }

  const errors = {
    repository: fieldError(error, "repository", "Repository"),
    token: fieldError(error, "token", "Token"),
    appId: fieldError(error, "appId", "App ID"),
    installationId: fieldError(error, "installationId", "Installation ID"),
    privateKey: fieldError(error, "privateKey", "Private key"),
  };
  const general = formLevelError(error, Object.keys(errors));

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-label="Connect GitHub">
        <CardHeader
          title="Connect a repository"
          description="Pull requests for tasks are opened here, with this project's own credentials."
        />
        <CardBody className="space-y-5">
          <div role="radiogroup" aria-label="Authentication" className="inline-flex rounded-md border border-zinc-200 bg-zinc-50 p-0.5">
            {(
              [
                ["token", "Fine-grained token"],
                ["app", "GitHub App"],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="button"
                role="radio"
                aria-checked={kind === value}
                onClick={() => setKind(value)}
                className={cx(
                  "rounded px-3 py-1.5 text-[13px] font-medium transition-colors",
                  kind === value ? "bg-white text-zinc-900 shadow-xs" : "text-zinc-500 hover:text-zinc-800",
                )}
              >
                {label}
              </button>
            ))}
          </div>
          <Field id="gh-repo" label="Repository" error={errors.repository} hint="owner/name">
            <Input
              {...describedBy("gh-repo", { error: errors.repository, hint: true })}
              value={draft.repository}
              onChange={set("repository")}
              placeholder="acme/web-app"
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          {kind === "token" ? (
            <Field
              id="gh-token"
              label="Token"
              error={errors.token}
              hint='Fine-grained token for this repository only, with "Contents" and "Pull requests" set to read and write.'
            >
              <Input
                {...describedBy("gh-token", { error: errors.token, hint: true })}
                type="password"
                value={draft.token}
                onChange={set("token")}
                placeholder="github_pat_…"
                autoComplete="off"
                spellCheck={false}
              />
            </Field>
          ) : (
            <>
              <div className="grid gap-5 sm:grid-cols-2">
                <Field id="gh-app" label="App ID" error={errors.appId}>
                  <Input
                    {...describedBy("gh-app", { error: errors.appId })}
                    value={draft.appId}
                    onChange={set("appId")}
                    inputMode="numeric"
                  />
                </Field>
                <Field id="gh-inst" label="Installation ID" error={errors.installationId}>
                  <Input
                    {...describedBy("gh-inst", { error: errors.installationId })}
                    value={draft.installationId}
                    onChange={set("installationId")}
                    inputMode="numeric"
                  />
                </Field>
              </div>
              <Field
                id="gh-key"
                label="Private key"
                error={errors.privateKey}
                hint="The App's .pem file. The App needs Contents and Pull requests: read and write."
              >
                <Textarea
                  {...describedBy("gh-key", { error: errors.privateKey, hint: true })}
                  value={draft.privateKey}
                  onChange={set("privateKey")}
                  rows={4}
                  className="font-mono text-[12px]"
                  placeholder="-----BEGIN RSA PRIVATE KEY-----"
                  spellCheck={false}
                />
              </Field>
            </>
          )}
          {general && (
            <Alert tone="error" title="Could not connect">
              {general}
            </Alert>
          )}
        </CardBody>
        <CardFooter>
          <p className="mr-auto text-xs text-zinc-500">We test access before saving, and store credentials encrypted.</p>
          <Button type="submit" pending={pending}>
            Test and connect
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function WebhookHelp({ webhookUrl }: { webhookUrl: string }) {
  return (
    <Card>
      <CardBody className="space-y-2.5">
        <p className="text-[13px] font-medium text-zinc-900">Webhook, so merges reach UserTests</p>
        <p className="text-[13px] text-zinc-600">
          In the repository&apos;s <em>Settings → Webhooks</em>, add this payload URL with content type{" "}
          <code className="font-mono">application/json</code>, the webhook secret, and the <em>Pull requests</em> event.
        </p>
        <CodeValue value={webhookUrl} label="Webhook payload URL" />
      </CardBody>
    </Card>
  );
}

function GithubMark() {
  return (
    <svg viewBox="0 0 16 16" className="size-4 text-zinc-800" fill="currentColor" aria-hidden="true">
      <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0 0 16 8c0-4.42-3.58-8-8-8Z" />
    </svg>
  );
}
