// Shared by outbox list / retry: the shapes of GET …/outbox and POST …/outbox/retry.
export interface OutboxEventRow {
  id: string;
  name: string;
  sessionId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  availableAt?: string;
}

export interface EngineStatus {
  stalled: boolean;
  staleAfterSeconds: number;
  target: { url: string; mode: string; configured: boolean };
  undelivered: number;
  sessionsWaiting: number;
  oldest: { id: string; name: string; ageSeconds: number; attempts: number; lastError: string | null } | null;
}

export interface RetryResult {
  target: string;
  sent: string[];
  undelivered: OutboxEventRow[];
}
