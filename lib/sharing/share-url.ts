import { env } from "@/lib/env";

/** The public page of a share link; the token is in the path, so the page sends no Referer (security-headers). */
export function shareUrl(token: string): string {
  return new URL(`/share/${token}`, env().APP_URL).toString();
}
