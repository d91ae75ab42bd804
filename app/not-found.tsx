import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <AuthShell
      title="Page not found"
      description="This page does not exist, or you do not have access to it. If someone shared a project with you, ask them to invite you."
    >
      <ButtonLink href="/projects" className="w-full">
        Go to your projects
      </ButtonLink>
    </AuthShell>
  );
}
