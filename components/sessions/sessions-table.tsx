import Link from "next/link";
import type { ProcessingStatus, SessionMode, SessionStatus } from "@/generated/prisma/enums";
import { Table, Td, Th } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import { formatDuration, participantLabel } from "./format";
import { ProcessingStatusBadge, SessionStatusBadge } from "./status-badges";

export interface SessionRow {
  id: string;
  participantName: string | null;
  participantEmail: string | null;
  status: SessionStatus;
  mode: SessionMode;
  processingStatus: ProcessingStatus;
  processingError: string | null;
  signalCount: number;
  durationMs: number | null;
  createdAt: Date;
}

/** Sessions with their state, each opening the session page (the sessions list, the overview's newest). */
export function SessionsTable({
  projectId,
  sessions,
  label = "Sessions",
  rowTestId,
}: {
  projectId: string;
  sessions: SessionRow[];
  label?: string;
  rowTestId?: string;
}) {
  return (
    <Table aria-label={label}>
      <thead>
        <tr>
          <Th>Participant</Th>
          <Th>Status</Th>
          <Th>Processing</Th>
          <Th className="text-right">Signals</Th>
          <Th className="text-right">Duration</Th>
          <Th className="text-right">Date</Th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id} className="group hover:bg-zinc-50/70" data-testid={rowTestId}>
            <Td className="max-w-[280px]">
              <Link
                href={`/projects/${projectId}/sessions/${s.id}`}
                className="block truncate font-medium text-zinc-900 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                {participantLabel(s)}
              </Link>
              <p className="truncate text-xs text-zinc-500">
                {s.participantName && s.participantEmail ? `${s.participantEmail} · ` : ""}
                {s.mode[0].toUpperCase() + s.mode.slice(1)} interview
              </p>
            </Td>
            <Td>
              <SessionStatusBadge status={s.status} />
            </Td>
            <Td>
              <ProcessingStatusBadge status={s.processingStatus} title={s.processingError ?? undefined} />
            </Td>
            <Td className="text-right tabular-nums">{s.signalCount}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums text-zinc-500">{formatDuration(s.durationMs)}</Td>
            <Td className="text-right whitespace-nowrap text-zinc-500">
              <Time value={s.createdAt} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
