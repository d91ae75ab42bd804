"use client";

import { PageError } from "@/components/overview/page-error";

export default function ProjectError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="this page" reset={reset} />;
}
