// What a filtered list shows instead of rows: filters it cannot apply, or no row matching them.
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** "minIntensity: Too big…" — the query's invalid fields, for InvalidFilters. */
export const filterProblem = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".") || "filter"}: ${i.message}`).join(" · ");

export function InvalidFilters({ basePath, problem }: { basePath: string; problem: string }) {
  return (
    <div className="p-5">
      <Alert tone="warning" title="These filters are not valid">
        {problem}
        <div className="mt-2">
          <ButtonLink href={basePath} variant="secondary" size="sm">
            Clear filters
          </ButtonLink>
        </div>
      </Alert>
    </div>
  );
}

export function NoMatches({ basePath, title, description }: { basePath: string; title: string; description: string }) {
  return (
    <EmptyState
      title={title}
      description={description}
      action={
        <ButtonLink href={basePath} variant="secondary">
          Clear filters
        </ButtonLink>
      }
    />
  );
}
