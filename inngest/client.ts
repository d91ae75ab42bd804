// The Inngest client. INNGEST_DEV (1 or a dev-server URL) selects the local dev server; production
// uses INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY. The SDK reads those variables itself; lib/env.ts
// validates and documents them.
import { Inngest } from "inngest";
import { env } from "@/lib/env";

export const inngest = new Inngest({
  id: "usertests",
  baseUrl: env().INNGEST_BASE_URL,
  eventKey: env().INNGEST_EVENT_KEY,
});
