// Where outbound integrations may send: production requires https and public addresses (unless the
// operator opts in for an intranet receiver); development and tests reach loopback receivers freely.
import { env } from "@/lib/env";

export interface TargetPolicy {
  requireHttps: boolean;
  allowPrivate: boolean;
}

export function targetPolicy(): TargetPolicy {
  const { NODE_ENV, INTEGRATIONS_ALLOW_PRIVATE_TARGETS } = env();
  const production = NODE_ENV === "production";
  return { requireHttps: production, allowPrivate: !production || INTEGRATIONS_ALLOW_PRIVATE_TARGETS };
}
