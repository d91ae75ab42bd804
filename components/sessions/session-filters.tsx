import { Button, ButtonLink } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { FilterField, FilterForm } from "./filter-form";

const STATUSES = ["pending", "active", "completed", "abandoned"] as const;
const PROCESSING = ["pending", "processing", "processed", "failed"] as const;

/** Filters of the sessions list; values come from and go to the URL. */
export function SessionFilters({ basePath, values }: { basePath: string; values: Record<string, string> }) {
  const active = ["q", "status", "processingStatus", "from", "to"].some((k) => values[k]);
  return (
    <FilterForm action={basePath} label="Filter sessions">
      <FilterField id="sessions-q" label="Participant" className="min-w-[220px] flex-1">
        <Input id="sessions-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Name, email or session id" autoComplete="off" />
      </FilterField>
      <FilterField id="sessions-status" label="Status">
        <Select id="sessions-status" name="status" defaultValue={values.status ?? ""} className="w-36">
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0].toUpperCase() + s.slice(1)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="sessions-processing" label="Processing">
        <Select id="sessions-processing" name="processingStatus" defaultValue={values.processingStatus ?? ""} className="w-36">
          <option value="">Any</option>
          {PROCESSING.map((s) => (
            <option key={s} value={s}>
              {s[0].toUpperCase() + s.slice(1)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="sessions-from" label="From">
        <Input id="sessions-from" name="from" type="date" defaultValue={values.from?.slice(0, 10) ?? ""} className="w-40" />
      </FilterField>
      <FilterField id="sessions-to" label="To">
        <Input id="sessions-to" name="to" type="date" defaultValue={values.to?.slice(0, 10) ?? ""} className="w-40" />
      </FilterField>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {active && (
          <ButtonLink href={basePath} variant="ghost">
            Clear
          </ButtonLink>
        )}
      </div>
    </FilterForm>
  );
}
