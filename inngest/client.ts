// The Inngest client. The SDK reads its own variables — INNGEST_DEV (1 or a dev-server URL),
// INNGEST_BASE_URL, INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY — which lib/env.ts validates and
// documents; passing nothing here keeps this module free of configuration at import time.
import { Inngest } from "inngest";

export const inngest = new Inngest({ id: "usertests" });
