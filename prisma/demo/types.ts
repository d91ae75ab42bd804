// The shape of the demo's content (prisma/demo/*.ts). Only data lives here and in the content
// files; prisma/seed.ts writes it through the product's own use-cases.
import type { Effort, InterviewPhase, SignalType, TaskStatus, TaskType } from "@/generated/prisma/enums";
import type { EventInput } from "../factories/research";

/** The tasks the researcher curated on the board (prisma/demo/tasks.ts). */
export type TaskKey =
  | "csvExport"
  | "bulkExport"
  | "failedPayments"
  | "mobilePromo"
  | "multiCurrency"
  | "taxSetup"
  | "desktopApp"
  | "switchingMoments"
  | "hiringCriteria";

export interface DemoTask {
  /**
   * The problem statement the extraction model writes on every signal of this task ("topic"). The
   * matcher (lib/tasks/match-signals.ts) groups signals by it, so the first one creates the task and
   * the rest join it; the seed checks that the matcher really made this grouping.
   */
  topic: string;
  /** what the researcher then made of the task on the board (PATCH …/tasks/:id) */
  title: string;
  description: string;
  type: TaskType;
  status: TaskStatus;
  effort: Effort;
}

/** One signal as the extraction model reports it for the demo; its quote must be grounded in the answer. */
export interface DemoSignal {
  type: SignalType;
  /** the participant's own words: must appear in the answer it is attached to */
  quote: string;
  context: string;
  analysis: string;
  intensity: number;
  confidence: number;
  /** the task this signal is evidence for (its topic is that task's) */
  task: TaskKey;
}

export interface DemoTurn {
  phase: InterviewPhase;
  ask: string;
  answer: string;
  signals?: DemoSignal[];
}

export interface ScreenerAnswers {
  role: string;
  tools: string[];
  invoices: number;
  pain: number;
}

export interface DemoInterview {
  key: string;
  name: string;
  email: string;
  daysAgo: number;
  utm: { source: string; medium: string; campaign: string; content?: string };
  answers: ScreenerAnswers;
  /** what they agreed to on the screener; all three when not given */
  consents?: { recording: boolean; analytics: boolean; followUp: boolean };
  /** the model's summary of the session */
  summary: string;
  turns: DemoTurn[];
  /** what the participant did on screen during the first-use part of the interview */
  screen?: Array<Omit<EventInput, "offsetMs" | "clientEventId">>;
  /**
   * How it went: `processed` — the interviewer closed the interview and processing succeeded;
   * `abandoned` — the participant left mid-interview (ended as idle) and what there was got processed;
   * `failed` — the interview ended but signal extraction got an unusable answer on every attempt.
   */
  outcome: "processed" | "abandoned" | "failed";
  /** `failed` only: the extraction model's raw answer, which the pipeline's own validation refuses */
  unusableExtraction?: unknown;
}

export interface DemoRespondent {
  name: string;
  email: string;
  daysAgo: number;
  answers: ScreenerAnswers;
  utm: { source: string; medium: string; campaign: string };
  consents: { recording: boolean; analytics: boolean; followUp: boolean };
}
