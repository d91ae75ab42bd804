// Project access for pages: the same rule as the API (requireProjectAccess), turned into page
// outcomes. Not a member → Next's 404 page (the project's existence is not revealed); a member
// without the needed role → a message the page shows instead of its content. Signed out → the
// caller decides: pages redirect with their own URL (requireSignedInUser), layouts render nothing.
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Project, Role } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { getSignedInUser, type SessionPrincipal } from "./current-user";
import { requireProjectAccess } from "./require-project-access";
import type { Permission } from "./roles";

export type ProjectPageAccess =
  | { ok: true; project: Project; role: Role; principal: SessionPrincipal }
  | { ok: false; reason: "forbidden"; message: string }
  | { ok: false; reason: "signed_out" };

/** Cached per request, so a project's layout and page share one lookup. */
export const getProjectPageAccess = cache(async (projectId: string, permission: Permission = "read"): Promise<ProjectPageAccess> => {
  const principal = await getSignedInUser();
  if (!principal) return { ok: false, reason: "signed_out" };
  try {
    const { project, role } = await requireProjectAccess(principal, projectId, permission);
    return { ok: true, project, role, principal };
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    if (e instanceof AppError && e.code === "forbidden") return { ok: false, reason: "forbidden", message: e.message };
    throw e;
  }
});
