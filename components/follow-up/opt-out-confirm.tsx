"use client";

// The opt-out page's confirmation: a button (POST), so a mail scanner or link preview that follows
// the link opts nobody out.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { PublicNotice } from "@/components/screeners/public-shell";

export function OptOutConfirm({ token, projectName, done: initiallyDone }: { token: string; projectName: string; done: boolean }) {
  const t = useTranslations("participant.optOut");
  const [done, setDone] = useState(initiallyDone);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (done)
    return (
      <PublicNotice icon="done" title={t("doneTitle")} testId="opt-out-done" live>
        {t("doneBody", { project: projectName })}
      </PublicNotice>
    );
  return (
    <PublicNotice title={t("confirmTitle", { project: projectName })} testId="opt-out-confirm">
      <p className="mb-4">{t("confirmBody", { project: projectName })}</p>
      {error && (
        <p role="alert" className="mb-3 text-red-800">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          try {
            await api(`/api/v1/opt-out/${encodeURIComponent(token)}`, { method: "POST" });
            setDone(true);
          } catch (e) {
            setError(errorMessage(e));
          } finally {
            setPending(false);
          }
        }}
        className="inline-flex h-10 items-center justify-center rounded-lg bg-zinc-900 px-5 text-sm font-semibold text-white hover:bg-zinc-800 disabled:opacity-60"
      >
        {t("button")}
      </button>
    </PublicNotice>
  );
}
