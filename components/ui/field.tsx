import type { ReactNode } from "react";
import { cx } from "./cx";

/** aria attributes tying a control to its hint and error texts, as rendered by <Field>. */
export function describedBy(id: string, opts: { hint?: ReactNode; error?: string | null }) {
  const ids = [opts.hint && !opts.error ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return { id, "aria-invalid": opts.error ? true : undefined, "aria-describedby": ids.length ? ids.join(" ") : undefined };
}

/** A label, a control, an optional hint and an error message. */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx("space-y-1.5", className)}>
      <label htmlFor={id} className="flex items-baseline gap-2 text-[13px] font-medium text-zinc-800">
        {label}
        {optional && <span className="text-xs font-normal text-zinc-500">Optional</span>}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
