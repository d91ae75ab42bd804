// Chat limits (product.md §3): 30 a minute per IP and 60 a minute per session, shared by all instances.
import type { RateLimitRule } from "@/lib/http";

export const chatRateLimit: RateLimitRule<{ sessionId: string }> = ({ ip, params }) => [
  ["chatPerIp", ip],
  ["chatPerSession", params.sessionId],
];
