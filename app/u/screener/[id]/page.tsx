// /u/screener/[id]?key=ut_pub_… — the public screener: participants answer it; qualified ones go on to the interview room.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { LanguagePicker } from "@/components/languages/language-picker";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { ScreenerForm } from "@/components/screeners/screener-form";
import { ParticipantIntl, participantIntl } from "@/lib/i18n/participant-intl";
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
  const { page, language } = await state(props);
  const { t } = await participantIntl(language.language);
  return { title: "screener" in page ? page.screener.title : t("screenerPage.metaTitle"), robots: { index: false, follow: false } };
}

export default async function PublicScreenerPage(props: Props) {
  const { page, query, language } = await state(props);
  const screener = "screener" in page ? page.screener : null;
  const intl = await participantIntl(language.language);
  const { t } = intl;
  // the researcher's title in the main language when this language has none: marked with its own lang
  const titleLang = screener?.fallback.includes("title") ? screener.mainLanguage : undefined;
  return (
    <ParticipantIntl intl={intl}>
      <PublicShell
        brandColor={screener?.brandColor}
        logoUrl={screener?.logoUrl}
        logoAlt={screener ? t("logoAlt", { title: screener.title }) : undefined}
      >
        {page.kind === "form" && <LanguagePicker current={language} query={query} label={t("language.label")} />}
        {page.kind === "form" ? (
          <ScreenerForm
            screener={page.screener}
            publicKey={page.publicKey}
            preview={page.preview}
            utm={utmFromSearchParams(query)}
            language={language.language}
          />
        ) : page.kind === "missing_key" ? (
          <PublicNotice icon="warning" title={t("linkProblem.missingKey.title")} testId="screener-link-problem">
            {t("screenerPage.missingKeyBody")}
          </PublicNotice>
        ) : page.kind === "invalid_key" ? (
          <PublicNotice icon="warning" title={t("linkProblem.invalidKey.title")} testId="screener-link-problem">
            {t("linkProblem.invalidKey.body")}
          </PublicNotice>
        ) : page.kind === "not_found" ? (
          <PublicNotice icon="warning" title={t("screenerPage.notFound.title")} testId="screener-not-found">
            {t("screenerPage.notFound.body")}
          </PublicNotice>
        ) : page.kind === "rate_limited" ? (
          <PublicNotice icon="warning" title={t("screenerPage.rateLimited.title")}>
            {t("screenerPage.rateLimited.body")}
          </PublicNotice>
        ) : page.kind === "full" ? (
          <PublicNotice title={page.screener.title} titleLang={titleLang} testId="screener-not-accepting">
            {t("screenerPage.full")}
          </PublicNotice>
        ) : (
          <PublicNotice title={page.screener.title} titleLang={titleLang} testId="screener-not-accepting">
            {page.screener.status === "paused" ? t("screenerPage.paused") : t("screenerPage.closed")}
          </PublicNotice>
        )}
      </PublicShell>
    </ParticipantIntl>
  );
}
