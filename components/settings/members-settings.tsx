"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/generated/prisma/enums";
import { api, errorMessage, fieldError, formLevelError } from "@/components/api-client";
import { RowAction } from "@/components/credentials/credential-cells";
import { type CredentialColumn, CredentialTable, nameColumn, timeColumn } from "@/components/credentials/credential-table";
import { useConfirmedRowAction } from "@/components/credentials/use-confirmed-row-action";
import { RoleBadge } from "@/components/projects/role-badge";
import { useApiAction } from "@/components/use-api-action";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeValue } from "@/components/ui/code-value";
import { describedBy, Field } from "@/components/ui/field";
import type { DateLike } from "@/components/ui/format";
import { Input, Select } from "@/components/ui/input";
import { ConfirmDialog } from "@/components/ui/modal";
import { hasRole, ROLES } from "@/lib/access/roles";

export interface MemberItem {
  userId: string;
  email: string | null;
  name: string | null;
  role: Role;
  joinedAt: DateLike;
}

export interface InvitationItem {
  id: string;
  email: string;
  role: Role;
  createdAt: DateLike;
  expiresAt: DateLike;
  /** what became of the invitation mail (lib/notifications/email-delivery.ts) */
  emailDelivery?: { status: "queued" | "sent" | "failed" | "skipped"; reason: string | null };
}

const DELIVERY: Record<NonNullable<InvitationItem["emailDelivery"]>["status"], { label: string; tone: BadgeTone }> = {
  queued: { label: "Sending", tone: "neutral" },
  sent: { label: "Sent", tone: "green" },
  failed: { label: "Not sent", tone: "red" },
  skipped: { label: "Not sent", tone: "neutral" },
};

const ROLE_HELP: Record<Role, string> = {
  owner: "Everything, including deleting the project and managing owners",
  admin: "Manage settings, keys, members and invitations",
  member: "Work with research data: screeners, sessions, signals, tasks",
  viewer: "Read-only access",
};

/** Roles the actor may hand out: only an owner grants or changes the owner role. */
const assignableRoles = (actorRole: Role) => ROLES.filter((r) => actorRole === "owner" || r !== "owner");

export function MembersSettings({
  projectId,
  projectName,
  members,
  invitations,
  currentUserId,
  actorRole,
}: {
  projectId: string;
  projectName: string;
  members: MemberItem[];
  invitations: InvitationItem[] | null;
  currentUserId: string;
  actorRole: Role;
}) {
  const canManage = hasRole(actorRole, "admin");
  return (
    <>
      {canManage && <InviteCard projectId={projectId} actorRole={actorRole} />}
      <MembersCard
        projectId={projectId}
        projectName={projectName}
        members={members}
        currentUserId={currentUserId}
        actorRole={actorRole}
        canManage={canManage}
      />
      {canManage && invitations && <InvitationsCard projectId={projectId} invitations={invitations} />}
    </>
  );
}

