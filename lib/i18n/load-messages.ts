// A locale's messages, all namespaces merged: { participant: {...}, voice: {...} }. Server-only
// (the participant pages hand the result to NextIntlClientProvider). The import path is a template
// so the bundler includes every messages/<locale>/<namespace>.json without a list to keep.
import type { AbstractIntlMessages } from "next-intl";
import { messagesLocale } from "./locale";
import { NAMESPACES } from "./namespaces";

export type Messages = Record<string, AbstractIntlMessages>;

export async function loadMessages(language: string | null | undefined): Promise<Messages> {
  const locale = messagesLocale(language);
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default as AbstractIntlMessages] as const),
  );
  return Object.fromEntries(entries);
}
