// One interviewer message from Claude: streamed (deltas go to `onText`), retried with exponential
// backoff on retriable failures, bounded by our own deadline, and checked for usable output.
import { anthropicClient } from "@/lib/ai/anthropic";
import { tokensFromAnthropicUsage } from "@/lib/ai/record-usage";
import { InvalidModelOutputError, ModelTimeoutError, withRetries, type RetryOptions } from "@/lib/ai/retry";
import { log } from "@/lib/log";
import type { InterviewRequest } from "./prompt";

export interface GenerateOptions {
  /** each streamed text delta, as it arrives */
  onText?: (delta: string) => void;
  /** a retry starts over: text already passed to onText is void */
  onRestart?: () => void;
  retry?: RetryOptions;
  /** deadline for one attempt, stream included (default 45 s) */
  timeoutMs?: number;
}

export interface GeneratedMessage {
  text: string;
  model: string;
  usage: ReturnType<typeof tokensFromAnthropicUsage>;
  attempts: number;
}

export async function generateInterviewerMessage(
  input: { request: InterviewRequest; sessionId?: string } & GenerateOptions,
): Promise<GeneratedMessage> {
  const client = anthropicClient();
  const timeoutMs = input.timeoutMs ?? 45_000;
  let emitted = false;
  return withRetries(
    async (attempt) => {
      if (emitted) {
        input.onRestart?.();
        emitted = false;
      }
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      try {
        const stream = client.messages.stream(input.request, { signal: controller.signal });
        stream.on("text", (delta) => {
          emitted = true;
          input.onText?.(delta);
        });
        const message = await stream.finalMessage();
        const text = message.content
          .flatMap((b) => (b.type === "text" ? [b.text] : []))
          .join("")
          .trim();
        if (!text) throw new InvalidModelOutputError("The model returned an empty reply");
        return { text, model: message.model || input.request.model, usage: tokensFromAnthropicUsage(message.usage), attempts: attempt };
      } catch (e) {
        if (timedOut) throw new ModelTimeoutError(timeoutMs);
        throw e;
      } finally {
        clearTimeout(timer);
      }
    },
    {
      ...input.retry,
      onRetry: (info) => {
        log.warn("interviewer model call failed; retrying", {
          sessionId: input.sessionId,
          attempt: info.attempt,
          delayMs: info.delayMs,
          error: info.error,
        });
        input.retry?.onRetry?.(info);
      },
    },
  );
}
