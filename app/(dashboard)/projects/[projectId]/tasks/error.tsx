"use client";

import { PageError } from "@/components/overview/page-error";

export default function TasksError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="the task board" reset={reset} />;
}
