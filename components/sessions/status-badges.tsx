import type { ProcessingStatus, SessionStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const sessionTones: Record<SessionStatus, BadgeTone> = { pending: "neutral", active: "indigo", completed: "green", abandoned: "amber" };
const processingTones: Record<ProcessingStatus, BadgeTone> = {
  pending: "neutral",
  processing: "indigo",
  processed: "green",
  failed: "red",
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return (
    <Badge tone={sessionTones[status]} className="gap-1.5 capitalize">
      {status === "active" && <span className="size-1.5 animate-pulse rounded-full bg-indigo-500" aria-hidden="true" />}
      {status}
    </Badge>
  );
}

export function ProcessingStatusBadge({ status, title }: { status: ProcessingStatus; title?: string }) {
  return (
    <span title={title}>
      <Badge tone={processingTones[status]} className="gap-1.5 capitalize">
        {status === "processing" && <span className="size-1.5 animate-pulse rounded-full bg-indigo-500" aria-hidden="true" />}
        {status}
      </Badge>
    </span>
  );
}
