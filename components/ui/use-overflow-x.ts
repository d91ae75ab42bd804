"use client";

import { type RefObject, useEffect, useState } from "react";

export interface OverflowX {
  /** content hidden past the left / right edge */
  left: boolean;
  right: boolean;
}

const NONE: OverflowX = { left: false, right: false };

/**
 * Whether a horizontally scrolling box hides content on either side, kept up to date on scroll and
 * resize. Overlay scrollbars (macOS, phones) show nothing until one scrolls, so the box itself has
 * to say there is more.
 */
export function useOverflowX(ref: RefObject<HTMLElement | null>): OverflowX {
  const [state, setState] = useState<OverflowX>(NONE);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const max = el.scrollWidth - el.clientWidth;
      const next = { left: max > 1 && el.scrollLeft > 1, right: max > 1 && el.scrollLeft < max - 1 };
      setState((s) => (s.left === next.left && s.right === next.right ? s : next));
    };
    update();
    el.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [ref]);
  return state;
}

/** "left right", "right", … for a data attribute (tests and styles read it); undefined when everything shows. */
export function overflowAttribute(o: OverflowX): string | undefined {
  return [o.left && "left", o.right && "right"].filter(Boolean).join(" ") || undefined;
}
