// The session page's voice usage line (#18): what the spoken conversation cost, and per minute of interview.
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { SessionVoiceUsage } from "@/lib/voice/session-voice-usage";
import { formatUsd } from "./format";

export function VoiceUsagePanel({ usage }: { usage: SessionVoiceUsage }) {
  const facts: [string, string][] = [
    ["Audio transcribed", `${usage.audioMinutes.toLocaleString("en-US", { maximumFractionDigits: 2 })} min`],
    ["Characters spoken", usage.characters.toLocaleString("en-US")],
    ["Interviewer tokens", usage.tokens.toLocaleString("en-US")],
    ["Conversation cost", formatUsd(usage.costUsd)],
    ["Per interview minute", usage.costPerMinuteUsd === null ? "—" : formatUsd(usage.costPerMinuteUsd)],
  ];
  return (
    <Card aria-labelledby="voice-usage-title">
      <CardHeader
        id="voice-usage-title"
        title="Voice usage"
        description="Speech recognition (Whisper), the spoken replies and the interviewer's tokens; processing costs are listed below."
      />
      <CardBody>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-5">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-[12px] text-zinc-500">{label}</dt>
              <dd className="text-sm font-medium text-zinc-900 tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