function InviteCard({ projectId, actorRole }: { projectId: string; actorRole: Role }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const { run, pending, error } = useApiAction();

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await run(() =>
      api<{ invitation: { email: string }; acceptUrl: string }>(`/api/v1/projects/${projectId}/invitations`, {
        method: "POST",
        body: { email, role },
      }),
    );
    if (result.ok) {
      setLink({ email: result.value.invitation.email, url: result.value.acceptUrl });
      setEmail("");
    }
  }

  const emailError = fieldError(error, "email", "Email");
  const roleError = fieldError(error, "role", "Role");
  const general = formLevelError(error, ["email", "role"]);

  return (
    <Card>
      <CardHeader
        title="Invite a teammate"
        description="Emails a personal invitation link, valid for 14 days. The link is also shown here once, to share another way."
      />
      <CardBody className="space-y-4">
        <form
          onSubmit={onSubmit}
          noValidate
          className="grid items-start gap-3 sm:grid-cols-[1fr_10rem_auto]"
          aria-label="Invite a teammate"
        >
          <Field id="invite-email" label="Email" error={emailError}>
            <Input
              {...describedBy("invite-email", { error: emailError })}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              placeholder="teammate@company.com"
              autoComplete="off"
            />
          </Field>
          <Field id="invite-role" label="Role" error={roleError}>
            <Select {...describedBy("invite-role", { error: roleError })} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {assignableRoles(actorRole).map((r) => (
                <option key={r} value={r}>
                  {r[0].toUpperCase() + r.slice(1)}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" pending={pending} className="sm:mt-[26px]">
            Create invitation
          </Button>
        </form>
        <p className="text-xs text-zinc-500">
          <span className="font-medium text-zinc-700 capitalize">{role}</span>: {ROLE_HELP[role]}.
        </p>
        {general && <Alert tone="error">{general}</Alert>}
        {link && (
          <div className="space-y-2.5 rounded-lg border border-indigo-200 bg-indigo-50/60 p-4" data-testid="invitation-link">
            <p className="text-[13px] text-indigo-950">
              Invitation created for <strong className="font-semibold">{link.email}</strong>; it is being emailed to them. You can also
              share this link; it works once, only for that address.
            </p>
            <CodeValue value={link.url} label="Invitation link" copyLabel="Copy link" className="[&_code]:bg-white" />
          </div>
        )}
      </CardBody>
    </Card>
  );
}

function MembersCard({
  projectId,
  projectName,
  members,
  currentUserId,
  actorRole,
  canManage,
}: {
  projectId: string;
  projectName: string;
  members: MemberItem[];
  currentUserId: string;
  actorRole: Role;
  canManage: boolean;
}) {
  const router = useRouter();
  const change = useApiAction();
  // leaving (your own row) takes you to the project list instead of refreshing a page you lost
  const remove = useConfirmedRowAction((m: MemberItem) => api(`/api/v1/projects/${projectId}/members/${m.userId}`, { method: "DELETE" }), {
    refresh: (m) => m.userId !== currentUserId,
    onDone: (m) => {
      if (m.userId !== currentUserId) return;
      router.push("/projects");
      router.refresh();
    },
  });
  const removing = remove.target;
  const leaving = removing?.userId === currentUserId;

  async function onRoleChange(member: MemberItem, role: Role) {
    await change.run(() => api(`/api/v1/projects/${projectId}/members/${member.userId}`, { method: "PATCH", body: { role } }));
  }

  // Admins manage everyone but owners; owners manage everyone. Your own row offers "Leave" instead,
  // except to the last owner: a project always keeps one.
  const editable = (m: MemberItem) => canManage && m.userId !== currentUserId && (actorRole === "owner" || m.role !== "owner");
  const owners = members.filter((m) => m.role === "owner").length;
  const canLeave = (m: MemberItem) => m.userId === currentUserId && (m.role !== "owner" || owners > 1);

  const columns: CredentialColumn<MemberItem>[] = [
    { header: "Member", cell: (m) => <MemberName member={m} self={m.userId === currentUserId} /> },
    {
      header: "Role",
      headerClassName: "w-40",
      cell: (m) =>
        editable(m) ? (
          <Select
            aria-label={`Role of ${m.email ?? m.name}`}
            value={m.role}
            disabled={change.pending}
            onChange={(e) => onRoleChange(m, e.target.value as Role)}
            className="h-8 w-32 text-[13px]"
          >
            {assignableRoles(actorRole).map((r) => (
              <option key={r} value={r}>
                {r[0].toUpperCase() + r.slice(1)}
              </option>
            ))}
          </Select>
        ) : (
          <RoleBadge role={m.role} />
        ),
    },
    timeColumn("Joined", (m) => m.joinedAt, { headerClassName: "w-32" }),
  ];

  return (
    <Card>
      <CardHeader
        title="Members"
        description={`${members.length} ${members.length === 1 ? "person has" : "people have"} access to this project.`}
      />
      {change.error ? (
        <div className="px-5 pt-4">
          <Alert tone="error">{errorMessage(change.error)}</Alert>
        </div>
      ) : null}
      <CredentialTable
        label="Members"
        items={members}
        rowKey={(m) => m.userId}
        rowTestId="member-row"
        columns={columns}
        actionsClassName="w-24"
        actions={(m) =>
          (editable(m) || canLeave(m)) && (
            <RowAction onClick={() => remove.ask(m)}>{m.userId === currentUserId ? "Leave" : "Remove"}</RowAction>
          )
        }
      />
      <ConfirmDialog
        {...remove.dialog}
        title={leaving ? `Leave ${projectName}?` : `Remove ${removing?.email ?? removing?.name ?? "member"}?`}
        description={
          leaving
            ? "You lose access to this project at once. An admin can invite you again."
            : "They lose access to this project at once. You can invite them again later."
        }
        confirmLabel={leaving ? "Leave project" : "Remove member"}
      />
    </Card>
  );
}

function MemberName({ member: m, self }: { member: MemberItem; self: boolean }) {
  return (
    <div className="flex items-center gap-3">
      <span
        className="grid size-7 shrink-0 place-items-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600 uppercase"
        aria-hidden="true"
      >
        {(m.name ?? m.email ?? "?").slice(0, 1)}
      </span>
      <div className="min-w-0">
        <p className="truncate font-medium text-zinc-900">
          {m.name ?? m.email}
          {self && <span className="ml-1.5 text-xs font-normal text-zinc-500">(you)</span>}
        </p>
        {m.name && <p className="truncate text-xs text-zinc-500">{m.email}</p>}
      </div>
    </div>
  );
}

const invitationColumns: CredentialColumn<InvitationItem>[] = [
  nameColumn("Email", (i) => i.email),
  { header: "Role", headerClassName: "w-40", cell: (i) => <RoleBadge role={i.role} /> },
  timeColumn("Invited", (i) => i.createdAt, { headerClassName: "w-32" }),
  timeColumn("Expires", (i) => i.expiresAt, { headerClassName: "w-32" }),
  {
    header: "Email status",
    headerClassName: "w-32",
    cell: (i) => {
      if (!i.emailDelivery) return null;
      const d = DELIVERY[i.emailDelivery.status];
      return (
        <span title={i.emailDelivery.reason ?? undefined} data-testid="invitation-email-status">
          <Badge tone={d.tone}>{d.label}</Badge>
        </span>
      );
    },
  },
];

function InvitationsCard({ projectId, invitations }: { projectId: string; invitations: InvitationItem[] }) {
  const revoke = useConfirmedRowAction((i: InvitationItem) =>
    api(`/api/v1/projects/${projectId}/invitations/${i.id}`, { method: "DELETE" }),
  );

  return (
    <Card data-testid="pending-invitations">
      <CardHeader title="Pending invitations" description="Links that have not been used yet. Revoke one to make its link stop working." />
      {invitations.length === 0 ? (
        <p className="px-5 py-4 text-[13px] text-zinc-500">No pending invitations.</p>
      ) : (
        <CredentialTable
          label="Pending invitations"
          items={invitations}
          rowKey={(i) => i.id}
          rowTestId="invitation-row"
          columns={invitationColumns}
          actionsClassName="w-24"
          actions={(i) => (
            <RowAction label={`Revoke invitation for ${i.email}`} onClick={() => revoke.ask(i)}>
              Revoke
            </RowAction>
          )}
        />
      )}
      <ConfirmDialog
        {...revoke.dialog}
        title={`Revoke the invitation for ${revoke.target?.email ?? ""}?`}
        description="The invitation link stops working. You can invite the same address again."
        confirmLabel="Revoke invitation"
      />
    </Card>
  );
}
