import type { ScreenerStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { getScreenerOrThrow } from "./get-screener";

/**
 * The screener lifecycle: draft → active (needs at least one question), active ⇄ paused,
 * active/paused → closed. Closed is final. Asking for the current status again is a no-op;
 * anything else is 409 and changes nothing.
 */
export const STATUS_TRANSITIONS: Record<ScreenerStatus, readonly ScreenerStatus[]> = {
  draft: ["active"],
  active: ["paused", "closed"],
  paused: ["active", "closed"],
  closed: [],
};

export function canTransition(from: ScreenerStatus, to: ScreenerStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

export async function changeScreenerStatus(input: { projectId: string; screenerId: string; status: ScreenerStatus }) {
  return db.$transaction(async (tx) => {
    // the row lock serialises this with question deletes and other status changes
    await tx.$queryRaw`SELECT id FROM "Screener" WHERE id = ${input.screenerId} FOR UPDATE`;
    const screener = await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
    if (screener.status === input.status) return screener;
    if (!canTransition(screener.status, input.status)) {
      const allowed = STATUS_TRANSITIONS[screener.status];
      throw conflict(
        screener.status === "closed"
          ? "This screener is closed; a closed screener cannot be reopened"
          : `A ${screener.status} screener cannot become ${input.status}; it can become ${allowed.join(" or ")}`,
        { from: screener.status, to: input.status, allowed },
      );
    }
    if (input.status === "active" && screener.questions.length === 0) {
      throw conflict("Add at least one question before activating the screener");
    }
    await tx.screener.update({ where: { id: screener.id }, data: { status: input.status } });
    return getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
  });
}
