import Link from "next/link";
import { DateRangeFilter, FilterActions, FilterSelect } from "@/components/filters/filter-controls";
import { FilterField, FilterForm } from "@/components/filters/filter-form";
import { Input } from "@/components/ui/input";
import { SIGNAL_TYPE_LABELS, SIGNAL_TYPES } from "@/lib/signals/signal-types";

const TYPES = SIGNAL_TYPES.map((t) => ({ value: t, label: SIGNAL_TYPE_LABELS[t] }));
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
        <Input
          id="signals-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder="Words from the quote, e.g. export"
          autoComplete="off"
        />
      </FilterField>
      <FilterSelect id="signals-type" label="Type" name="type" value={values.type} anyLabel="Any type" options={TYPES} className="w-44" />
      <FilterSelect
        id="signals-intensity"
        label="Intensity"
        name="minIntensity"
        value={values.minIntensity}
        anyLabel="Any"
        options={LEVELS}
        className="w-36"
      />
      <FilterSelect
        id="signals-confidence"
        label="Confidence"
        name="minConfidence"
        value={values.minConfidence}
        anyLabel="Any"
        options={LEVELS}
        className="w-36"
      />
      <FilterSelect
        id="signals-task"
        label="Task"
        name="taskId"
        value={values.taskId}
        anyLabel="Any task"
        options={tasks.map((t) => ({ value: t.id, label: t.title.length > 60 ? `${t.title.slice(0, 57)}…` : t.title }))}
        className="w-52"
        extra={values.taskId && !tasks.some((t) => t.id === values.taskId) && <option value={values.taskId}>Selected task</option>}
      />
      <DateRangeFilter idPrefix="signals" values={values} />
      {values.sessionId && (
        <div className="flex h-9 items-center gap-1.5 self-end rounded-md bg-indigo-50 px-2.5 text-[13px] text-indigo-800">
          <input type="hidden" name="sessionId" value={values.sessionId} />
          Session: {sessionLabel ?? "unknown"}
          <Link
            href={withoutSession ? `${basePath}?${withoutSession}` : basePath}
            aria-label="Remove the session filter"
            className="rounded px-1 text-indigo-500 hover:bg-indigo-100 hover:text-indigo-800"
          >
            ×
          </Link>
        </div>
      )}
      <FilterActions basePath={basePath} active={active} />
    </FilterForm>
  );
}
