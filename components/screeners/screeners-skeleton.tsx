// Shown while the screener pages render on the server.
const bar = "animate-pulse rounded bg-zinc-200/70";

export function ScreenersSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-6" aria-busy="true" aria-label={label}>
      <div className="space-y-2">
        <div className={`${bar} h-7 w-40`} />
        <div className={`${bar} h-4 w-2/3`} />
      </div>
      <div className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="flex items-center gap-6 px-5 py-4">
            <div className={`${bar} h-4 w-48`} />
            <div className={`${bar} h-4 w-16`} />
            <div className={`${bar} h-4 flex-1`} />
          </div>
        ))}
      </div>
    </div>
  );
}
