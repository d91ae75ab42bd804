// Erasing a participant takes their follow-up invitations with them (matched by the address's keyed
// hash, like the erasure request), including one that opened a follow-up session; another
// participant's invitation stays, and afterwards nothing of her is left in any column.
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import * as erasuresRoute from "@/app/api/v1/projects/[projectId]/erasures/route";
import { eraseParticipantFunction } from "@/inngest/functions/erase-participant";
import { db } from "@/lib/db";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { hashSecret, generateSecret } from "@/lib/security/secret-tokens";
import { mediaStorage } from "@/lib/storage";
import { ANA, BEN, findEverywhere, participantsProject } from "@/tests/helpers/erasure-fixtures";
import { callRoute } from "../helpers/call-route";

async function invitation(projectId: string, taskId: string, person: { email: string; name: string }, sessionId?: string) {
  return db.followUpInvitation.create({
    data: {
      projectId,
      taskId,
      participantEmail: person.email,
      participantName: person.name,
      emailHash: participantEmailHash(person.email),
      tokenHash: hashSecret(generateSecret("followUp")),
      expiresAt: new Date(Date.now() + 86_400_000),
      status: sessionId ? "opened" : "sent",
      sessionId: sessionId ?? null,
    },
  });
}

describe("erasure and follow-up invitations", () => {
  it("removes the erased participant's invitations and keeps everyone else's", async () => {
    const fx = await participantsProject(db, mediaStorage());
    const followUp = await db.session.create({
      data: { projectId: fx.projectId, purpose: "follow_up", status: "active", participantEmail: ANA.email, participantName: ANA.name },
    });
    const hers = [
      await invitation(fx.projectId, fx.tasks.shared.id, ANA, followUp.id),
      await invitation(fx.projectId, fx.tasks.onlyAna.id, ANA),
    ];
    const his = await invitation(fx.projectId, fx.tasks.shared.id, BEN);

    const requested = await callRoute(erasuresRoute.POST, {
      method: "POST",
      token: fx.token,
      params: { projectId: fx.projectId },
      body: { email: "Ana.Lopez@Example.test" },
    });
    expect(requested.status).toBe(202);
    const { error } = await new InngestTestEngine({
      function: eraseParticipantFunction,
      events: [{ name: "privacy/erasure.requested", data: { projectId: fx.projectId, erasureId: requested.json.erasure.id } }],
    }).execute();
    expect(error).toBeUndefined();

    expect(await db.followUpInvitation.count({ where: { id: { in: hers.map((h) => h.id) } } })).toBe(0);
    expect(await db.session.count({ where: { id: followUp.id } })).toBe(0);
    expect(await db.followUpInvitation.findUnique({ where: { id: his.id } })).toMatchObject({ participantEmail: BEN.email });
    for (const needle of [ANA.email, ANA.name]) expect(await findEverywhere(db, needle), needle).toEqual([]);
  });
});
