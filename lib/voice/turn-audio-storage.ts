// A spoken turn's audio is kept as evidence only when the participant consented to recording; it
// lives under the session's media prefix, so erasing or deleting the session removes it with the rest
// (lib/erasure, lib/sessions/delete-session.ts) and the media retention window removes it like any
// recording (lib/retention/remove-expired-media.ts).
import { Readable } from "node:stream";
import { sessionMediaPrefix } from "@/lib/sessions/delete-session";
import { mediaStorage } from "@/lib/storage";
import { TURN_AUDIO_TYPES, type TurnAudioType } from "./config";

export function turnAudioKey(input: { projectId: string; sessionId: string; clientMessageId: string; type: TurnAudioType }): string {
  return `${sessionMediaPrefix(input.projectId, input.sessionId)}voice/turn-${input.clientMessageId}.${TURN_AUDIO_TYPES[input.type]}`;
}

export async function storeTurnAudio(input: { key: string; audio: Buffer; type: TurnAudioType }): Promise<void> {
  await mediaStorage().put(input.key, Readable.from([input.audio]), { contentType: input.type, contentLength: input.audio.length });
}

export async function removeTurnAudio(key: string): Promise<void> {
  await mediaStorage().delete(key);
}
