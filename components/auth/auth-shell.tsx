import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";

/** The centered, single-card frame of the sign-in, check-email and invitation pages. */
export function AuthShell({
  title,
  description,
  children,
  footer,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main className="flex min-h-screen flex-col items-center bg-[radial-gradient(ellipse_at_top,var(--color-zinc-100),transparent_60%)] px-4 py-16 sm:py-24">
      <Link
        href="/"
        className="rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600"
        aria-label="UserTests home"
      >
        <Logo />
      </Link>
      <div className="mt-8 w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-7">
        <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
        {description && <div className="mt-1 text-[13px] leading-relaxed text-zinc-500">{description}</div>}
        <div className="mt-6">{children}</div>
      </div>
      {footer && <div className="mt-6 max-w-sm text-center text-xs text-zinc-500">{footer}</div>}
    </main>
  );
}
