// Every Inngest function the app serves (app/api/inngest/route.ts).
import { processSession } from "./functions/process-session";

export const functions = [processSession];
