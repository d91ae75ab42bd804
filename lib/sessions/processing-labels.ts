// Words for a session's processing history. Steps are stored under the ids the process-session
// function gives them (inngest/functions/process-session.ts: plan-transcription, transcribe-0,
// extract-2, …) and activity under its kind (processing_started, …); people read these labels,
// and the ids stay available on demand (the session page shows them on hover) for whoever
// follows a run into Inngest or the logs.

const STEP_LABELS: Record<string, string> = {
  start: "Start the run",
  "plan-transcription": "Plan the transcription",
  "build-timeline": "Build the timeline",
  summarize: "Write the summary",
  "save-signals": "Save the signals",
  "extract-verdicts": "Judge the acceptance criteria",
  "match-tasks": "Link signals to tasks",
  "recompute-priorities": "Update task priorities",
  finish: "Finish",
  "record-failure": "Record the failure",
};

/** Steps repeated per part of the session: `<id>-<index>` with a 0-based index. */
const NUMBERED_STEPS: Record<string, string> = {
  transcribe: "Transcribe audio",
  extract: "Find signals",
};

/** "transcribe-0" → "Transcribe audio (part 1)", "match-tasks" → "Link signals to tasks"; an unknown id is shown as it is. */
export function processingStepLabel(stepId: string): string {
  if (STEP_LABELS[stepId]) return STEP_LABELS[stepId];
  const numbered = /^([a-z]+)-(\d+)$/.exec(stepId);
  if (numbered && NUMBERED_STEPS[numbered[1]]) return `${NUMBERED_STEPS[numbered[1]]} (part ${Number(numbered[2]) + 1})`;
  return stepId;
}

const ACTIVITY_LABELS: Record<string, string> = {
  created: "Session created",
  started: "Interview started",
  ended: "Session ended",
  processing_started: "Processing started",
  processing_failed: "Processing failed",
  processed: "Processed",
  reprocess_requested: "Reprocessing requested",
  recording_gap: "Gap in the recording",
};

/** "processing_started" → "Processing started"; an unknown kind in sentence case. */
export function sessionActivityLabel(kind: string): string {
  if (ACTIVITY_LABELS[kind]) return ACTIVITY_LABELS[kind];
  const words = kind.replaceAll("_", " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : kind;
}

/** Run triggers as stored on ProcessingRun.trigger. */
const TRIGGER_LABELS: Record<string, string> = { completed: "after the session ended", reprocess: "reprocessing", replay: "replayed" };

export function processingTriggerLabel(trigger: string): string {
  return TRIGGER_LABELS[trigger] ?? trigger;
}
