"use client";

import { PageError } from "@/components/sessions/page-error";

export default function SignalsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="the signals" error={error} reset={reset} />;
}
