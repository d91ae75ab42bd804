// The public facade shared by the script-tag loader and the ESM entry. It holds the listeners and
// forwards calls to the recorder core once that has loaded (calls made while it loads wait for it).
import type { Core, CoreFactory, EventName, UserTestsApi } from "./types";

export function createApi(
  load: (endpoint: string) => Promise<CoreFactory>,
  defaults: { key?: string | null; endpoint: string },
): UserTestsApi {
  const listeners: Record<string, Set<(d: unknown) => void>> = { state: new Set(), error: new Set(), gap: new Set() };
  const emit = (event: EventName, detail: unknown) =>
    listeners[event].forEach((l) => {
      try {
        l(detail);
      } catch (e) {
        console.error(e);
      }
    });
  let core: Promise<Core> | null = null;
  let ready: Core | null = null;
  const later = (fn: (c: Core) => void) => {
    if (ready) fn(ready);
    else if (core) core.then(fn, () => {});
    else console.warn("UserTests: call init() first");
  };
  const need = () => core || Promise.reject(new Error("UserTests: call init() first"));

  return {
    init(opts = {}) {
      if (!core) {
        const key = opts.key || defaults.key;
        if (!key) return Promise.reject(new Error("UserTests: no project key (data-project-key or init({ key }))"));
        const endpoint = (opts.endpoint || defaults.endpoint).replace(/\/+$/, "");
        core = load(endpoint)
          .then((factory) => factory({ ...opts, key, endpoint }, emit))
          .then((c) => (ready = c));
        core.catch(() => (core = null)); // a failed init can be retried
      }
      return core.then(() => {});
    },
    start: (opts) => need().then((c) => c.start(opts)),
    pause: () => later((c) => c.pause()),
    resume: () => later((c) => c.resume()),
    stop: () => (core ? core.then((c) => c.stop()) : Promise.resolve()),
    end: () => need().then((c) => c.end()),
    marker: (name, data) => later((c) => c.marker(name, data)),
    identify: (id, traits) => later((c) => c.identify(id, traits)),
    getSessionId: () => (ready ? ready.sessionId() : null),
    on(event, listener) {
      listeners[event].add(listener);
      return () => listeners[event].delete(listener);
    },
  };
}
