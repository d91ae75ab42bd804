"use client";

import { PageError } from "@/components/sessions/page-error";

export default function SessionsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="the sessions" error={error} reset={reset} />;
}
