"use client";

import { useState } from "react";
import { api, errorMessage, fieldError, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import type { DateLike } from "@/components/ui/format";
import { Input, Select } from "@/components/ui/input";
import { ConfirmDialog } from "@/components/ui/modal";
import { SecretReveal } from "@/components/ui/secret-reveal";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";

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

function status(t: ApiTokenItem, now: number) {
  if (t.revokedAt) return <Badge tone="red">Revoked</Badge>;
  if (t.expiresAt && new Date(t.expiresAt).getTime() < now) return <Badge tone="amber">Expired</Badge>;
  return <Badge tone="green">Active</Badge>;
}

export function ApiTokens({ tokens, renderedAt }: { tokens: ApiTokenItem[]; renderedAt: number }) {
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState("90");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenItem | null>(null);
  const create = useApiAction();
  const revoke = useApiAction();

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

  async function onRevoke() {
    if (!revoking) return;
    const result = await revoke.run(() => api(`/api/v1/tokens/${revoking.id}`, { method: "DELETE" }));
    if (result.ok) setRevoking(null);
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
            <SecretReveal title={`Token “${created.name}” created`} value={created.token} valueLabel="New API token" onDismiss={() => setCreated(null)}>
              <p className="text-[13px] text-amber-900">
                Use it as <code className="font-mono text-xs">Authorization: Bearer …</code> or with <code className="font-mono text-xs">usertests auth login</code>.
              </p>
            </SecretReveal>
          )}
          <form onSubmit={onCreate} noValidate className="grid items-start gap-3 sm:grid-cols-[1fr_10rem_auto]" aria-label="Create API token">
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
          <Table aria-label="API tokens">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Token</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>Expires</Th>
                <Th>Status</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} data-testid="api-token-row">
                  <Td className="font-medium text-zinc-900">{t.name}</Td>
                  <Td>
                    <code className="font-mono text-xs text-zinc-600">{t.prefix}…</code>
                  </Td>
                  <Td>
                    <Time value={t.createdAt} />
                  </Td>
                  <Td>
                    <Time value={t.lastUsedAt} fallback="Never" />
                  </Td>
                  <Td>
                    <Time value={t.expiresAt} fallback="Never" />
                  </Td>
                  <Td>{status(t, renderedAt)}</Td>
                  <Td className="text-right">
                    {!t.revokedAt && (
                      <Button
                        variant="ghost-danger"
                        size="sm"
                        onClick={() => {
                          revoke.clearError();
                          setRevoking(t);
                        }}
                        aria-label={`Revoke ${t.name}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={onRevoke}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        description="Scripts and CLI sessions using this token stop working at once. This cannot be undone."
        confirmLabel="Revoke token"
        pending={revoke.pending}
        error={revoke.error ? errorMessage(revoke.error) : null}
      />
    </div>
  );
}
