// A voice interview's first words are spoken too (#18): the opening message comes back from
// POST …/interview/start, so its pieces get signed speech URLs there, the same pieces a reply's
// `speech` events carry. A text interview, or one whose voice is not configured, gets none.
import { speechUrl } from "./speech-token";
import { splitSentences } from "./sentence-splitter";
import { voiceAvailability } from "./config";

export interface SpeechPiece {
  index: number;
  text: string;
  url: string;
}

export function openingSpeech(input: {
  session: { id: string; mode: string };
  opening: { content: string } | null;
  publicKey: string;
}): SpeechPiece[] {
  if (input.session.mode !== "voice" || !input.opening || !voiceAvailability().available) return [];
  return splitSentences(input.opening.content).map((text, index) => ({
    index,
    text,
    url: speechUrl({ sessionId: input.session.id, index, text, publicKey: input.publicKey }),
  }));
}
