import { Card } from "@/components/ui/card";

/** Shown while the signals explorer loads. */
export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading signals">
      <div className="space-y-2">
        <div className="h-7 w-36 animate-pulse rounded bg-zinc-200" />
        <div className="h-4 w-[28rem] max-w-full animate-pulse rounded bg-zinc-100" />
      </div>
      <Card>
        <div className="flex flex-wrap gap-3 border-b border-zinc-100 px-5 py-4">
          {[240, 176, 144, 144, 208].map((w, i) => (
            <div key={i} className="h-9 animate-pulse rounded-md bg-zinc-100" style={{ width: w }} />
          ))}
        </div>
        <div className="divide-y divide-zinc-100">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="space-y-3 px-5 py-4">
              <div className="flex gap-3">
                <div className="h-5 w-32 animate-pulse rounded-full bg-zinc-100" />
                <div className="h-5 w-40 animate-pulse rounded bg-zinc-100" />
              </div>
              <div className="h-5 w-3/4 animate-pulse rounded bg-zinc-100" />
              <div className="h-4 w-1/2 animate-pulse rounded bg-zinc-50" />
            </div>
          ))}
        </div>
      </Card>
    </div>
  );
}
