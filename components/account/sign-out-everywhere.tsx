"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { useApiAction } from "@/components/use-api-action";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DateLike } from "@/components/ui/format";
import { ConfirmDialog } from "@/components/ui/modal";
import { Time } from "@/components/ui/time";

export interface WebSessionItem {
  userAgent: string | null;
  createdAt: DateLike;
  lastSeenAt: DateLike;
}

/** The browsers signed in as this user, and one button that signs every one of them out. */
export function SignOutEverywhere({ sessions }: { sessions: WebSessionItem[] }) {
  const action = useApiAction();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  return (
    <Card>
      <CardHeader
        id="web-sessions"
        title="Signed-in browsers"
        description="Signing out everywhere ends every browser session at once, this one included. API tokens are not affected."
        actions={
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Sign out everywhere
          </Button>
        }
      />
      <CardBody>
        <ul className="divide-y divide-zinc-100 text-[13px]" aria-labelledby="web-sessions">
          {sessions.map((s, i) => (
            <li key={i} className="flex flex-wrap justify-between gap-2 py-2">
              <span className="min-w-0 truncate text-zinc-700">{s.userAgent ?? "Unknown browser"}</span>
              <span className="text-zinc-600">
                signed in <Time value={s.createdAt} /> · last active <Time value={s.lastSeenAt} />
              </span>
            </li>
          ))}
        </ul>
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Sign out everywhere?"
        description="Every browser signed in to your account is signed out now, including this one."
        confirmLabel="Sign out everywhere"
        danger
        pending={action.pending}
        error={action.error ? errorMessage(action.error) : null}
        onConfirm={async () => {
          const result = await action.run(() => api("/api/v1/me/sessions", { method: "DELETE" }), { refresh: false });
          if (result.ok) router.push("/signin");
        }}
      />
    </Card>
  );
}
