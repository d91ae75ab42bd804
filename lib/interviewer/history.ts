// Turns the stored transcript into the Messages API's `messages`: it must start with a user turn and
// alternate roles. The interviewer speaks first, so a synthetic opening user turn stands before its
// greeting; consecutive messages of one role (a participant who sent twice while a reply failed)
// are merged; system notes are not part of the conversation. The participant sees their own words
// as typed; the model reads them with personal data redacted (ADR 015).
import type { MessageParam } from "@anthropic-ai/sdk/resources/messages";
import type { MessageRole } from "@/generated/prisma/enums";
import { redactText } from "@/lib/privacy/redact-pii";

/** Stands in for the participant arriving, so the conversation starts with a user turn. */
export const OPENING_USER_TURN = "(The participant has joined the interview room and is ready to begin.)";

export interface TranscriptMessage {
  role: MessageRole;
  content: string;
}

export function buildHistory(messages: readonly TranscriptMessage[]): MessageParam[] {
  const turns: { role: "user" | "assistant"; content: string }[] = [];
  for (const m of messages) {
    if (m.role === "system") continue;
    const text = (m.role === "participant" ? redactText(m.content) : m.content).trim();
    if (!text) continue;
    const role = m.role === "participant" ? "user" : "assistant";
    const last = turns[turns.length - 1];
    if (last?.role === role) last.content = `${last.content}\n\n${text}`;
    else turns.push({ role, content: text });
  }
  if (turns[0]?.role !== "user") turns.unshift({ role: "user", content: OPENING_USER_TURN });
  return turns.map((t) => ({ role: t.role, content: t.content }));
}
