// The body every endpoint receives (Standard Webhooks shape): the public event type, when it happened,
// and the event's data with the project it belongs to. Ids and a few non-personal fields only.
import type { ProjectEventEmittedData } from "./project-event";

export const TEST_EVENT_TYPE = "webhook.test";

export function webhookPayload(event: ProjectEventEmittedData) {
  return { type: event.type, timestamp: event.occurredAt, data: { projectId: event.projectId, ...event.data } };
}
