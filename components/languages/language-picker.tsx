// The participant's language choice (issue #17): one link per offered language, each the current
// page with `?lang=` set, so the choice survives reloads and reaches the screener's submission.
// Server component; hidden when the project offers a single language.
import Link from "next/link";
import type { ParticipantLanguage } from "@/lib/languages/load-participant-language";

export function LanguagePicker({
  current,
  query,
  label = "Language",
}: {
  current: ParticipantLanguage;
  query: Record<string, string | string[] | undefined>;
  /** the nav's accessible name in the page's language */
  label?: string;
}) {
  if (current.offered.length < 2) return null;
  const href = (code: string) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (k !== "lang" && typeof v === "string") params.set(k, v);
    params.set("lang", code);
    return `?${params}`;
  };
  return (
    <nav aria-label={label} className="mb-6 flex flex-wrap justify-end gap-x-3 gap-y-1 text-[13px]" data-testid="language-picker">
      {current.offered.map((o) => (
        <Link
          key={o.code}
          href={href(o.code)}
          lang={o.code}
          aria-current={o.code === current.language ? "true" : undefined}
          className={o.code === current.language ? "font-semibold text-zinc-900" : "text-indigo-700 underline-offset-2 hover:underline"}
        >
          {o.nativeName}
        </Link>
      ))}
    </nav>
  );
}
