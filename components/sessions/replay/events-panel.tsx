"use client";

import { memo, useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { formatClock } from "../format";
import { lastAtOrBefore, type ReplayData, type ReplayEvent } from "./types";

const TYPE_STYLE: Record<string, string> = {
  click: "bg-sky-50 text-sky-700",
  navigation: "bg-violet-50 text-violet-700",
  input_change: "bg-zinc-100 text-zinc-700",
  scroll: "bg-zinc-100 text-zinc-500",
  error: "bg-red-50 text-red-700",
  marker: "bg-amber-50 text-amber-800",
  custom: "bg-emerald-50 text-emerald-700",
};

const PAGE = 200;

/**
 * What the participant did, in time order: the first page comes with the page, more are loaded
 * from the events API on demand (a session can have thousands). The event at the playhead is
 * marked; each one seeks.
 */
export const EventsPanel = memo(function EventsPanel({
  source,
  currentMs,
  onSeek,
}: {
  source: ReplayData["events"];
  currentMs: number;
  onSeek: (ms: number) => void;
}) {
  const [events, setEvents] = useState<ReplayEvent[]>(source.first);
  const [cursor, setCursor] = useState(source.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const activeIndex = lastAtOrBefore(events, currentMs);

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await api<{ events: ReplayEvent[]; nextCursor: string | null }>(
        `${source.url}?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`,
      );
      setEvents((e) => [...e, ...page.events]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }

  if (events.length === 0) return <p className="px-5 py-8 text-center text-[13px] text-zinc-500">No behaviour events were recorded.</p>;
  return (
    <div>
      <ol className="max-h-[360px] overflow-y-auto py-1" aria-label="Behaviour events">
        {events.map((e, i) => (
          <li key={e.id}>
            <button
              type="button"
              onClick={() => onSeek(e.offsetMs)}
              aria-current={i === activeIndex ? "true" : undefined}
              className={cx(
                "group flex w-full items-start gap-3 px-5 py-1.5 text-left text-[13px] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
                i === activeIndex ? "bg-indigo-50/70" : "hover:bg-zinc-50",
              )}
            >
              <span className="w-12 shrink-0 pt-0.5 font-mono text-xs text-zinc-500 tabular-nums">{formatClock(e.offsetMs)}</span>
              <span className={cx("shrink-0 rounded px-1.5 py-0.5 text-[11px] font-medium", TYPE_STYLE[e.type] ?? TYPE_STYLE.custom)}>
                {e.type.replace("_", " ")}
              </span>
              <span className="min-w-0 flex-1">
                {/* the label is in words; the selector behind it shows on hover, and under it on keyboard focus */}
                <span className="block truncate text-zinc-800" title={e.detail ?? undefined}>
                  {e.label}
                </span>
                {e.url && <span className="block truncate text-xs text-zinc-500">{e.url}</span>}
                {e.detail && (
                  <span className="hidden truncate font-mono text-[11px] text-zinc-500 group-focus-visible:block">{e.detail}</span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {(cursor || error) && (
        <div className="flex items-center justify-between gap-3 border-t border-zinc-100 px-5 py-2.5 text-xs text-zinc-500">
          <span>
            Showing {events.length.toLocaleString("en-US")} of {source.total.toLocaleString("en-US")}
          </span>
          {error && (
            <span role="alert" className="text-red-700">
              {error}
            </span>
          )}
          {cursor && (
            <Button size="sm" variant="secondary" onClick={loadMore} pending={loading}>
              Load more events
            </Button>
          )}
        </div>
      )}
    </div>
  );
});
