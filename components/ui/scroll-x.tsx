"use client";

import { type ReactNode, useRef } from "react";
import { cx } from "./cx";
import { overflowAttribute, useOverflowX } from "./use-overflow-x";

/**
 * A box that scrolls sideways when its content is wider (tables on a phone) and shows it: a shaded
 * edge on the side where content is hidden, and a thin scrollbar that stays visible where the
 * platform allows. Without this, a table cut by its card looked complete.
 */
export function ScrollX({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflow = useOverflowX(ref);
  return (
    <div className="relative">
      <div
        ref={ref}
        data-overflow={overflowAttribute(overflow)}
        className={cx("overflow-x-auto [scrollbar-color:var(--color-zinc-300)_transparent] [scrollbar-width:thin]", className)}
      >
        {children}
      </div>
      <div
        aria-hidden="true"
        className={cx(
          "pointer-events-none absolute inset-y-0 left-0 w-6 bg-gradient-to-r from-zinc-900/10 to-transparent transition-opacity",
          overflow.left ? "opacity-100" : "opacity-0",
        )}
      />
      <div
        aria-hidden="true"
        className={cx(
          "pointer-events-none absolute inset-y-0 right-0 w-6 bg-gradient-to-l from-zinc-900/10 to-transparent transition-opacity",
          overflow.right ? "opacity-100" : "opacity-0",
        )}
      />
    </div>
  );
}
