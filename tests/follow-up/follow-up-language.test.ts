// A follow-up link speaks the language the participant was interviewed in before (issue #17): the
// page is in it, and the follow-up interview too unless the page was shown in another (?lang=).
import { describe, expect, it } from "vitest";
import * as startRoute from "@/app/api/v1/follow-up/[token]/start/route";
import { db } from "@/lib/db";
import { openFollowUpLink } from "@/lib/follow-up/follow-up-link";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { callRoute } from "../helpers/call-route";
import { mergedTaskProject, participant } from "./fixtures";

type Fx = Awaited<ReturnType<typeof mergedTaskProject>>;

/** An invitation made directly (as the send step would), for a participant whose earlier sessions had these languages. */
async function invitationFor(fx: Fx, earlier: (string | null)[], opts: { expired?: boolean } = {}) {
  const email = `p-${Math.random().toString(36).slice(2)}@example.test`;
  const sessions = [];
  for (const language of earlier) {
    const session = await participant(db, { projectId: fx.projectId, taskId: fx.task.id, email, consent: { session: true } });
    sessions.push(await db.session.update({ where: { id: session.id }, data: { language } }));
  }
  const token = generateSecret("followUp");
  await db.followUpInvitation.create({
    data: {
      projectId: fx.projectId,
      taskId: fx.task.id,
      implementationId: fx.implementation.id,
      participantEmail: email,
      emailHash: `hash-${email}`,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + (opts.expired ? -1 : 1) * 86_400_000),
      sourceSessionIds: sessions.map((s) => s.id),
      status: "sent",
    },
  });
  return token;
}

const start = (token: string, language?: string) =>
  callRoute(startRoute.POST, { method: "POST", params: { token }, body: { consents: { recording: true, analytics: false }, language } });

describe("a follow-up link's language", () => {
  it("is the earlier interview's (the latest that has one), for the page and the follow-up session", async () => {
    const fx = await mergedTaskProject(db);
    const token = await invitationFor(fx, ["de", "es", null]);
    expect(await openFollowUpLink({ token })).toMatchObject({ kind: "ok", language: "es" });
    const started = await start(token);
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    expect(await db.session.findUniqueOrThrow({ where: { id: started.json.sessionId } })).toMatchObject({
      language: "es",
      purpose: "follow_up",
    });
  });

  it("the language the page was shown in wins (a ?lang= link), and without any the browser's is kept as before", async () => {
    const fx = await mergedTaskProject(db);
    const chosen = await start(await invitationFor(fx, ["es"]), "ja");
    expect(await db.session.findUniqueOrThrow({ where: { id: chosen.json.sessionId } })).toMatchObject({ language: "ja" });
    const unknown = await invitationFor(fx, [null]);
    expect(await openFollowUpLink({ token: unknown })).toMatchObject({ kind: "ok", language: null });
    const browser = await start(unknown, "pt-BR");
    expect(await db.session.findUniqueOrThrow({ where: { id: browser.json.sessionId } })).toMatchObject({ language: "pt" });
  });

  it("an expired link explains itself in that language too", async () => {
    const fx = await mergedTaskProject(db);
    expect(await openFollowUpLink({ token: await invitationFor(fx, ["ar"], { expired: true }) })).toMatchObject({
      kind: "expired",
      language: "ar",
    });
  });
});
