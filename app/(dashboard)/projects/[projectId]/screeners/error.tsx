"use client";

import { PageError } from "@/components/overview/page-error";

export default function ScreenersError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="the screeners" reset={reset} />;
}
