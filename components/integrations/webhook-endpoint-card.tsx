"use client";

// One webhook endpoint: its URL and events, enable/disable, a test event, a new secret, delete, and
// its delivery log.
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/modal";
import type { WebhookEndpointView } from "@/lib/integrations/webhooks/endpoint-view";
import { WebhookDeliveryLog } from "./webhook-delivery-log";

export function WebhookEndpointCard({
  projectId,
  endpoint,
  onSecret,
}: {
  projectId: string;
  endpoint: WebhookEndpointView;
  onSecret: (secret: string) => void;
}) {
  const base = `/api/v1/projects/${projectId}/webhooks/${endpoint.id}`;
  const [confirming, setConfirming] = useState(false);
  // bumped after a test event, so the log reloads and follows the new delivery
  const [logVersion, setLogVersion] = useState(0);
  const [logOpen, setLogOpen] = useState(false);
  const toggle = useApiAction();
  const test = useApiAction();
  const rotate = useApiAction();
  const remove = useApiAction();
  const failure = toggle.error ?? test.error ?? rotate.error;

  return (
    <Card data-testid="webhook-endpoint" aria-label={`Webhook endpoint ${endpoint.url}`}>
      <CardHeader
        title={<span className="font-mono text-[13px] break-all">{endpoint.url}</span>}
        description={endpoint.description ?? undefined}
        actions={<Badge tone={endpoint.enabled ? "green" : "neutral"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>}
      />
      <CardBody className="space-y-4">
        <ul className="flex flex-wrap gap-1.5" aria-label="Events">
          {endpoint.eventTypes.map((t) => (
            <li key={t}>
              <Badge>{t}</Badge>
            </li>
          ))}
        </ul>
        {failure != null && <Alert tone="error">{errorMessage(failure)}</Alert>}
        <WebhookDeliveryLog
          projectId={projectId}
          endpointId={endpoint.id}
          open={logOpen}
          onToggle={() => setLogOpen((o) => !o)}
          version={logVersion}
        />
      </CardBody>
      <CardFooter className="flex-wrap justify-between gap-2">
        <Button variant="ghost-danger" size="sm" onClick={() => setConfirming(true)}>
          Delete
        </Button>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            pending={toggle.pending}
            onClick={() => toggle.run(() => api(base, { method: "PATCH", body: { enabled: !endpoint.enabled } }))}
          >
            {endpoint.enabled ? "Disable" : "Enable"}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            pending={rotate.pending}
            onClick={async () => {
              const r = await rotate.run(() => api<{ secret: string }>(`${base}/secret`, { method: "POST" }), { refresh: false });
              if (r.ok) onSecret(r.value.secret);
            }}
          >
            New secret
          </Button>
          <Button
            size="sm"
            pending={test.pending}
            onClick={async () => {
              const r = await test.run(() => api(`${base}/test`, { method: "POST" }), { refresh: false });
              if (!r.ok) return;
              setLogOpen(true);
              setLogVersion((v) => v + 1);
            }}
          >
            Send test event
          </Button>
        </div>
      </CardFooter>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Delete this endpoint?"
        description={`Nothing more is sent to ${endpoint.url}, and its delivery log is deleted.`}
        confirmLabel="Delete"
        pending={remove.pending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={async () => {
          const r = await remove.run(() => api(base, { method: "DELETE" }));
          if (r.ok) setConfirming(false);
        }}
      />
    </Card>
  );
}
