"use client";

// An endpoint's recent deliveries: status, attempts, HTTP status, latency and the start of the
// response. Loaded on demand; while a delivery is pending the log checks again every 2 seconds.
import { useEffect, useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import type { WebhookDeliveryView } from "@/lib/integrations/webhooks/endpoint-view";

const TONE: Record<WebhookDeliveryView["status"], BadgeTone> = { pending: "amber", succeeded: "green", failed: "red" };
const LABEL: Record<WebhookDeliveryView["status"], string> = { pending: "Pending", succeeded: "Succeeded", failed: "Failed" };

export function WebhookDeliveryLog({
  projectId,
  endpointId,
  open,
  onToggle,
  version,
}: {
  projectId: string;
  endpointId: string;
  open: boolean;
  onToggle: () => void;
  /** bumped by the card after a test event, so the log reloads */
  version: number;
}) {
  const [rows, setRows] = useState<WebhookDeliveryView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const url = `/api/v1/projects/${projectId}/webhooks/${endpointId}/deliveries?limit=20`;

  useEffect(() => {
    if (!open) return;
    let active = true;
    api<{ deliveries: WebhookDeliveryView[] }>(url).then(
      (r) => {
        if (!active) return;
        setRows(r.deliveries);
        setError(null);
      },
      (e) => active && setError(errorMessage(e)),
    );
    return () => {
      active = false;
    };
  }, [open, version, tick, url]);
  const pending = rows?.some((r) => r.status === "pending") ?? false;
  useEffect(() => {
    if (!open || !pending) return;
    const t = setTimeout(() => setTick((x) => x + 1), 2000);
    return () => clearTimeout(t);
  }, [open, pending, rows]);

  const regionId = `deliveries-${endpointId}`;
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2">
        <Button variant="ghost" size="sm" aria-expanded={open} aria-controls={regionId} onClick={onToggle}>
          {open ? "Hide delivery log" : "Show delivery log"}
        </Button>
        {open && (
          <Button variant="ghost" size="sm" onClick={() => setTick((x) => x + 1)}>
            Refresh
          </Button>
        )}
      </div>
      {open && (
        <div id={regionId} data-testid="delivery-log">
          {error && <p className="text-[13px] text-red-700">{error}</p>}
          {rows && rows.length === 0 && (
            <p className="text-[13px] text-zinc-500">No deliveries yet. Send a test event to try the endpoint.</p>
          )}
          {rows && rows.length > 0 && (
            <Table aria-label="Recent deliveries">
              <thead>
                <tr>
                  <Th>Time</Th>
                  <Th>Event</Th>
                  <Th>Status</Th>
                  <Th>Attempts</Th>
                  <Th>HTTP</Th>
                  <Th>Latency</Th>
                  <Th>Response</Th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id} data-testid="delivery-row">
                    <Td className="whitespace-nowrap">
                      <Time value={d.deliveredAt ?? d.createdAt} />
                    </Td>
                    <Td className="font-mono text-[12px]">{d.eventType}</Td>
                    <Td>
                      <Badge tone={TONE[d.status]}>{LABEL[d.status]}</Badge>
                    </Td>
                    <Td>{d.attempts}</Td>
                    <Td>{d.responseStatus ?? "—"}</Td>
                    <Td className="whitespace-nowrap">{d.latencyMs === null ? "—" : `${d.latencyMs} ms`}</Td>
                    <Td className="max-w-[18rem] truncate font-mono text-[12px]" title={d.error ?? d.responseExcerpt ?? undefined}>
                      {d.error ?? d.responseExcerpt ?? "—"}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </div>
      )}
    </div>
  );
}
