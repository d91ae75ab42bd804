import type { ReactNode } from "react";

/** One settings area: heading and explanation on the left, content on the right (stacked on small screens). */
export function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="grid scroll-mt-20 gap-4 border-t border-zinc-200 pt-8 first:border-t-0 first:pt-0 lg:grid-cols-[16rem_1fr] lg:gap-10"
    >
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-[15px] font-semibold text-zinc-900">
          {title}
        </h2>
        <div className="text-[13px] leading-relaxed text-zinc-500">{description}</div>
      </div>
      <div className="min-w-0 space-y-6">{children}</div>
    </section>
  );
}

export function ReadOnlyNote({ children }: { children: ReactNode }) {
  return (
    <p
      className="flex items-center gap-2 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-[13px] text-zinc-600"
      data-testid="read-only-note"
    >
      <svg
        viewBox="0 0 20 20"
        className="size-4 shrink-0 text-zinc-500"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        aria-hidden="true"
      >
        <rect x="4" y="9" width="12" height="8" rx="1.5" />
        <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
      </svg>
      {children}
    </p>
  );
}
