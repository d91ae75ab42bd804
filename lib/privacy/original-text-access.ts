import type { Role } from "@/generated/prisma/enums";
import { hasRole, PERMISSION } from "@/lib/access/roles";

/**
 * Whether a viewer sees participants' original words instead of the redacted text (ADR 015): only
 * when the project opted in (Project.keepOriginalText, off by default) and only for admins and
 * owners. Everyone else, secret keys and the CLI included, gets placeholders.
 */
export function seesOriginalText(input: { project: { keepOriginalText: boolean }; role: Role }): boolean {
  return input.project.keepOriginalText && hasRole(input.role, PERMISSION.manage);
}
