// Behaviour capture on the page: clicks, field changes (never values), throttled scroll, errors,
// and navigation (initial page view, pushState/replaceState, back/forward, hash changes).
// Only installed with the analytics consent. Returns a function that removes everything.
import { cleanUrl, cutText, describeClick, describeInput, type El } from "./dom";

export type Push = (type: string, data: Record<string, unknown>) => void;

export function startCapture(push: Push): () => void {
  const page = () => cleanUrl(location.href);
  let last = page();
  const nav = (kind: string) => {
    const to = page();
    if (kind !== "load" && to === last && kind !== "hash") return;
    push("navigation", { kind, from: kind === "load" ? cleanUrl(document.referrer) : last, to, title: cutText(document.title, 200) });
    last = to;
  };

  const target = (e: Event) => (e.target instanceof Element ? (e.target as unknown as El) : null);
  const onClick = (e: MouseEvent) => {
    const el = target(e);
    const data = el && describeClick(el, location.href);
    if (data) push("click", { ...data, x: Math.round(e.clientX), y: Math.round(e.clientY) });
  };
  const onChange = (e: Event) => {
    const el = target(e);
    const data = el && describeInput(el);
    if (data) push("input_change", data);
  };
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    scrollTimer ??= setTimeout(() => {
      scrollTimer = undefined;
      const room = document.documentElement.scrollHeight - innerHeight;
      push("scroll", {
        x: Math.round(scrollX),
        y: Math.round(scrollY),
        depth: room > 0 ? Math.min(100, Math.round((100 * scrollY) / room)) : 100,
      });
    }, 1000);
  };
  const onError = (e: ErrorEvent) =>
    push("error", {
      message: cutText(String(e.message), 500),
      source: cleanUrl(e.filename),
      line: e.lineno,
      col: e.colno,
      stack: e.error?.stack ? cutText(String(e.error.stack), 2000) : undefined,
    });
  const onRejection = (e: PromiseRejectionEvent) => {
    const r = e.reason as { message?: unknown; stack?: unknown } | undefined;
    push("error", {
      kind: "unhandledrejection",
      message: cutText(String(r?.message ?? r), 500),
      stack: r?.stack ? cutText(String(r.stack), 2000) : undefined,
    });
  };
  const onPop = () => nav("pop");
  const onHash = () => nav("hash");

  const h = history;
  const orig = { pushState: h.pushState, replaceState: h.replaceState };
  const wrap = (name: "pushState" | "replaceState", kind: string) =>
    function (this: History, ...args: Parameters<History["pushState"]>) {
      const r = orig[name].apply(this, args);
      nav(kind);
      return r;
    };
  const wrapped = { pushState: wrap("pushState", "push"), replaceState: wrap("replaceState", "replace") };
  h.pushState = wrapped.pushState;
  h.replaceState = wrapped.replaceState;

  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [
    [document, "click", onClick as EventListener, { capture: true, passive: true }],
    [document, "change", onChange, { capture: true, passive: true }],
    [window, "scroll", onScroll, { passive: true }],
    [window, "error", onError as EventListener, {}],
    [window, "unhandledrejection", onRejection as EventListener, {}],
    [window, "popstate", onPop, {}],
    [window, "hashchange", onHash, {}],
  ];
  for (const [t, type, fn, opts] of listeners) t.addEventListener(type, fn, opts);
  nav("load");

  return () => {
    for (const [t, type, fn, opts] of listeners) t.removeEventListener(type, fn, opts);
    clearTimeout(scrollTimer);
    // restore history only if nobody wrapped it after us
    if (h.pushState === wrapped.pushState) h.pushState = orig.pushState;
    if (h.replaceState === wrapped.replaceState) h.replaceState = orig.replaceState;
  };
}
