// Loaded by scripts/fake-ai-server.ts: spoken turns of voice interviews are heard as plausible sentences (fake-voice.ts).
import { voiceTurnTranscription } from "../fake-voice";

export const transcription = voiceTurnTranscription;
