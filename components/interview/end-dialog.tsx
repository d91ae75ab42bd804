"use client";
// Confirms ending the interview (it cannot be resumed).
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "@/components/api-client";

export function EndDialog({ open, onClose, onConfirm }: { open: boolean; onClose: () => void; onConfirm: () => Promise<void> }) {
  const t = useTranslations("participant.end");
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="end-title"
      aria-describedby="end-description"
      className="m-auto w-[min(92vw,28rem)] rounded-xl border border-zinc-200 bg-white p-6 text-zinc-900 shadow-xl"
    >
      <h2 id="end-title" className="text-lg font-semibold tracking-tight">
        {t("title")}
      </h2>
      <p id="end-description" className="mt-2 text-[15px] leading-relaxed text-zinc-600">
        {t("body")}
      </p>
      {error && (
        <p role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        <button
          type="button"
          onClick={onClose}
          disabled={busy}
          className="inline-flex h-10 items-center rounded-lg border border-zinc-300 bg-white px-4 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand)"
        >
          {t("keep")}
        </button>
        <button
          type="button"
          onClick={confirm}
          disabled={busy}
          className="inline-flex h-10 items-center rounded-lg bg-red-600 px-4 text-sm font-semibold text-white shadow-sm hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600 disabled:opacity-60"
        >
          {busy ? t("busy") : t("confirm")}
        </button>
      </div>
    </dialog>
  );
}
