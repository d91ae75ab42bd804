"use client";

import Form from "next/form";
import type { ReactNode } from "react";

/**
 * A GET form for list filters: submitting navigates to the same page with the fields as the query
 * (client-side, via next/form; a plain page load without JavaScript). Choosing in a select or a
 * date field applies at once; text fields apply on Enter or the Apply button. The cursor is not a
 * field, so changing a filter starts again from the first page.
 */
export function FilterForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  return (
    <Form
      action={action}
      aria-label={label}
      role="search"
      onChange={(e) => {
        const target = e.target as HTMLElement;
        if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "date"))
          e.currentTarget.requestSubmit();
      }}
      className="flex flex-wrap items-end gap-3 border-b border-zinc-100 px-5 py-4"
    >
      {children}
    </Form>
  );
}

/** A compact labelled control for a filter bar. */
export function FilterField({ id, label, className, children }: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-500">
        {label}
      </label>
      {children}
    </div>
  );
}
