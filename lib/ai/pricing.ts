// Estimated model cost in USD. Prices are list prices per million tokens (Anthropic) or per audio
// minute (OpenAI transcription); cache writes are the 5-minute ephemeral rate (1.25 × input).
// Model names carry dates and aliases ("claude-sonnet-4-5-20250929"), so families are matched by pattern.

export interface TokenPrice {
  /** USD per million tokens */
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

interface PriceRow {
  family: string;
  pattern: RegExp;
  price: TokenPrice;
}

const tokens = (input: number, output: number): TokenPrice => ({ input, output, cacheRead: input / 10, cacheWrite: input * 1.25 });

// First match wins: specific versions before the family fallbacks.
export const TOKEN_PRICES: readonly PriceRow[] = [
  { family: "claude-opus-3/4.0/4.1", pattern: /claude-3-opus|claude-opus-4(-[01])?(-\d{8})?$/, price: tokens(15, 75) },
  { family: "claude-opus", pattern: /opus/, price: tokens(5, 25) },
  { family: "claude-3.5-haiku", pattern: /claude-3-5-haiku/, price: tokens(0.8, 4) },
  { family: "claude-3-haiku", pattern: /claude-3-haiku/, price: tokens(0.25, 1.25) },
  { family: "claude-haiku", pattern: /haiku/, price: tokens(1, 5) },
  { family: "claude-sonnet", pattern: /sonnet/, price: tokens(3, 15) },
];

/** Unknown models are priced like Sonnet, the default interviewer model, and flagged as estimates. */
export const FALLBACK_TOKEN_PRICE: TokenPrice = tokens(3, 15);

/** USD per audio minute. */
export const AUDIO_PRICES: Readonly<Record<string, number>> = {
  "whisper-1": 0.006,
  "gpt-4o-transcribe": 0.006,
  "gpt-4o-mini-transcribe": 0.003,
};
export const FALLBACK_AUDIO_PRICE_PER_MINUTE = 0.006;

/**
 * Speech synthesis (voice interviews, #18), USD per million characters synthesised. Source: OpenAI's
 * pricing page (checked 2026-12): tts-1 $15 and tts-1-hd $30 per 1M characters; gpt-4o-mini-tts is
 * billed per token ($0.60/1M text in, $12/1M audio out), which OpenAI estimates at $0.015 per minute of
 * speech — at about 900 characters per spoken minute (150 words), $16.70 per 1M characters.
 */
export const SPEECH_PRICES_PER_MILLION_CHARS: Readonly<Record<string, number>> = {
  "tts-1": 15,
  "tts-1-hd": 30,
  "gpt-4o-mini-tts": 16.7,
};
export const FALLBACK_SPEECH_PRICE_PER_MILLION_CHARS = 15;

export function speechPricePerMillionChars(model: string): { price: number; known: boolean } {
  const price = SPEECH_PRICES_PER_MILLION_CHARS[model.toLowerCase()];
  return price !== undefined ? { price, known: true } : { price: FALLBACK_SPEECH_PRICE_PER_MILLION_CHARS, known: false };
}

export function tokenPriceFor(model: string): { price: TokenPrice; known: boolean } {
  const name = model.toLowerCase();
  const row = TOKEN_PRICES.find((r) => r.pattern.test(name));
  return row ? { price: row.price, known: true } : { price: FALLBACK_TOKEN_PRICE, known: false };
}

export function audioPricePerMinute(model: string): { price: number; known: boolean } {
  const price = AUDIO_PRICES[model.toLowerCase()];
  return price !== undefined ? { price, known: true } : { price: FALLBACK_AUDIO_PRICE_PER_MINUTE, known: false };
}

export interface UsageAmounts {
  model: string;
  inputTokens?: number;
  outputTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  audioSeconds?: number;
  /** characters synthesised (speech) */
  characters?: number;
}

/** Estimated cost of one call, rounded to the micro-dollar (the precision the database stores). */
export function estimateCostUsd(usage: UsageAmounts): number {
  let cost = 0;
  const tokenCount = (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0) + (usage.cacheReadTokens ?? 0) + (usage.cacheWriteTokens ?? 0);
  if (tokenCount > 0) {
    const { price } = tokenPriceFor(usage.model);
    cost +=
      ((usage.inputTokens ?? 0) * price.input +
        (usage.outputTokens ?? 0) * price.output +
        (usage.cacheReadTokens ?? 0) * price.cacheRead +
        (usage.cacheWriteTokens ?? 0) * price.cacheWrite) /
      1_000_000;
  }
  if (usage.audioSeconds) cost += (usage.audioSeconds / 60) * audioPricePerMinute(usage.model).price;
  if (usage.characters) cost += (usage.characters * speechPricePerMillionChars(usage.model).price) / 1_000_000;
  return Math.round(cost * 1_000_000) / 1_000_000;
}
