import Link from "next/link";
import { FilterField, FilterForm } from "@/components/sessions/filter-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { SIGNAL_TYPE_LIST, SIGNAL_TYPE_META } from "./signal-types";

const LEVELS = [
  { value: "0.25", label: "25% or more" },
  { value: "0.5", label: "50% or more" },
  { value: "0.75", label: "75% or more" },
  { value: "0.9", label: "90% or more" },
];

/** Filters of the signals explorer; values come from and go to the URL. */
export function SignalFilters({
  basePath,
  values,
  tasks,
  sessionLabel,
}: {
  basePath: string;
  values: Record<string, string>;
  tasks: { id: string; title: string }[];
  /** the participant of the session filter, when one is set */
  sessionLabel: string | null;
}) {
  const active = ["q", "type", "minIntensity", "minConfidence", "sessionId", "taskId", "from", "to"].some((k) => values[k]);
  const withoutSession = new URLSearchParams(Object.entries(values).filter(([k]) => k !== "sessionId" && k !== "cursor")).toString();
  return (
    <FilterForm action={basePath} label="Filter signals">
      <FilterField id="signals-q" label="Quote" className="min-w-[240px] flex-1">
        <Input id="signals-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Words from the quote, e.g. export" autoComplete="off" />
      </FilterField>
      <FilterField id="signals-type" label="Type">
        <Select id="signals-type" name="type" defaultValue={values.type ?? ""} className="w-44">
          <option value="">Any type</option>
          {SIGNAL_TYPE_LIST.map((t) => (
            <option key={t} value={t}>
              {SIGNAL_TYPE_META[t].label}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="signals-intensity" label="Intensity">
        <Select id="signals-intensity" name="minIntensity" defaultValue={values.minIntensity ?? ""} className="w-36">
          <option value="">Any</option>
          {LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="signals-confidence" label="Confidence">
        <Select id="signals-confidence" name="minConfidence" defaultValue={values.minConfidence ?? ""} className="w-36">
          <option value="">Any</option>
          {LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="signals-task" label="Task">
        <Select id="signals-task" name="taskId" defaultValue={values.taskId ?? ""} className="w-52">
          <option value="">Any task</option>
          {values.taskId && !tasks.some((t) => t.id === values.taskId) && <option value={values.taskId}>Selected task</option>}
          {tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title.length > 60 ? `${t.title.slice(0, 57)}…` : t.title}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="signals-from" label="From">
        <Input id="signals-from" name="from" type="date" defaultValue={values.from?.slice(0, 10) ?? ""} className="w-40" />
      </FilterField>
      <FilterField id="signals-to" label="To">
        <Input id="signals-to" name="to" type="date" defaultValue={values.to?.slice(0, 10) ?? ""} className="w-40" />
      </FilterField>
      {values.sessionId && (
        <div className="flex h-9 items-center gap-1.5 self-end rounded-md bg-indigo-50 px-2.5 text-[13px] text-indigo-800">
          <input type="hidden" name="sessionId" value={values.sessionId} />
          Session: {sessionLabel ?? "unknown"}
          <Link href={withoutSession ? `${basePath}?${withoutSession}` : basePath} aria-label="Remove the session filter" className="rounded px-1 text-indigo-500 hover:bg-indigo-100 hover:text-indigo-800">
            ×
          </Link>
        </div>
      )}
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
