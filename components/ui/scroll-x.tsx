"use client";

import { type ReactNode, useRef } from "react";
import { cx } from "./cx";
import { overflowAttribute, useOverflowX } from "./use-overflow-x";

/**
 * A box that scrolls sideways when its content is wider (tables on a phone) and shows it: a shaded
 * edge on the side where content is hidden, and a thin scrollbar that stays visible where the
 * platform allows. Without this, a table cut by its card looked complete. While content is hidden
 * the box is a named tab stop (keyboard users scroll it with the arrow keys) and a line under it
 * says there is more to see.
 */
export function ScrollX({ children, className, label }: { children: ReactNode; className?: string; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflow = useOverflowX(ref);
  const scrolls = overflow.left || overflow.right;
  return (
    <div className="relative">
      <div
        ref={ref}
        data-overflow={overflowAttribute(overflow)}
        role={label ? "region" : undefined}
        aria-label={label}
        tabIndex={scrolls ? 0 : undefined}
        className={cx(
          // relative: a visually hidden (absolute) header inside is clipped here instead of widening the page
          "relative overflow-x-auto [scrollbar-color:var(--color-zinc-300)_transparent] [scrollbar-width:thin] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
          className,
        )}
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
      {scrolls && (
        <p className="border-t border-zinc-100 px-5 py-2 text-xs text-zinc-600" aria-hidden="true" data-testid="scroll-hint">
          Scroll sideways to see every column <span className="text-zinc-500">→</span>
        </p>
      )}
    </div>
  );
}
