// Every Inngest function the app serves (app/api/inngest/route.ts).
import { abandonIdleSessionsFunction } from "./functions/abandon-idle-sessions";
import { enforceRetentionFunction } from "./functions/enforce-retention";
import { generateSpecFunction } from "./functions/generate-spec";
import { measureImpactFunction } from "./functions/measure-impact";
import { processSession } from "./functions/process-session";
import { pushImplementationFunction } from "./functions/push-implementation";

export const functions = [
  processSession,
  abandonIdleSessionsFunction,
  enforceRetentionFunction,
  generateSpecFunction,
  pushImplementationFunction,
  measureImpactFunction,
];
