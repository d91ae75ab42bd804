// GET /api/v1/me/sessions — the caller's signed-in browsers; DELETE — sign out everywhere (every
// browser, this one included; API tokens are separate and stay valid). A signed-in user or a
// personal API token (so a stolen laptop can be signed out from the CLI).
import { endAllWebSessions, listWebSessions } from "@/lib/account/web-sessions";
import { route } from "@/lib/http";

export const GET = route({ auth: "user" }, async ({ principal }) => ({ sessions: await listWebSessions(principal.userId) }));

export const DELETE = route({ auth: "user" }, async ({ principal }) => endAllWebSessions(principal.userId));
