"use client";

import { PageError } from "@/components/overview/page-error";

export default function TaskError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="this task" reset={reset} />;
}
