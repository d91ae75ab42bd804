"use client";

// Settings → Webhooks: the project's endpoints and a form to add one. A new endpoint's signing secret
// (Standard Webhooks, whsec_…) is shown once, here, as is a rotated one.
import { useState } from "react";
import { api, fieldError, formLevelError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SecretReveal } from "@/components/ui/secret-reveal";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/integrations/event-types";
import type { WebhookEndpointView } from "@/lib/integrations/webhooks/endpoint-view";
import { WebhookEndpointCard } from "./webhook-endpoint-card";

export function WebhooksSettings({ projectId, endpoints }: { projectId: string; endpoints: WebhookEndpointView[] }) {
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <div className="space-y-4" data-testid="webhooks-settings">
      {secret && (
        <SecretReveal title="Signing secret" value={secret} valueLabel="Webhook signing secret" onDismiss={() => setSecret(null)}>
          <p className="text-[13px] text-amber-900">Your receiver verifies each request&apos;s webhook-signature header with it.</p>
        </SecretReveal>
      )}
      {endpoints.map((e) => (
        <WebhookEndpointCard key={e.id} projectId={projectId} endpoint={e} onSecret={setSecret} />
      ))}
      <AddEndpointForm projectId={projectId} onCreated={setSecret} />
    </div>
  );
}

function AddEndpointForm({ projectId, onCreated }: { projectId: string; onCreated: (secret: string) => void }) {
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [types, setTypes] = useState<WebhookEventType[]>(["task.created", "task.priority_changed", "implementation.merged"]);
  const { run, pending, error } = useApiAction();
  const errors = {
    url: fieldError(error, "url", "URL"),
    description: fieldError(error, "description", "Description"),
    eventTypes: fieldError(error, "eventTypes", "Events"),
  };
  const general = formLevelError(error, Object.keys(errors));

  return (
    <Card>
      <form
        aria-label="Add a webhook endpoint"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const body = { url: url.trim(), description: description.trim() || undefined, eventTypes: types };
          const r = await run(() => api<{ secret: string }>(`/api/v1/projects/${projectId}/webhooks`, { method: "POST", body }));
          if (r.ok) {
            onCreated(r.value.secret);
            setUrl("");
            setDescription("");
          }
        }}
      >
        <CardHeader title="Add an endpoint" description="We POST JSON to this URL, signed with a secret you get once it is added." />
        <CardBody className="space-y-5">
          <Field
            id="webhook-url"
            label="Endpoint URL"
            error={errors.url}
            hint="https:// in production; private and loopback addresses are refused there."
          >
            <Input
              {...describedBy("webhook-url", { error: errors.url, hint: true })}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://example.com/hooks/usertests"
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <Field id="webhook-description" label="Description" optional error={errors.description}>
            <Input
              {...describedBy("webhook-description", { error: errors.description })}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              placeholder="Our data warehouse"
              maxLength={200}
            />
          </Field>
          <fieldset className="space-y-2" aria-describedby={errors.eventTypes ? "webhook-events-error" : undefined}>
            <legend className="text-[13px] font-medium text-zinc-800">Events</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {WEBHOOK_EVENT_TYPES.map((t) => (
                <label key={t} className="flex items-start gap-2 text-[13px] text-zinc-700">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 rounded border-zinc-300"
                    checked={types.includes(t)}
                    onChange={(e) => setTypes((cur) => (e.target.checked ? [...cur, t] : cur.filter((x) => x !== t)))}
                  />
                  <span>
                    <span className="font-mono text-[12px] text-zinc-900">{t}</span>
                    <span className="block text-xs text-zinc-500">{WEBHOOK_EVENT_LABELS[t]}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.eventTypes && (
              <p id="webhook-events-error" className="text-xs text-red-700">
                {errors.eventTypes}
              </p>
            )}
          </fieldset>
          {general && (
            <Alert tone="error" title="Could not add the endpoint">
              {general}
            </Alert>
          )}
        </CardBody>
        <CardFooter>
          <Button type="submit" pending={pending}>
            Add endpoint
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
