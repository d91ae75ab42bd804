"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** What a dashboard page shows when loading it failed: a plain reason and a retry, never a stack trace. */
export function PageError({ what, reset }: { what: string; reset: () => void }) {
  return (
    <Card>
      <div role="alert" className="flex flex-col items-center px-6 py-12 text-center">
        <div className="mb-3 grid size-10 place-items-center rounded-full bg-red-50 text-red-500" aria-hidden="true">
          <svg viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75">
            <circle cx="10" cy="10" r="7.5" />
            <path d="M10 6.5v4M10 13.5h.01" strokeLinecap="round" />
          </svg>
        </div>
        <p className="text-sm font-medium text-zinc-900">We couldn&apos;t load {what}</p>
        <p className="mt-1 max-w-sm text-[13px] text-zinc-500">
          This is usually temporary. Try again; if it keeps happening, check the service status.
        </p>
        <Button variant="secondary" className="mt-5" onClick={reset}>
          Try again
        </Button>
      </div>
    </Card>
  );
}
