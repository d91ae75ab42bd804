// The frame of every participant page's language (issue #17): next-intl's provider with the
// resolved locale and its messages for the client components, and an element carrying `lang` and
// `dir` so screen readers, fonts and right-to-left layout (Arabic) follow the page's language.
// The dashboard does not use it and stays English (the root <html lang="en">).
//
// Pages load the messages once (participantIntl) and use its translator for their own server-side
// text: an explicit locale and messages, so nothing depends on a request-wide locale, and the page
// modules render the same in tests (renderToStaticMarkup) as in Next.
import { createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { loadMessages, type Messages } from "./load-messages";
import { localeDir, messagesLocale } from "./locale";
import type { LanguageCode } from "@/lib/languages/supported";

/** A translator over the participant namespace: t("complete.title"), t.rich("complete.stillOpenBody", { link }). */
export interface PageTranslator {
  (key: string, values?: Record<string, string | number>): string;
  rich(key: string, values: Record<string, string | number | ((chunks: ReactNode) => ReactNode)>): ReactNode;
}

export interface ParticipantPageIntl {
  locale: LanguageCode;
  messages: Messages;
  t: PageTranslator;
}

export async function participantIntl(language: string | null | undefined): Promise<ParticipantPageIntl> {
  const locale = messagesLocale(language);
  const messages = await loadMessages(locale);
  // the catalogues are JSON without generated key types: keys are checked by lib/i18n/catalogues.test.ts and the pages' tests
  const t = createTranslator({ locale, messages, namespace: "participant" }) as unknown as PageTranslator;
  return { locale, messages, t };
}

export function ParticipantIntl({ intl, children }: { intl: ParticipantPageIntl; children?: ReactNode }) {
  return (
    <NextIntlClientProvider locale={intl.locale} messages={intl.messages} timeZone="UTC">
      <div lang={intl.locale} dir={localeDir(intl.locale)} data-testid="participant-language">
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
