"use client";
// Client component: its footer reads the page's catalogue from the participant pages' NextIntlClientProvider.
import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";
import { brandStyle } from "./brand";

/** The frame of participant pages: the study's colour and logo, a centred column, a quiet footer (inside ParticipantIntl). */
export function PublicShell({
  brandColor,
  logoUrl,
  logoAlt,
  children,
}: {
  brandColor?: string | null;
  logoUrl?: string | null;
  logoAlt?: string;
  children: ReactNode;
}) {
  const t = useTranslations("participant.shell");
  return (
    <div style={brandStyle(brandColor)} className="min-h-screen bg-zinc-50">
      <div className="h-1.5 bg-(--brand)" aria-hidden="true" />
      <main id="main" className="mx-auto w-full max-w-2xl px-4 py-10 sm:py-14">
        {logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- the researcher's logo lives on any https host; next/image would need each host allow-listed
          <img src={logoUrl} alt={logoAlt ?? ""} className="mb-8 h-10 w-auto max-w-[12rem] object-contain" referrerPolicy="no-referrer" />
        )}
        {children}
      </main>
      <footer className="pb-10 text-center text-xs text-zinc-600">{t("poweredBy")}</footer>
    </div>
  );
}

const icons = {
  info: (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true">
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5M12 8h.01" strokeLinecap="round" />
    </svg>
  ),
  done: (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="m5 12.5 4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  ),
  warning: (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true">
      <path d="M12 4 2.5 20h19L12 4Z" strokeLinejoin="round" />
      <path d="M12 10v4.5M12 17h.01" strokeLinecap="round" />
    </svg>
  ),
};

/** A full-card message instead of the form: link problems, closed studies, the outcome. */
export function PublicNotice({
  icon = "info",
  title,
  children,
  titleLang,
  testId,
  live,
  headingRef,
}: {
  icon?: keyof typeof icons;
  title: string;
  /** the title's own language when it differs from the page's (a researcher's text shown in the main language) */
  titleLang?: string;
  children?: ReactNode;
  testId?: string;
  /** a result that replaces the form: announced as a status message */
  live?: boolean;
  /** the page moves focus here after a step change (the heading takes focus from script only) */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <section
      role={live ? "status" : undefined}
      className="rounded-xl border border-zinc-200 bg-white px-6 py-10 text-center shadow-sm sm:px-10"
      aria-labelledby="notice-title"
      data-testid={testId}
    >
      <div
        className={
          icon === "warning"
            ? "mx-auto mb-4 grid size-11 place-items-center rounded-full bg-amber-50 text-amber-600"
            : "mx-auto mb-4 grid size-11 place-items-center rounded-full bg-(--brand)/10 text-(--brand)"
        }
      >
        {icons[icon]}
      </div>
      <h1
        id="notice-title"
        lang={titleLang}
        dir={titleLang ? "auto" : undefined}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className="text-xl font-semibold tracking-tight text-zinc-900 focus:outline-none"
      >
        {title}
      </h1>
      {children && <div className="mx-auto mt-2 max-w-md text-[15px] leading-relaxed whitespace-pre-line text-zinc-600">{children}</div>}
    </section>
  );
}
