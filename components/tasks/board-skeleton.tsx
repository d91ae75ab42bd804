// Placeholders shaped like the real pages, shown while the server renders them.
const bar = "animate-pulse rounded bg-zinc-200/70";

export function BoardSkeleton() {
  return (
    <div className="space-y-5" aria-busy="true" aria-label="Loading the task board">
      <div className="space-y-2">
        <div className={`${bar} h-7 w-32`} />
        <div className={`${bar} h-4 w-96 max-w-full`} />
      </div>
      <div className="flex gap-3 overflow-hidden">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="w-64 shrink-0 space-y-2 rounded-lg border border-zinc-200 bg-zinc-50/80 p-2">
            <div className={`${bar} m-1 h-4 w-24`} />
            {Array.from({ length: 4 - (i % 3) }, (_, j) => (
              <div key={j} className="h-24 rounded-md border border-zinc-200 bg-white" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export function TaskSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading the task">
      <div className="space-y-2">
        <div className={`${bar} h-4 w-24`} />
        <div className={`${bar} h-7 w-2/3`} />
        <div className={`${bar} h-4 w-80`} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="h-96 rounded-lg border border-zinc-200 bg-white lg:col-span-2" />
        <div className="h-96 rounded-lg border border-zinc-200 bg-white" />
      </div>
    </div>
  );
}
