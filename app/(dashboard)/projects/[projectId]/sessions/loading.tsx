import { Card } from "@/components/ui/card";

/** Shown while the sessions list loads: the page's shape, so nothing jumps when it arrives. */
export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading sessions">
      <div className="space-y-2">
        <div className="h-7 w-40 animate-pulse rounded bg-zinc-200" />
        <div className="h-4 w-96 max-w-full animate-pulse rounded bg-zinc-100" />
      </div>
      <Card>
        <div className="flex gap-3 border-b border-zinc-100 px-5 py-4">
          {[220, 144, 144, 160, 160].map((w, i) => (
            <div key={i} className="h-9 animate-pulse rounded-md bg-zinc-100" style={{ width: w }} />
          ))}
        </div>
        <div className="divide-y divide-zinc-100">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="flex items-center gap-6 px-5 py-3.5">
              <div className="h-4 w-48 animate-pulse rounded bg-zinc-100" />
              <div className="h-4 w-20 animate-pulse rounded-full bg-zinc-100" />
              <div className="h-4 w-20 animate-pulse rounded-full bg-zinc-100" />
              <div className="ml-auto h-4 w-24 animate-pulse rounded bg-zinc-100" />
            </div>
          ))}
        </div>
      </Card>
    </div>
  );
}
