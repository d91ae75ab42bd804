import type { Metadata } from "next";
import { ApiTokens } from "@/components/account/api-tokens";
import { McpSetup } from "@/components/account/mcp-setup";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { PageHeader } from "@/components/ui/page-header";
import { requireSignedInUser } from "@/lib/access/current-user";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { listWebSessions } from "@/lib/account/web-sessions";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const { userId } = await requireSignedInUser("/account/tokens");
  const [tokens, sessions] = await Promise.all([listApiTokens({ userId }), listWebSessions(userId)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Personal API tokens"
        description="For the usertests CLI, scripts and integrations that call the API on your behalf."
      />
      {/* eslint-disable-next-line react-hooks/purity -- a server component renders once per request; the browser reuses this time so both agree on "expired" */}
      <ApiTokens tokens={tokens} renderedAt={Date.now()} />
      <McpSetup appUrl={env().APP_URL} />
      <SignOutEverywhere sessions={sessions} />
    </div>
  );
}
