import { AuthShell } from "@/components/auth/auth-shell";

/** A link revoked between the proxy's check and the render (the proxy answers the usual cases). */
export default function ShareNotFound() {
  return (
    <AuthShell
      title="This link is no longer shared"
      description="It was revoked, has expired, or never existed. Ask the person who shared it for a new link."
    >
      <p className="text-[13px] text-zinc-500">Shared evidence links work for a limited time and can be turned off at any moment.</p>
    </AuthShell>
  );
}
