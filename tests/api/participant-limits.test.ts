// Limits that cannot be turned against the participants they protect:
// - another project's key cannot spend a real participant's per-session budgets (ownership is
//   checked first; failed lookups are charged to the caller's address);
// - participants behind one address (an office, a lab) are limited per session, not together.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as eventsRoute } from "@/app/api/sdk/sessions/[sessionId]/events/route";
import { GET as readSession } from "@/app/api/sdk/sessions/[sessionId]/route";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const batch = (n: number) => ({
  events: [{ id: `e-${n}-${randomUUID()}`, type: "click", offsetMs: n * 10, url: "https://app.example/p", data: { selector: "button" } }],
});

async function participant() {
  const owner = await createOwnerWithProject(db);
  const session = await createSession(db, {
    projectId: owner.project.id,
    status: "active",
    consents: { recording: true, analytics: true },
  });
  return { key: owner.publicKey, session };
}

const postEvents = (key: string, sessionId: string, ip: string, n: number) =>
  callRoute(eventsRoute, {
    method: "POST",
    path: `/api/sdk/sessions/${sessionId}/events?key=${key}`,
    params: { sessionId },
    body: batch(n),
    headers: { "x-forwarded-for": ip },
  });

describe("participant limits", () => {
  it("another project's key cannot exhaust a participant's budget; its misses are charged to its own address", async () => {
    const victim = await participant();
    const attacker = await participant();
    const attackerIp = address();
    const statuses = new Set<number>();
    for (let i = 0; i < LIMITS.eventBatchesPerSession.points + 5; i++)
      statuses.add((await postEvents(attacker.key, victim.session.id, attackerIp, i)).status);
    // every attempt was refused as not found, then as too many misses from that address
    expect([...statuses].sort()).toEqual([404, 429]);
    expect(await db.sessionEvent.count({ where: { sessionId: victim.session.id } })).toBe(0);

    // the real participant still sends events
    const res = await postEvents(victim.key, victim.session.id, address(), 1);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    expect(await db.sessionEvent.count({ where: { sessionId: victim.session.id } })).toBe(1);
  });

  it("eight participants in one office polling their completion pages every 3 s for a minute are never refused", async () => {
    const office = address();
    const people = await Promise.all(Array.from({ length: 8 }, participant));
    const statuses: number[] = [];
    for (let poll = 0; poll < 20; poll++) {
      for (const p of people) {
        const res = await callRoute(readSession, {
          path: `/api/sdk/sessions/${p.session.id}?key=${p.key}`,
          params: { sessionId: p.session.id },
          headers: { "x-forwarded-for": office },
        });
        statuses.push(res.status);
      }
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(statuses).toHaveLength(160);
  });
});
