// Whether voice interviews (#18) can run: OpenAI hears (Whisper) and speaks (speech API), Claude
// interviews. Lives with the providers so the interview view can report it without depending on lib/voice.
import { isAnthropicConfigured } from "./anthropic";
import { isOpenAiConfigured } from "./openai";

export const VOICE_NOT_CONFIGURED = "Voice conversation is not configured (OPENAI_API_KEY is missing); you can type your answers instead";

export function voiceAvailability(): { available: boolean; message: string | null } {
  const available = isOpenAiConfigured() && isAnthropicConfigured();
  return { available, message: available ? null : VOICE_NOT_CONFIGURED };
}
