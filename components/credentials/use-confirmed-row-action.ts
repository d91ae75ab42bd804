"use client";

// Revoke a token or key, revoke an invitation, remove a member: a row's action that asks first.
// One hook keeps what they share: which row is being confirmed, the API call with its pending state
// and error (cleared each time a row is picked), and the confirmation dialog's props.
import { useState } from "react";
import { errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";

export function useConfirmedRowAction<T>(
  call: (item: T) => Promise<unknown>,
  options: {
    /** whether the page's server components are refreshed afterwards (default: yes) */
    refresh?: (item: T) => boolean;
    /** after the call succeeded and the dialog closed */
    onDone?: (item: T) => void;
  } = {},
) {
  const [target, setTarget] = useState<T | null>(null);
  const action = useApiAction();

  async function confirm() {
    if (target === null) return;
    const result = await action.run(() => call(target), { refresh: options.refresh?.(target) ?? true });
    if (!result.ok) return;
    setTarget(null);
    options.onDone?.(target);
  }

  return {
    /** the row waiting for confirmation */
    target,
    /** the row's button: opens the dialog for this row */
    ask(item: T) {
      action.clearError();
      setTarget(item);
    },
    /** spread into <ConfirmDialog> */
    dialog: {
      open: target !== null,
      onClose: () => setTarget(null),
      onConfirm: confirm,
      pending: action.pending,
      error: action.error ? errorMessage(action.error) : null,
    },
  };
}
