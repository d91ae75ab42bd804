import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/**
 * Keyset pagination controls: back to the newest rows, and the next page (the cursor of the last
 * row shown). `page` only numbers the pages for people; the cursor alone decides what is shown.
 */
export function CursorPager({
  basePath,
  query,
  nextCursor,
  page,
  shown,
  noun,
}: {
  basePath: string;
  /** the active filters, kept on every link */
  query: Record<string, string>;
  nextCursor: string | null;
  page: number;
  shown: number;
  noun: string;
}) {
  const href = (extra: Record<string, string>) => {
    const qs = new URLSearchParams({ ...query, ...extra }).toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  if (page <= 1 && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 px-5 py-3 text-[13px] text-zinc-500">
      <span>
        Page {page} · {shown} {noun}
      </span>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={href({})} className={buttonClasses("secondary", "sm")}>
            ← Newest
          </Link>
        )}
        {nextCursor ? (
          <Link href={href({ cursor: nextCursor, page: String(page + 1) })} className={buttonClasses("secondary", "sm")} rel="next">
            Next page →
          </Link>
        ) : (
          <span className={buttonClasses("secondary", "sm", "pointer-events-none opacity-50")} aria-disabled="true">
            Next page →
          </span>
        )}
      </div>
    </nav>
  );
}
