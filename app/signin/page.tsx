import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SubmitButton } from "@/components/auth/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { getSignedInUser, safeCallbackPath } from "@/lib/access/current-user";
import { configuredProviders } from "@/lib/auth";
import { signInWithDevLogin, signInWithEmailLink, signInWithOAuth } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const DEMO_EMAIL = "demo@usertests.dev";

// Auth.js error types (plus our own InvalidEmail) → what the person should do about it.
const ERRORS: Record<string, string> = {
  InvalidEmail: "Enter a valid email address.",
  CredentialsSignin: "The development login needs a valid email address.",
  AccessDenied: "Access was denied. If you think this is a mistake, contact the project owner.",
  Verification: "That sign-in link is invalid or has expired. Request a new one below.",
  OAuthAccountNotLinked: "This email address already signs in another way. Use the method you used before.",
  OAuthSignInError: "Could not start the sign-in with that provider. Try again.",
  OAuthCallbackError: "The provider did not complete the sign-in. Try again.",
  EmailSignInError: "We could not send the sign-in email. Try again in a moment.",
  MissingCSRF: "The sign-in form expired. Try again.",
  Configuration: "Sign-in is not configured correctly on this server. The administrator can find details in the server log.",
};

function GitHubIcon() {
  return (
    <svg viewBox="0 0 16 16" className="size-4" fill="currentColor" aria-hidden="true">
      <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0 0 16 8c0-4.42-3.58-8-8-8Z" />
    </svg>
  );
}

function GoogleIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-4" aria-hidden="true">
      <path
        fill="#4285F4"
        d="M22.56 12.25c0-.78-.07-1.53-.2-2.25H12v4.26h5.92a5.06 5.06 0 0 1-2.2 3.32v2.77h3.57c2.08-1.92 3.27-4.74 3.27-8.1Z"
      />
      <path
        fill="#34A853"
        d="M12 23c2.97 0 5.46-.98 7.28-2.66l-3.57-2.77c-.98.66-2.23 1.06-3.71 1.06-2.86 0-5.29-1.93-6.16-4.53H2.18v2.84A11 11 0 0 0 12 23Z"
      />
      <path fill="#FBBC05" d="M5.84 14.1a6.6 6.6 0 0 1 0-4.2V7.06H2.18a11 11 0 0 0 0 9.88l3.66-2.84Z" />
      <path
        fill="#EA4335"
        d="M12 5.38c1.62 0 3.06.56 4.21 1.64l3.15-3.15A10.96 10.96 0 0 0 12 1 11 11 0 0 0 2.18 7.06L5.84 9.9C6.71 7.3 9.14 5.38 12 5.38Z"
      />
    </svg>
  );
}

function Divider({ label }: { label: string }) {
  return (
    <div className="my-5 flex items-center gap-3 text-xs text-zinc-500" role="separator">
      <span className="h-px flex-1 bg-zinc-200" />
      {label}
      <span className="h-px flex-1 bg-zinc-200" />
    </div>
  );
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl) ?? "/projects";
  const errorType = typeof params.error === "string" ? params.error : null;
  if (!errorType && (await getSignedInUser())) redirect(callbackUrl);

  const providers = configuredProviders();
  const oauth = [
    providers.github && { id: "github", label: "Continue with GitHub", icon: <GitHubIcon /> },
    providers.google && { id: "google", label: "Continue with Google", icon: <GoogleIcon /> },
  ].filter((p) => !!p);

  return (
    <AuthShell
      title="Sign in to UserTests"
      description={
        callbackUrl.startsWith("/invite/")
          ? "Sign in with the address your invitation was sent to."
          : "Welcome back. Choose how you want to sign in."
      }
      footer="New to UserTests? Signing in creates your account; a teammate can then invite you to their projects."
    >
      {errorType && (
        <Alert tone="error" className="mb-5">
          {ERRORS[errorType] ?? "Sign-in failed. Try again."}
        </Alert>
      )}

      {oauth.length > 0 && (
        <>
          <div className="space-y-2">
            {oauth.map((p) => (
              <form key={p.id} action={signInWithOAuth}>
                <input type="hidden" name="provider" value={p.id} />
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <SubmitButton variant="secondary" className="w-full">
                  {p.icon}
                  {p.label}
                </SubmitButton>
              </form>
            ))}
          </div>
          <Divider label="or" />
        </>
      )}

      {providers.email ? (
        <form action={signInWithEmailLink} className="space-y-3" aria-label="Email sign-in link">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Field id="email" label="Email">
            <Input id="email" name="email" type="email" autoComplete="email" placeholder="you@company.com" required />
          </Field>
          <SubmitButton className="w-full">Email me a sign-in link</SubmitButton>
        </form>
      ) : (
        oauth.length === 0 && (
          <Alert tone="error">
            Sign-in is not configured on this server: set EMAIL_SERVER (SMTP) for sign-in links, or a GitHub or Google OAuth app.
          </Alert>
        )
      )}

      {providers.dev && (
        <>
          <Divider label="local development" />
          <form
            action={signInWithDevLogin}
            className="space-y-3 rounded-lg border border-dashed border-zinc-300 bg-zinc-50 p-4"
            aria-label="Development login"
          >
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <div>
              <p className="text-[13px] font-medium text-zinc-900">Development login</p>
              <p className="mt-0.5 text-xs text-zinc-500">
                Signs in as any address without a password. Enabled by AUTH_DEV_LOGIN; never available in production.
              </p>
            </div>
            <Field id="dev-email" label="Email">
              <Input id="dev-email" name="email" type="email" defaultValue={DEMO_EMAIL} required />
            </Field>
            <SubmitButton variant="secondary" className="w-full">
              Sign in (development)
            </SubmitButton>
          </form>
        </>
      )}
    </AuthShell>
  );
}
