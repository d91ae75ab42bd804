"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs an API call for a button or form: tracks pending state and the error, and on success
 * re-renders the server components of the page (router.refresh) so lists show the change.
 */
export function useApiAction() {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const [error, setError] = useState<unknown>(null);

  async function run<T>(call: () => Promise<T>, options: { refresh?: boolean } = {}): Promise<ActionResult<T>> {
    setRunning(true);
    setError(null);
    try {
      const value = await call();
      if (options.refresh !== false) startTransition(() => router.refresh());
      return { ok: true, value };
    } catch (e) {
      setError(e);
      return { ok: false, error: e };
    } finally {
      setRunning(false);
    }
  }

  return { run, pending: running || refreshing, error, clearError: () => setError(null) };
}
