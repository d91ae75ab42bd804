// The one place that builds the OpenAI client (Whisper transcription). OPENAI_BASE_URL lets tests and
// the offline demo point the real SDK at a loopback fake.
import OpenAI from "openai";
import { env } from "@/lib/env";
import { AiNotConfiguredError } from "./anthropic";

export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
export const TRANSCRIPTION_NOT_CONFIGURED = "Transcription is not configured (OPENAI_API_KEY is missing)";

export function isOpenAiConfigured(): boolean {
  return Boolean(env().OPENAI_API_KEY);
}

/** The transcription model name is configuration (TRANSCRIPTION_MODEL). */
export function transcriptionModel(): string {
  return env().TRANSCRIPTION_MODEL;
}

let cached: { signature: string; client: OpenAI } | undefined;

/** SDK retries are off; callers retry with lib/ai/retry.ts. */
export function openaiClient(options: { notConfiguredMessage?: string } = {}): OpenAI {
  const { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL } = env();
  if (!apiKey) throw new AiNotConfiguredError("openai", options.notConfiguredMessage ?? TRANSCRIPTION_NOT_CONFIGURED);
  const baseURL = OPENAI_BASE_URL ?? OPENAI_DEFAULT_BASE_URL;
  const signature = `${baseURL}\n${apiKey}`;
  if (cached?.signature !== signature) {
    cached = { signature, client: new OpenAI({ apiKey, baseURL, maxRetries: 0, timeout: 120_000 }) };
  }
  return cached.client;
}
