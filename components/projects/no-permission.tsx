import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function NoPermission({ message }: { message: string }) {
  return (
    <Card className="mx-auto max-w-lg">
      <div className="px-6 py-10 text-center">
        <div className="mx-auto mb-3 grid size-10 place-items-center rounded-full bg-amber-50 text-amber-600" aria-hidden="true">
          <svg viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75">
            <rect x="4" y="9" width="12" height="8" rx="1.5" />
            <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
          </svg>
        </div>
        <h1 className="text-base font-semibold text-zinc-900">You don&apos;t have permission to view this</h1>
        <p className="mt-1 text-[13px] text-zinc-500">{message}. Ask a project owner or admin to change your role.</p>
        <ButtonLink href="/projects" variant="secondary" className="mt-5">
          Back to projects
        </ButtonLink>
      </div>
    </Card>
  );
}
