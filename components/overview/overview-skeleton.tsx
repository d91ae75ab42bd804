// Shown while a project page renders. It is the loading state of the project segment, so it also
// covers sub-pages without their own: neutral blocks rather than one page's exact shape.
const bar = "animate-pulse rounded bg-zinc-200/70";

export function OverviewSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2 rounded-lg border border-zinc-200 bg-white px-4 py-3.5">
            <div className={`${bar} h-3 w-16`} />
            <div className={`${bar} h-6 w-12`} />
          </div>
        ))}
      </div>
      <div className="h-72 rounded-lg border border-zinc-200 bg-white" />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="h-64 rounded-lg border border-zinc-200 bg-white lg:col-span-2" />
        <div className="h-64 rounded-lg border border-zinc-200 bg-white lg:col-span-3" />
      </div>
    </div>
  );
}
