import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { AcceptInvitation } from "@/components/invitations/accept-invitation";
import { RoleBadge } from "@/components/projects/role-badge";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { requireSignedInUser, signInPath } from "@/lib/access/current-user";
import { signOut } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { findPendingInvitationOrThrow } from "@/lib/invitations/find-invitation";

export const metadata: Metadata = { title: "Invitation" };

type Props = { params: Promise<{ token: string }> };

async function loadInvitation(token: string) {
  try {
    return { invitation: await findPendingInvitationOrThrow(token) };
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") {
      return {
        problem: {
          title: "Invitation not found",
          message: "This link is not valid, or the invitation was revoked. Ask the person who invited you for a new link.",
        },
      };
    }
    if (e instanceof AppError && e.code === "gone") {
      const used = /used/i.test(e.message);
      return {
        problem: {
          title: used ? "Invitation already used" : "Invitation expired",
          message: used ? `${e.message}. If it was you, the project is in your project list.` : e.message,
        },
      };
    }
    throw e;
  }
}

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const here = `/invite/${encodeURIComponent(token)}`;
  const { user } = await requireSignedInUser(here);
  const { invitation, problem } = await loadInvitation(token);

  if (!invitation) {
    return (
      <AuthShell title={problem.title} description={problem.message}>
        <ButtonLink href="/projects" variant="secondary" className="w-full">
          Go to your projects
        </ButtonLink>
      </AuthShell>
    );
  }

  const mismatch = (user.email ?? "").toLowerCase() !== invitation.email;

  async function switchAccount() {
    "use server";
    await signOut({ redirectTo: signInPath(here) });
  }

  return (
    <AuthShell
      title={
        <>
          Join <span data-testid="invitation-project">{invitation.project.name}</span>
        </>
      }
      description="You have been invited to collaborate on this UserTests project."
      footer={
        <>
          Not now?{" "}
          <Link href="/projects" className="font-medium text-zinc-800 underline underline-offset-2">
            Go to your projects
          </Link>
        </>
      }
    >
      <dl className="mb-5 divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-zinc-50 text-[13px]">
        <div className="flex items-center justify-between gap-3 px-4 py-2.5">
          <dt className="text-zinc-500">Role</dt>
          <dd>
            <RoleBadge role={invitation.role} />
          </dd>
        </div>
        <div className="space-y-0.5 px-4 py-2.5">
          <dt className="text-zinc-500">Invitation for</dt>
          <dd className="font-medium break-all text-zinc-900">{invitation.email}</dd>
        </div>
        <div className="space-y-0.5 px-4 py-2.5">
          <dt className="text-zinc-500">Signed in as</dt>
          <dd className="font-medium break-all text-zinc-900">{user.email}</dd>
        </div>
      </dl>
      {mismatch && (
        <Alert tone="warning" title="This invitation is for another address" className="mb-4">
          Sign in as {invitation.email} to accept it.
        </Alert>
      )}
      <AcceptInvitation token={token} />
      {mismatch && (
        <form action={switchAccount} className="mt-2">
          <Button type="submit" variant="secondary" className="w-full">
            Sign in with another account
          </Button>
        </form>
      )}
    </AuthShell>
  );
}
