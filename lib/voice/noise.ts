// Is a turn's transcript anything the participant said? Whisper returns "", "...", "[inaudible]",
// "(coughs)", "♪" or one of its subtitle hallucinations ("Thank you for watching.") for noise and
// silence; guessing from those would put words in the participant's mouth, so the turn is asked
// again instead. Pure.
import { keepWhisperText } from "@/lib/processing/whisper-output";

/** The text to keep, or null when it is only noise, bracketed notes or a known hallucination. */
export function spokenText(raw: string): string | null {
  const withoutNotes = raw
    .replace(/\[[^\]]*\]|\([^)]*\)|\*[^*]*\*|[♪♫]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!/[\p{L}\p{N}]/u.test(withoutNotes)) return null;
  const kept = keepWhisperText(withoutNotes, { nearSilent: false });
  return "text" in kept && kept.text ? kept.text : null;
}
