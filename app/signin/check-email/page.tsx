import type { Metadata } from "next";
import Link from "next/link";
import path from "node:path";
import { AuthShell } from "@/components/auth/auth-shell";
import { Alert } from "@/components/ui/alert";
import { configuredProviders } from "@/lib/auth";
import { DEV_CATCHER_SMTP_URL, DEV_CATCHER_WEB_PORT } from "@/lib/email/dev-catcher";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const email = typeof params.email === "string" ? params.email : null;
  const logged = configuredProviders().emailLogged;
  const logFile = path.join(env().DATA_DIR, "auth-links.log");
  // `npm run dev` sends mail to its local catcher: say where to read it
  const caught = env().NODE_ENV !== "production" && env().EMAIL_SERVER === DEV_CATCHER_SMTP_URL;

  return (
    <AuthShell
      title="Check your email"
      description={
        <>
          We sent a sign-in link to {email ? <strong className="font-medium text-zinc-800">{email}</strong> : "your address"}. It works once
          and expires in 15 minutes.
        </>
      }
      footer={
        <>
          Wrong address or no email?{" "}
          <Link href="/signin" className="font-medium text-zinc-800 underline underline-offset-2 hover:text-zinc-950">
            Back to sign in
          </Link>
        </>
      }
    >
      {logged ? (
        <Alert tone="info" title="Email delivery is not configured on this server">
          The link was written to the server log and to <code className="font-mono text-xs">{logFile}</code> instead. Set EMAIL_SERVER to
          send real email.
        </Alert>
      ) : caught ? (
        <Alert tone="info" title="Development: mail goes to the local mail catcher">
          Open <code className="font-mono text-xs">http://127.0.0.1:{DEV_CATCHER_WEB_PORT}</code> to read the email and click the link.
        </Alert>
      ) : (
        <p className="text-[13px] text-zinc-600">
          Open the email on this device and click the link to finish signing in. Check your spam folder if it does not arrive within a
          minute.
        </p>
      )}
    </AuthShell>
  );
}
