// Cells the credential tables share: a credential's state and the row's destructive action.
import type { PropsWithChildren } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DateLike } from "@/components/ui/format";

/** Revoked wins over expired; a credential without an expiry date (keys) is never expired. */
export function CredentialStatus({
  revokedAt,
  expiresAt = null,
  now,
}: {
  revokedAt: DateLike | null;
  expiresAt?: DateLike | null;
  now?: number;
}) {
  if (revokedAt) return <Badge tone="red">Revoked</Badge>;
  if (expiresAt && now !== undefined && new Date(expiresAt).getTime() < now) return <Badge tone="amber">Expired</Badge>;
  return <Badge tone="green">Active</Badge>;
}

/** Revoke, remove or leave: opens the row's confirmation. `label` names the row for screen readers. */
export function RowAction({ label, onClick, children }: PropsWithChildren<{ label?: string; onClick: () => void }>) {
  return (
    <Button variant="ghost-danger" size="sm" onClick={onClick} aria-label={label}>
      {children}
    </Button>
  );
}
