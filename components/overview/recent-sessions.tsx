import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import type { ProcessingStatus } from "@/generated/prisma/enums";
import type { ProjectOverview } from "@/lib/projects/get-project-overview";

const processingTone: Record<ProcessingStatus, BadgeTone> = { pending: "neutral", processing: "indigo", processed: "green", failed: "red" };

function duration(ms: number | null): string {
  if (!ms) return "—";
  const minutes = Math.round(ms / 60_000);
  return minutes < 1 ? "< 1 min" : `${minutes} min`;
}

/** The newest sessions with their state, each opening the session page. */
export function RecentSessions({ projectId, sessions }: { projectId: string; sessions: ProjectOverview["recentSessions"] }) {
  return (
    <Table aria-label="Recent sessions">
      <thead>
        <tr>
          <Th>Participant</Th>
          <Th>Session</Th>
          <Th>Analysis</Th>
          <Th className="text-right">Signals</Th>
          <Th className="text-right">Duration</Th>
          <Th className="text-right">Started</Th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id} className="hover:bg-zinc-50/70" data-testid="recent-session">
            <Td>
              <Link href={`/projects/${projectId}/sessions/${s.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
                {s.participantName ?? s.participantEmail ?? "Anonymous participant"}
              </Link>
            </Td>
            <Td className="text-zinc-600 capitalize">{s.status}</Td>
            <Td>
              <Badge tone={processingTone[s.processingStatus]}>{s.processingStatus}</Badge>
            </Td>
            <Td className="text-right tabular-nums">{s.signalCount}</Td>
            <Td className="text-right whitespace-nowrap text-zinc-500 tabular-nums">{duration(s.durationMs)}</Td>
            <Td className="text-right whitespace-nowrap text-zinc-500">
              <Time value={s.createdAt} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
