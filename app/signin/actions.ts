"use server";
// Sign-in server actions: they call Auth.js's signIn and turn its errors into /signin?error=… .
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/access/current-user";
import { signIn } from "@/lib/auth";

const OAUTH_PROVIDERS = ["github", "google"] as const;

function destination(formData: FormData): string {
  return safeCallbackPath(formData.get("callbackUrl")) ?? "/projects";
}

function backToSignIn(error: string, callbackUrl: string): never {
  redirect(`/signin?${new URLSearchParams({ error, callbackUrl })}`);
}

function readEmail(formData: FormData): string | null {
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

async function signInOrReport(provider: string, callbackUrl: string, params: Record<string, string> = {}) {
  try {
    // on success this throws Next's redirect, which must propagate
    await signIn(provider, { ...params, redirectTo: callbackUrl });
  } catch (e) {
    if (e instanceof AuthError) backToSignIn(e.type, callbackUrl);
    throw e;
  }
}

export async function signInWithOAuth(formData: FormData) {
  const provider = String(formData.get("provider"));
  const callbackUrl = destination(formData);
  if (!(OAUTH_PROVIDERS as readonly string[]).includes(provider)) backToSignIn("Configuration", callbackUrl);
  await signInOrReport(provider, callbackUrl);
}

export async function signInWithEmailLink(formData: FormData) {
  const callbackUrl = destination(formData);
  const email = readEmail(formData);
  if (!email) backToSignIn("InvalidEmail", callbackUrl);
  let next: string;
  try {
    next = await signIn("email", { email, redirectTo: callbackUrl, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) backToSignIn(e.type, callbackUrl);
    throw e;
  }
  const error = new URL(next, "http://localhost").searchParams.get("error");
  if (error) backToSignIn(error, callbackUrl);
  // Auth.js would answer with its verify-request URL; go straight to our page, naming the address
  redirect(`/signin/check-email?${new URLSearchParams({ email })}`);
}

export async function signInWithDevLogin(formData: FormData) {
  const callbackUrl = destination(formData);
  const email = readEmail(formData);
  if (!email) backToSignIn("InvalidEmail", callbackUrl);
  await signInOrReport("dev", callbackUrl, { email });
}
