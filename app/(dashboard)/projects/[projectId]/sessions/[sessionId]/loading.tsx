import { Card } from "@/components/ui/card";

/** Shown while a session loads: header, player, transcript and the side column. */
export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading the session">
      <div className="space-y-2">
        <div className="h-4 w-24 animate-pulse rounded bg-zinc-100" />
        <div className="h-7 w-64 animate-pulse rounded bg-zinc-200" />
        <div className="h-4 w-96 max-w-full animate-pulse rounded bg-zinc-100" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_360px]">
        <div className="space-y-6">
          <Card className="space-y-4 p-5">
            <div className="flex gap-3">
              <div className="size-10 animate-pulse rounded-full bg-zinc-200" />
              <div className="h-10 w-40 animate-pulse rounded bg-zinc-100" />
            </div>
            <div className="h-8 animate-pulse rounded bg-zinc-100" />
          </Card>
          <Card className="space-y-3 p-5">
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="h-10 animate-pulse rounded bg-zinc-100" />
            ))}
          </Card>
        </div>
        <div className="space-y-6">
          <Card className="h-64 animate-pulse bg-zinc-50">{null}</Card>
          <Card className="h-80 animate-pulse bg-zinc-50">{null}</Card>
        </div>
      </div>
    </div>
  );
}
