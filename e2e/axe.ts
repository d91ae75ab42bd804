// Accessibility checks for the browser suite: axe-core's WCAG 2.1 A/AA rules run in the page, at
// desktop and phone width, plus the phone-width layout check (no sideways page scroll) and a
// full-page screenshot of each width for people to look at.
import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { expect, snap } from "./fixtures";

/** The WCAG 2.1 AA target (README "Accessibility"): axe's rules tagged for levels A and AA of 2.0 and 2.1. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** Beyond 2.1: WCAG 2.2's 24 × 24 px minimum target (2.5.8), which the issue asks for on phones. */
const EXTRA_RULES = { "target-size": { enabled: true } };
/** Moderate and minor findings are reported by axe too, but only these fail the suite. */
const FAILING_IMPACTS = new Set(["serious", "critical"]);

export const DESKTOP = { name: "desktop", width: 1280, height: 800 } as const;
export const PHONE = { name: "phone", width: 390, height: 844 } as const;
export const VIEWPORTS = [DESKTOP, PHONE] as const;
/** The narrowest phone the pages are made for: checked for sideways scroll only (axe runs at PHONE). */
export const NARROW = { name: "narrow phone", width: 320, height: 640 } as const;
/** A 1280 × 800 window zoomed to 200 % (WCAG 1.4.4): the page lays out in 640 × 400 CSS pixels. */
export const ZOOMED = { name: "desktop at 200 % zoom", width: 640, height: 400 } as const;

/** One line per failing node: "rule (impact) target — summary", readable in the test's failure output. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ""))
    .flatMap((v) =>
      v.nodes.map((n) => {
        // the first line of axe's summary says what is wrong with this node, e.g. the contrast ratio
        const summary = (n.failureSummary ?? v.help).split("\n").slice(0, 2).join(" ").trim();
        return `${v.id} (${v.impact}) ${n.target.join(" ")} — ${summary}`;
      }),
    );
}

/**
 * How far the page scrolls sideways ("0" when it does not), else the pixels and the outermost
 * elements that stick out past the viewport's right edge, so a failure names the culprit.
 */
export async function sidewaysOverflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const by = document.scrollingElement!.scrollWidth - window.innerWidth;
    if (by <= 0) return "0";
    const out = (e: Element) => e.getBoundingClientRect().right > window.innerWidth + 1;
    // content inside a sideways scroller (a table, the code) is clipped by it and widens nothing,
    // unless it is positioned against a box outside the scroller (an sr-only header cell did that)
    const clipped = (e: Element) => {
      if (getComputedStyle(e).position === "absolute") return false;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const sticksOut = new Set(Array.from(document.body.querySelectorAll("*")).filter((e) => out(e) && !clipped(e)));
    const culprits = Array.from(sticksOut)
      .filter((e) => !(e.parentElement && sticksOut.has(e.parentElement)))
      .slice(0, 5)
      .map(
        (e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).slice(0, 6).join(".")} "${(e.textContent ?? "").trim().slice(0, 40)}"`,
      );
    return `${by}px: ${culprits.join("; ")}`;
  });
}

/**
 * Scans the page as it is now at desktop and phone width: axe's serious and critical WCAG 2.1 A/AA
 * violations and, at 390 and 320 px and at 200 % zoom (640 px), sideways scrolling are reported as soft failures (every page of
 * a test is checked before it fails), with a screenshot `<name>-<width>.png` in the test's output.
 * `ready` waits for what must be on screen after a resize (it re-renders responsive parts).
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string, ready?: () => Promise<void>): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    if (ready) await ready();
    expect.soft(await axeViolations(page), `${name} at ${viewport.name} width: axe WCAG 2.1 A/AA violations`).toEqual([]);
    if (viewport === PHONE) {
      expect.soft(await sidewaysOverflow(page), `${name} at ${viewport.width} px scrolls sideways by`).toBe("0");
    }
    await snap(page, testInfo, `${name}-${viewport.width}`);
  }
  for (const viewport of [NARROW, ZOOMED]) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    if (ready) await ready();
    expect.soft(await sidewaysOverflow(page), `${name} at ${viewport.name} (${viewport.width} px) scrolls sideways by`).toBe("0");
  }
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
}
