import { Card, CardBody } from "@/components/ui/card";

/** Shown while the settings load: the sections' titles and their forms (not the overview's cards). */
export default function Loading() {
  return (
    <div className="space-y-10 pb-10" aria-busy="true" aria-label="Loading settings">
      {[3, 2, 4].map((fields, section) => (
        <div
          key={section}
          className="grid gap-4 border-t border-zinc-200 pt-8 first:border-t-0 first:pt-0 lg:grid-cols-[16rem_1fr] lg:gap-10"
        >
          <div className="space-y-2">
            <div className="h-5 w-28 animate-pulse rounded bg-zinc-200" />
            <div className="h-4 w-56 max-w-full animate-pulse rounded bg-zinc-100" />
          </div>
          <Card>
            <CardBody className="space-y-5">
              {Array.from({ length: fields }, (_, i) => (
                <div key={i} className="space-y-1.5">
                  <div className="h-3.5 w-24 animate-pulse rounded bg-zinc-100" />
                  <div className="h-9 w-full animate-pulse rounded-md bg-zinc-50" />
                </div>
              ))}
            </CardBody>
          </Card>
        </div>
      ))}
    </div>
  );
}
