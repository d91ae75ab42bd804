// next-intl's per-request configuration (read by getTranslations and friends in server code). The
// app has no locale in its URLs: participant pages resolve the language per request
// (lib/languages) and pass it explicitly — getTranslations({ locale, namespace }), or the translator
// and provider of lib/i18n/participant-intl.tsx; anything else (the dashboard never asks) is English.
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/load-messages";
import { messagesLocale } from "@/lib/i18n/locale";

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const resolved = messagesLocale(locale ?? (await requestLocale));
  return { locale: resolved, messages: await loadMessages(resolved), timeZone: "UTC" };
});
