// POST …/voice/prompt: a short, gentle line the room speaks when the participant has been silent for
// a while, or when a turn could not be understood, in the interview's language (English when we have
// no wording for it). It is not a message: it is neither stored nor sent to the interviewer.
import type { PublicKeyCaller } from "@/lib/access/public-key";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import { requireVoice } from "./config";
import { speechUrl } from "./speech-token";

export type PromptKind = "silence" | "repeat";

const LINES: Record<string, Record<PromptKind, string>> = {
  en: { silence: "Take your time — whenever you're ready.", repeat: "Sorry, I didn't catch that. Could you say it again?" },
  es: { silence: "Tómate tu tiempo, cuando quieras.", repeat: "Perdona, no te he entendido. ¿Puedes repetirlo?" },
  fr: { silence: "Prenez votre temps, quand vous voulez.", repeat: "Pardon, je n'ai pas compris. Pouvez-vous répéter ?" },
  de: {
    silence: "Lassen Sie sich Zeit – wann immer Sie so weit sind.",
    repeat: "Entschuldigung, das habe ich nicht verstanden. Können Sie es wiederholen?",
  },
  pt: { silence: "Fique à vontade, quando estiver pronto.", repeat: "Desculpe, não entendi. Pode repetir?" },
  it: { silence: "Prenditi il tuo tempo, quando vuoi.", repeat: "Scusa, non ho capito. Puoi ripetere?" },
  nl: { silence: "Neem je tijd, wanneer je er klaar voor bent.", repeat: "Sorry, dat verstond ik niet. Kun je het herhalen?" },
  ar: { silence: "خذ وقتك، متى ما كنت مستعدًا.", repeat: "عذرًا، لم أفهم ذلك. هل يمكنك أن تعيده؟" },
  ja: {
    silence: "ごゆっくりどうぞ。準備ができたらお話しください。",
    repeat: "すみません、聞き取れませんでした。もう一度お願いできますか？",
  },
};

export function promptText(kind: PromptKind, language: string | null): string {
  const code = (language ?? "en").toLowerCase().split("-")[0];
  return (LINES[code] ?? LINES.en)[kind];
}

export async function voicePrompt(input: { caller: PublicKeyCaller; sessionId: string; kind: PromptKind; publicKey: string }) {
  const session = await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  requireVoice();
  const text = promptText(input.kind, session.language);
  return { text, url: speechUrl({ sessionId: session.id, index: 0, text, publicKey: input.publicKey }) };
}
