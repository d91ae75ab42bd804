import { DateRangeFilter, FilterActions, FilterSelect, capitalizedOptions } from "@/components/filters/filter-controls";
import { FilterField, FilterForm } from "@/components/filters/filter-form";
import { Input } from "@/components/ui/input";

const STATUSES = capitalizedOptions(["pending", "active", "completed", "abandoned"]);
const PROCESSING = capitalizedOptions(["pending", "processing", "processed", "failed"]);

/** Filters of the sessions list; values come from and go to the URL. */
export function SessionFilters({ basePath, values }: { basePath: string; values: Record<string, string> }) {
  const active = ["q", "status", "processingStatus", "from", "to"].some((k) => values[k]);
  return (
    <FilterForm action={basePath} label="Filter sessions">
      <FilterField id="sessions-q" label="Participant" className="min-w-[220px] flex-1">
        <Input
          id="sessions-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder="Name, email or session id"
          autoComplete="off"
        />
      </FilterField>
      <FilterSelect
        id="sessions-status"
        label="Status"
        name="status"
        value={values.status}
        anyLabel="Any status"
        options={STATUSES}
        className="w-36"
      />
      <FilterSelect
        id="sessions-processing"
        label="Processing"
        name="processingStatus"
        value={values.processingStatus}
        anyLabel="Any"
        options={PROCESSING}
        className="w-36"
      />
      <DateRangeFilter idPrefix="sessions" values={values} />
      <FilterActions basePath={basePath} active={active} />
    </FilterForm>
  );
}
