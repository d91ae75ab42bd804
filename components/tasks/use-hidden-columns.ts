"use client";

import { type RefObject, useEffect, useState } from "react";
import type { TaskStatus } from "@/generated/prisma/enums";

export interface HiddenColumns {
  left: TaskStatus[];
  right: TaskStatus[];
}

const NONE: HiddenColumns = { left: [], right: [] };
const same = (a: TaskStatus[], b: TaskStatus[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The board's columns that are not fully in view, on either side, kept up to date on scroll and
 * resize. Columns are the scroller's children with `data-status`. On a narrow screen the board
 * scrolls sideways, and overlay scrollbars give no sign of it: the board names what is hidden.
 */
export function useHiddenColumns(ref: RefObject<HTMLElement | null>): HiddenColumns {
  const [hidden, setHidden] = useState<HiddenColumns>(NONE);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const box = el.getBoundingClientRect();
      const next: HiddenColumns = { left: [], right: [] };
      for (const column of Array.from(el.querySelectorAll<HTMLElement>(":scope > [data-status]"))) {
        const r = column.getBoundingClientRect();
        const status = column.dataset.status as TaskStatus;
        if (r.left < box.left - 1) next.left.push(status);
        else if (r.right > box.right + 1) next.right.push(status);
      }
      setHidden((h) => (same(h.left, next.left) && same(h.right, next.right) ? h : next));
    };
    update();
    el.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [ref]);
  return hidden;
}

/** Scrolls the board so the column for `status` is fully in view. */
export function revealColumn(scroller: HTMLElement | null, status: TaskStatus, side: "left" | "right") {
  const column = scroller?.querySelector<HTMLElement>(`:scope > [data-status="${status}"]`);
  column?.scrollIntoView({ behavior: "smooth", block: "nearest", inline: side === "right" ? "end" : "start" });
}
