import { z } from "zod";

export const setSlackWebhookSchema = z.object({ url: z.string().trim().min(1, "is required").max(500) }).strict();
export type SetSlackWebhookInput = z.infer<typeof setSlackWebhookSchema>;
