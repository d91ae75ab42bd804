"use client";

// Settings → Slack: paste the channel's incoming-webhook URL (a credential: stored encrypted, never
// shown again), send a test message, or remove it.
import { useState } from "react";
import { api, errorMessage, fieldError } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function SlackSettings({ projectId, configured }: { projectId: string; configured: boolean }) {
  const [url, setUrl] = useState("");
  const [tested, setTested] = useState<string | null>(null);
  const save = useApiAction();
  const remove = useApiAction();
  const test = useApiAction();
  const urlError = fieldError(save.error, "url", "Webhook URL");
  const base = `/api/v1/projects/${projectId}/slack`;

  return (
    <Card data-testid="slack-settings">
      <form
        aria-label="Slack webhook"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setTested(null);
          const r = await save.run(() => api(base, { method: "PUT", body: { url: url.trim() } }));
          if (r.ok) setUrl("");
        }}
      >
        <CardHeader
          title="Incoming webhook"
          description="In Slack: Apps → Incoming Webhooks → Add to a channel, then paste the webhook URL here."
          actions={<Badge tone={configured ? "green" : "neutral"}>{configured ? "Connected" : "Not set"}</Badge>}
        />
        <CardBody className="space-y-3">
          <Field
            id="slack-url"
            label={configured ? "Replace the webhook URL" : "Webhook URL"}
            error={urlError}
            hint="https://hooks.slack.com/services/… — stored encrypted and never shown again."
          >
            <Input
              {...describedBy("slack-url", { error: urlError, hint: true })}
              type="password"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://hooks.slack.com/services/…"
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          {save.error != null && !urlError && <Alert tone="error">{errorMessage(save.error)}</Alert>}
          {(test.error ?? remove.error) != null && <Alert tone="error">{errorMessage(test.error ?? remove.error)}</Alert>}
          {tested && (
            <Alert tone="success">
              <span data-testid="slack-test-result">{tested}</span>
            </Alert>
          )}
        </CardBody>
        <CardFooter className="justify-between">
          {configured ? (
            <Button
              variant="ghost-danger"
              size="sm"
              pending={remove.pending}
              onClick={() => remove.run(() => api(base, { method: "DELETE" }))}
            >
              Remove
            </Button>
          ) : (
            <span />
          )}
          <div className="flex gap-2">
            {configured && (
              <Button
                variant="secondary"
                size="sm"
                pending={test.pending}
                onClick={async () => {
                  setTested(null);
                  const r = await test.run(() => api(`${base}/test`, { method: "POST" }), { refresh: false });
                  if (r.ok) setTested("Slack accepted the test message.");
                }}
              >
                Send test message
              </Button>
            )}
            <Button type="submit" size="sm" pending={save.pending} disabled={!url.trim()}>
              Save
            </Button>
          </div>
        </CardFooter>
      </form>
    </Card>
  );
}
