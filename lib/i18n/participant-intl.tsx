// The frame of every participant page's language (issue #17): next-intl's provider with the
// resolved locale and its messages for the client components, and an element carrying `lang` and
// `dir` so screen readers, fonts and right-to-left layout (Arabic) follow the page's language.
// The dashboard does not use it and stays English (the root <html lang="en">).
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { loadMessages } from "./load-messages";
import { localeDir, messagesLocale } from "./locale";

export async function ParticipantIntl({ language, children }: { language: string | null | undefined; children: ReactNode }) {
  const locale = messagesLocale(language);
  // server components below that use next-intl without an explicit locale get this one too
  setRequestLocale(locale);
  const messages = await loadMessages(locale);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <div lang={locale} dir={localeDir(locale)} data-testid="participant-language">
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
