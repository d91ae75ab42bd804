// /projects/[projectId]/screeners/[screenerId] — the screener builder: questions and rules, page and messages, status, share link, funnel and responses.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterviewerNotConfiguredBanner } from "@/components/screeners/interviewer-not-configured-banner";
import { ScreenerBuilder } from "@/components/screeners/screener-builder";
import { toScreenerData } from "@/components/screeners/types";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { listKeys } from "@/lib/keys/list-keys";
import { getScreenerOrThrow } from "@/lib/screeners/get-screener";
import { listScreenerResponses } from "@/lib/screeners/list-screener-responses";
import { screenerShareUrl } from "@/lib/screeners/public-links";

type Props = { params: Promise<{ projectId: string; screenerId: string }> };

async function load(projectId: string, screenerId: string) {
  return getScreenerOrThrow({ projectId, screenerId }).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId, screenerId } = await params;
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return { title: "Screener" };
  return { title: `${(await load(access.project.id, screenerId)).title} · Screeners` };
}

export default async function ScreenerBuilderPage({ params }: Props) {
  const { projectId, screenerId } = await params;
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const screener = await load(access.project.id, screenerId);
  // the public key is public by nature (it is in every share link), so any member may see it here
  const [{ publicKey }, responses] = await Promise.all([
    listKeys({ projectId: access.project.id }),
    listScreenerResponses({ projectId: access.project.id, screenerId, query: { limit: 25, qualified: undefined } }),
  ]);
  const link = (preview: boolean) =>
    publicKey?.value ? screenerShareUrl({ appUrl: env().APP_URL, screenerId: screener.id, publicKey: publicKey.value, preview }) : null;

  return (
    <div className="space-y-6">
      {/* an active screener sends people to an interview that cannot start without the AI key */}
      <InterviewerNotConfiguredBanner screenerStatus={screener.status} />
      <ScreenerBuilder
        key={screener.id}
        initial={toScreenerData(screener)}
        canEdit={hasRole(access.role, PERMISSION.work)}
        shareUrl={link(false)}
        previewUrl={link(true)}
        responses={responses}
        languages={{ main: access.project.researchLanguage, interview: access.project.interviewLanguages }}
      />
    </div>
  );
}
