import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/integrations/emit-project-event";

export const projectParams = z.object({ projectId: z.string().min(1).max(64) });
export const webhookParams = projectParams.extend({ webhookId: z.string().min(1).max(64) });

const url = z.string().trim().min(1, "is required").max(2000);
const eventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1, "choose at least one event type")
  .transform((types) => [...new Set(types)]);
const description = z.string().trim().max(200);

export const createWebhookSchema = z
  .object({ url, description: description.optional(), eventTypes, enabled: z.boolean().optional() })
  .strict();
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z
  .object({
    url: url.optional(),
    description: description.nullable().optional(),
    eventTypes: eventTypes.optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "send at least one field to change");
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const deliveriesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(25) });
