"use client";

import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { CredentialStatus, RowAction } from "@/components/credentials/credential-cells";
import { type CredentialColumn, CredentialTable, nameColumn, prefixColumn, timeColumn } from "@/components/credentials/credential-table";
import { useConfirmedRowAction } from "@/components/credentials/use-confirmed-row-action";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import type { DateLike } from "@/components/ui/format";
import { Input, Select } from "@/components/ui/input";
import { ConfirmDialog } from "@/components/ui/modal";
import { SecretReveal } from "@/components/ui/secret-reveal";

export interface ApiTokenItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: DateLike;
  lastUsedAt: DateLike | null;
  expiresAt: DateLike | null;
  revokedAt: DateLike | null;
}

const EXPIRY_OPTIONS = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "", label: "No expiry" },
];

const tokenColumns = (now: number): CredentialColumn<ApiTokenItem>[] => [
  nameColumn("Name", (t) => t.name),
  prefixColumn("Token"),
  timeColumn("Created", (t) => t.createdAt),
  timeColumn("Last used", (t) => t.lastUsedAt, { fallback: "Never" }),
  timeColumn("Expires", (t) => t.expiresAt, { fallback: "Never" }),
  { header: "Status", cell: (t) => <CredentialStatus revokedAt={t.revokedAt} expiresAt={t.expiresAt} now={now} /> },
];

export function ApiTokens({ tokens, renderedAt }: { tokens: ApiTokenItem[]; renderedAt: number }) {
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState("90");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const create = useApiAction();
  const revoke = useConfirmedRowAction((t: ApiTokenItem) => api(`/api/v1/tokens/${t.id}`, { method: "DELETE" }));

  async function onCreate(e: React.FormEvent) {
    e.preventDefault();
    const result = await create.run(() =>
      api<{ apiToken: ApiTokenItem; token: string }>("/api/v1/tokens", {
        method: "POST",
        body: { name, ...(expiry ? { expiresInDays: Number(expiry) } : {}) },
      }),
    );
    if (result.ok) {
      setCreated({ name: result.value.apiToken.name, token: result.value.token });
      setName("");
    }
  }

  const nameError = fieldError(create.error, "name", "Name");
  const expiryError = fieldError(create.error, "expiresInDays", "Expiry");
  const createError = formLevelError(create.error, ["name", "expiresInDays"]);

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Create a token" description="A token acts as you, in every project you belong to, with your role there." />
        <CardBody className="space-y-4">
          {created && (
            <SecretReveal
              title={`Token “${created.name}” created`}
              value={created.token}
              valueLabel="New API token"
              onDismiss={() => setCreated(null)}
            >
              <p className="text-[13px] text-amber-900">
                Use it as <code className="font-mono text-xs">Authorization: Bearer …</code> or with{" "}
                <code className="font-mono text-xs">usertests auth login</code>.
              </p>
            </SecretReveal>
          )}
          <form
            onSubmit={onCreate}
            noValidate
            className="grid items-start gap-3 sm:grid-cols-[1fr_10rem_auto]"
            aria-label="Create API token"
          >
            <Field id="token-name" label="Token name" error={nameError}>
              <Input
                {...describedBy("token-name", { error: nameError })}
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="e.g. Laptop CLI"
                maxLength={100}
              />
            </Field>
            <Field id="token-expiry" label="Expires after" error={expiryError}>
              <Select {...describedBy("token-expiry", { error: expiryError })} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
                {EXPIRY_OPTIONS.map((o) => (
                  <option key={o.label} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" pending={create.pending} className="sm:mt-[26px]">
              Create token
            </Button>
          </form>
          {createError && <Alert tone="error">{createError}</Alert>}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Your tokens" />
        {tokens.length === 0 ? (
          <p className="px-5 py-4 text-[13px] text-zinc-500">You have no API tokens yet.</p>
        ) : (
          <CredentialTable
            label="API tokens"
            items={tokens}
            rowKey={(t) => t.id}
            rowTestId="api-token-row"
            columns={tokenColumns(renderedAt)}
            actions={(t) =>
              !t.revokedAt && (
                <RowAction label={`Revoke ${t.name}`} onClick={() => revoke.ask(t)}>
                  Revoke
                </RowAction>
              )
            }
          />
        )}
      </Card>
      <ConfirmDialog
        {...revoke.dialog}
        title={`Revoke “${revoke.target?.name ?? ""}”?`}
        description="Scripts and CLI sessions using this token stop working at once. This cannot be undone."
        confirmLabel="Revoke token"
      />
    </div>
  );
}
