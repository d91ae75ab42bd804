import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. Public forms keep their submit
 * button disabled until then: a click before hydration would submit the form natively (a GET to the
 * same path), dropping the link's `?key=` and losing what was typed.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
