"use client";

// "Share" on a task's evidence or a signal card (members): a dialog to choose how long the link
// works, then the URL, shown once (only its hash is stored). The dialog is mounted on first use, not
// on each of a page's cards, which keeps the signals explorer's HTML small.
import { useId, useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";

const EXPIRY_CHOICES = [
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "1 year" },
];

export function ShareButton({
  projectId,
  target,
  className,
}: {
  projectId: string;
  target: { taskId: string } | { signalId: string };
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        className={className ?? "min-h-6 font-medium text-indigo-700 hover:underline"}
        data-testid="share-open"
      >
        Share
      </button>
      {used && <ShareDialog open={open} onClose={() => setOpen(false)} projectId={projectId} target={target} />}
    </>
  );
}

function ShareDialog({
  open,
  onClose,
  projectId,
  target,
}: {
  open: boolean;
  onClose: () => void;
  projectId: string;
  target: { taskId: string } | { signalId: string };
}) {
  const id = useId();
  const [days, setDays] = useState(30);
  const [url, setUrl] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = "taskId" in target ? "this task's evidence" : "this quote";

  async function create() {
    setPending(true);
    setError(null);
    try {
      const res = await api<{ url: string }>(`/api/v1/projects/${encodeURIComponent(projectId)}/share-links`, {
        method: "POST",
        body: { ...target, expiresInDays: days },
      });
      setUrl(res.url);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  function close() {
    setUrl(null);
    onClose();
  }

  return (
    <Modal
      open={open}
      onClose={close}
      title="Share by link"
      description={`Anyone with the link can read ${what} and play its clips, without an account. Quotes are shown with personal details removed and participants numbered, never named.`}
    >
      {url ? (
        <div className="space-y-3">
          <Field id={`${id}-url`} label="Link" hint="Copy it now: it is shown only once. Revoke it any time in Settings → Shared links.">
            <Input id={`${id}-url`} readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
          </Field>
          <div className="flex justify-end gap-2">
            <CopyButton value={url} label="Copy link" />
            <Button variant="ghost" size="sm" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          <Field id={`${id}-expiry`} label="Link works for">
            <Select id={`${id}-expiry`} value={days} onChange={(e) => setDays(Number(e.target.value))} data-testid="share-expiry">
              {EXPIRY_CHOICES.map((c) => (
                <option key={c.days} value={c.days}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          {error && <Alert tone="error">{error}</Alert>}
          <div className="flex justify-end gap-2">
            <Button variant="ghost" size="sm" onClick={close}>
              Cancel
            </Button>
            <Button size="sm" onClick={create} pending={pending} data-testid="share-create">
              Create link
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
