// /u/screener/[id]?key=ut_pub_… — the public screener: participants answer it; qualified ones go on to the interview room.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { LanguagePicker } from "@/components/languages/language-picker";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { ScreenerForm } from "@/components/screeners/screener-form";
import { ParticipantIntl } from "@/lib/i18n/participant-intl";
import { loadScreenerLanguage } from "@/lib/languages/load-participant-language";
import { loadPublicScreenerPage } from "@/lib/screeners/load-public-screener-page";
import { utmFromSearchParams } from "@/lib/screeners/utm";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// One lookup per request, shared by the metadata and the page (a view is counted once).
const load = cache(async (id: string, key: string, preview: boolean, lang: string) => {
  // the visitor's headers and key, as a Request for the shared public-key check and per-IP limit
  const url = `http://participant.local/?${new URLSearchParams(key ? { key } : {})}`;
  const language = await loadScreenerLanguage({ screenerId: id, link: lang, acceptLanguage: (await headers()).get("accept-language") });
  const page = await loadPublicScreenerPage({
    request: new Request(url, { headers: await headers() }),
    screenerId: id,
    preview,
    language: language.language,
  });
  return { page, language };
});

async function state({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return { ...(await load(id, first(query.key) ?? "", first(query.preview) === "1", first(query.lang) ?? "")), query };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page } = await state(props);
  return { title: "screener" in page ? page.screener.title : "Study screener", robots: { index: false, follow: false } };
}

export default async function PublicScreenerPage(props: Props) {
  const { page, query, language } = await state(props);
  const screener = "screener" in page ? page.screener : null;
  return (
    <ParticipantIntl language={language.language}>
      <PublicShell brandColor={screener?.brandColor} logoUrl={screener?.logoUrl} logoAlt={screener ? `${screener.title} logo` : undefined}>
        {page.kind === "form" && <LanguagePicker current={language} query={query} />}
        {page.kind === "form" ? (
          <ScreenerForm
            screener={page.screener}
            publicKey={page.publicKey}
            preview={page.preview}
            utm={utmFromSearchParams(query)}
            language={language.language}
          />
        ) : page.kind === "missing_key" ? (
          <PublicNotice icon="warning" title="This link is incomplete" testId="screener-link-problem">
            The link is missing its access key (the part that starts with ?key=). Please use the full link you were sent, or ask the
            research team for it.
          </PublicNotice>
        ) : page.kind === "invalid_key" ? (
          <PublicNotice icon="warning" title="This link is not valid" testId="screener-link-problem">
            Its access key is wrong or has been replaced. Please ask the research team for a new link.
          </PublicNotice>
        ) : page.kind === "not_found" ? (
          <PublicNotice icon="warning" title="Screener not found" testId="screener-not-found">
            This study does not exist or is not published yet. Please check the link you were sent.
          </PublicNotice>
        ) : page.kind === "rate_limited" ? (
          <PublicNotice icon="warning" title="Too many requests">
            We received a lot of requests from your network. Please wait a minute, then reload the page.
          </PublicNotice>
        ) : page.kind === "full" ? (
          <PublicNotice title={page.screener.title} testId="screener-not-accepting">
            Thank you for your interest. This study already has all the participants it needs.
          </PublicNotice>
        ) : (
          <PublicNotice title={page.screener.title} testId="screener-not-accepting">
            {page.screener.status === "paused"
              ? "This study is not accepting responses right now. Please check back later."
              : "This study is closed and no longer accepts responses. Thank you for your interest."}
          </PublicNotice>
        )}
      </PublicShell>
    </ParticipantIntl>
  );
}
