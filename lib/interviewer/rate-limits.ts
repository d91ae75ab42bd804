// Chat limits (product.md §3): 60 a minute per session, shared by all instances. Not per address:
// participants in one office or lab share it (limits.ts); creating sessions is what is limited per address.
import type { RateLimitRule } from "@/lib/http";

export const chatRateLimit: RateLimitRule<{ sessionId: string }> = ({ params }) => [["chatPerSession", params.sessionId]];
