// When the project dashboard must warn that participants are being turned away: a screener is
// active (it sends whoever qualifies to the interview room) but the AI interviewer has no API key,
// so the room can only say the interview cannot start. Pure, so the decision is tested without
// touching the server's environment.

export interface InterviewerWarning {
  title: string;
  /** what happens to participants */
  impact: string;
  /** what to do about it */
  remedy: string;
}

export function interviewerSetupWarning(input: { interviewerConfigured: boolean; activeScreeners: number }): InterviewerWarning | null {
  if (input.interviewerConfigured || input.activeScreeners <= 0) return null;
  const n = input.activeScreeners;
  return {
    title: "The AI interviewer is not configured: participants who qualify are turned away.",
    impact: `${n === 1 ? "An active screener sends" : `${n} active screeners send`} qualified participants to the interview room, where the interview cannot start.`,
    remedy: `Set ANTHROPIC_API_KEY in the app's environment (see .env.example) and restart it, or pause the ${n === 1 ? "screener" : "screeners"} until then.`,
  };
}
