"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The error state of a dashboard page: what failed, a retry, and the reference to quote to support. */
export function PageError({ what, error, reset }: { what: string; error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Card className="mx-auto max-w-lg">
      <div role="alert" className="px-6 py-10 text-center">
        <div className="mx-auto mb-3 grid size-10 place-items-center rounded-full bg-red-50 text-red-600" aria-hidden="true">
          <svg viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75">
            <circle cx="10" cy="10" r="7.5" />
            <path d="M10 6.5v4M10 13.5h.01" strokeLinecap="round" />
          </svg>
        </div>
        <h2 className="text-base font-semibold text-zinc-900">Could not load {what}</h2>
        <p className="mt-1 text-[13px] text-zinc-500">
          Something went wrong on our side. Try again; if it keeps happening, quote this reference:{" "}
          <code className="font-mono">{error.digest ?? "n/a"}</code>
        </p>
        <Button variant="secondary" className="mt-5" onClick={reset}>
          Try again
        </Button>
      </div>
    </Card>
  );
}
