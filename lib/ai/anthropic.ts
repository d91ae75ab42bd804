// The one place that builds the Anthropic client. Configuration comes from lib/env (key, base URL,
// model), so tests and the offline demo point the real SDK at a loopback fake through ANTHROPIC_BASE_URL.
import Anthropic from "@anthropic-ai/sdk";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const ANTHROPIC_DEFAULT_BASE_URL = "https://api.anthropic.com";

/** A model provider without credentials: a 503 with a message the user can act on. */
export class AiNotConfiguredError extends AppError {
  constructor(
    public readonly provider: "anthropic" | "openai",
    message: string,
  ) {
    super("service_unavailable", message);
    this.name = "AiNotConfiguredError";
  }
}

export const INTERVIEWER_NOT_CONFIGURED = "The AI interviewer is not configured";

export function isAnthropicConfigured(): boolean {
  return Boolean(env().ANTHROPIC_API_KEY);
}

/** The model name is configuration (ANTHROPIC_MODEL), never code. */
export function anthropicModel(): string {
  return env().ANTHROPIC_MODEL;
}

/** Throws AiNotConfiguredError (503) when ANTHROPIC_API_KEY is missing. */
export function requireAnthropic(message = INTERVIEWER_NOT_CONFIGURED): void {
  if (!isAnthropicConfigured()) throw new AiNotConfiguredError("anthropic", message);
}

let cached: { signature: string; client: Anthropic } | undefined;

/**
 * The Anthropic client for the configured key and base URL. SDK retries are off (`maxRetries: 0`):
 * callers retry with their own policy (lib/ai/retry.ts) so that retries are visible and never stacked.
 */
export function anthropicClient(options: { notConfiguredMessage?: string } = {}): Anthropic {
  const { ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL } = env();
  if (!apiKey) throw new AiNotConfiguredError("anthropic", options.notConfiguredMessage ?? INTERVIEWER_NOT_CONFIGURED);
  const baseURL = ANTHROPIC_BASE_URL ?? ANTHROPIC_DEFAULT_BASE_URL;
  const signature = `${baseURL}\n${apiKey}`;
  if (cached?.signature !== signature) {
    cached = { signature, client: new Anthropic({ apiKey, baseURL, maxRetries: 0, timeout: 60_000 }) };
  }
  return cached.client;
}
