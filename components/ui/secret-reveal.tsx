"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { CodeValue } from "./code-value";

/** A newly created secret, shown once: highlighted, copyable, with a warning and a dismiss button. */
export function SecretReveal({
  title,
  value,
  valueLabel,
  onDismiss,
  children,
}: {
  title: ReactNode;
  value: string;
  valueLabel: string;
  onDismiss: () => void;
  children?: ReactNode;
}) {
  return (
    <div role="status" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="secret-reveal">
      <div className="flex items-start gap-2.5">
        <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 text-amber-600" fill="currentColor" aria-hidden="true">
          <path
            fillRule="evenodd"
            d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 6a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 6Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
            clipRule="evenodd"
          />
        </svg>
        <div className="space-y-0.5">
          <p className="text-sm font-semibold text-amber-950">{title}</p>
          <p className="text-[13px] text-amber-900">
            Copy it now and store it somewhere safe. <strong>It won&apos;t be shown again</strong>; if you lose it, create a new one.
          </p>
          {children}
        </div>
      </div>
      <CodeValue value={value} label={valueLabel} className="[&_code]:border-amber-200 [&_code]:bg-white" />
      <div className="flex justify-end">
        <Button size="sm" variant="secondary" onClick={onDismiss}>
          I&apos;ve saved it
        </Button>
      </div>
    </div>
  );
}
