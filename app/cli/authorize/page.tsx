// GET /cli/authorize — the browser half of `usertests auth login` (docs/runbook.md, appendix). The
// signed-in user approves or refuses; either way the browser goes back to the CLI's loopback
// listener with the `state` it sent. Bad parameters are shown here and never redirected anywhere.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { Button } from "@/components/ui/button";
import { requireSignedInUser } from "@/lib/access/current-user";
import { approveCliLogin, CLI_CODE_TTL_MS, denyCliLogin } from "@/lib/cli-auth/approve-cli-login";
import { cliAuthorizeQuery } from "@/lib/cli-auth/schemas";

export const metadata: Metadata = { title: "Authorize the CLI" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function single(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
}

export default async function CliAuthorizePage({ searchParams }: Props) {
  const raw = single(await searchParams);
  const here = `/cli/authorize?${new URLSearchParams(raw)}`;
  const { user } = await requireSignedInUser(here);
  const parsed = cliAuthorizeQuery.safeParse(raw);

  if (!parsed.success) {
    return (
      <AuthShell
        title="This login link is not valid"
        description="The link did not come from the UserTests CLI, or it was changed on the way. Run `usertests auth login` again."
      >
        <ul className="list-disc space-y-1 pl-5 text-[13px] text-zinc-600" data-testid="cli-authorize-problems">
          {parsed.error.issues.map((issue) => (
            <li key={issue.path.join(".") + issue.message}>
              <code className="font-mono text-xs">{issue.path.join(".")}</code> {issue.message}
            </li>
          ))}
        </ul>
      </AuthShell>
    );
  }
  const request = parsed.data;

  async function approve() {
    "use server";
    const { userId } = await requireSignedInUser(here);
    redirect(await approveCliLogin({ userId, request }));
  }
  async function deny() {
    "use server";
    await requireSignedInUser(here);
    redirect(denyCliLogin(request));
  }

  return (
    <AuthShell
      title="Authorize the UserTests CLI"
      description={`A personal API token named “${request.token_name}” will be created for your account and handed to the CLI on this computer.`}
      footer={`The approval is valid for ${CLI_CODE_TTL_MS / 60_000} minutes and can be used once. You can revoke the token any time under Account → API tokens.`}
    >
      <dl className="mb-5 divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-zinc-50 text-[13px]">
        <div className="space-y-0.5 px-4 py-2.5">
          <dt className="text-zinc-500">Signed in as</dt>
          <dd className="font-medium break-all text-zinc-900">{user.email}</dd>
        </div>
        <div className="space-y-0.5 px-4 py-2.5">
          <dt className="text-zinc-500">Token name</dt>
          <dd className="font-medium break-all text-zinc-900" data-testid="cli-token-name">
            {request.token_name}
          </dd>
        </div>
        <div className="space-y-0.5 px-4 py-2.5">
          <dt className="text-zinc-500">Returns to</dt>
          <dd className="font-mono text-xs break-all text-zinc-700">{request.redirect_uri}</dd>
        </div>
      </dl>
      <div className="flex gap-2">
        <form action={deny} className="flex-1">
          <Button type="submit" variant="secondary" className="w-full">
            Cancel
          </Button>
        </form>
        <form action={approve} className="flex-1">
          <Button type="submit" className="w-full">
            Authorize
          </Button>
        </form>
      </div>
    </AuthShell>
  );
}
