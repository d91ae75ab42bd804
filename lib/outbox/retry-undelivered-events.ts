// POST /api/v1/projects/:id/outbox/retry — an operator makes a project's undelivered events (all, or
// the ids given) due now and delivers them at once; answers what was sent and what is still waiting.
import { notFound } from "@/lib/errors";
import { flushOutbox, makeDue } from "./dispatch-outbox";
import { inngestTarget } from "./inngest-target";
import { listUndeliveredEvents } from "./list-undelivered-events";

export async function retryUndeliveredEvents(input: { projectId: string; ids?: string[] }) {
  const mine = await listUndeliveredEvents({ projectId: input.projectId });
  let ids = mine.map((e) => e.id);
  if (input.ids) {
    // another project's event, a delivered one or a made-up id: nothing of this project to retry
    const unknown = input.ids.filter((id) => !ids.includes(id));
    if (unknown.length) throw notFound(`Undelivered outbox event ${unknown.join(", ")} (it may have been delivered already)`);
    ids = [...new Set(input.ids)];
  }
  if (ids.length === 0) return { target: inngestTarget().url, sent: [], undelivered: [] };
  await makeDue({ ids });
  const result = await flushOutbox({ ids });
  const still = (await listUndeliveredEvents({ projectId: input.projectId })).filter((e) => ids.includes(e.id));
  return {
    target: inngestTarget().url,
    sent: result.sentIds,
    undelivered: still.map((e) => ({ id: e.id, name: e.name, sessionId: e.sessionId, attempts: e.attempts, lastError: e.lastError })),
  };
}
