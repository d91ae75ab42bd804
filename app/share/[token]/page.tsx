// /share/[token] — a task's evidence (or one signal) shared read-only by link, without an account.
// Outside the dashboard layout. Quotes are always redacted and participants only numbered
// (lib/sharing/get-shared-evidence.ts). A revoked, expired or unknown link never reaches this page:
// the proxy answers it with 410/404 (lib/sharing/share-page-gate.ts); notFound() covers a link
// revoked in between. No Referer and no indexing: the metadata here, and the headers (next.config.ts).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedEvidenceView } from "@/components/sharing/shared-evidence-view";
import { getSharedEvidence } from "@/lib/sharing/get-shared-evidence";

export const metadata: Metadata = {
  title: "Shared evidence",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SharedEvidencePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const evidence = await getSharedEvidence({ token, countView: true });
  if (evidence.state !== "active") notFound();
  return <SharedEvidenceView token={token} evidence={evidence} />;
}
