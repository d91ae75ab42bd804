import type { CSSProperties } from "react";

export const DEFAULT_BRAND = "#4f46e5";

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function readableOn(hex: string): "#000000" | "#ffffff" {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return "#ffffff";
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // contrast against white vs against black
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#000000";
}

/** CSS variables for a screener's brand colour: --brand and the text colour on it, --brand-fg. */
export function brandStyle(color: string | null | undefined): CSSProperties {
  const brand = color ?? DEFAULT_BRAND;
  return { "--brand": brand, "--brand-fg": readableOn(brand) } as CSSProperties;
}
