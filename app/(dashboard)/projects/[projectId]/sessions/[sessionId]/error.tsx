"use client";

import { PageError } from "@/components/sessions/page-error";

export default function SessionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="this session" error={error} reset={reset} />;
}
