"use client";

import { useState } from "react";
import { api, errorMessage, fieldError, formLevelError } from "@/components/api-client";
import { CredentialStatus, RowAction } from "@/components/credentials/credential-cells";
import { type CredentialColumn, CredentialTable, nameColumn, prefixColumn, timeColumn } from "@/components/credentials/credential-table";
import { useConfirmedRowAction } from "@/components/credentials/use-confirmed-row-action";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeValue } from "@/components/ui/code-value";
import { describedBy, Field } from "@/components/ui/field";
import type { DateLike } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { ConfirmDialog } from "@/components/ui/modal";
import { SecretReveal } from "@/components/ui/secret-reveal";
import { Time } from "@/components/ui/time";

export interface KeyItem {
  id: string;
  name: string;
  prefix: string;
  value?: string | null;
  createdAt: DateLike;
  lastUsedAt: DateLike | null;
  revokedAt: DateLike | null;
}

export function KeysSettings({
  projectId,
  publicKey,
  secretKeys,
}: {
  projectId: string;
  publicKey: KeyItem | null;
  secretKeys: KeyItem[];
}) {
  return (
    <>
      <PublicKeyCard projectId={projectId} publicKey={publicKey} />
      <SecretKeysCard projectId={projectId} secretKeys={secretKeys} />
    </>
  );
}

function PublicKeyCard({ projectId, publicKey }: { projectId: string; publicKey: KeyItem | null }) {
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState(false);
  const { run, pending, error, clearError } = useApiAction();

  async function rotate() {
    const result = await run(() => api(`/api/v1/projects/${projectId}/keys/rotate-public`, { method: "POST" }));
    if (result.ok) {
      setConfirming(false);
      setRotated(true);
    }
  }

  return (
    <Card data-testid="public-key-card">
      <CardHeader
        title="Public key"
        description="Used by the SDK snippet and public participant pages. It is safe to embed in web pages."
        actions={
          publicKey && (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                clearError();
                setConfirming(true);
              }}
            >
              Rotate
            </Button>
          )
        }
      />
      <CardBody className="space-y-3">
        {publicKey?.value ? (
          <>
            <CodeValue value={publicKey.value} label="Public key" />
            <p className="text-xs text-zinc-500">
              Created <Time value={publicKey.createdAt} /> · last used <Time value={publicKey.lastUsedAt} fallback="never" />
            </p>
          </>
        ) : (
          <p className="text-[13px] text-zinc-500">This project has no active public key. Rotate to issue one.</p>
        )}
        {rotated && !pending && (
          <Alert tone="success">The public key was rotated. Update your SDK snippet and public links with the new value.</Alert>
        )}
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={rotate}
        title="Rotate the public key?"
        description="A new public key is issued and the current one stops working immediately. Sites and links that use the old key will stop recording sessions until you update them."
        confirmLabel="Rotate key"
        pending={pending}
        error={error ? errorMessage(error) : null}
      />
    </Card>
  );
}

const secretKeyColumns: CredentialColumn<KeyItem>[] = [
  nameColumn("Name", (k) => k.name),
  prefixColumn("Key"),
  timeColumn("Created", (k) => k.createdAt),
  timeColumn("Last used", (k) => k.lastUsedAt, { fallback: "Never" }),
  { header: "Status", cell: (k) => <CredentialStatus revokedAt={k.revokedAt} /> },
];

function SecretKeysCard({ projectId, secretKeys }: { projectId: string; secretKeys: KeyItem[] }) {
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const create = useApiAction();
  const revoke = useConfirmedRowAction((k: KeyItem) => api(`/api/v1/projects/${projectId}/keys/${k.id}`, { method: "DELETE" }));

  async function onCreate(e: React.FormEvent) {
    e.preventDefault();
    const result = await create.run(() =>
      api<{ key: KeyItem; secret: string }>(`/api/v1/projects/${projectId}/keys`, { method: "POST", body: { name } }),
    );
    if (result.ok) {
      setCreated({ name: result.value.key.name, secret: result.value.secret });
      setName("");
    }
  }

  const nameError = fieldError(create.error, "name", "Name");
  const createError = formLevelError(create.error, ["name"]);

  return (
    <Card data-testid="secret-keys-card">
      <CardHeader
        title="Secret keys"
        description="For servers and the CLI. Full access to this project's research data; keep them out of browsers and repositories."
      />
      <CardBody className="space-y-4">
        {created && (
          <SecretReveal
            title={`Secret key “${created.name}” created`}
            value={created.secret}
            valueLabel="New secret key"
            onDismiss={() => setCreated(null)}
          />
        )}
        <form onSubmit={onCreate} className="flex flex-wrap items-start gap-2" noValidate aria-label="Create secret key">
          <Field id="secret-key-name" label="Key name" error={nameError} className="min-w-56 flex-1">
            <Input
              {...describedBy("secret-key-name", { error: nameError })}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="e.g. Production backend"
              maxLength={100}
            />
          </Field>
          <Button type="submit" pending={create.pending} className="mt-[26px]">
            Create secret key
          </Button>
        </form>
        {createError && <Alert tone="error">{createError}</Alert>}
      </CardBody>
      {secretKeys.length > 0 ? (
        <CredentialTable
          label="Secret keys"
          items={secretKeys}
          rowKey={(k) => k.id}
          rowTestId="secret-key-row"
          columns={secretKeyColumns}
          actions={(k) =>
            !k.revokedAt && (
              <RowAction label={`Revoke ${k.name}`} onClick={() => revoke.ask(k)}>
                Revoke
              </RowAction>
            )
          }
        />
      ) : (
        <p className="border-t border-zinc-100 px-5 py-4 text-[13px] text-zinc-500">No secret keys yet.</p>
      )}
      <ConfirmDialog
        {...revoke.dialog}
        title={`Revoke “${revoke.target?.name ?? ""}”?`}
        description="Requests using this key are refused from now on. This cannot be undone; create a new key if you still need access."
        confirmLabel="Revoke key"
      />
    </Card>
  );
}
