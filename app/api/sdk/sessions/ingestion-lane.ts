// The SDK's two ingestion paths, served by the production server's lane (lib/server/route-lane.ts,
// ADR 020) rather than through Next: they carry nearly all of the API's traffic (a batch of events
// every few seconds and an audio chunk every few seconds per participant). Same handlers, same
// behaviour; Next serves every other path, and these too under `next dev` or INGESTION_LANE=off.
import type { LanePath } from "@/lib/server/route-lane";
import * as chunkRoute from "./[sessionId]/chunks/[kind]/[index]/route";
import * as eventsRoute from "./[sessionId]/events/route";

export const INGESTION_LANE: LanePath[] = [
  { route: "/api/sdk/sessions/[sessionId]/events", methods: { POST: eventsRoute.POST, OPTIONS: eventsRoute.OPTIONS } },
  { route: "/api/sdk/sessions/[sessionId]/chunks/[kind]/[index]", methods: { PUT: chunkRoute.PUT, OPTIONS: chunkRoute.OPTIONS } },
];
