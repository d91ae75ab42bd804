// The API's JSON as the CLI reads it. Only the fields the tables show are typed; --json prints
// whatever the server sent.

export interface Me {
  kind: "user" | "secret_key";
  via?: string;
  user?: { id: string; email: string; name: string | null };
  keyId?: string;
  project?: { id: string; name: string };
}

export interface Project {
  id: string;
  name: string;
  description: string | null;
  githubRepo: string | null;
  githubDefaultBranch: string;
  allowedOrigins: string[];
  retentionAudioDays: number;
  retentionEventsDays: number;
  retentionTranscriptDays: number;
  role?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Key {
  id: string;
  kind: "public" | "secret";
  name: string;
  prefix: string;
  value?: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface SessionRow {
  id: string;
  participantName: string | null;
  participantEmail: string | null;
  status: string;
  mode: string;
  processingStatus: string;
  processingError: string | null;
  signalCount: number;
  durationMs: number | null;
  startedAt: string | null;
  completedAt: string | null;
  createdAt: string;
  screenerId: string | null;
}

export interface SignalRow {
  id: string;
  sessionId: string;
  type: string;
  quote: string;
  topic?: string | null;
  context?: string | null;
  analysis?: string | null;
  confidence: number;
  intensity: number;
  offsetMs: number | null;
  createdAt: string;
  tasks?: { id?: string; taskId?: string; title?: string }[];
  session?: { id: string; participantName: string | null; participantEmail: string | null };
}

export interface ProcessingStep {
  id: string;
  name: string;
  status: string;
  error: string | null;
  output: unknown;
  startedAt: string;
  finishedAt: string | null;
}

export interface ProcessingRun {
  id: string;
  trigger: string;
  inngestRunId: string | null;
  eventId: string | null;
  attempt: number;
  status: string;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  steps: ProcessingStep[];
}

export interface Activity {
  kind: string;
  message: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
}

export interface SessionDetail extends SessionRow {
  projectId: string;
  summary: string | null;
  currentPhase: string;
  participantTurns: number;
  processedAt: string | null;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  audioSeconds: number;
  consentRecording: boolean;
  consentAnalytics: boolean;
  consentFollowUp: boolean;
  response: { answers: unknown; qualified: boolean; disqualifyReason: string | null } | null;
  messages: { id: string; role: string; content: string; offsetMs: number; phase: string | null }[];
  chunks: { id: string; kind: string; chunkIndex: number; sizeBytes: number; transcriptStatus: string | null }[];
  events: { id: string; type: string; offsetMs: number }[];
  signals: SignalRow[];
  activity: Activity[];
  processingRuns: ProcessingRun[];
}

export interface Task {
  id: string;
  title: string;
  description: string;
  type: string;
  status: string;
  priorityScore: number;
  priorityLabel: string;
  priorityBreakdown: Record<string, number>;
  effort: string | null;
  signalCount: number;
  sessionCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TaskDetail extends Task {
  evidence: SignalRow[];
  statusChanges: { fromStatus?: string | null; toStatus?: string; createdAt: string; [k: string]: unknown }[];
  implementations: {
    id: string;
    status?: string;
    branch?: string | null;
    prUrl?: string | null;
    prState?: string | null;
    createdAt: string;
    [k: string]: unknown;
  }[];
  measurements: { id: string; createdAt: string; [k: string]: unknown }[];
}

export interface ScreenerQuestion {
  id: string;
  text: string;
  helpText: string | null;
  type: string;
  required: boolean;
  options: string[];
  min: number | null;
  max: number | null;
  qualifyOptions: string[];
  disqualifyOptions: string[];
  qualifyMin: number | null;
  qualifyMax: number | null;
  position: number;
}

export interface Screener {
  id: string;
  title: string;
  description: string | null;
  status: string;
  incentive: string | null;
  maxParticipants: number | null;
  welcomeMessage: string | null;
  thankYouMessage: string | null;
  disqualifiedMessage: string | null;
  consentText: string | null;
  brandColor: string | null;
  logoUrl: string | null;
  viewCount?: number;
  startCount?: number;
  completionCount?: number;
  qualifiedCount?: number;
  disqualifiedCount?: number;
  questionCount?: number;
  responseCount?: number;
  createdAt: string;
  updatedAt: string;
  questions?: ScreenerQuestion[];
}
