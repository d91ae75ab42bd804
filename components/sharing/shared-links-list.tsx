"use client";

// Settings → Shared links: every evidence link of the project, what it shows, who made it, until
// when, how often it was opened; members revoke one in a click (after confirming).
import Link from "next/link";
import { api } from "@/components/api-client";
import { RowAction } from "@/components/credentials/credential-cells";
import { CredentialTable } from "@/components/credentials/credential-table";
import { useConfirmedRowAction } from "@/components/credentials/use-confirmed-row-action";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/time";
import { ConfirmDialog } from "@/components/ui/modal";
import type { ShareLinkView } from "@/lib/sharing/share-link-view";

const STATUS = {
  active: { tone: "green", label: "Active" },
  revoked: { tone: "red", label: "Revoked" },
  expired: { tone: "amber", label: "Expired" },
} as const;

export function SharedLinksList({ projectId, links, canRevoke }: { projectId: string; links: ShareLinkView[]; canRevoke: boolean }) {
  const revoke = useConfirmedRowAction((l: ShareLinkView) =>
    api(`/api/v1/projects/${encodeURIComponent(projectId)}/share-links/${encodeURIComponent(l.id)}`, { method: "DELETE" }),
  );
  if (links.length === 0)
    return <p className="text-[13px] text-zinc-500">No links yet. Use “Share” on a task&apos;s evidence or on a signal to create one.</p>;
  return (
    <>
      <CredentialTable
        label="Shared links"
        items={links}
        rowKey={(l) => l.id}
        rowTestId="share-link-row"
        columns={[
          {
            header: "Shows",
            cell: (l) => (
              <span className="block max-w-[18rem] truncate">
                {l.target.type === "task" ? (
                  <Link href={`/projects/${projectId}/tasks/${l.target.id}`} className="hover:underline">
                    Task: {l.target.label ?? "deleted"}
                  </Link>
                ) : (
                  <span title={l.target.label ?? undefined}>Quote: “{l.target.label ?? "deleted"}”</span>
                )}
                <span className="block font-mono text-xs text-zinc-500">…{l.tokenHint}</span>
              </span>
            ),
          },
          { header: "Created by", cell: (l) => l.createdBy ?? "A secret key" },
          { header: "Expires", cell: (l) => <Time value={l.expiresAt} /> },
          { header: "Views", cell: (l) => <span className="tabular-nums">{l.viewCount}</span> },
          {
            header: "Status",
            cell: (l) => <Badge tone={STATUS[l.status].tone}>{STATUS[l.status].label}</Badge>,
          },
        ]}
        actions={(l) =>
          canRevoke &&
          l.status === "active" && (
            <RowAction label={`Revoke the link …${l.tokenHint}`} onClick={() => revoke.ask(l)}>
              Revoke
            </RowAction>
          )
        }
      />
      <ConfirmDialog
        {...revoke.dialog}
        title="Revoke this link?"
        description="Whoever has it sees a “revoked” page from now on, and its clips stop playing. This cannot be undone."
        confirmLabel="Revoke link"
      />
    </>
  );
}
