// Request schemas of the participant interview API.
import { z } from "zod";
import { browserText } from "@/lib/validation/browser-text";
import { MAX_MESSAGE_CHARS, messageLength } from "./phases";

export const sessionParamsSchema = z.object({ sessionId: z.string().trim().min(1).max(64) });

/** A client-chosen id (a UUID in the room) that makes a resent message idempotent. */
export const clientMessageIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, "clientMessageId must be 1–100 letters, digits, '-' or '_'");

export const sendMessageSchema = z.object({
  clientMessageId: clientMessageIdSchema,
  // what the participant typed: NUL and lone surrogates become U+FFFD (ADR 012); the message is never refused for them
  content: browserText()
    .trim()
    .min(1, "Write a message first")
    .refine((s) => messageLength(s) <= MAX_MESSAGE_CHARS, `A message can be at most ${MAX_MESSAGE_CHARS.toLocaleString("en")} characters`),
});
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const startInterviewSchema = z.object({
  participantName: browserText()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  participantEmail: z
    .string()
    .trim()
    .max(320)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email("Enter a valid email address").optional()),
});
export type StartInterviewInput = z.infer<typeof startInterviewSchema>;
