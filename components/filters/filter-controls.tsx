// The controls that list filter bars share (sessions, signals): a select with an "any" choice, the
// From/To date pair, and Apply/Clear. Values come from and go to the URL.
import type { ReactNode } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { FilterField } from "./filter-form";

export interface FilterOption {
  value: string;
  label: string;
}

/** A select whose empty value means "no filter"; `extra` options go before the listed ones. */
export function FilterSelect({
  id,
  label,
  name,
  value,
  anyLabel,
  options,
  className,
  extra,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  options: FilterOption[];
  className: string;
  extra?: ReactNode;
}) {
  return (
    <FilterField id={id} label={label}>
      <Select id={id} name={name} defaultValue={value ?? ""} className={className}>
        <option value="">{anyLabel}</option>
        {extra}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FilterField>
  );
}

/** From/To dates (`from`, `to`); an ISO timestamp in the URL shows as its date. */
export function DateRangeFilter({ idPrefix, values }: { idPrefix: string; values: Record<string, string> }) {
  return (
    <>
      <FilterField id={`${idPrefix}-from`} label="From">
        <Input id={`${idPrefix}-from`} name="from" type="date" defaultValue={values.from?.slice(0, 10) ?? ""} className="w-40" />
      </FilterField>
      <FilterField id={`${idPrefix}-to`} label="To">
        <Input id={`${idPrefix}-to`} name="to" type="date" defaultValue={values.to?.slice(0, 10) ?? ""} className="w-40" />
      </FilterField>
    </>
  );
}

/** Apply, and Clear (back to the unfiltered list) when any filter is set. */
export function FilterActions({ basePath, active }: { basePath: string; active: boolean }) {
  return (
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
  );
}

/** "pending" → "Pending": options straight from an enum's values. */
export const capitalizedOptions = (values: readonly string[]): FilterOption[] =>
  values.map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) }));
